#!/usr/bin/env bash
# Creates .build/venv with Python's jsonschema for the schema tests (docs/network.schema.json), once.
# Idempotent: does nothing when .build/venv/bin/python already imports jsonschema. The tests use this
# interpreter (HUBPLAN_PYTHON overrides it); under CI=true they fail, not skip, when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/venv
if "$venv/bin/python" -c "import jsonschema" >/dev/null 2>&1; then exit 0; fi
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  # Debian splits venv/ensurepip into python3-venv.
  scripts/ensure-deps.sh python3 python3-venv
fi
mkdir -p .build
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "jsonschema>=4.18,<5"
"$venv/bin/python" -c "import jsonschema" || { echo "error: jsonschema did not install into $venv" >&2; exit 1; }
echo "test venv ready: $venv (jsonschema $("$venv/bin/python" -c 'import jsonschema, importlib.metadata as m; print(m.version("jsonschema"))'))" >&2
