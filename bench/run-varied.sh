#!/usr/bin/env bash
# Runs only the varied workloads of bench/varied.txt (bench/run.sh with BENCH_WORKLOADS=varied);
# every BENCH_* setting of run.sh applies, e.g. BENCH_SCALE=10 for the 10x dataset. run.sh
# prints the total duration before it starts. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_WORKLOADS=varied exec bench/run.sh "$@"
