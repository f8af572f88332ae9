"""Did the interviewer dig? Follow-up questions, requests for an example, vague answers left alone
(pure, no I/O).

Good interviewers do not take an answer at face value: after "it mostly works" they ask
"could you give me a specific example?" or "what happened then?". Three rules, each a set of
phrasings a reader can check (``python -m eval.analysis`` measures them on labelled questions):

- ``asks_for_example``: the question asks for one specific instance: "a specific / particular /
  concrete / recent example, time, occasion", "one particular purchase", "tell me about a time",
  "tell me about the last trip you booked", "walk me through the last time", "walk me through
  yesterday morning", "walk me through how you follow up" (the customer's own steps, told as a
  story: flagged, since a missed request for an example costs more than one flagged too many),
  "when was the last time", "when did you last", a case called to mind ("think about the most
  recent delivery", "recall the last claim you made", "take me back to when the payment
  failed", "was there a day the sync failed?", "recount the last lesson you cancelled", "paint me
  a picture of a failed pickup", "one situation where the app let you down"). Giving an example
  ("For example, do you use the app?") is not asking for one, nor is a case imagined ("is there a
  time when you'd pay more?"). Past the phrasings, the shape of one past event: a story verb, one
  thing and what happened to it ("talk me through one delivery that didn't arrive"), the worst or
  best one ("...the worst experience you've had"), which one comes to mind ("which time stands
  out?"), a prompt that points at one case and then asks what happened in it ("Go back to your
  first visit. How did that day unfold?"). Past the rules, a model reads the question's meaning
  (``examples_read``); the interview flags a question when either says so, but a probe into the
  story being told ("And then what did you do?") is never the model's find.
- ``is_follow_up``: the question asks about the answer just given: the interview's probes
  ("why was that?", "can you say more?", "what happened next?", "how so?", "you mentioned the
  export..."), a question that points back at it ("how often does that happen?"), or one that
  takes up a content word of the answer ("the export failed" -> "what did the export do?").
  A question after no customer answer is not a follow-up, nor one that says the topic changes
  ("let's move on to the app...") unless it picks up what was said ("you mentioned...").
- ``is_vague``: a short answer that judges in general words ("it mostly works fine", "pretty
  good overall") and gives nothing specific: no number, no time, no "because", no example.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verbatim.tasks.questions import is_story_prompt, normalise, split_sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np

# A stretch of time, no event: "thinking about the last year, would you say it got better?", "the
# last few months" (not "the last year-end close", "the last few minutes before it crashed")
_PERIOD = r"(?:(?:few|couple\s+of)\s+)?(?:years?|months?|quarters?|fortnights?|decades?|weeks)\b(?!-)"
# What a customer has or is rather than something that happened: "your last job", "a particular
# reason", "a specific feature" ask for no story.
_NOT_EVENTS = (
    r"(?:reason|reasons|thing|things|way|kind|type|sort|question|person|price|feature|job|role|company|employer|provider"
    r"|supplier|tool|app|system|platform|version|update|name|number|digits|address|impression|answer|answers|password"
    r"|two|three|four|five|six"
    rf"|{_PERIOD})"
)
# A past tense: what happened ("didn't arrive", "went wrong", "you've had", "took longer")
_PAST = (
    # "-ed" but not need, speed, feed ("a report that you need" is no event)
    r"(?:[a-z]+(?<!e)ed|didn't|did\s+not|wasn't|weren't|couldn't|went|took|had|got|came|broke|made|left|lost|sent|felt|forgot"
    r"|paid|kept|was|were|did|said|told|gave|saw|ran|fell)\b"
)
# Past participles without "-ed" ("the worst trip you've been on", "the best meal you've eaten")
_PARTICIPLE = r"(?:been|taken|seen|done|given|eaten|flown|driven|ridden|gone|known|written|spoken|chosen)\b"
# A preference or a habit, not an event: "was there a day you preferred for delivery?"
_HABIT = r"(?!(?:[\w']+\s+){0,2}?(?:prefer|preferred|liked|wanted|usually|normally|always|often|tend|tended|used\s+to)\b)"
# Things that happen to a customer, one of which a question may ask to be remembered
_EVENTS = (
    r"time|moment|occasion|day|week|visit|experience|incident|instance|example|case|story|booking|order|delivery|call|trip"
    r"|shift|appointment|session|lesson|repair|claim|payment|journey|stay|class|invoice|purchase|night|evening|morning|weekend"
    r"|mistake|complaint|refund|return|pickup|outage|failure|breakdown"
)
# A case imagined rather than recalled: "is there a time when you'd pay more?", "a situation where
# you would use it offline" (not "a time when you'd booked and the car wasn't there")
_IMAGINED = r"(?!\s+(?:you|it|they|we)(?:\s+(?:would|might|could)\b|'d\s+(?!been\b|had\b|[a-z]+ed\b)))"
# A time of day or of the year, a slot, or one the customer prefers or usually keeps: "is there a
# particular time of day when you prefer to run it?", "a particular time you like to run payroll",
# "a specific time at which you usually pay" ask for a habit, not an occasion (not "a particular
# time when the app, which usually works, crashed", nor "was there a particular time you preferred
# the app over calling?", one past occasion)
_NO_HABIT_TIME = (
    r"(?!\s+(?:of\s+(?:the\s+)?(?:day|week|month|year|morning|afternoon|evening)|(?:in|during)\s+the\s+(?:day|week|month|year)"
    r"|slots?|windows?)\b)"
    r"(?!\s+(?:(?:when|that|at\s+which)\s+)?you(?:'d)?\s+(?:[\w']+\s+)?(?:prefer|prefers|usually|normally|typically|tend|like)\b)"
)
_EXAMPLE = re.compile(
    r"\b(?:(?:a|an|one|some)\s+(?:specific|particular|concrete|recent|real)\s+"
    rf"(?:examples?|instances?|times?|occasions?|cases?|moments?|situations?)\b{_NO_HABIT_TIME}"
    # "an exact moment when..." (not "an exact time you need the car by")
    r"|(?:an|one|the)\s+exact\s+(?:moment|occasion|instance)\b"
    # "one particular purchase", "a specific delivery": one instance of anything
    # (not "is there a particular day you...", nor "was there a particular reason you cancelled?": a
    # reason, a motive or a wanted feature is no instance)
    r"|(?<!is\sthere\s)(?<!have\s)(?:a|an|one)\s+(?:specific|particular)\s+"
    rf"(?!(?:reasons?|motivations?|purposes?|causes?|goals?|preferences?|features?)\b)[a-z]+\b{_NO_HABIT_TIME}"
    r"|(?:walk|talk|take)\s+(?:me|us)\s+(?:through|back\s+to)\s+(?:that|yesterday|this\s+morning|today|last\s+[a-z]+|one\s+of"
    rf"|the\s+(?:last|most\s+recent|first)\s(?!{_PERIOD}))"
    r"|(?:tell|talk)\s+(?:me|us)\s+about\s+(?:the\s+(?:last|most\s+recent|first)|an?\s+(?:recent|specific|particular))\s+"
    rf"(?!{_PERIOD})[a-z]+"
    r"|when\s+did\s+you\s+last\b"
    r"|(?:give|share|show)\s+(?:me|us)\s+(?:an?\s+|one\s+|some\s+)?(?:example|instance)"
    r"|(?:an?|one|any)\s+example\s+(?:of|where|when|from)"
    r"|(?:can|could)\s+you\s+think\s+of\s+(?:a|an|one)\s+(?:time|moment|occasion|situation|example|case|instance)"
    # "have you got an example?", "any examples come to mind?"
    r"|(?:have|got)\s+you\s+(?:got\s+)?(?:an?|any)\s+(?:(?:concrete|specific|real|good)\s+)?examples?\b|\bany\s+examples?\b"
    # "share a story about a time it helped", "think of an instance where..."
    r"|(?:about|of|describe|recall|remember|share)\s+(?:a|an|one)\s+(?:(?:specific|particular|recent)\s+)?"
    r"(?:time|occasion|moment|instance|story)\s+(?:it|you|they|the|your|when|where|that|about)\b"
    # "can you remember when that last happened?", "when did that most recently happen?"
    r"|when\s+(?:did\s+)?(?:that|this|it)\s+(?:last|most\s+recently)\s+happen"
    r"|(?:tell|talk)\s+(?:me|us)\s+about\s+(?:a|the|one)\s+(?:(?:specific|particular|last|recent)\s+)?(?:time|occasion|moment|day)\b"
    r"|walk\s+(?:me|us)\s+through\s+(?:a|the|one|that)\s+(?:(?:specific|particular|last|recent)\s+)?(?:time|occasion|day)\b"
    r"|walk\s+(?:me|us)\s+through\s+(?:exactly\s+)?what\s+(?:you\s+did|happened)"
    # "walk me through how you follow up after a pitch": the customer's own steps, told as a story
    # (not "how you usually approve invoices" nor "how you'd set it up": a habit or a wish, no one
    # occasion, unless a past one follows: "how you usually handled it the day the system went down")
    rf"|walk\s+(?:me|us)\s+through\s+(?:exactly\s+)?how\s+you\b(?!(?:'d|\s+would)\b|\s+(?:usually|normally|typically|generally|always|often|tend\s+to)\b(?![^.?!]{{0,40}}?\b{_PAST}))"
    r"|(?:when|what)\s+was\s+the\s+(?:last|most recent)\s+time"
    r"|(?:do|can|could)\s+you\s+(?:remember|recall)\s+(?:a|an|one|the last)\s+(?:time|occasion|example|instance|case)"
    rf"|\b(?:a|one|the)\s+(?:time|occasion|moment|day)\s+(?:when|where|that)\b{_IMAGINED}"
    # "one situation where the app let you down": a past one (not "a situation where you use the website")
    rf"|\b(?:a|one)\s+situation\s+(?:when|where|that)\b{_IMAGINED}"
    r"(?=[^.?!]{0,40}?\b(?:[a-z]+ed|let|went|had|did|was|were|got|made|took|came|broke|lost|sent|felt|forgot|left|paid|kept)\b)"
    # the third held-out batch of eval/phrasings.py, read: "is there a moment you can think of when the
    # tickets didn't arrive?", "which booking would you pick to show me what you mean?"
    r"|(?:a|an|one)\s+(?:time|moment|occasion|day|instance)\s+(?:that\s+)?you\s+(?:can|could)\s+(?:think\s+of|remember|recall)\b"
    r"(?!\s+that\s+(?:works|suits)\b)"
    r"|(?:which|pick|choose)\b[^.?!]{0,60}\bshow\s+(?:me|us)\s+what\s+you\s+mean\b"
    # One past event said by its shape rather than its words: a verb that asks for a story or calls
    # one to mind, then one thing (a/an/one/that) and what happened to it in the past tense ("talk me
    # through one delivery that didn't arrive", "describe one shift where the rota went wrong",
    # "think of a night that didn't go to plan"), or the worst/best one the customer has had ("tell
    # me about the worst experience you've had with us")
    # (an event, not a thing, a habit or an opinion: "tell me about a service you used before us",
    # "describe a typical day when...", "what do you think of a service that charged monthly?")
    rf"|(?:(?:tell|talk|walk|take)\s+(?:me|us)\s+(?:about|through)|(?<!would\syou\s)describe|recount|go\s+through"
    rf"|(?:^|(?<=[.?!]\s)|(?<=can\syou\s)|(?<=could\syou\s))think\s+of|remember|recall)\s+(?:a|an|one)\s+"
    rf"(?!(?:typical|usual|normal|average|ideal|ordinary|standard|regular)\b)(?:[\w-]+\s+){{0,2}}?(?:{_EVENTS})\s+"
    rf"(?:that|which|when|where|you|it|we|they|the|you've|you\s+have)\s+{_HABIT}(?:[\w']+\s+){{0,3}}?{_PAST}"
    rf"|(?:tell|talk|walk|take)\s+(?:me|us)\s+(?:about|through)\s+(?:the|your)\s+(?:worst|best|biggest|hardest|strangest"
    rf"|most\s+[\w-]+)\s+(?:[\w-]+\s+)?(?:{_EVENTS})\s+(?:you've|you\s+have|(?:you|that)\s+(?:[\w']+\s+){{0,2}}?{_PAST})"
    # ... asked with "what's / what was": one the customer went through ("what's the most frustrating
    # call you've had with support?", "what was the worst outage you remember?"; not "the most
    # common complaint you've had", "the best time you've found to reach us", "the hardest class you
    # have this term")
    rf"|(?:what's|what\s+(?:is|was))\s+(?:the|your)\s+(?:worst|best|biggest|hardest|strangest|scariest|most\s+"
    r"(?!(?:common|frequent|typical|usual|popular|important|useful|used)\b)[\w-]+)\s+(?:[\w-]+\s+)?"
    rf"(?:{_EVENTS})\s+(?:you(?:'ve|\s+have)\s+(?:ever\s+)?(?:{_PAST}|{_PARTICIPLE})(?!\s+to\b)"
    rf"|you\s+(?:ever\s+)?(?:{_PAST}(?!\s+to\b)|remember|recall))"
    # ... or asks which one comes to mind ("which time stands out?", "is there an occasion you
    # remember where...?"), or whether there ever was one ("was there ever a clean you weren't
    # happy with?", "what's a time you had to chase us?")
    rf"|(?:which|an?|one|any)\s+(?:[\w-]+\s+)?(?:{_EVENTS})\s+(?:that\s+)?(?:stands?\s+out(?!\s+(?:to\s+you\s+)?as\b)"
    r"|sticks?\s+in\s+your\s+(?:mind|memory)|(?:springs?|comes?)\s+to\s+mind|you\s+(?:remember|recall))\b"
    rf"|was\s+there\s+(?:ever\s+)?(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{_EVENTS})\s+(?:that|when|where|you|it|we|they)\s+"
    rf"{_HABIT}(?:[\w']+\s+){{0,2}}?{_PAST}"
    rf"|(?<!\bat\s)(?:a|an|one)\s+(?:time|occasion|moment|day)\s+(?:you|it|we|they)\s+{_HABIT}{_PAST}"
    # "talk me through the handover when you collected your car": the one occasion it names (not
    # "the process when they were new customers", "the screen where you entered your card")
    r"|(?:walk|talk|take|run)\s+(?:me|us)\s+through\s+the\s+(?!(?:process|steps?|screen|page|form|policy|settings|part"
    r"|section|flow|procedure|menu|app|system|options?)\b)(?:[\w-]+\s+){1,2}?when\s+(?:you|we|they|it|the|your)\s+"
    rf"{_HABIT}(?:[\w']+\s+){{0,2}}?{_PAST}"
    # "got a story about a visit that went well?" (not "have you got a good story for how you'd use it?")
    r"|(?:(?:^|(?<=[.?!,]\s))got|(?:have|has)\s+you\s+got)\s+(?:a|any|one)\s+(?:good\s+|real\s+)?stor(?:y|ies)\b"
    r"(?![^.?!]{0,40}?(?:\bwould\b|\bcould\b(?!\s+(?:share|tell)\b)|'d\b))"
    # "you said the inspection was a nightmare: what actually happened on that day?"
    r"|what\s+(?:actually\s+|exactly\s+)?(?:happened|went\s+on|was\s+going\s+on|went\s+wrong|you\s+did)\s+(?:on|in|during)\s+that\s+"
    r"(?:day|week|morning|afternoon|evening|night)\b(?!')"
    # "paint me a picture of a failed pickup"
    r"|paint\s+(?:me|us)\s+a\s+picture\s+of\s+(?:a|an|one|the|your)\s+(?!(?:typical|usual|normal|ideal|average|business|team|company|day|week)\b)"
    # "what happened the last time the app crashed?"; not "was that the last time you used it?"
    r"|(?<!was\sthat\s)(?<!is\sthat\s)(?<!was\sthis\s)\bthe\s+(?:last|most\s+recent)\s+"
    r"(?:time\s+(?:you|that|this|it|when|the|your|an?|something|anything)|one\s+you)\b"
    r"|(?:describe|recall|remember|think\s+back\s+to)\s+(?:a|an|the|one)\s+(?:(?:specific|particular|recent|last)\s+)?"
    r"(?:time|occasion|moment|day|example|instance|case|situation)"
    r"|for\s+(?:an\s+)?(?:example|instance)\s*\?|such\s+as\s*\?|like\s+what\s*\??$"
    # Said any other way: a verb that asks for a story or a case, then within a few words one
    # case ("give an instance", "share an example with me", "is there an example you could
    # share", "talk us through what happened on the day...", "think back to your last invoice
    # run", "walk me through your last shift")
    r"|(?:give|share|show|describe|tell|point\s+to|is\s+there|do\s+you\s+have|any)\b[^.?!]{0,30}?"
    r"\b(?:an?|one|any|some)\s+(?:(?:specific|particular|concrete|real|good|recent)\s+)?(?:examples?|instances?|cases?|story)\b"
    # ... or, asked of the customer (at a sentence's start, or after "can you", "let's"...), to
    # call one to mind: "think about the most recent delivery", "recall the last claim you made",
    # "let's go back to your most recent order", "pick one recent trip"; not an opinion or a
    # yes/no question ("what does your team think of the recent changes?", "did you pick up your
    # order yesterday?", "do you remember signing up last month?"). "Your first delivery" is no
    # case here: "tell me about your first week" asks how onboarding went, not for one story.
    r"|(?:(?:tell|talk|walk|take)\s+(?:me|us)|describe|recount(?!\s+(?:the\s+|your\s+)?(?:till|cash|float|stock|money|votes|change)\b)|go\s+through|think(?:ing)?\s+back|what\s+happened"
    r"|what\s+was\s+going\s+on|how\s+did\s+it\s+go"
    r"|(?:^|(?<=[.?!,]\s)|(?<=can\syou\s)|(?<=could\syou\s)|(?<=let's\s)|(?<=please\s)|(?<=if\syou\s)"
    r"|(?<=and\s)|(?<=so\s)|(?<=now\s))"
    r"(?:think(?:ing)?\s+(?:about|of)|recall|remember|go\s+back|cast\s+your\s+mind|pick(?=\s+(?:one|a|an)\b)))\b"
    rf"[^.?!]{{0,30}}?\b(?:(?:the|your|a|an|one)\s+(?:very\s+)?(?:last|most\s+recent|recent|specific|particular)\s+(?!{_NOT_EVENTS}\b)[a-z]+"
    r"|yesterday|(?<!the\s)last\s+(?:week|month|night)|(?:a|an|one|the)\s+(?:time|occasion|moment|day|situation)\s+(?:when|where|that|you|it|the)\b"
    r"|(?:on|in|to)\s+the\s+(?:day|week|morning|afternoon|evening|night)\s+(?:when|that|the|you|your|it|our|my)"
    # "take me back to when the payment failed", "tell me what happened the first time you logged in"
    r"|to\s+when\s+(?:you|it|the|that|your|we|our|my|they)\b|the\s+first\s+time\s+(?:you|it|the|that|your|we)\b)"
    # "was there a day the sync failed?": one past occasion (not "is there a day you prefer?")
    r"|was\s+there\s+(?:a|one)\s+(?:day|time|moment|occasion|week)\s+(?:when|where|that|the|it|your"
    r"|you(?!\s+(?:prefer|preferred|would|'d|like|liked|usually)\b))\b"
    # "any particular occasion you're thinking of?" (not "any particular time you prefer?")
    r"|any\s+(?:specific|particular)\s+(?:occasion|moment|instance|example|case)\b)",
    re.IGNORECASE,
)
_MENTIONED_WORDS = r"you\s+(?:mentioned|said|told\s+me)|earlier\s+you"  # picks up what was said
_PROBE = re.compile(
    r"\b(?:why\s+(?:was|is|did|do|does|would|were)\s+(?:that|it|this|they|you)|why\s+not|why\s+so|how\s+so|in\s+what\s+way"
    r"|(?:say|tell\s+(?:me|us))\s+(?:a\s+(?:bit|little)\s+)?more|(?:can|could|would)\s+you\s+(?:elaborate|expand|explain)"
    r"|what\s+happened\s+(?:next|then|after|afterwards|when|in\s+the\s+end)|and\s+then\s+what|how\s+did\s+you\s+(?:feel|find\s+out)|what\s+did\s+you\s+do\s+(?:then|next|about\s+(?:it|that))"
    rf"|what\s+do\s+you\s+mean|what\s+makes\s+you\s+say|{_MENTIONED_WORDS}|go\s+on"
    r"|how\s+did\s+(?:that|it|this)\s+(?:make|feel|affect|go|end)|what\s+was\s+that\s+like|what\s+went\s+wrong"
    r"|what\s+(?:exactly|specifically)|how\s+(?:often|long)\s+(?:does|did|has)\s+(?:that|this|it)|when\s+did\s+(?:that|this|it)"
    r"|(?:that|this)\s+(?:sounds|must)|(?:about|with|of)\s+(?:that|this|those)\s*\?)",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"\b(?:that|this|those|it)\b\s*(?:\?|$)|\b(?:that|this)\s+(?:happen|happened|problem|issue|experience)"
    r"|\b(?:it|that|this)\s+happened\b",
    re.IGNORECASE,
)
# "Let's move on to the app. How often do you open it?": the interviewer says the topic changes.
_NEW_TOPIC = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|right|great|thanks|thank\s+you|lovely)[,.]?\s+)?(?:let's\s+(?:move\s+on|talk\s+about|turn\s+to|switch\s+to)"
    r"|moving\s+on|changing\s+(?:the\s+)?subject|on\s+a\s+different\s+note|a\s+different\s+topic)\b",
    re.IGNORECASE,
)
_MENTIONED = re.compile(rf"\b(?:{_MENTIONED_WORDS})\b", re.IGNORECASE)
_WHY = re.compile(r"^\s*(?:and\s+|so\s+|but\s+)?why\b", re.IGNORECASE)
_GIVES_EXAMPLE = re.compile(r"^\s*(?:for\s+example|for\s+instance|e\.g\.)\s*,", re.IGNORECASE)
_GENERIC = re.compile(
    r"\b(?:fine|okay|ok|alright|all right|good|great|decent|not bad|pretty good|works|working|mostly|generally|usually|overall"
    r"|no complaints|can't complain|so-so|it's ok|nothing special|it depends|sometimes)\b",
    re.IGNORECASE,
)
_SPECIFIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|yesterday|today|last|week|month|year|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|because|since|when|example|once|twice|minutes?|hours?|days?)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][a-z']+")
_COMMON = frozenset(
    """about after again also always and any are because been before being but can could did does doing done
    don't for from get got had has have how into its just like make more most much never not now only other our out
    over really same should some still such than that the their them then there these they thing things this those
    through too very was way well were what when where which while who why will with would yeah yes you your
    actually kind lot maybe okay pretty quite right sort sure think know mean well going went""".split()
)
_EXAMPLE_WORDS = frozenset(
    "example examples instance specific particular concrete recent time occasion moment "
    "situation case give share think remember recall walk through tell".split()
)
VAGUE_MAX_WORDS = 15


# A story prompt that names one case (``questions.is_story_prompt``: "go back to your first visit as a
# member", "let's zoom in on one release that went sideways"), then asks what happened in it ("How
# did that day unfold?", "What happened first?"; ``questions.find_questions`` keeps the two
# together). A prompt about a screen, a typical week or an ideal app names no case, and "what did
# you see?" or "what did you do before this?" asks for no story.
_WHAT_HAPPENED = re.compile(
    r"^(?:(?:so|and|then|okay|ok) )?(?:what happened|how did (?:it|that|this|the \w+|that \w+) (?:go|unfold|end|turn out"
    r"|play out)|what did you do(?: first| then| next| about it)?$)"
)


def _case_then_story(question: str) -> bool:
    """Whether a sentence of ``question`` is a story prompt naming one case and the next asks what
    happened in it."""
    sentences = split_sentences(question)
    return any(is_story_prompt(a) and _WHAT_HAPPENED.match(normalise(b)) for a, b in zip(sentences, sentences[1:]))


# A case supposed, then what the customer would do: "if there were a time you needed to hand the car
# back early, how would you go about it?", "imagine a time you needed two vans. What would you do?"
# (not "do you remember if there was a time when the sync failed?": the supposition opens a sentence)
_SUPPOSED = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:and|so|okay|ok|now|say|right|um|uh|well|let's),?\s+)*(?:if|suppose|say|imagine|picture|what\s+if)\s+"
    r"(?:there(?:'s|\s+(?:ever\s+)?(?:was|were|is))\s+(?:ever\s+)?)?(?:a|an|one)\s+(?:time|occasion|moment|day|situation|case)\b"
    r"(?!\s+(?:that\s+)?(?:comes?\s+to\s+mind|springs?\s+to\s+mind|stands?\s+out|sticks?\b))",  # an invitation, not a case imagined
    re.IGNORECASE,
)
# ... and what the customer would do in it (not "could you tell me about it?", "I'd love to hear it",
# "what would you have wanted us to do?", said of a real past case)
_WOULD = re.compile(
    r"\b(?:would|might|could)\s+(?:you|it|they|we)\b(?!\s+(?:have|tell|describe|walk|talk|share|give|explain|take|run|say|recall"
    r"|remember|think)\b)|\bwhat'd\b|\byou'd\b(?!\s+(?:like|love)\b)|\bwould\s+(?:it|that)\s+(?:look|be)\b"
    r"|\b(?:what|how)\s+do\s+you\b",
    re.IGNORECASE,
)


def asks_for_example(question: str) -> bool:
    """Whether ``question`` asks for one specific instance (see the module's docstring)."""
    if _SUPPOSED.search(question) and _WOULD.search(question):
        return False
    if _case_then_story(question):
        return True
    if _GIVES_EXAMPLE.search(question):
        return bool(_EXAMPLE.search(_GIVES_EXAMPLE.sub("", question)))
    return bool(_EXAMPLE.search(question))


# Interviewers ask for a story in more ways than the rules above list: questions written by people
# who never read them ("Pick out one charter that went really smoothly and take me through it",
# "When did this last bite you?") were flagged by them 28 times in 60 (eval/phrasings.py, tuning A and B).
# So a question is also a request for an example when an attention model over its word pieces
# (``models.AttentionModel``, as the request model; fitted by ``python -m eval.analysis --fit`` on
# seven writers' questions, weights in tasks/config/statement_models.json) gives it at least this
# probability. Each writer left out in turn (``python -m eval.analysis --examples-cv``), rules or
# model found 257 of the six newer writers' 270 requests at 0.9 (the rules alone 186), and from
# 0.8 to 0.99 took none of their 250 look-alikes (0.75 two, 0.5 eight); this is the middle of that
# window. The earlier writer's follow-ups ("What happened next?", no new case) are what a model
# fitted without them takes for requests (16 of 215 at 0.9, 6 past ``probes_the_story`` below): they
# stay in the fit.
EXAMPLE_PROBABILITY = 0.9

# A probe into the story being told, what came next, what happened at a moment of it or how it felt
# ("And then what did you do?", "What happened when you got to reception?", "How did you feel
# walking out of the branch that day?"), asks for no new case however the model reads it: it read
# the first at 0.91 and the last, one of a helper's 80 follow-ups (2026-12-07), at 0.98, and with
# the earlier hand's questions left out of its fit took such probes for requests. No labelled request for an
# example of eval/ has this shape; the rules' flags ("what happened the last time...") are not
# touched.
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# ... but a question that names one case of its own ("what happened when you last called support?",
# "how did you feel the first time you used it?", "what happened during the outage in March?",
# "what happened when you had a problem with an order?") or asks for one ("..., can you walk me
# through it?") is no probe
_NAMES_A_CASE = (
    r"(?![^.?!]*\b(?:first|last|latest|most\s+recent|another|ever|yesterday|ago|a|an|one|(?:can|could|would|will)\s+you"
    rf"|tell\s+(?:me|us)|(?:walk|talk|take|run)\s+(?:me|us)|think\s+of|remember|recall|example|instance|stands?\s+out|{_MONTHS})\b)"
)
_STORY_PROBE = re.compile(
    r"^(?:(?:and|so|then|okay|ok|right|um|uh|yeah|mm-hm)[,.]?\s+)*(?:then\s+)?"
    r"(?:what\s+(?:did\s+you\s+do|happened|did\s+(?:they|he|she|it|the\s+[\w-]+)\s+(?:do|say|tell\s+you)|was\s+the\s+outcome)"
    r"(?:\s+(?:then|next|after\s+that|afterwards|first|about\s+(?:it|that)|in\s+the\s+end))?"
    # "what happened when you got to reception?", "what did you do when you noticed?"
    r"|(?:what\s+happened|what\s+did\s+(?:you|they)\s+do|how\s+did\s+you\s+find\s+out)\s+"
    rf"(?:when|while|at|after|before|during|once)\b{_NAMES_A_CASE}[^.?!]*"
    rf"|how\s+did\s+(?:you|that|it|this)\s+(?:feel|make\s+you\s+feel)\b{_NAMES_A_CASE}[^.?!]*"
    r"|how\s+did\s+you\s+find\s+out|(?:and\s+|so\s+)?then\s+what)\s*\??\s*$",
    re.IGNORECASE,
)


def probes_the_story(question: str) -> bool:
    """Whether ``question`` only probes the story being told (``_STORY_PROBE``)."""
    return bool(_STORY_PROBE.match(question.strip()))


def examples_read(questions: Sequence[str], words: Sequence[np.ndarray]) -> list[bool]:
    """Per question (its text and its word pieces, ``embed.analysis_embed_words``): whether the
    example-request model reads a request for one specific instance at ``EXAMPLE_PROBABILITY``
    or more and the question is no probe into the story being told (``probes_the_story``). All False
    without the model or for another model's width."""
    from verbatim.tasks import models

    read = models.pieces_read_as("example_request", "example", words, EXAMPLE_PROBABILITY)
    return [r and not probes_the_story(q) for q, r in zip(questions, read, strict=True)]


def _content(text: str) -> set[str]:
    """Content words, plural "s" dropped ("reports" and "report" are one word)."""
    return {
        w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        for w in _WORD.findall(text.lower())
        if len(w) > 3 and w not in _COMMON
    }


def is_follow_up(question: str, previous_answer: str | None) -> bool:
    """Whether ``question`` asks about ``previous_answer``, the customer's words just before it
    (None or empty: the question follows no answer)."""
    if not previous_answer or not previous_answer.strip():
        return False
    if _NEW_TOPIC.search(question):
        return bool(_MENTIONED.search(question))  # a new topic, unless it picks up what was said
    if _PROBE.search(question) or _POINTS_BACK.search(question.strip()) or _WHY.search(question):
        return True
    if asks_for_example(question) and not _content(question) - _EXAMPLE_WORDS:
        return True  # "can you give me a specific example?": of what was just said

    return bool(_content(question) & _content(previous_answer))


def is_vague(answer: str) -> bool:
    """Whether a customer answer stays general (see the module's docstring)."""
    words = answer.split()
    return 0 < len(words) <= VAGUE_MAX_WORDS and bool(_GENERIC.search(answer)) and not _SPECIFIC.search(answer)
