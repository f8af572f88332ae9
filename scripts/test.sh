#!/usr/bin/env bash
# The test command (README): installs what the tests need, then runs them.
# Needs only Python 3.11 and, for espeak-ng, apt-get (as root or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
# espeak-ng renders the scripted interviews the tests transcribe and diarize;
# Chromium (headless) checks and screenshots the HTML report.
missing=()
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
fi
exec python3 -m uv run --group dev pytest "$@"
