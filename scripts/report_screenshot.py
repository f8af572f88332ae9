"""Regenerate docs/report.png: the six scripted interviews of eval.theme_interviews rendered,
processed, themed and reported with the real CLI, then the page shot with headless Chromium.

    uv run python scripts/report_screenshot.py [docs/report.png]     # about 4 minutes on 2 cores
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEGMENTS = {"acme": "smb", "birch": "smb", "cedar": "smb", "delta": "enterprise", "ember": "enterprise", "fjord": "enterprise"}


def main() -> int:
    from eval.theme_interviews import render_all

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/report.png").resolve()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("error: Chromium is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    cli = [sys.executable, "-m", "verbatim.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rendered = render_all(root / "audio")
        manifest = root / "participants.csv"
        manifest.write_text("file,segment,consent\n" + "".join(f"{name}.wav,{SEGMENTS[name]},yes\n" for name in rendered))
        datasets = root / "datasets"
        files = [str(path) for path, _ in rendered.values()]
        subprocess.run(cli + ["process", *files, "--out", str(datasets), "--manifest", str(manifest),
                              "--competitors", "QuickBooks,Xero"], check=True)
        subprocess.run(cli + ["themes", str(datasets)], check=True)
        page = root / "report.html"
        subprocess.run(cli + ["report", str(datasets), "--html", str(page)], check=True)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={root / 'profile'}", "--window-size=1000,1400", f"--screenshot={out}",
                        page.as_uri()], check=True, capture_output=True, timeout=180)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
