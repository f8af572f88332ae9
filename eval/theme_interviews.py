"""Six short scripted interviews with planted themes and question types (ground truth for issue 4).

Two interviewer voices, five customer voices; each theme is said in different words in
2 to 4 interviews, one statement is an outlier, and the interviewers ask open, closed,
past-behaviour, leading and hypothetical questions. Used by the tests and by
``python -m eval.themes`` (which prints how well themes and question types are recovered).
"""

from __future__ import annotations

from pathlib import Path

from eval.synth import Line, RenderedTurn, Voice, render
from verbatim.tasks.questions import QUESTION_TYPES

I, C = "interviewer", "customer"
ALEX, SAM = Voice("en-us"), Voice("en+klatt")  # the two interviewers

SCRIPTS: dict[str, tuple[dict[str, Voice], list[Line]]] = {
    "acme": (
        {I: ALEX, C: Voice("en-us+f3", pitch=60)},
        [
            Line(I, "Thanks for taking the time to talk with us today."),
            Line(C, "Happy to help. I manage the finance team at a logistics firm."),
            Line(I, "Tell me about the last time you set up a new project.", "open"),
            Line(C, "That was last spring. The installation took us almost two weeks, and the configuration guide was really confusing.", "setup"),
            Line(I, "Wouldn't you agree that our support team is great?", "leading"),
            Line(C, "Not really. When I email the help desk, nobody answers for several days.", "support"),
        ],
    ),
    "birch": (
        {I: SAM, C: Voice("en+Annie")},
        [
            Line(I, "Great to meet you, and thanks for joining the call."),
            Line(C, "Thanks for having me. We are a design studio with twelve people."),
            Line(I, "What was it like to get started with the product?", "open"),
            Line(C, "Getting started was painful. Onboarding dragged on for a month before anyone on my team could use it.", "setup"),
            Line(I, "Would you ever pay for the premium plan?", "hypothetical"),
            Line(C, "No way. The subscription is already far too expensive for a small company like ours.", "price"),
        ],
    ),
    "cedar": (
        {I: ALEX, C: Voice("en+Annie", pitch=40)},
        [
            Line(I, "Thank you for speaking with me this morning."),
            Line(C, "No problem at all. I run a small bakery with two shops."),
            Line(I, "Have you ever tried to install it yourself?", "past_behavior"),
            Line(C, "Yes, and the initial setup was a nightmare. It took ages to configure everything correctly.", "setup"),
            Line(I, "What happens when you use the phone app?", "open"),
            Line(C, "My changes on the phone often disappear, because syncing with my laptop keeps failing.", "sync"),
        ],
    ),
    "delta": (
        {I: SAM, C: Voice("en-us+f3", pitch=60)},
        [
            Line(I, "Thanks for joining. Let us start with a quick introduction."),
            Line(C, "Sure. I am an engineer at a hospital, and I plan the night shifts."),
            Line(I, "Don't you think the new pricing is fair?", "leading"),
            Line(C, "Honestly, it costs way too much money. We pay more for this than for any other tool we use.", "price"),
            Line(I, "When did you last contact customer service?", "past_behavior"),
            Line(C, "Two weeks ago, and I am still waiting for someone to reply to my ticket.", "support"),
        ],
    ),
    "ember": (
        {I: SAM, C: Voice("en-gb-x-gbclan+f2")},
        [
            Line(I, "Welcome, and thank you for your time today."),
            Line(C, "Glad to be here. I coordinate volunteers for a charity in Leeds."),
            Line(I, "Tell me about your experience with our support.", "open"),
            Line(C, "Support is slow. Every question we send takes days before somebody gets back to us.", "support"),
            Line(I, "If we built an offline mode, would you use it?", "hypothetical"),
            Line(C, "Maybe. Right now the mobile app loses my edits whenever the sync between devices breaks.", "sync"),
        ],
    ),
    "fjord": (
        {I: ALEX, C: Voice("en+Alicia")},
        [
            Line(I, "Hello, and thanks for agreeing to this interview."),
            Line(C, "You are welcome. I teach mathematics at a secondary school."),
            Line(I, "Walk me through what you do when something breaks.", "open"),
            Line(C, "I contact support, and they take forever to respond to our emails. It can be a week.", "support"),
            Line(I, "Is there anything else you want to mention?", "closed"),
            Line(C, "I really like the dark colour theme. It is easy on my eyes late at night.", "outlier"),
        ],
    ),
}



def planted_themes() -> dict[str, set[str]]:
    """Theme name -> the interviews it is planted in (outliers excluded)."""
    themes: dict[str, set[str]] = {}
    for name, (_, lines) in SCRIPTS.items():
        for line in lines:
            if line.speaker == C and line.label not in ("", "outlier"):
                themes.setdefault(line.label, set()).add(name)
    return themes


def planted_questions() -> list[tuple[str, str, str]]:
    """(interview, question text, question type) for every planted question."""
    return [(name, l.text, l.label) for name, (_, lines) in SCRIPTS.items() for l in lines if l.label in QUESTION_TYPES]


def render_all(folder: Path, dither_seed: int | None = None, noise_db: float | None = None, gain_db: float = 0.0
               ) -> dict[str, tuple[Path, list[RenderedTurn]]]:
    """Render every interview as ``folder/<name>.wav``; return paths and reference turns.
    ``dither_seed`` renders with one-LSB dither, ``noise_db`` adds white noise, ``gain_db`` changes
    the level (see ``eval.synth.render``)."""
    out = {}
    for k, (name, (voices, lines)) in enumerate(SCRIPTS.items()):
        path = folder / f"{name}.wav"
        seed = None if dither_seed is None else dither_seed * 100 + k
        out[name] = (path, render(lines, voices, path, dither_seed=seed, noise_db=noise_db, gain_db=gain_db))
    return out
