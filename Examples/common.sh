# Shared by the example scripts: the hubplan binary and the output folder (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HUBPLAN="${HUBPLAN:-$ROOT/.build/release/hubplan}"
OUT="${OUT:-$ROOT/out/examples}"
[ -x "$HUBPLAN" ] || { echo "error: $HUBPLAN is missing; run 'make build' first (or set HUBPLAN)" >&2; exit 2; }
mkdir -p "$OUT"
