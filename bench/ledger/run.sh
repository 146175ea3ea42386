#!/usr/bin/env bash
# Times the split of a 1,000-participant, 100-item pool (bench/ledger/SplitBenchmark.java).
# Usage: bench/ledger/run.sh            (from the repository root; builds the classes first)
#        BENCH_SKIP_BUILD=true bench/ledger/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${BENCH_SKIP_BUILD:-false}" != "true" ]; then
	./mvnw -q -DskipTests -Dspring-javaformat.skip=true compile
fi
if [ ! -f target/ledger-bench.classpath ] || [ pom.xml -nt target/ledger-bench.classpath ]; then
	./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/ledger-bench.classpath -Dmdep.includeScope=compile
fi
# Java 17 runs a single source file directly
timeout 300 java -Xms512m -Xmx512m -cp "target/classes:$(cat target/ledger-bench.classpath)" \
	bench/ledger/SplitBenchmark.java
