#!/usr/bin/env bash
# First page of a 50-page PDF on screen within 0.5 s of selecting the case (issue 17).
#  1. bench/DocumentBench.java: the steps alone (list, read out of the review file, open, draw page 1),
#     after PDFBox's warm-up, RUNS times.
#  2. kr.sangsaeng.review.bench.DocumentPaneBench (bench/src): in the window (headless), from selecting
#     a case in Submissions to the pulse that shows its PDF's first page, each case a new 50-page PDF;
#     the Documents tab opened once the window has loaded the cases, the first selection PAUSE_MS later.
# usage: bench/documents.sh [RUNS] [PAUSE_MS...]    e.g. bench/documents.sh 12 2000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
RUNS=${1:-20}
shift || true
PAUSES=("${@:-2000 10000}")
mkdir -p "$OUT/classes"
mvn -q -B test-compile
CP="target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
CP_TEST="target/test-classes:target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
javac -nowarn -d "$OUT/classes" -cp "$CP" bench/DocumentBench.java
java -Djava.awt.headless=true -cp "$OUT/classes:$CP" DocumentBench "$RUNS"
for pause in ${PAUSES[*]}; do
  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -cp "$CP_TEST" kr.sangsaeng.review.bench.DocumentPaneBench "$pause" 2>/dev/null | grep '^first page'
done
