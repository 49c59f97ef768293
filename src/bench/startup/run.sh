#!/usr/bin/env bash
# Start-up and memory of the packaged service: seconds from `java -jar` to /q/health/ready answering
# 200, resident memory (RSS) idle once ready and at its peak under load (wrk, 16 connections, each
# request a new seller's week). Two cases in the same run, RUNS times each, alternating:
#   packaged  the rules directory holds the packaged policy (rule bases compiled at build time,
#             scenarios checked at build)
#   changed   a copy of it with one comment added: a policy the build never saw, compiled and its
#             scenarios run at start (what every start did before)
# Needs wrk, psql, curl. JAVA_OPTS are passed to java (e.g. the container's heap flags).
#   src/bench/startup/run.sh           # RUNS=3 LOAD_SECONDS=20 PORT=8092
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${RUNS:-3}
LOAD_SECONDS=${LOAD_SECONDS:-20}
PORT=${PORT:-8092}
SCHEMA=${BENCH_SCHEMA:-seller_performance_bench_startup}
export PGOPTIONS="-c client_min_messages=warning"
APP=${APP:-target/quarkus-app/quarkus-run.jar}   # another build of the service: APP=/path/to/quarkus-run.jar
[ -f "$APP" ] || ./mvnw -q package -DskipTests
CHANGED=$(mktemp -d)
cp -r rules/. "$CHANGED"
echo "// a policy the build never saw" >> "$CHANGED/fba-onsite/tables/goals.drl"
psql -h localhost -U postgres -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
echo "machine: $(nproc) cores; $(uptime); JAVA_OPTS=${JAVA_OPTS:-}"

rss_mib() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

start() { # rules directory, then: "ready-seconds idle-rss peak-rss"
    local t0 pid ready idle peak=0 rss
    t0=$(date +%s%N)
    DB_SCHEMA=$SCHEMA RULES_DIR=$1 QUARKUS_HTTP_PORT=$PORT RULES_WATCH_INTERVAL=0s \
    USERS_BENCH_PASSWORD_HASH='$2a$10$aMedeYXZ.SXmIxkm4hooD.aGjClrNl8DmLLuXBBNLW.vaMmAnjR0K' USERS_BENCH_ROLES=evaluator \
        java ${JAVA_OPTS:-} -jar "$APP" > target/bench-startup.log 2>&1 &
    pid=$!
    until curl -sf localhost:$PORT/q/health/ready >/dev/null; do
        kill -0 $pid 2>/dev/null || { cat target/bench-startup.log >&2; exit 1; }
        sleep 0.05
    done
    ready=$(( ($(date +%s%N) - t0) / 1000000 ))
    sleep 5
    idle=$(rss_mib $pid)
    if [ "${2:-}" = load ]; then
        wrk -t2 -c16 -d${LOAD_SECONDS}s -s src/bench/request-path/new-seller-week.lua http://localhost:$PORT \
            -- "startup-$(date +%s%N)" bench:bench > target/bench-startup-wrk.out &
        local load=$!
        while kill -0 $load 2>/dev/null; do
            rss=$(rss_mib $pid); [ "$rss" -gt "$peak" ] && peak=$rss
            sleep 0.5
        done
    fi
    kill $pid; wait $pid 2>/dev/null || true
    echo "$(awk -v ms=$ready 'BEGIN {printf "%.2f", ms / 1000}') $idle $peak"
}

start rules > /dev/null   # migrates the fresh schema, warms the file cache
printf '%-9s %-4s %9s %14s %18s\n' case run ready-s idle-RSS-MiB load-peak-RSS-MiB
for run in $(seq 1 "$RUNS"); do
    read -r r i p < <(start rules load);       printf '%-9s %-4s %9s %14s %18s\n' packaged $run $r $i $p
    read -r r i p < <(start "$CHANGED");        printf '%-9s %-4s %9s %14s %18s\n' changed $run $r $i -
done
rm -rf "$CHANGED"
psql -h localhost -U postgres -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
echo "machine after: $(uptime)"
