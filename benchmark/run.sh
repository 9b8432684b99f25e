#!/usr/bin/env bash
# Benchmark of the full run (ingest, audit, workbook, both PDFs) on generated exports,
# side by side with the peer a user weighs it against: an analyst's DuckDB SQL audit
# of the same files (benchmark/peer/findings.sql, findings only).
#
#   benchmark/run.sh [ROWS...]        default: 1000 100000 1000000
#
# For each size: generates the exports (seed 42, kept between runs), times a bare
# Commons CSV parse of them (the floor), runs the DuckDB SQL audit (JVM start
# included) and `./quickfreeze run` (the README's command) on a fresh H2 database with
# HEAP (default -Xmx1g, passed as JAVA_OPTS),
# each three times up to 10,000 rows (the medians are compared: these machines are
# noisy) and once above, and prints per step the seconds, rows/s and heap, and for
# the run its wall time, peak RSS, and its ratios to the SQL peer and to the floor.
# The largest size is run again with -Xmx512m, and the README's sample run is timed.
# Work files go to target/benchmark/ (WORK to change it).
#
#   POSTGRES=localhost:5432 benchmark/run.sh [ROWS...]
#
# runs Quickfreeze on PostgreSQL instead of H2: a new database quickfreeze_benchmark
# for each run, made with psql (libpq's PGUSER and PGPASSWORD choose the role, which
# must be allowed to create databases; default postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=jobs/target/quickfreeze.jar
HEAP=${HEAP:--Xmx1g}
WORK=${WORK:-target/benchmark}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 100000 1000000)

[ -f "$JAR" ] || ./mvnw -q -DskipTests package
# the README's way to run: the launcher extracts the jar and makes its class data sharing archive once
./quickfreeze help > /dev/null
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

# The SQL peer: DuckDB's JDBC driver from Maven Central (the version the tests use), and its
# runner compiled once. The driver is fetched by its coordinates, not through the jobs module,
# so that this works on a clone whose modules were never installed.
PEER=$WORK/peer
if [ ! -f "$PEER/classpath" ]; then
  duckdb_version=$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' pom.xml)
  rm -rf "$PEER" && mkdir -p "$PEER/classes" "$PEER/lib"
  ./mvnw -q -N dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" \
    -DoutputDirectory="$PEER/lib"
  javac -d "$PEER/classes" -cp "$PEER/lib/duckdb_jdbc-$duckdb_version.jar" \
    jobs/src/test/java/org/quickfreeze/benchmark/DuckDbFindings.java
  echo "$PEER/lib/duckdb_jdbc-$duckdb_version.jar" > "$PEER/classpath"
fi

# peer LABEL INPUT: the SQL audit as of 2026-10-31, wall seconds to $WORK/LABEL/time
peer() {
  local dir=$WORK/$1
  rm -rf "$dir" && mkdir -p "$dir"
  /usr/bin/time -f '%e %M' -o "$dir/time" java -cp "$PEER/classes:$(cat "$PEER/classpath")" \
    org.quickfreeze.benchmark.DuckDbFindings "$2" 2026-10-31 "$dir/findings.csv" > "$dir/summary.txt"
}

# median N VALUES...: the middle one
median() { shift; printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# store DIR: the arguments that give a run a new, empty store
store() {
  if [ -z "${POSTGRES:-}" ]; then
    echo "--spring.datasource.url=jdbc:h2:file:$1/data/quickfreeze"
    return
  fi
  local role=${PGUSER:-postgres}
  for sql in "DROP DATABASE IF EXISTS quickfreeze_benchmark" "CREATE DATABASE quickfreeze_benchmark"; do
    PGOPTIONS='-c client_min_messages=warning' psql -q -X -h "${POSTGRES%:*}" -p "${POSTGRES##*:}" -U "$role" \
      -d postgres -c "$sql" >&2
  done
  echo "--spring.datasource.url=jdbc:postgresql://$POSTGRES/quickfreeze_benchmark"
  echo "--spring.datasource.username=$role"
  echo "--spring.datasource.password=${PGPASSWORD:-}"
}

# run LABEL HEAP INPUT: one run on a fresh store, wall seconds and peak RSS to $WORK/LABEL/time
run() {
  local label=$1 heap=$2 input=$3 dir=$WORK/$1
  rm -rf "$dir" && mkdir -p "$dir"
  local arguments
  mapfile -t arguments < <(store "$dir")
  if JAVA_OPTS=$heap /usr/bin/time -f '%e %M' -o "$dir/time" ./quickfreeze run --input "$input" --period 2026-10 \
      --out "$dir/out" "${arguments[@]}" \
      --logging.file.name="$dir/quickfreeze.log" > "$dir/summary.txt" 2> "$dir/errors.txt"; then
    return 0
  fi
  echo "  $label FAILED: $(head -3 "$dir/errors.txt")"
  return 1
}

# steps ROWS LABEL: the per-step table of a run, from its log
steps() {
  local rows=$1 log=$WORK/$2/quickfreeze.log
  printf '  %-8s %10s %9s %12s %16s\n' step items seconds "rows/s" "heap used (peak)"
  sed -nE 's/.*step ([a-z]+) completed: read ([0-9]+), written ([0-9]+).*, ([0-9.]+) s, heap used ([0-9]+) MB \(peak ([0-9]+) MB\).*/\1 \2 \3 \4 \5 \6/p' "$log" |
    while read -r step read written seconds used peak; do
      items=$(( read > written ? read : written ))
      rate=$(awk -v n="$rows" -v s="$seconds" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }')
      printf '  %-8s %10s %9s %12s %16s\n' "$step" "$items" "$seconds" "$rate" "$used MB ($peak MB)"
    done
}

# outputs LABEL: the time each output of a run took, from its log
outputs() {
  printf '  output times:'
  sed -nE 's/.*report model of [0-9]+ findings built in ([0-9.]+) s.*/report-model \1/p; s/.*wrote .*\/([^/]+) in ([0-9.]+) s.*/\1 \2/p' \
    "$WORK/$1/quickfreeze.log" | while read -r name seconds; do printf ' %s %s s,' "$name" "$seconds"; done | sed 's/,$//'
  echo
}

echo "Quickfreeze benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
if [ -n "${POSTGRES:-}" ]; then
  echo "store: PostgreSQL $(psql -X -tA -h "${POSTGRES%:*}" -p "${POSTGRES##*:}" -U "${PGUSER:-postgres}" -d postgres \
    -c 'SHOW server_version') at $POSTGRES"
else
  echo "store: H2 file database"
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
declare -A WALL
for rows in "${SIZES[@]}"; do
  exports=$WORK/exports-$rows
  if [ ! -d "$exports" ]; then
    java -jar "$JAR" generate --rows "$rows" --seed 42 --out "$exports" > /dev/null
  fi
  floor=$(java -jar "$JAR" parse --input "$exports" | sed -nE 's/.* in ([0-9.]+) s .*/\1/p')
  echo
  echo "== $rows rows ($(du -sh "$exports" | cut -f1) of CSV), $HEAP"
  tries=1
  [ "$rows" -gt 10000 ] || tries=3
  walls=() peers=()
  for try in $(seq "$tries"); do
    peer "peer-$rows" "$exports" || { echo "  the SQL peer FAILED"; break; }
    read -r seconds _ < "$WORK/peer-$rows/time"
    peers+=("$seconds")
    run "run-$rows" "$HEAP" "$exports" || break
    read -r seconds _ < "$WORK/run-$rows/time"
    walls+=("$seconds")
  done
  [ ${#walls[@]} -eq "$tries" ] && [ ${#peers[@]} -eq "$tries" ] || continue
  wall=$(median "$tries" "${walls[@]}")
  sql=$(median "$tries" "${peers[@]}")
  read -r _ rss < "$WORK/run-$rows/time"
  WALL[$rows]=$wall
  steps "$rows" "run-$rows"
  outputs "run-$rows"
  awk -v w="$wall" -v r="$rss" -v f="$floor" -v n="$rows" -v q="$sql" -v t="$tries" -v all="${walls[*]}" \
    -v sqls="${peers[*]}" 'BEGIN {
    printf "  run: %.1f s wall (JVM start included; median of %d: %s), %.0f rows/s, peak RSS %.0f MB\n", w, t, all, n / w, r / 1024
    printf "  DuckDB SQL audit of the same files: %.1f s (median of %d: %s); run / SQL = %.1f\n", q, t, sqls, w / q
    printf "  bare Commons CSV parse of the same files: %.2f s; run / parse = %.1f\n", f, w / f }'
done

# growth: the last two sizes (100,000 to 1,000,000 rows by default: 10 x the rows)
if [ ${#SIZES[@]} -gt 1 ]; then
  small=${SIZES[-2]} large=${SIZES[-1]}
  if [ -n "${WALL[$small]:-}" ] && [ -n "${WALL[$large]:-}" ]; then
    echo
    awk -v a="${WALL[$small]}" -v b="${WALL[$large]}" -v s="$small" -v l="$large" \
      'BEGIN { printf "growth: %d rows take %.1f x the time of %d rows\n", l, b / a, s }'
  fi
fi

large=${SIZES[-1]}
echo
echo "== $large rows again with -Xmx512m"
if run "run-$large-512m" -Xmx512m "$WORK/exports-$large"; then
  read -r wall rss < "$WORK/run-$large-512m/time"
  awk -v w="$wall" -v r="$rss" 'BEGIN { printf "  completed: %.1f s wall, peak RSS %.0f MB\n", w, r / 1024 }'
fi

echo
echo "== sample run (input-samples, the README command)"
if run sample "$HEAP" input-samples; then
  read -r wall rss < "$WORK/sample/time"
  awk -v w="$wall" -v r="$rss" 'BEGIN { printf "  completed: %.1f s wall, peak RSS %.0f MB\n", w, r / 1024 }'
fi
