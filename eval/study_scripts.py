"""Seven scripted interviews about a music-streaming service for ``eval.study_interviews``.

Written 2026-12-07 by a helper that never read the repository (nor any rule or model of it), from
a brief that asked for the hidden check's shape: six customer answers per interview, three planted
pain points raised in four interviews each in different words, every answer labelled with its
feeling and journey stage, eight competitor mentions and a distractor ("a tidal wave of
commuters"), six feature requests and two wishes that ask for nothing, seven requests for a
specific example among look-alike follow-ups; the sixth interview has no consent. Scored once
before anything was changed for it."""

from typing import NamedTuple


class S(NamedTuple):
    question: str          # what the interviewer asks (one question, natural spoken English)
    asks_example: bool     # True only if the question asks the customer for a specific instance/occasion/example (a story of one time)
    answer: str            # what the customer answers (one to three sentences, 12 to 40 words, spoken style)
    sentiment: str         # "positive", "negative" or "neutral": the feeling the answer carries about the product/service
    stage: str | None      # journey stage of the answer: "discovery", "onboarding", "everyday_use", "support", "billing", "renewal", or None when none fits
    competitors: tuple[str, ...] = ()   # which of COMPETITORS the answer names as a product the customer uses/used/tried/compares/considers
    request: bool = False  # True if the answer asks for a feature (wishes the product did something, would pay extra for something)
    theme: str | None = None  # key of a planted theme in THEMES that this answer raises, else None


DOMAIN = "A music-streaming service with an app for phones, tablets and laptops, sold as student, individual and family plans"

COMPETITORS = ("Spotify", "Tidal", "Deezer", "Pandora")

THEMES = {
    "offline_downloads": "Downloaded songs and podcasts vanish or refuse to play offline, leaving nothing to listen to without signal",
    "price_rises": "The subscription price goes up without clear warning, and customers only notice it on statements or receipts",
    "repetitive_recommendations": "Recommendations, mixes and autoplay keep serving the same few songs and artists instead of anything new",
}

SEGMENTS = ("student", "family", "commuter")

# (stem, segment, consent, exchanges)
INTERVIEWS = [
    ("tune1", "student", True, [
        S("How did you first hear about us?", False,
          "A friend in my halls kept sending me links to playlists on it, so I tried the free trial, and honestly I was hooked within a week.",
          "positive", "discovery"),
        S("How often do you need to contact our support team?", False,
          "Not often. The one time was to change the email on my account, and it took three messages back and forth for something that small.",
          "negative", "support"),
        S("Can you tell me about a specific time when the app let you down?", True,
          "Last month I was on a train with no signal, and every album I'd saved for the trip was greyed out and wouldn't play. I was properly annoyed.",
          "negative", "everyday_use", theme="offline_downloads"),
        S("How do you find the recommendations?", False,
          "Honestly, my weekly mix feels like the same twenty songs shuffled around. I skip most of it now because I already know what's coming.",
          "negative", "everyday_use", theme="repetitive_recommendations"),
        S("What were your first few days with it like?", False,
          "I'd been on Spotify's free tier for years, so mostly it was the shock of no adverts. I kept waiting for one to pop up, and it never did.",
          "positive", "onboarding", competitors=("Spotify",)),
        S("If you could change one thing, what would it be?", False,
          "I wish it could let me pause my subscription over the summer, when I'm back home and barely listen, then pick it up again in the autumn.",
          "neutral", "billing", request=True),
    ]),
    ("tune2", "family", True, [
        S("What made you decide to try our product in the first place?", False,
          "Our daughter wanted her own account, and the family plan covered all five of us for less than everyone paying separately. That sold it, really.",
          "positive", "discovery"),
        S("How did setting up the family plan go?", False,
          "Fiddly, if I'm honest. Each of the kids had to accept an invite by email, and our youngest doesn't even have email, so we went round in circles for an evening.",
          "negative", "onboarding"),
        S("Could you walk me through the last time you checked your bill?", True,
          "This spring the monthly payment suddenly jumped by a couple of pounds. I only spotted it on my bank statement, and I don't remember anyone warning us.",
          "negative", "billing", theme="price_rises"),
        S("Why haven't you switched, then?", False,
          "The kids would riot, mainly. My partner does keep mentioning that Deezer has a nicer setup for children, though, so it's come up at the dinner table.",
          "neutral", "renewal", competitors=("Deezer",)),
        S("Could you give me an example of one evening when the kids were using it?", True,
          "Last night my son put on one song he likes, and within ten minutes autoplay had drifted back to the same handful of pop tracks it always plays. It's stuck in a loop.",
          "negative", "everyday_use", theme="repetitive_recommendations"),
        S("Is there anything you'd pay extra for?", False,
          "I'd pay extra for proper parental controls, so I could block explicit songs on the kids' profiles without digging through every single setting.",
          "neutral", "everyday_use", request=True),
    ]),
    ("tune3", "commuter", True, [
        S("How did you come across our product?", False,
          "It came free for six months with my phone contract. I'd always used Spotify before, but by the end of the free months I didn't want to go back.",
          "positive", "discovery", competitors=("Spotify",)),
        S("Could you tell me a bit about your week and where you listen?", False,
          "I'm on the train for an hour each way, five days a week, squeezed in with a tidal wave of commuters. I wish the journey were shorter, honestly.",
          "neutral", None),
        S("Think of one occasion when it didn't work the way you expected, what happened?", True,
          "There's a long tunnel on my line, and one morning the podcast I'd saved stopped halfway, demanding a connection. What's the point of downloading anything, then?",
          "negative", "everyday_use", theme="offline_downloads"),
        S("How often do you use the discovery playlists?", False,
          "Hardly ever now. They've gone stale, it just keeps suggesting bands I've already played to death and nothing I haven't heard.",
          "negative", "everyday_use", theme="repetitive_recommendations"),
        S("Have you ever had to contact our support team?", False,
          "Once, when the app stopped connecting to my speaker at home. The chat reply came within a few minutes and they sorted it straight away, which, to be fair, I didn't expect.",
          "positive", "support"),
        S("Looking back at when you joined, what would have made it easier?", False,
          "It would be great to have a button that pulls your old playlists straight across when you first sign up. A few of my friends would join tomorrow if that existed.",
          "neutral", "onboarding", request=True),
    ]),
    ("tune4", "student", True, [
        S("Where did you first hear about us?", False,
          "I saw an advert before a video online, and the student discount caught my eye. I'd tried Tidal before, but it was far too pricey on a student budget.",
          "neutral", "discovery", competitors=("Tidal",)),
        S("What was signing up like?", False,
          "The student check took ages. I had to upload my enrolment letter twice because the first photo was apparently too blurry to read.",
          "negative", "onboarding"),
        S("Can you think of one occasion when the app really impressed you?", True,
          "I cancelled last summer while I was travelling, and when I came back and rejoined, all my playlists and liked songs were still sitting there. That was a lovely surprise.",
          "positive", "renewal"),
        S("Can you say more about how you pay for it?", False,
          "It comes out monthly, but the student rate crept up last term without any message I noticed, and on my budget an extra pound really matters.",
          "negative", "billing", theme="price_rises"),
        S("What do you usually do to find new music?", False,
          "Not through the app, weirdly. Its suggestions are always the same three artists, so I get new stuff from friends or late-night radio instead.",
          "negative", "everyday_use", theme="repetitive_recommendations"),
        S("What would make you stay for another year?", False,
          "If you added a way to see what my friends are playing right now, I'd stop eyeing up Spotify. That's honestly the only reason I'd think about switching.",
          "neutral", "renewal", competitors=("Spotify",), request=True),
    ]),
    ("tune5", "family", True, [
        S("How did you end up choosing our product?", False,
          "We'd had Pandora on in the car for years, but once the kids got their own phones we needed something the whole household could share, and this looked simplest.",
          "neutral", "discovery", competitors=("Pandora",)),
        S("What happened the last time you needed help from our support team?", True,
          "When my card expired, the account got paused, and I couldn't find any way to talk to a person. I clicked through three pages of help articles before a chat option finally appeared.",
          "negative", "support"),
        S("What happened after that?", False,
          "To be fair, once I reached someone they were lovely, and they even added a free month to say sorry. That went a long way with me.",
          "positive", "support"),
        S("How do the kids use it on long journeys?", False,
          "Before a long drive I load the tablet up with songs, and half the time they've vanished by the time we reach the motorway. Then I've got two bored children in the back.",
          "negative", "everyday_use", theme="offline_downloads"),
        S("How do you feel about what you pay?", False,
          "A bit put out, to be honest. The family plan has gone up twice since we joined, and both times the notice was buried in small print.",
          "negative", "billing", theme="price_rises"),
        S("What would keep you with us for years to come?", False,
          "Why can't it just let us add my mum, who lives on her own across town, to our family plan? Sort that and we'd never think about leaving.",
          "neutral", "renewal", request=True),
    ]),
    ("tune6", "commuter", False, [
        S("How did you first find out about us?", False,
          "A colleague recommended it on a long work trip. We were comparing playlists on the plane, and theirs just sounded better than mine.",
          "positive", "discovery"),
        S("What does your listening look like on a normal day?", False,
          "I cycle to the station and then it's forty minutes on the underground, so it's mostly audiobooks and the odd album on the way home.",
          "neutral", None),
        S("Have you ever thought about cancelling?", False,
          "I went to cancel once and the button was buried under about four menus. Then it offered me a discount, so I stayed, but it felt like a bit of a trap.",
          "negative", "renewal"),
        S("Why was that?", False,
          "Mainly the downloads. They keep disappearing off my phone, so on the underground I'd often end up with nothing at all to listen to.",
          "negative", "everyday_use", theme="offline_downloads"),
        S("Can you say more about the audiobooks?", False,
          "They're better than I expected, a decent choice and good narrators. Honestly, they're most of the reason I haven't left.",
          "positive", "everyday_use"),
        S("What was the first week like?", False,
          "Easy enough. It asked me to pick a few favourite artists, and the home screen felt like mine almost straight away.",
          "positive", "onboarding"),
    ]),
    ("tune7", "commuter", True, [
        S("Let's start at the beginning, what were your first few days with our product like?", False,
          "Smooth, honestly. I was up and running on my phone and laptop in about ten minutes, and the app was easy to find my way around.",
          "positive", "onboarding"),
        S("Is there anything you find yourself missing?", False,
          "A bigger, simpler player on the lock screen. I'd love to be able to skip tracks without squinting at tiny buttons on a packed train.",
          "neutral", "everyday_use", request=True),
        S("Can you describe a particular journey when something went wrong?", True,
          "Last week I hit play on my offline playlist at the station, and it told me the songs had to be downloaded again. I'd downloaded them the night before!",
          "negative", "everyday_use", theme="offline_downloads"),
        S("What do you usually do when something goes wrong with the app?", False,
          "I check the help pages first, and they're actually pretty decent. Clear steps, pictures, no jargon, so I rarely need to message anyone.",
          "positive", "support"),
        S("For example, do you pay monthly or yearly?", False,
          "Monthly. And I'm fed up, because the price has gone up again and I only found out when the receipt landed. Deezer was cheaper last time I checked.",
          "negative", "billing", competitors=("Deezer",), theme="price_rises"),
        S("Are you planning to renew?", False,
          "Yes, definitely. I had a month on Tidal last year to compare and came straight back. I wish I'd found you sooner, honestly.",
          "positive", "renewal", competitors=("Tidal",)),
    ]),
]
