"""Scripted two-speaker customer interviews with exact references, for eval, tuning and tests.

Voices are pairs far apart for the CAM++ speaker embedding (cosine similarity
0.19 to 0.47; see ``eval.synth.voice_similarity``).
"""

from __future__ import annotations

from pathlib import Path

from eval.synth import Line, RenderedTurn, Voice, render

I, C = "interviewer", "customer"

SCRIPTS: dict[str, tuple[dict[str, Voice], list[Line]]] = {
    "synth_travel": (
        {I: Voice("en-us"), C: Voice("en-us+f3", pitch=60)},
        [
            Line(I, "Thanks for joining. Tell me about the last time you planned a trip with our app."),
            Line(C, "Sure. Last month I booked a weekend in Lisbon. Finding the flights was easy, but the hotel filters kept resetting every time I went back."),
            Line(I, "What did you do when the filters reset?"),
            Line(C, "I opened a spreadsheet and copied the prices by hand. It took me about an hour, which was frustrating."),
            Line(I, "Have you ever contacted support about it?"),
            Line(C, "Once. They answered quickly, but they only told me to clear my cache."),
            Line(I, "How did you pay for the booking in the end?"),
            Line(C, "With my credit card. The checkout itself was smooth, and I liked seeing the total price up front."),
        ],
    ),
    "synth_banking": (
        {I: Voice("en+klatt"), C: Voice("en+Annie")},
        [
            Line(I, "Could you walk me through how you check your balance each week?"),
            Line(C, "Every Monday I open the mobile app and look at the spending chart. The chart is nice, but the login takes forever."),
            Line(I, "Tell me more about the login."),
            Line(C, "It asks for a code by text message, and the message often arrives two minutes late. Sometimes I give up and try again later."),
            Line(I, "When was the last time that happened?"),
            Line(C, "Yesterday morning, actually. I was standing in a shop and could not see whether my salary had arrived."),
            Line(I, "What would you change first?"),
            Line(C, "Let me use my fingerprint instead of the text message. Everything else works well enough for me."),
        ],
    ),
    "synth_software": (
        {I: Voice("en-gb-x-gbclan+f2"), C: Voice("en-029")},
        [
            Line(I, "How does your team share reports today?"),
            Line(C, "We export the dashboard to a file and send it by email on Fridays. The export is slow when the report has many pages."),
            Line(I, "How slow is it?"),
            Line(C, "Around ten minutes for our monthly report. People start other work and forget to send it."),
            Line(I, "Have you tried the scheduled delivery feature?"),
            Line(C, "Yes, but it only supports one recipient, so we stopped using it after a week."),
            Line(I, "What happened after you stopped using it?"),
            Line(C, "We went back to manual exports. Honestly, the data itself is great, it is only the sharing that hurts."),
        ],
    ),
}


def render_all(folder: Path, names: list[str] | None = None) -> dict[str, tuple[Path, list[RenderedTurn]]]:
    """Render the named scripts (default all) as ``folder/<name>.wav``; return paths and reference turns."""
    out = {}
    for name in names or list(SCRIPTS):
        voices, lines = SCRIPTS[name]
        path = folder / f"{name}.wav"
        out[name] = (path, render(lines, voices, path))
    return out
