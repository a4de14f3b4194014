#!/usr/bin/env bash
# Installs OSRM (the PyPI package osrm-bindings, which ships osrm-extract/-partition/-customize/-routed and car.lua)
# into a Python 3.12 virtualenv at .build/osrm-venv, for `hubplan network roads` and its tests.
# Idempotent and quick when present: it only checks that osrm-routed runs. Needs Python >= 3.12: taken from
# $PYTHON, `python3.12` on PATH, or pyenv (`pyenv root`/versions/3.12*), which these machines carry.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${OSRM_BINDINGS_VERSION:-26.10.0}"
VENV=.build/osrm-venv
BIN="$VENV/lib/python3.12/site-packages/osrm/bin"

if [ -x "$BIN/osrm-routed" ] && "$BIN/osrm-routed" --version >/dev/null 2>&1; then
  exit 0
fi

works() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 12) else 1)' >/dev/null 2>&1; }
python="${PYTHON:-}"
if ! works "$python"; then
  python=""
  root="$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")"
  # pyenv's own interpreters first: its `python3.12` shim on PATH fails unless 3.12 is the selected version.
  for candidate in "$root"/versions/3.12*/bin/python3.12 "$(command -v python3.12 || true)"; do
    if works "$candidate"; then python="$candidate"; break; fi
  done
fi
if ! works "$python"; then
  echo "error: OSRM needs Python 3.12 (osrm-bindings ships abi3 wheels for >= 3.12; the venv path assumes 3.12)." >&2
  echo "       Install it (e.g. pyenv install 3.12) or set PYTHON=/path/to/python3.12, then run make osrm again." >&2
  exit 1
fi

echo "installing osrm-bindings $VERSION into $VENV ($python)..." >&2
rm -rf "$VENV"
mkdir -p .build
"$python" -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check "osrm-bindings==$VERSION"
"$BIN/osrm-routed" --version >/dev/null
echo "OSRM $("$BIN/osrm-routed" --version) ready in $BIN" >&2
