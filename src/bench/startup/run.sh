#!/usr/bin/env bash
# Start-up and memory of the packaged service: seconds from `java -jar` to /q/health/ready answering
# 200, resident memory (RSS) idle once ready and at its peak under load (wrk, 16 connections, each
# request a new seller's week), and the CPU time the process used to get ready (user + system, from
# /proc: on a shared machine the wall time follows the other work, the CPU time much less). Three
# cases in the same run, RUNS times each, alternating:
#   packaged  the rules directory holds the packaged policy (rule bases compiled at build time,
#             scenarios checked at build), started with the class cache as the image starts it
#   no-cache  the same without the class cache: the same-run baseline
#   changed   a copy of it with one comment added: a policy the build never saw, compiled and its
#             scenarios run at start (what every start did before), with the class cache
#   base      with BASE=/path/to/quarkus-run.jar: another build (e.g. the one before a change) on the
#             packaged policy, as it was started (no class cache)
# The class cache (app-cds.jsa beside the jar) is recorded first by src/main/docker/class-cache.sh
# with the same JVM and JAVA_OPTS when it is not there or older than the jar (CACHE=new: again).
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
ARCHIVE=$(dirname "$APP")/app-cds.jsa
CHANGED=$(mktemp -d)
cp -r rules/. "$CHANGED"
echo "// a policy the build never saw" >> "$CHANGED/fba-onsite/tables/goals.drl"
psql -h localhost -U postgres -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
echo "machine: $(nproc) cores; $(uptime); JAVA_OPTS=${JAVA_OPTS:-}"
if [ ! -f "$ARCHIVE" ] || [ "$ARCHIVE" -ot "$APP" ] || [ "${CACHE:-}" = new ]; then
    RULES_DIR=rules CLASS_CACHE_DB_SCHEMA=$SCHEMA src/main/docker/class-cache.sh "$APP" > target/bench-class-cache.log 2>&1 \
        || { cat target/bench-class-cache.log >&2; exit 1; }
    tail -n 1 target/bench-class-cache.log
fi

rss_mib() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

start() { # rules directory, cache|no-cache|base[, load]; then: "ready-seconds cpu-seconds idle-rss peak-rss"
    local t0 pid ready cpu idle peak=0 rss cache=() app=$APP
    [ "$2" = cache ] && cache=(-XX:SharedArchiveFile="$ARCHIVE")
    [ "$2" = base ] && app=$BASE
    t0=$(date +%s%N)
    DB_SCHEMA=$SCHEMA RULES_DIR=$1 QUARKUS_HTTP_PORT=$PORT RULES_WATCH_INTERVAL=0s \
    USERS_BENCH_PASSWORD_HASH='$2a$10$aMedeYXZ.SXmIxkm4hooD.aGjClrNl8DmLLuXBBNLW.vaMmAnjR0K' USERS_BENCH_ROLES=evaluator \
        java ${JAVA_OPTS:-} "${cache[@]}" -jar "$app" > target/bench-startup.log 2>&1 &
    pid=$!
    until curl -sf localhost:$PORT/q/health/ready >/dev/null; do
        kill -0 $pid 2>/dev/null || { cat target/bench-startup.log >&2; exit 1; }
        sleep 0.02
    done
    ready=$(( ($(date +%s%N) - t0) / 1000000 ))
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' /proc/$pid/stat)
    sleep 5
    idle=$(rss_mib $pid)
    if [ "${3:-}" = load ]; then
        wrk -t2 -c16 -d${LOAD_SECONDS}s -s src/bench/request-path/new-seller-week.lua http://localhost:$PORT \
            -- "startup-$(date +%s%N)" bench:bench > target/bench-startup-wrk.out &
        local load=$!
        while kill -0 $load 2>/dev/null; do
            rss=$(rss_mib $pid); [ "$rss" -gt "$peak" ] && peak=$rss
            sleep 0.5
        done
    fi
    kill $pid; wait $pid 2>/dev/null || true
    echo "$(awk -v ms=$ready 'BEGIN {printf "%.2f", ms / 1000}') $cpu $idle $peak"
}

start rules cache > /dev/null   # migrates the fresh schema, warms the file cache
row() { printf '%-9s %-4s %9s %7s %14s %18s\n' "$@"; }
row case run ready-s cpu-s idle-RSS-MiB load-peak-RSS-MiB
for run in $(seq 1 "$RUNS"); do
    read -r r c i p < <(start rules cache load);   row packaged $run $r $c $i $p
    read -r r c i p < <(start rules no-cache);     row no-cache $run $r $c $i -
    read -r r c i p < <(start "$CHANGED" cache);   row changed $run $r $c $i -
    if [ -n "${BASE:-}" ]; then
        read -r r c i p < <(start rules base);     row base $run $r $c $i -
    fi
done
rm -rf "$CHANGED"
psql -h localhost -U postgres -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
echo "machine after: $(uptime)"
