#!/bin/sh
# The class cache of the packaged service (docs/operations.md "Class cache"): a dynamic AppCDS archive
# of the classes one start loads, written as app-cds.jsa beside quarkus-run.jar. A start given it
# (-XX:SharedArchiveFile) maps them ready parsed and verified instead of reading them from the jars.
#
# It is recorded by a training start: the service started as it serves, against a database (Flyway
# migrates the training schema, CLASS_CACHE_DB_SCHEMA, default seller_performance_class_cache), and
# stopped once it would answer ready (the start-and-stop command). Run it with the JVM, the flags
# (JAVA_OPTS) and the jar path the service runs with: an archive recorded by another JVM build is
# ignored and the start is as slow as without it (a JVM using it has it in /proc/<pid>/maps). The
# database is the usual QUARKUS_DATASOURCE_JDBC_URL (default jdbc:postgresql://localhost:5432/postgres)
# and its user.
#   src/main/docker/class-cache.sh target/quarkus-app/quarkus-run.jar
set -eu
jar=$1
archive=$(dirname "$jar")/app-cds.jsa
rm -f "$archive"
# The rules as the service finds them (RULES_DIR, else rules/ in the working directory, else the
# packaged copy). Its files in a temporary directory of its own, removed after: in an image they would
# be left in /tmp, owned by the build's user.
scratch=$(mktemp -d)
DB_SCHEMA=${CLASS_CACHE_DB_SCHEMA:-seller_performance_class_cache} RULES_WATCH_INTERVAL=0s \
    java ${JAVA_OPTS:-} -Djava.io.tmpdir="$scratch" -XX:ArchiveClassesAtExit="$archive" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" start-and-stop
rm -rf "$scratch"
chmod a+r "$archive"
echo "class cache written: $archive ($(( $(wc -c < "$archive") / 1048576 )) MiB)"
