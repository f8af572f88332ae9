"""Build tasks/config/everyday_words.txt: English words common enough that a sound-alike of a
configured competitor ("delivery" for Deliveroo, "staying" for Starling) is the word, not the
name (tasks/mentions.py).

    uv run --no-project --with wordfreq==3.1.1 python scripts/words/build_everyday.py

Words of three or more letters with wordfreq's Zipf frequency >= 3.5 (about once in 300,000
words of English). Run it again only to change the list; its output is committed.
"""

from __future__ import annotations

import re
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

ZIPF = 3.5
OUT = Path(__file__).resolve().parents[2] / "tasks" / "config" / "everyday_words.txt"


def main() -> None:
    words = sorted({w for w in top_n_list("en", 100_000) if re.fullmatch(r"[a-z]{3,}", w) and zipf_frequency(w, "en") >= ZIPF})
    header = f"# English words with wordfreq 3.1.1 Zipf frequency >= {ZIPF}; built by scripts/words/build_everyday.py\n"
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
