"""Hand-labelled customer statements for tuning and testing theme clustering on text alone.

Each corpus maps an interview to its customer statements, in order, each labelled with the
theme it plants (said in different words in each interview) or ``None`` for background and
outliers, which must not end up in a theme. Every statement answers a question of its own.
The themes of the synthetic audio set (``eval.theme_interviews``) are not repeated here.

- ``saas`` and ``retail`` tune the clustering settings (with ``eval.theme_interviews``).
- ``saas_follow_ups`` and ``retail_follow_ups`` are the same interviews where the customer,
  asked a follow-up question ("Can you say more?"), elaborates on one planted theme in words
  of the elaboration's own: they tune how similar two answers of one interview must be to
  share a theme (``tasks.themes.ELABORATION_SIMILARITY``).
- ``HELD_OUT`` sets were written after the settings were chosen and never tuned on: they
  report how the settings generalise to a new domain.
"""

from __future__ import annotations

CORPORA: dict[str, dict[str, list[tuple[str, str | None]]]] = {
    "saas": {
        "i1": [
            ("I lead the marketing team at a travel agency.", None),
            ("The dashboard takes almost a minute to load every morning.", "slow"),
            ("Exporting to Excel loses all the formatting, so I redo it by hand.", "export"),
        ],
        "i2": [
            ("Pages are so sluggish that I often go and make a coffee while they open.", "slow"),
            ("Our invoices come with surprise charges that nobody can explain.", "billing"),
            ("I would love a calendar view for campaigns.", None),
        ],
        "i3": [
            ("We are a team of four people in a shared office.", None),
            ("When I download a report as a spreadsheet the columns come out scrambled.", "export"),
            ("Billing is confusing, we were charged twice last quarter.", "billing"),
        ],
        "i4": [
            ("Honestly the app is painfully slow, even on a fast connection.", "slow"),
            ("The new logo looks great.", None),
            ("The bills never match what the sales person promised us.", "billing"),
        ],
        "i5": [
            ("My kids use the tablet in the evening so I work on the laptop.", None),
            ("The CSV export breaks whenever a name has an accent in it.", "export"),
            ("Loading a project can take forever when the network is busy.", "slow"),
        ],
        "i6": [
            ("I started here in January after moving from Berlin.", None),
            ("I mostly like how the search works.", None),
            ("The password rules are annoying but fine.", None),
        ],
    },
    "retail": {
        "r1": [
            ("Delivery took three weeks instead of the promised five days.", "delivery"),
            ("The size chart is wrong, everything I ordered was too small.", "sizing"),
        ],
        "r2": [
            ("My parcel arrived much later than the website said.", "delivery"),
            ("Returning an item meant printing labels and queuing at the post office.", "returns"),
            ("I buy mostly gifts for my nephews.", None),
        ],
        "r3": [
            ("Sending things back is a hassle, the refund took a month.", "returns"),
            ("The shoes did not fit at all, they run a full size smaller than usual.", "sizing"),
        ],
        "r4": [
            ("Shipping is slow, I waited ages for my order.", "delivery"),
            ("I like the bright colours of the new collection.", None),
        ],
        "r5": [
            ("I heard about the shop from a podcast.", None),
            ("The refund process is painful and nobody answers the returns email.", "returns"),
        ],
        "r6": [
            ("I pay with my phone whenever I can.", None),
            ("The jackets are cut strangely, the medium fits like an extra small.", "sizing"),
        ],
    },
    # Written after the clustering settings were chosen, and never tuned on (HELD_OUT).
    "hotel": {
        "h1": [
            ("I travel for work about twice a month, mostly to trade fairs.", None),
            ("The room was right above the bar and the music went on until two in the morning.", "noise"),
            ("Check-in took forty minutes because only one person was at the desk.", "checkin_slow"),
        ],
        "h2": [
            ("There were hairs in the shower and the carpet had stains on it.", "dirty_room"),
            ("I could hear every word of the couple next door through the wall.", "noise"),
            ("The breakfast buffet was lovely, especially the pastries.", None),
        ],
        "h3": [
            ("We queued in the lobby for ages before anyone gave us a key.", "checkin_slow"),
            ("The bathroom clearly had not been cleaned since the last guest.", "dirty_room"),
        ],
        "h4": [
            ("I booked through my company's travel portal.", None),
            ("Traffic outside the window kept me awake all night.", "noise"),
            ("The sheets looked used and the bin was still full when we arrived.", "dirty_room"),
        ],
        "h5": [
            ("Arriving late, I waited nearly an hour at reception to get my room.", "checkin_slow"),
            ("The gym is small but it has everything I need.", None),
        ],
        "h6": [
            ("My daughter loved the swimming pool.", None),
            ("The view of the harbour from the top floor is stunning.", None),
        ],
    },
    "fitness": {
        "f1": [
            ("I started going to the gym after my doctor told me to move more.", None),
            ("Every evening class is fully booked within minutes of opening.", "classes_full"),
            ("Half the treadmills have had out-of-order signs on them for weeks.", "broken_kit"),
        ],
        "f2": [
            ("They took the membership fee twice in March and it took ages to get it back.", "billing_error"),
            ("I never manage to get a spot in spin, it's always on the waiting list.", "classes_full"),
        ],
        "f3": [
            ("The rowing machine has been broken since the summer and nobody fixes it.", "broken_kit"),
            ("I like that the changing rooms have hairdryers.", None),
            ("My card was charged for a personal trainer session I never had.", "billing_error"),
        ],
        "f4": [
            ("I go with my sister on Saturday mornings.", None),
            ("Yoga sells out so fast that I've given up trying to book it.", "classes_full"),
        ],
        "f5": [
            ("The cable machine is still missing a handle, and the bike screens are dead.", "broken_kit"),
            ("I was billed a cancellation fee even though I cancelled on time.", "billing_error"),
            ("The staff at the front desk are always friendly.", None),
        ],
        "f6": [
            ("I found the gym because it's on my way home from the station.", None),
            ("The showers are hot and there is always a free locker.", None),
        ],
    },
}

HELD_OUT: tuple[str, ...] = ("hotel", "fitness")
"""Never used to choose a setting: they report how the chosen settings generalise."""

# (interview, planted theme it elaborates on, the elaboration), said after a follow-up question
# right after that theme's answer.
FOLLOW_UPS: dict[str, list[tuple[str, str, str]]] = {
    "saas": [
        ("i1", "slow", "It means I start every day twiddling my thumbs before the first meeting."),
        ("i3", "billing", "We had to ask finance to go through every line item with us."),
        ("i5", "export", "Our French and Spanish customers end up with garbled names in the file."),
    ],
    "retail": [
        ("r1", "delivery", "I ended up buying the same jumper in a shop to have it in time for the party."),
        ("r3", "returns", "Honestly I have a drawer full of things I never bothered to send back."),
        ("r6", "sizing", "I had to order everything two sizes up and hope for the best."),
    ],
}


def _with_follow_ups(corpus: str) -> dict[str, list[tuple[str, str | None]]]:
    out = {}
    for interview, statements in CORPORA[corpus].items():
        lines = []
        for text, theme in statements:
            lines.append((text, theme))
            lines += [(more, theme) for i, t, more in FOLLOW_UPS[corpus] if i == interview and t == theme]
        out[interview] = lines
    return out


for _corpus in FOLLOW_UPS:
    CORPORA[f"{_corpus}_follow_ups"] = _with_follow_ups(_corpus)


def planted(corpus: str) -> dict[str, set[str]]:
    """Theme -> interviews it is planted in."""
    out: dict[str, set[str]] = {}
    for interview, statements in CORPORA[corpus].items():
        for _, theme in statements:
            if theme:
                out.setdefault(theme, set()).add(interview)
    return out
