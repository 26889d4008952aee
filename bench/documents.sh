#!/usr/bin/env bash
# First page of a 50-page PDF on screen within 0.5 s of selecting the case (issue 17): runs
# bench/DocumentBench.java against the built classes. usage: bench/documents.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT/classes"
mvn -q -B compile
CP="target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
javac -nowarn -d "$OUT/classes" -cp "$CP" bench/DocumentBench.java
java -Djava.awt.headless=true -cp "$OUT/classes:$CP" DocumentBench "${1:-20}"
