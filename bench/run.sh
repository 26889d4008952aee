#!/usr/bin/env bash
# Benchmarks of Sangsaeng Review, each beside a reference measured in the same run on the same machine.
# usage: bench/run.sh            (RUNS=5 by default: median of RUNS runs after one warm-up)
#        ONLY="rank import" bench/run.sh   runs only the named groups (rank import stability gui filter)
# Prints a Markdown table with each row's target and "met"/"missed", and writes it to
# bench/out/results.md. Needs sqlite3, xvfb, the GTK library and GNU time; installs the missing ones
# with apt-get (and says so). Generated rounds are kept in bench/out between runs.
# The benchmark programs (bench/src) are compiled by Maven with the tests, so they cannot rot.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
ONLY=${ONLY:-rank import stability gui filter}
OUT=bench/out
JAR=target/sangsaeng-review.jar
CDS=target/sangsaeng-review.jsa
mkdir -p "$OUT"

need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v Xvfb >/dev/null || need+=(xvfb)
[[ -x /usr/bin/time ]] || need+=(time)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if (( ${#need[@]} )); then
  echo "installing with apt-get: ${need[*]}" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "building once (jar, class-data archive, benchmark classes)…" >&2
mvn -q -B package -DskipTests
CP_TEST=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
BENCH_CP="target/test-classes:target/classes:$CP_TEST"
# The app is started as the README says: with its class-data archive when the build made one, the
# serial collector, the quick compiler only and a small initial heap. The minimal window (the
# reference) runs with Java's defaults.
APP_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m"
JAVA="java $APP_OPTS"
[[ -f $CDS ]] && JAVA="java -XX:SharedArchiveFile=$CDS -Xshare:auto $APP_OPTS"
APP="$JAVA -jar $JAR"

# --- inputs -------------------------------------------------------------------------------
R10K=$OUT/r10k.sangsaeng
R100K=$OUT/r100k.sangsaeng
DEMO=$OUT/demo.sangsaeng
EMPTY=$OUT/empty.sangsaeng
CSV=$OUT/submissions-100k.csv
[[ -f $R10K ]] || java -jar "$JAR" generate --db "$R10K" --submissions 10000 --reviewers 20 --criteria 6 --seed 1 >&2
[[ -f $R100K ]] || java -jar "$JAR" generate --db "$R100K" --submissions 100000 --reviewers 1 --criteria 1 --seed 2 >&2
[[ -f $DEMO ]] || java -jar "$JAR" demo --db "$DEMO" >&2
# One empty round made by the app, copied before every import run, ours and the reference alike.
rm -f "$EMPTY"*; java -jar "$JAR" init --db "$EMPTY" >/dev/null
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
# The like-for-like import reference: the same rows into the app's own tables (same constraints and
# indexes, made by the app's init), with the app's connection settings, in one transaction. SQLite
# only strips the figures' words here; reading them as people write them is our extra work.
cat > "$OUT/import-reference.sql" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
BEGIN IMMEDIATE;
.import --csv --schema temp $CSV staging
INSERT INTO platform (name) SELECT DISTINCT platform FROM temp.staging ORDER BY platform;
INSERT INTO submission (ref, platform_id, title, summary)
  SELECT s.ref, p.id, s.title, s.summary FROM temp.staging s JOIN platform p ON p.name = s.platform;
INSERT INTO submission_area (submission_id, area)
  SELECT sub.id, CASE s.support_area WHEN '판로지원' THEN 'sales_channel' WHEN '자금지원' THEN 'financial' ELSE 'management' END
  FROM temp.staging s JOIN submission sub ON sub.ref = s.ref;
INSERT INTO metric (key, label, unit, position) VALUES
  ('merchants', 'merchants', 'persons', 0), ('sales_growth', 'sales_growth', '%', 1),
  ('baseline_growth', 'baseline_growth', '%', 2), ('sales', 'sales', 'KRW', 3), ('events', 'events', 'times', 4);
INSERT INTO metric_value (submission_id, metric_id, value, approximate, as_written)
  SELECT sub.id, m.id,
         CAST(replace(replace(replace(replace(CASE m.key
              WHEN 'merchants' THEN s."merchants [persons]" WHEN 'sales_growth' THEN s."sales_growth [%]"
              WHEN 'baseline_growth' THEN s."baseline_growth [%]" WHEN 'sales' THEN s."sales [KRW]"
              ELSE s."events [times]" END, '약 ', ''), '명', ''), '%', ''), '회', '') AS REAL),
         CASE WHEN m.key = 'merchants' AND s."merchants [persons]" LIKE '약%' THEN 1 ELSE 0 END,
         CASE m.key WHEN 'merchants' THEN s."merchants [persons]" WHEN 'sales_growth' THEN s."sales_growth [%]"
              WHEN 'baseline_growth' THEN s."baseline_growth [%]" WHEN 'sales' THEN s."sales [KRW]"
              ELSE s."events [times]" END
  FROM temp.staging s JOIN submission sub ON sub.ref = s.ref CROSS JOIN metric m;
COMMIT;
SQL

# --- measuring ----------------------------------------------------------------------------
# measure NAME PREPARE COMMAND: runs PREPARE then COMMAND once to warm up and RUNS times more;
# prints "median_seconds peak_rss_kb" (peak over the measured runs). COMMAND's stderr is kept in
# bench/out/last-NAME.err.
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

verdict() { # condition (awk expression) → met/missed
  awk "BEGIN { exit !($1) }" && echo met || echo "**missed**"
}

rows=()
# row NAME OURS_S OURS_KB REF_NAME REF_S MAX_RATIO MAX_RSS_MB(or -)
row() {
  local ratio target ok
  ratio=$(awk -v a="$2" -v b="$5" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  target="≤ $6×"; ok="$ratio <= $6"
  if [[ $7 != - ]]; then target+="; RSS ≤ $7 MB"; ok+=" && $3 / 1024 <= $7"; fi
  rows+=("| $1 | $2 s | $(( $3 / 1024 )) MB | $4: $5 s | ${ratio}× | $target | $(verdict "$ok") |")
  echo "${rows[-1]}" >&2
}
context() { # NAME OURS_S OURS_KB REF_NAME REF_S — a figure for context, without a target
  local ratio; ratio=$(awk -v a="$2" -v b="$5" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  rows+=("| $1 | $2 s | $(( $3 / 1024 )) MB | $4: $5 s | ${ratio}× | (context) | — |")
  echo "${rows[-1]}" >&2
}
wants() { [[ " $ONLY " == *" $1 "* ]]; }

if wants rank || wants stability; then
  echo "rank…" >&2
  read -r rk rkm < <(measure rank : "$APP rank --db $R10K --method mean --format csv")
fi
if wants rank; then
  read -r b bm < <(measure rank-sqlite : "sqlite3 -csv $R10K \"$SQL_RANK\"")
  row "rank --format csv, 10,000 cases × 20 reviewers × 6 criteria" "$rk" "$rkm" "sqlite3, the ranking query" "$b" 1.5 300
fi

if wants import; then
  echo "import…" >&2
  fresh="rm -rf $OUT/imp.sangsaeng*; cp $EMPTY $OUT/imp.sangsaeng"
  read -r a am < <(measure import "$fresh" "$APP import submissions --db $OUT/imp.sangsaeng $CSV")
  read -r b bm < <(measure import-sqlite "$fresh" "sqlite3 -bail $OUT/imp.sangsaeng < $OUT/import-reference.sql")
  row "import submissions, 100,000 rows × 5 figures" "$a" "$am" "sqlite3 .import + INSERT…SELECT into the same tables" "$b" 2 300
  read -r c cm < <(measure import-flat "rm -f $OUT/flat.db" "sqlite3 $OUT/flat.db '.import --csv $CSV submissions'")
  context "import submissions (the same run as above)" "$a" "$am" "sqlite3 .import into one plain table" "$c"
fi

if wants stability; then
  echo "stability…" >&2
  read -r a am < <(measure stability : "$APP stability --db $R10K --top 10 --draws 2000 --format json")
  row "stability --top 10 --draws 2000, 10,000 cases" "$a" "$am" "rank on the same round" "$rk" 1.5 -
fi

if wants gui || wants filter; then
  display=:$(( 40 + RANDOM % 20 ))
  Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi

if wants gui; then
  echo "start-up…" >&2
  read -r h hm < <(measure hello "" "DISPLAY=$display java -cp $BENCH_CP kr.sangsaeng.review.bench.HelloWindow\\\$Main")
  for round in demo r10k; do
    data=$(mktemp -d)
    file=$DEMO; name="demo round (6 cases)"; max=1.5
    [[ $round == r10k ]] && { file=$R10K; name="10,000-case round"; max=2; }
    printf 'welcome.shown=true\nrecent=%s\n' "$(realpath "$file")" > "$data/settings.properties"
    read -r a am < <(measure "gui-$round" "" "DISPLAY=$display $JAVA -Dsangsaeng.dataDir=$data -Dsangsaeng.exitAfterFirstFrame=true -jar $JAR")
    row "GUI start to first frame with the cases shown, $name (Xvfb)" "$a" "$am" "minimal JavaFX window" "$h" "$max" -
  done
  if grep -q "Unsupported JavaFX configuration" "$OUT"/last-gui-*.err; then warn="**missed** (printed)"; else warn="met"; fi
  rows+=("| start-up warning \"Unsupported JavaFX configuration\" | — | — | — | — | not printed | $warn |")
fi

if wants filter; then
  echo "filtering…" >&2
  filter=$(DISPLAY=$display timeout 300 java $APP_OPTS -cp "$BENCH_CP" kr.sangsaeng.review.bench.FilterBench "$R100K")
  echo "$filter" >&2
  get() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<" $filter"; }
  median=$(get median_ms); p95=$(get p95_ms)
  rows+=("| filter the Submissions table, 100,000 cases, 50 keystrokes (in-app; filter $(get filter_median_ms) ms + CSS and layout $(get layout_median_ms) ms) | median $median ms, p95 $p95 ms | — | one frame: 16 ms | — | median ≤ 30 ms, p95 ≤ 50 ms | $(verdict "$median <= 30 && $p95 <= 50") |")
fi

{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(sqlite3 --version | cut -d' ' -f1-2 | sed 's/^/sqlite3 /'); load average at the end $(cut -d' ' -f1-3 /proc/loadavg); runs: median of $RUNS after a warm-up; $(date -u +%Y-%m-%d)."
  echo
  echo "| benchmark | ours | peak RSS | reference | ratio | target | result |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$OUT/results.md"
