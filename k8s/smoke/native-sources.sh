#!/usr/bin/env bash
# The native build as far as it goes without Mandrel/GraalVM or a container engine: Quarkus builds
# the application for a native image (rules compiled at build time, reflection and resource
# configuration) and writes the native-image arguments and jars to target/native-sources, then
# stops. Checks that what the native image needs is in there.
# On a machine with Mandrel (or with -Dquarkus.native.container-build=true and podman/docker):
#   ./mvnw package -Pnative -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."

started=$(date +%s)
./mvnw -B -q package -Pnative -DskipTests -Dquarkus.native.sources-only=true
echo "measured: native sources written in $(( $(date +%s) - started )) s"

sources=target/native-sources
jar=$(ls "$sources"/*-runner.jar)
failed=0
expect() { # expect "what" command...
    local what=$1
    shift
    if "$@" >/dev/null 2>&1; then echo "ok - $what"; else echo "not ok - $what" >&2; failed=1; fi
}
expect "native-image arguments written" test -s "$sources/native-image.args"
expect "no fallback to a JVM image" grep -q -- '--no-fallback' "$sources/native-image.args"
entries=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$jar")
resources=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' \
    "$jar" META-INF/native-image/resource-config.json)
expect "the packaged rules are included" grep -q 'packaged-rules/' <<<"$resources"
expect "the database migrations are included" grep -q 'db/migration/' <<<"$resources"
expect "the facts and DTOs are registered for reflection" \
    grep -qx 'META-INF/native-image/com.marketplace/seller-performance/reflect-config.json' <<<"$entries"
expect "the packaged policy index is in the image's jar" grep -qx 'packaged-rules/INDEX' <<<"$entries"
expect "the rules' executable model is compiled in" \
    grep -qx 'org/drools/project/model/ProjectRuntime.class' <<<"$entries"
exit $failed
