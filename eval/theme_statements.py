"""Hand-labelled customer statements for tuning and testing theme clustering on text alone.

Each corpus maps an interview to its customer statements, each labelled with the theme
it plants (said in different words in each interview) or ``None`` for background and
outliers, which must not end up in a theme. The themes of the synthetic audio set
(``eval.theme_interviews``) are not repeated here, so this set checks that the
clustering settings generalise beyond the corpus they were tuned on.
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
}


def planted(corpus: str) -> dict[str, set[str]]:
    """Theme -> interviews it is planted in."""
    out: dict[str, set[str]] = {}
    for interview, statements in CORPORA[corpus].items():
        for _, theme in statements:
            if theme:
                out.setdefault(theme, set()).add(interview)
    return out
