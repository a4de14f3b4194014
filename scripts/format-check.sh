#!/usr/bin/env bash
# Checks that every Swift file follows .swift-format (120 columns, 4-space indents) and opens with its one-line
# purpose comment (docs/style: the first line says what the file is for); exit 1 listing each finding.
# swift-format ships with the Swift 6 toolchain (`swift format`), so a fresh machine needs nothing more.
# Fix with `make format` (swift format format --in-place on the same files).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! swift format --version >/dev/null 2>&1; then
  echo "error: 'swift format' is missing (it ships with Swift 6 toolchains); cannot check formatting" >&2
  exit 2
fi
paths=(Package.swift Sources Tests)
headless=$(find Sources Tests -name '*.swift' -exec awk 'FNR == 1 && !/^\/\/ / { print FILENAME }' {} +)
if [ -n "$headless" ]; then
  echo "format-check: these files do not open with a one-line '// purpose' comment:" >&2
  echo "$headless" >&2
  exit 1
fi
if swift format lint --strict --parallel --recursive "${paths[@]}"; then
  echo "format-check: every Swift file follows .swift-format"
else
  echo "format-check: the findings above differ from .swift-format; run 'make format' to fix them" >&2
  exit 1
fi
