#!/usr/bin/env bash
# Container smoke test: builds a base image (Debian bookworm with a Java 17 runtime, made with
# mmdebstrap, so no registry is needed), builds the JVM image on it from src/main/docker/Dockerfile.jvm,
# with its class cache recorded by a training start against the local PostgreSQL (schema
# seller_performance_class_cache, dropped at the end), runs it against the local PostgreSQL and checks that:
#   0. the image starts with its class cache,
#   1. it becomes ready (/q/health/ready) with the policy mounted from a host directory,
#   2. one assessment is stored (in its own schema, dropped at the end),
#   3. an edit of the mounted policy, published the way the kubelet updates a ConfigMap (a new
#      ..<timestamp> folder and an atomic swap of the ..data link), is hot reloaded,
#   4. SIGTERM stops it gracefully.
# It prints what it measured: image size, build times, time to ready, resident memory.
#
# Usage: k8s/smoke/container.sh          (from anywhere; needs root for apt-get and podman)
# Environment:
#   DB_SCHEMA            schema the container uses (default seller_performance_smoke; dropped at the end)
#   SMOKE_PORT           HTTP port on the host network (default 18080)
#   SMOKE_SKIP_PACKAGE=1 use the existing target/quarkus-app instead of running ./mvnw package
#   SMOKE_REBUILD_BASE=1 rebuild the base image even if it exists
#   SMOKE_WORK           scratch directory (default /var/tmp/seller-performance-smoke)
# Podman runs with runc and the vfs storage driver and explicit ulimits: the machine this was
# written on has cgroups that crun cannot use, and runc refuses to start without the ulimits.
# It never starts, stops or reconfigures PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_SCHEMA=${DB_SCHEMA:-seller_performance_smoke}
PORT=${SMOKE_PORT:-18080}
WORK=${SMOKE_WORK:-/var/tmp/seller-performance-smoke}
BASE_IMAGE=localhost/seller-performance-base:bookworm-openjdk17
IMAGE=localhost/seller-performance:jvm
CONTAINER=seller-performance-smoke
USER_NAME=smoke
USER_PASSWORD=smoke-password
USER_PASSWORD_HASH='$2a$10$TSx7b3slTAkASrxJArzCYOm.kcI6DqaypLdF85eiqnH1wnVhml5U2'   # hash-password, cost 10
PODMAN=(podman --runtime runc --storage-driver vfs)
ULIMITS=(--ulimit nofile=20000:20000 --ulimit nproc=4096:4096)
PSQL=(psql -h localhost -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)

passed=0
failed=0
check() { # check "what" command...
    local what=$1
    shift
    if "$@"; then
        echo "ok - $what"
        passed=$((passed + 1))
    else
        echo "not ok - $what" >&2
        failed=$((failed + 1))
    fi
}
now() { date +%s.%N; }
seconds_since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'; }

# --- Tools -----------------------------------------------------------------------------------
missing=()
command -v podman >/dev/null || missing+=(podman)
command -v runc >/dev/null || missing+=(runc)
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
command -v newuidmap >/dev/null || missing+=(uidmap)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
fi

if ! pg_isready -q -h localhost -p 5432; then
    echo "PostgreSQL does not answer on localhost:5432; start it first (this script never does)" >&2
    exit 1
fi

cleanup() {
    "${PODMAN[@]}" rm -f -t 0 "$CONTAINER" >/dev/null 2>&1 || true
    "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS \"$DB_SCHEMA\" CASCADE" >/dev/null 2>&1 || true
    "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS seller_performance_class_cache CASCADE" >/dev/null 2>&1 || true
    rm -rf "$WORK/rules"
}
trap cleanup EXIT
cleanup
mkdir -p "$WORK"

# --- Images ----------------------------------------------------------------------------------
if [ "${SMOKE_SKIP_PACKAGE:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    echo "Packaging the service"
    ./mvnw -B -q package -DskipTests
fi

if [ "${SMOKE_REBUILD_BASE:-0}" = 1 ] || ! "${PODMAN[@]}" image exists "$BASE_IMAGE"; then
    echo "Building the base image $BASE_IMAGE (Debian bookworm, openjdk-17-jre-headless)"
    started=$(now)
    rm -f "$WORK/rootfs.tar"
    mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,ca-certificates \
        bookworm "$WORK/rootfs.tar" /etc/apt/sources.list.d/debian.sources
    "${PODMAN[@]}" import --quiet "$WORK/rootfs.tar" "$BASE_IMAGE" >/dev/null
    rm -f "$WORK/rootfs.tar"
    echo "measured: base image built in $(seconds_since "$started") s"
fi

echo "Building $IMAGE from src/main/docker/Dockerfile.jvm"
started=$(now)
# The host's network for the training start of the class cache, which needs the database.
"${PODMAN[@]}" build --quiet "${ULIMITS[@]}" --network host --build-arg "JAVA_BASE_IMAGE=$BASE_IMAGE" \
    --build-arg CLASS_CACHE_JDBC_URL=jdbc:postgresql://localhost:5432/postgres \
    -f src/main/docker/Dockerfile.jvm -t "$IMAGE" . >/dev/null
"${PODMAN[@]}" image prune -f >/dev/null
image_bytes=$("${PODMAN[@]}" image inspect --format '{{.Size}}' "$IMAGE")
base_bytes=$("${PODMAN[@]}" image inspect --format '{{.Size}}' "$BASE_IMAGE")
echo "measured: JVM image built in $(seconds_since "$started") s;" \
    "size $((image_bytes / 1000000)) MB, of which the base $((base_bytes / 1000000)) MB"

# --- The policy, laid out as the kubelet mounts a ConfigMap ----------------------------------
# rules/..<timestamp>/ holds one version of the files; rules/..data links to it; each top-level
# folder links through ..data. A new version is written whole, then ..data is swapped by rename.
publish_rules() { # publish_rules SOURCE_DIR
    local mount="$WORK/rules" version previous
    version="..$(date +%Y_%m_%d_%H_%M_%S.%N)"
    mkdir -p "$mount/$version"
    cp -R "$1/." "$mount/$version/"
    chmod -R a+rX "$mount"
    previous=$(readlink "$mount/..data" 2>/dev/null || true)
    ln -s "$version" "$mount/..data_tmp"
    mv -T "$mount/..data_tmp" "$mount/..data"
    for entry in "$mount/$version"/*; do
        local name
        name=$(basename "$entry")
        [ -L "$mount/$name" ] || ln -s "..data/$name" "$mount/$name"
    done
    if [ -n "$previous" ]; then rm -rf "${mount:?}/$previous"; fi
}
rm -rf "$WORK/rules" "$WORK/edited"
publish_rules rules

# --- Run -------------------------------------------------------------------------------------
echo "Starting $IMAGE against the local PostgreSQL (schema $DB_SCHEMA, port $PORT)"
started=$(now)
"${PODMAN[@]}" run -d --name "$CONTAINER" "${ULIMITS[@]}" --network host \
    --read-only --tmpfs /tmp --memory 768m \
    -v "$WORK/rules:/rules:ro" \
    -e RULES_DIR=/rules -e RULES_WATCH_INTERVAL=1s \
    -e DB_SCHEMA="$DB_SCHEMA" -e QUARKUS_HTTP_PORT="$PORT" \
    -e USERS_SMOKE_PASSWORD_HASH="$USER_PASSWORD_HASH" \
    -e USERS_SMOKE_ROLES=evaluator,analyst,viewer \
    "$IMAGE" >/dev/null

URL="http://localhost:$PORT"
ready() { curl -sf "$URL/q/health/ready" >/dev/null; }
for _ in $(seq 1 240); do
    ready && break
    if [ "$("${PODMAN[@]}" inspect --format '{{.State.Running}}' "$CONTAINER")" != true ]; then break; fi
    sleep 0.5
done
to_ready=$(seconds_since "$started")
check "ready on /q/health/ready" ready
if ! ready; then
    "${PODMAN[@]}" logs "$CONTAINER" >&2 || true
    exit 1
fi
# The JVM keeps the archive mapped only when it uses it (not one recorded by another build of it).
check "it starts with its class cache" "${PODMAN[@]}" exec "$CONTAINER" grep -q /deployments/app-cds.jsa /proc/1/maps
started_in=$("${PODMAN[@]}" logs "$CONTAINER" 2>&1 | sed -n 's/.* started in \([0-9.]*s\).*/\1/p' | tail -n 1)
rss_kib=$("${PODMAN[@]}" exec "$CONTAINER" sh -c "awk '/VmRSS/ { print \$2 }' /proc/1/status")
echo "measured: ready ${to_ready} s after 'podman run' (Quarkus: started in ${started_in});" \
    "resident memory $((rss_kib / 1024)) MiB"

rule_field() { # rule_field FIELD: a field of the readiness check "rules"
    curl -sf "$URL/q/health/ready" | python3 -c "import json,sys
print(next(c for c in json.load(sys.stdin)['checks'] if c['name'] == 'rules')['data'].get('$1', ''))"
}
# Readiness names no path (anonymous callers read it); the rules' source is asked of the API, signed in.
rules_source=$(curl -sf -u "$USER_NAME:$USER_PASSWORD" "$URL/api/v1/rules" | python3 -c "import json,sys
print(json.load(sys.stdin)['source'])")
check "the policy is read from the mounted directory" test "$rules_source" = /rules

# --- One assessment stored -------------------------------------------------------------------
status=$(curl -s -o "$WORK/assessment.json" -w '%{http_code}' -u "$USER_NAME:$USER_PASSWORD" \
    -X POST "$URL/api/v1/fba-onsite/assessments" -H 'Content-Type: application/json' -d '{
      "sellerId": "S-SMOKE", "periodStart": "2026-11-08", "periodEnd": "2026-11-14",
      "assessedOn": "2026-11-15", "unitsShipped": 1000, "unitsLateProcessed": 3,
      "unitsCancelled": 1, "unitsLateHandover": 0 }')
check "an assessment is answered 201" test "$status" = 201
stored=$("${PSQL[@]}" -c "SELECT count(*) FROM \"$DB_SCHEMA\".assessment")
check "one assessment is stored in schema $DB_SCHEMA" test "$stored" = 1

# --- Hot reload of the mounted policy --------------------------------------------------------
before=$(rule_field version)
mkdir -p "$WORK/edited"
cp -R rules/. "$WORK/edited/"
printf '\n// edited while the service runs\n' >> "$WORK/edited/fba-onsite/tables/goals.drl"
started=$(now)
publish_rules "$WORK/edited"
after=$before
for _ in $(seq 1 120); do
    after=$(rule_field version)
    [ "$after" != "$before" ] && break
    sleep 0.5
done
check "the edited policy is hot reloaded (version $before -> $after)" test "$after" != "$before"
check "the reload passed its scenarios" test "$(rule_field lastReload)" = OK
echo "measured: edit seen and swapped in $(seconds_since "$started") s after the ..data swap"
rm -rf "$WORK/edited" "$WORK/assessment.json"

# --- Graceful stop ---------------------------------------------------------------------------
started=$(now)
"${PODMAN[@]}" stop -t 30 "$CONTAINER" >/dev/null
stopped_after=$(seconds_since "$started")
exit_code=$("${PODMAN[@]}" inspect --format '{{.State.ExitCode}}' "$CONTAINER")
# 143 is the JVM's exit on SIGTERM after its shutdown hooks ran; 137 would be a SIGKILL.
check "SIGTERM stops it gracefully (exit $exit_code after $stopped_after s)" \
    sh -c "[ '$exit_code' = 143 ] || [ '$exit_code' = 0 ]"
check "the shutdown is logged" sh -c "'${PODMAN[0]}' --runtime runc --storage-driver vfs logs '$CONTAINER' 2>&1 | grep -q 'stopped in'"

echo "container smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
