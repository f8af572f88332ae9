"""infra/ passes real linters (cfn-lint, hadolint, yamllint, checkov), offline, as in CI."""

import subprocess

from tests.conftest import ROOT


def test_infra_lints_clean():
    done = subprocess.run(["bash", str(ROOT / "infra" / "lint.sh")], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert "infra: all linters passed" in done.stdout
