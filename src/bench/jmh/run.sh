#!/usr/bin/env bash
# One FBA Onsite evaluation through the service's evaluator against a bare KieSession with the same
# facts (JMH, average time per evaluation), and the ratio. JMH_ARGS overrides the JMH options.
set -euo pipefail
cd "$(dirname "$0")/../../.."
echo "machine: $(nproc) cores; $(uptime)"
./mvnw -q -Pjmh test-compile exec:exec@jmh ${JMH_ARGS:+-Djmh.args="$JMH_ARGS"}
jq -r '.[] | "\(.benchmark | split(".") | last)\t\(.primaryMetric.score * 100 | round / 100) \(.primaryMetric.scoreUnit) ± \(.primaryMetric.scoreError * 100 | round / 100)"' \
    target/jmh-result.json
jq -r 'map({key: (.benchmark | split(".") | last), value: .primaryMetric.score}) | from_entries
       | "service evaluator / bare KieSession: \(.serviceEvaluator / .bareKieSession * 100 | round / 100)x the time;"
         + " measure (evaluator + reading the decision) / bare: \(.serviceMeasure / .bareKieSession * 100 | round / 100)x"' \
    target/jmh-result.json
echo "machine after: $(uptime)"
