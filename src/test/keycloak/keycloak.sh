#!/usr/bin/env bash
# Keycloak for the OIDC tests, with the realms of this directory (seller-performance-realm.json,
# elsewhere-realm.json). One script for CI and for the tests: .ci/run starts it early and waits for it
# just before ./mvnw verify; the tests (KeycloakServer) start it themselves when KEYCLOAK_URL is unset.
#
#   src/test/keycloak/keycloak.sh start   fetch it (once: from Maven Central into the local Maven
#                                         repository, then unpacked), and start it in the background
#   src/test/keycloak/keycloak.sh wait    wait until it is ready; prints its URL
#   src/test/keycloak/keycloak.sh stop    stop the one this script started
#
# Environment:
#   KEYCLOAK_WORK             where it is unpacked and runs, its log and pid file (default target/keycloak)
#   KEYCLOAK_PORT             HTTP port on 127.0.0.1 (default 18180)
#   KEYCLOAK_MANAGEMENT_PORT  health port (default 18190)
#   KEYCLOAK_JAVA_HOME        a JDK 21 or later (default: the newest under /usr/lib/jvm, or JAVA_HOME)
#   KEYCLOAK_WAIT_SECONDS     how long `wait` waits (default 300)
# Exit status 3: no JDK 21 or later (Keycloak 26 needs one; the service itself runs on 17).
# Every start imports the realms afresh: its database (data/h2) is removed first.
set -euo pipefail

VERSION=26.5.6
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=${KEYCLOAK_WORK:-$root/target/keycloak}
port=${KEYCLOAK_PORT:-18180}
management=${KEYCLOAK_MANAGEMENT_PORT:-18190}
home=$work/keycloak-$VERSION
pidfile=$work/keycloak.pid
log=$work/keycloak.log

java_major() { # the major version in a JDK's release file, 0 when there is none
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | grep . || echo 0
}

find_java_home() {
    local best="" best_major=0 candidate major candidates=("${JAVA_HOME:-}" /usr/lib/jvm/*)
    if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
        candidates=("$KEYCLOAK_JAVA_HOME")
    fi
    for candidate in "${candidates[@]}"; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        major=$(java_major "$candidate")
        if [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ "$best_major" -lt 21 ]; then
        echo "Keycloak $VERSION needs a JDK 21 or later; none in ${KEYCLOAK_JAVA_HOME:-JAVA_HOME or under /usr/lib/jvm}" \
            "(set KEYCLOAK_JAVA_HOME to one)" >&2
        exit 3
    fi
    echo "$best"
}

ready() {
    curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$management/health/ready"
}

fetch() {
    [ -x "$home/bin/kc.sh" ] && return
    echo "Fetching Keycloak $VERSION (org.keycloak:keycloak-quarkus-dist, kept in the local Maven repository)"
    "$root/mvnw" -B -q -f "$root/pom.xml" dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$work"
    unzip -q -o "$work/keycloak-quarkus-dist-$VERSION.zip" -d "$work"
    rm -f "$work/keycloak-quarkus-dist-$VERSION.zip"
}

start() {
    mkdir -p "$work"
    # One start at a time (CI, a test run starting it early, a test waiting for it): the others find it started.
    exec 9>"$work/start.lock"
    flock 9
    if ready; then
        echo "Keycloak already answers on port $port"
        return
    fi
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "Keycloak already started (pid $(cat "$pidfile"))"
        return
    fi
    local java_home
    java_home=$(find_java_home)
    fetch
    rm -rf "$home/data/h2" "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$here"/*-realm.json "$home/data/import/"
    # Its own session and process group, so that `stop` ends Keycloak and nothing else.
    JAVA_HOME=$java_home setsid "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
        --http-management-port="$management" --health-enabled=true --import-realm \
        >"$log" 2>&1 </dev/null 9>&- &
    echo $! >"$pidfile"
    echo "Keycloak $VERSION starting on http://localhost:$port (pid $!, log $log)"
}

wait_ready() {
    local seconds=${KEYCLOAK_WAIT_SECONDS:-300} started=$SECONDS
    until ready; do
        if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "Keycloak stopped before it was ready; the end of $log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if [ $((SECONDS - started)) -ge "$seconds" ]; then
            echo "Keycloak was not ready within $seconds s; the end of $log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "http://localhost:$port"
}

stop() {
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    if kill -TERM -- "-$pid" 2>/dev/null; then
        for _ in $(seq 1 30); do
            kill -0 -- "-$pid" 2>/dev/null || break
            sleep 1
        done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

case "${1:-}" in
    start) start ;;
    wait) wait_ready ;;
    stop) stop ;;
    *)
        echo "usage: $0 start|wait|stop" >&2
        exit 2
        ;;
esac
