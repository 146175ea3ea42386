#!/usr/bin/env bash
# How the varied pages' cost grows with the dataset: compares two runs of bench/run.sh (their
# results-*-scaleN.tsv files, e.g. one at BENCH_SCALE=1 and one at BENCH_SCALE=10) page by page.
#   bench/compare-scale.sh bench/results/results-<1x>.tsv bench/results/results-<10x>.tsv
# With no argument: the latest 1x and 10x files of bench/results/.
# Prints a Markdown table: requests/s, p99 and CPU per request (Coopex, PostgreSQL) at both
# scales and their ratios, and flags a page whose requests/s at the larger scale fall below
# two thirds of the smaller scale's (the issue's target), or whose Coopex + PostgreSQL CPU per
# request grows by more than half.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -eq 0 ]]; then
  small=$(ls -t bench/results/results-*-scale1.tsv 2>/dev/null | head -n 1 || true)
  large=$(ls -t bench/results/results-*-scale10.tsv 2>/dev/null | head -n 1 || true)
  [[ -n $small && -n $large ]] || { echo "no 1x and 10x results in bench/results/ (run bench/run-varied.sh with BENCH_SCALE=1 and 10)" >&2; exit 1; }
  set -- "$small" "$large"
fi
[[ $# -eq 2 && -r $1 && -r $2 ]] || { echo "usage: $0 [small.tsv large.tsv]" >&2; exit 1; }
scale_of() { sed -n '1s/.*scale=\([0-9]*\).*/\1/p' "$1"; }
echo "Growth of the varied workloads' cost from ${1##*/} (scale $(scale_of "$1")) to ${2##*/} (scale $(scale_of "$2")):"
echo
echo "| workload | requests/s | p99 ms | CPU ms/request (Coopex) | PostgreSQL ms/request | requests/s ratio | CPU (Coopex + PostgreSQL) ratio | verdict |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
awk -F '\t' '
  FNR == 1 || $1 == "kind" { next }
  NR == FNR { key = $1 " " $2; rps[key] = $4; p99[key] = $6; cpu[key] = $7; db[key] = $8; next }
  {
    key = $1 " " $2
    if (!(key in rps)) { printf "| %s | - / %s | - / %s | - / %s | - / %s | | | only in the second run |\n", key, $4, $6, $7, $8; next }
    r = (rps[key] > 0) ? $4 / rps[key] : 0
    c0 = cpu[key] + db[key]; c1 = $7 + $8
    c = (c0 > 0) ? c1 / c0 : 0
    verdict = "ok"
    if (r < 2 / 3) verdict = "**below two thirds**"
    else if (c > 1.5) verdict = "**CPU per request +" sprintf("%.0f", (c - 1) * 100) "%**"
    printf "| %s | %s / %s | %s / %s | %s / %s | %s / %s | %.2f | %.2f | %s |\n", key, rps[key], $4, p99[key], $6, cpu[key], $7, db[key], $8, r, c, verdict
  }' "$1" "$2"
