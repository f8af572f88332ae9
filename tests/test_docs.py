"""The README a newcomer reads (issue 26): short, the two commands first, every link resolves."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_is_short_and_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    two = text.index("## Two commands")
    assert two < 2000 and "uv run verbatim demo" in text[two:two + 600] and "bash scripts/test.sh" in text[two:two + 600]


def test_every_relative_link_in_the_readme_and_docs_resolves():
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        anchors = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
                   for h in re.findall(r"^#{1,6} (.+)$", text, re.M)}
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            if not path:
                assert anchor in anchors, (page.name, target)
                continue
            assert (page.parent / path).exists(), (page.name, target)
