"""Screenshot the Prefect UI of a running `verbatim up` with headless Chromium (for the README).

    VERBATIM_HOME=.verbatim uv run python scripts/ui_screenshot.py [docs/prefect-ui.png]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/prefect-ui.png")
    info = json.loads((Path(os.environ.get("VERBATIM_HOME", ".verbatim")) / "stack.json").read_text())
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("error: Chromium is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        # The UI is a single-page app: give its scripts virtual time to fetch the runs and draw.
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={profile}", "--window-size=1400,1350", "--virtual-time-budget=20000",
                        f"--screenshot={out.resolve()}", f"{info['prefect_ui']}/runs"],
                       check=True, capture_output=True, timeout=180)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
