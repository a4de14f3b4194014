#!/usr/bin/env bash
# Does Datong's toll subsidy change where the firms' hubs go? Share 0 / 0.3 / 0.5 x cap 0.5M / 1M: for each point,
# which firms use which hubs (a firm may use several), and what the city pays (subsidies a year, one-time
# awards). Prints a Markdown table (docs/policy-sweep.md holds a measured copy).
set -euo pipefail
source "$(dirname "$0")/common.sh"
command -v jq > /dev/null || { echo "error: jq is needed to tabulate the sweep (apt-get install -y jq)" >&2; exit 2; }
# CI smoke-tests two of the six points (each Datong plan's firm-hub stage runs to its 60-s limit); the table in
# docs/policy-sweep.md is the full sweep, run without CI=true.
if [ "${CI:-}" = true ]; then
  points=(--vary toll_subsidy_share=0,0.3 --vary toll_subsidy_cap=500000)
else
  points=(--vary toll_subsidy_share=0,0.3,0.5 --vary toll_subsidy_cap=500000,1000000)
fi
rm -rf "$OUT/subsidy-sweep"
"$HUBPLAN" sweep "$ROOT/Examples/scenarios/subsidy-sweep.yaml" "${points[@]}" --out "$OUT/subsidy-sweep" --quiet
echo "| share | cap | hubs: firms | firms on several hubs | firms capped | subsidy a year | one-time awards | total cost a year |"
echo "|---|---|---|---|---|---|---|---|"
for plan in "$OUT"/subsidy-sweep/point-*/plan.json; do
  jq -r '"| \(.scenario.policy.tollSubsidyShare) | \(.scenario.policy.tollSubsidyCap | floor) | "
    + ([.hubs[] | "\(.id): \(.firms | join(","))"] | join("; "))
    + " | \([.firms[] | select(.hubs | length > 1) | "\(.id): \(.hubs | join("+"))"] | join("; ") | if . == "" then "none" else . end)"
    + " | \([.firms[] | select(.subsidyCapped)] | length) of \(.firms | length)"
    + " | \(.costs.tollSubsidy | floor) | \(.costs.hubAward | floor) | \(.costs.total | floor) |"' "$plan"
done
