#!/usr/bin/env bash
# Benchmarks of Sangsaeng Review, each beside a reference measured in the same run on the same machine.
# usage: bench/run.sh            (RUNS=5 by default: median of RUNS runs after one warm-up)
# Prints a Markdown table and writes it to bench/out/results.md. Needs sqlite3, xvfb and GNU time;
# installs them with apt-get when missing. Generated rounds are kept in bench/out between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
OUT=bench/out
JAR=target/sangsaeng-review.jar
mkdir -p "$OUT"

need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v Xvfb >/dev/null || need+=(xvfb)
[[ -x /usr/bin/time ]] || need+=(time)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if (( ${#need[@]} )); then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "building once…" >&2
mvn -q -B package -DskipTests
CP_FX=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeGroupIds=org.openjfx)
mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$JAR:$CP_FX" bench/HelloWindow.java bench/FilterBench.java

# --- inputs -------------------------------------------------------------------------------
R10K=$OUT/r10k.sangsaeng
R100K=$OUT/r100k.sangsaeng
CSV=$OUT/submissions-100k.csv
[[ -f $R10K ]] || java -jar "$JAR" generate --db "$R10K" --submissions 10000 --reviewers 20 --criteria 6 --seed 1 >&2
[[ -f $R100K ]] || java -jar "$JAR" generate --db "$R100K" --submissions 100000 --reviewers 1 --criteria 1 --seed 2 >&2
if [[ ! -f $CSV ]]; then
  awk 'BEGIN {
    srand(3); OFS=",";
    print "ref,platform,title,support_area,summary,merchants [persons],sales_growth [%],baseline_growth [%],sales [KRW],events [times]";
    for (i = 1; i <= 100000; i++) {
      m = int(100 + rand() * 40000); g = int(rand() * 200); b = int(rand() * 40);
      s = sprintf("%.0f", int(rand() * 5000) * 1000000); e = 1 + int(rand() * 30);
      merchants = (i % 3 == 0) ? "약 " m "명" : m;
      print sprintf("B-%06d", i), "플랫폼 " (i % 500), "\"소상공인 판로 지원, 사례 " i "\"", "판로지원", "요약 " i, merchants, g "%", b "%", s, e "회";
    }
  }' > "$CSV"
fi
SQL_RANK=$(cat <<'SQL'
WITH totals AS (
  SELECT s.submission_id, s.reviewer_id,
         SUM(c.weight * (s.value - c.scale_min) / (c.scale_max - c.scale_min)) * 100.0
           / (SELECT SUM(weight) FROM criterion) AS total,
         COUNT(*) AS n
  FROM score s JOIN criterion c ON c.id = s.criterion_id
  LEFT JOIN review r ON r.reviewer_id = s.reviewer_id AND r.submission_id = s.submission_id
  WHERE coalesce(r.recused, 0) = 0
  GROUP BY s.submission_id, s.reviewer_id
  HAVING n = (SELECT COUNT(*) FROM criterion))
SELECT sub.ref, AVG(t.total) AS score, COUNT(*) AS reviews
FROM totals t JOIN submission sub ON sub.id = t.submission_id
GROUP BY sub.id ORDER BY score DESC;
SQL
)

# --- measuring ----------------------------------------------------------------------------
# measure NAME PREPARE COMMAND: runs PREPARE then COMMAND once to warm up and RUNS times more;
# prints "median_seconds peak_rss_kb" (peak over the measured runs).
measure() {
  local prepare=$2 cmd=$3 times=() rss=0
  for i in $(seq 0 "$RUNS"); do
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" bash -c "$cmd" >/dev/null 2>"$OUT/last-$1.err" \
      || { echo "failed: $cmd" >&2; cat "$OUT/last-$1.err" >&2; return 1; }
    read -r t m < <(tail -1 "$OUT/time.txt")
    if (( i > 0 )); then times+=("$t"); (( m > rss )) && rss=$m; fi
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$rss"
}

rows=()
row() { # name ours_s ours_kb ref_name ref_s target
  local ratio; ratio=$(awk -v a="$2" -v b="$5" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  rows+=("| $1 | $2 s | $(( $3 / 1024 )) MB | $4: $5 s | ${ratio}× | $6 |")
  echo "${rows[-1]}" >&2
}

echo "1/5 rank…" >&2
read -r a am < <(measure rank : "java -jar $JAR rank --db $R10K --method mean --format csv")
read -r b bm < <(measure rank-sqlite : "sqlite3 -csv $R10K \"$SQL_RANK\"")
row "rank --format csv, 10,000 cases × 20 reviewers × 6 criteria" "$a" "$am" "sqlite3, one SQL query" "$b" "≤ 1.5×; RSS ≤ 400 MB"

echo "2/5 import…" >&2
read -r a am < <(measure import "rm -f $OUT/imp.sangsaeng*; java -jar $JAR init --db $OUT/imp.sangsaeng >/dev/null" \
  "java -jar $JAR import submissions --db $OUT/imp.sangsaeng $CSV")
read -r b bm < <(measure import-sqlite "rm -f $OUT/imp.db" "sqlite3 $OUT/imp.db '.import --csv $CSV submissions'")
row "import submissions, 100,000 rows × 5 metrics" "$a" "$am" "sqlite3 .import into a plain table" "$b" "≤ 2×"

echo "3/5 stability…" >&2
read -r a am < <(measure stability : "java -jar $JAR stability --db $R10K --top 10 --draws 2000 --format json")
read -r b bm < <(measure rank2 : "java -jar $JAR rank --db $R10K --format csv")
row "stability --draws 2000, 10,000 cases" "$a" "$am" "rank on the same round" "$b" "≤ 3×"

echo "4/5 start-up…" >&2
display=:$(( 40 + RANDOM % 20 ))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
data=$(mktemp -d)
printf 'welcome.shown=true\nrecent=%s\n' "$(realpath "$R10K")" > "$data/settings.properties"
read -r a am < <(measure gui "" "DISPLAY=$display java -Dsangsaeng.dataDir=$data -Dsangsaeng.exitAfterFirstFrame=true -jar $JAR")
read -r b bm < <(measure hello "" "DISPLAY=$display java -cp $OUT/classes:$JAR 'HelloWindow\$Main'")
row "GUI start to first frame with data, 10,000-case round (Xvfb)" "$a" "$am" "minimal JavaFX window" "$b" "≤ 1.5×"

echo "5/5 filtering…" >&2
filter=$(DISPLAY=$display timeout 300 java -cp "$OUT/classes:$JAR" FilterBench "$R100K")
echo "$filter" >&2
median=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$filter")
rows+=("| filter the Submissions table, 100,000 cases, median of 50 keystrokes (in-app) | $median ms | — | — | — | ≤ 50 ms |")

{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(sqlite3 --version | cut -d' ' -f1-2 | sed 's/^/sqlite3 /'); runs: median of $RUNS after a warm-up; $(date -u +%Y-%m-%d)."
  echo
  echo "| benchmark | ours | peak RSS | reference | ratio | target |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$OUT/results.md"
