#!/usr/bin/env bash
# The request path under load: POST /api/v1/fba-onsite/assessments, each request a new seller's
# week, at 1/4/16/64 connections (wrk) against the packaged service on a fresh schema; then, in the
# same run, the same writes straight into PostgreSQL with pgbench at 16 clients (the baseline), and
# the ratio. Needs wrk, pgbench, psql, curl and a PostgreSQL on localhost:5432 (trust).
#   src/bench/request-path/run.sh            # DURATION=20 CONNECTIONS="1 4 16 64" PORT=8091
#   JFR=1 src/bench/request-path/run.sh      # also records target/bench-request-path.jfr
#   SHADOW=1 src/bench/request-path/run.sh   # then the same loads without and with a shadow rule set
#                                            # (the rules with one goal changed), in turns (ROUNDS=3)
set -euo pipefail
cd "$(dirname "$0")/../../.."
HERE=src/bench/request-path
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-"1 4 16 64"}
PORT=${PORT:-8091}
SCHEMA=${BENCH_SCHEMA:-seller_performance_bench}
SCRATCH=${SCHEMA}_baseline
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q -o /dev/null)
export PGOPTIONS_QUIET="-c client_min_messages=warning"
TAG=$(date +%s)

for tool in wrk pgbench psql curl; do
    command -v $tool >/dev/null || { echo "needs $tool (apt-get install -y wrk postgresql-client curl)" >&2; exit 2; }
done
APP=${APP:-target/quarkus-app/quarkus-run.jar}   # another build of the service: APP=/path/to/quarkus-run.jar
[ -f "$APP" ] || ./mvnw -q package -DskipTests

echo "machine: $(nproc) cores; $(uptime)"
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" 2>/dev/null

JFR_OPTS=()
[ "${JFR:-0}" = 1 ] && JFR_OPTS=(-XX:+FlightRecorder -XX:StartFlightRecording=filename=target/bench-request-path.jfr,settings=profile)
DB_SCHEMA=$SCHEMA QUARKUS_HTTP_PORT=$PORT RULES_WATCH_INTERVAL=0s QUARKUS_LOG_LEVEL=WARN \
USERS_BENCH_PASSWORD_HASH='$2a$10$aMedeYXZ.SXmIxkm4hooD.aGjClrNl8DmLLuXBBNLW.vaMmAnjR0K' \
USERS_BENCH_ROLES=$([ "${SHADOW:-0}" = 1 ] && echo evaluator,analyst || echo evaluator) \
    java ${JAVA_OPTS:-} "${JFR_OPTS[@]}" -jar "$APP" > target/bench-request-path.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -sf localhost:$PORT/q/health/ready >/dev/null && break
    kill -0 $SERVICE 2>/dev/null || { cat target/bench-request-path.log; exit 1; }
    sleep 0.1
done

load() { # connections seconds tag -> "requests/s p99 non-2xx"
    local c=$1 threads=$(( $1 < 2 ? 1 : 2 ))
    wrk -t$threads -c$c -d${2}s --latency -s $HERE/new-seller-week.lua http://localhost:$PORT -- "$3-c$c" bench:bench \
        > target/bench-wrk.out
    local rps p99 bad
    rps=$(awk '/^Requests\/sec/ {print $2}' target/bench-wrk.out)
    p99=$(awk '$1 == "99%" {print $2}' target/bench-wrk.out)
    bad=$(awk '/Non-2xx/ {print $NF}' target/bench-wrk.out)
    echo "$rps $p99 ${bad:-0}"
}

load 16 $(( DURATION / 2 + 5 )) "$TAG-warmup" >/dev/null
echo "service: POST /api/v1/fba-onsite/assessments, each request a new seller's week, ${DURATION} s each"
printf '%-12s %12s %10s %8s\n' connections requests/s p99 non-2xx
declare -A RPS
for c in $CONNECTIONS; do
    read -r rps p99 bad < <(load $c $DURATION "$TAG")
    RPS[$c]=$rps
    printf '%-12s %12s %10s %8s\n' $c $rps $p99 $bad
done
if [ "${SHADOW:-0}" = 1 ]; then
    # Off and on in turns, ROUNDS times, in the same process, so that warm-up and the machine's other
    # load fall on both alike; the table gives the mean of the rounds.
    echo "without and with a shadow rule set (the rules with one goal changed), in turns, ${ROUNDS:=3} rounds"
    declare -A OFF ON
    for r in $(seq 1 $ROUNDS); do
        for c in $CONNECTIONS; do
            read -r rps p99 bad < <(load $c $DURATION "$TAG-off$r")
            OFF[$c]="${OFF[$c]:-} $rps"
        done
        python3 $HERE/install-shadow.py http://localhost:$PORT bench:bench > /dev/null
        for c in $CONNECTIONS; do
            read -r rps p99 bad < <(load $c $DURATION "$TAG-on$r")
            ON[$c]="${ON[$c]:-} $rps"
        done
        curl -sf -u bench:bench localhost:$PORT/api/v1/rules/shadow | python3 -c 'import json,sys; s=json.load(sys.stdin); print("  round " + sys.argv[1] + ": the shadow compared", s["decisions"], "decisions,", s["disagreements"], "decided differently")' $r
        curl -sf -u bench:bench -X DELETE localhost:$PORT/api/v1/rules/shadow
    done
    printf '%-12s %16s %16s %12s   %s\n' connections "no shadow (r/s)" "shadow (r/s)" change "rounds off | on"
    for c in $CONNECTIONS; do
        off=$(echo ${OFF[$c]} | awk '{for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF}')
        on=$(echo ${ON[$c]} | awk '{for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF}')
        printf '%-12s %16s %16s %12s   %s\n' $c $off $on "$(awk -v a=$on -v b=$off 'BEGIN {printf "%+.1f %%", 100 * (a - b) / b}')" \
            "${OFF[$c]} |${ON[$c]}"
    done
fi
RSS=$(ps -o rss= -p $SERVICE)
echo "service RSS after the load: $(( RSS / 1024 )) MiB"
kill $SERVICE; wait $SERVICE 2>/dev/null || true

PGOPTIONS="$PGOPTIONS_QUIET" "${PSQL[@]}" -v svc=$SCHEMA -v scratch=$SCRATCH -f $HERE/scratch-tables.sql
PGOPTIONS="-c search_path=$SCRATCH" pgbench -h localhost -U postgres -n -M prepared -c 16 -j 2 -T $DURATION \
    -f $HERE/same-writes.sql postgres > target/bench-pgbench.out 2>&1
PG=$(awk '/^tps = / {print $3}' target/bench-pgbench.out)
PGLAT=$(awk '/^latency average/ {print $4}' target/bench-pgbench.out)
echo "baseline: the same writes (seller, assessment with JSON facts, 4 metric rows) as one transaction each,"
echo "          pgbench -c 16: $PG per s (average latency $PGLAT ms)"
if [ -n "${RPS[16]:-}" ]; then
    echo "ratio at 16 connections: service / pgbench = $(awk -v a=${RPS[16]} -v b=$PG 'BEGIN {printf "%.1f %%", 100 * a / b}')"
fi
echo "machine after: $(uptime)"
PGOPTIONS="$PGOPTIONS_QUIET" "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCRATCH CASCADE" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
