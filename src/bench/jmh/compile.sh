#!/usr/bin/env bash
# Compiling the FBA Onsite rules at run time: the executable model and the check on its compiled code
# against the classic DRL compiler (JMH, single shot, milliseconds per compile), and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../../.."
echo "machine: $(nproc) cores; $(uptime)"
./mvnw -q -Pjmh test-compile exec:exec@jmh-compile
jq -r '.[] | "\(.benchmark | split(".") | last)\t\(.primaryMetric.score | round) \(.primaryMetric.scoreUnit) ± \(.primaryMetric.scoreError | round)"' \
    target/jmh-compile-result.json
jq -r 'map({key: (.benchmark | split(".") | last), value: .primaryMetric.score}) | from_entries
       | "executable model and check / classic: \(.executableModelAndCheck / .classicBaseline * 100 | round / 100)x the time"' \
    target/jmh-compile-result.json
echo "machine after: $(uptime)"
