#!/usr/bin/env bash
# Peak resident memory of the packaged service's assess-week command for a small and a large week of
# new sellers (default 100,000 and 1,000,000 lines), each on a fresh schema, with the JVM flags of
# the image (JAVA_OPTS to change them). A run streams its input into PostgreSQL and decides it in
# chunks, so the two peaks should be the same within noise.
#   ./mvnw -q package -DskipTests && src/bench/batch/memory.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
SIZES=${SIZES:-"100000 1000000"}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m -Xms64m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"}
APP=${APP:-target/quarkus-app/quarkus-run.jar}   # another build of the service: APP=/path/to/quarkus-run.jar
PG_JAR=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
PSQL=(psql -q -h localhost -U postgres -d postgres)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load before: $(cat /proc/loadavg)"
for lines in $SIZES; do
    java -cp "$PG_JAR" src/bench/batch/BatchBenchmark.java --sellers "$lines" --seed 1 --generate "$work/week-$lines.ndjson" >/dev/null
    schema=seller_performance_memory_$lines
    "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" 2>/dev/null
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    DB_SCHEMA=$schema /usr/bin/time -f "%M" -o "$work/rss-$lines" \
        java $JAVA_OPTS -jar "$APP" assess-week --input "$work/week-$lines.ndjson" >"$work/log-$lines" 2>&1
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    rss=$(cat "$work/rss-$lines")
    printf '%8d lines: peak RSS %d MiB, %.1f s with JVM start (%s)\n' "$lines" $((rss / 1024)) "$seconds" \
        "$(grep -o 'COMPLETED.*' "$work/log-$lines" | tail -n 1)"
    "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" 2>/dev/null
done
echo "load after: $(cat /proc/loadavg)"
