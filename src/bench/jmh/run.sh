#!/usr/bin/env bash
# One seller's FBA Onsite week (measured, then its ladder step) through the service's code against
# bare KieSessions with the same facts (JMH, average time per evaluation), and the ratios.
# BEFORE=<commit> also measures the rules/ of that commit in the same run (for instance the last
# commit before phases, e9bcf62), extracted to target/rules-before. JMH_ARGS overrides the JMH options.
set -euo pipefail
cd "$(dirname "$0")/../../.."
echo "machine: $(nproc) cores; $(uptime)"
dirs=rules
if [ -n "${BEFORE:-}" ]; then
    rm -rf target/rules-before && mkdir -p target/rules-before
    git archive "$BEFORE" rules | tar -x -C target/rules-before --strip-components=1
    dirs="rules,target/rules-before"
fi
args="${JMH_ARGS:--f 1 -wi 8 -w 2s -i 5 -r 2s} -p rulesDir=$dirs"
./mvnw -q -Pjmh test-compile exec:exec@jmh -Djmh.args="$args"
jq -r '.[] | "\(.params.rulesDir)\t\(.benchmark | split(".") | last)\t\(.primaryMetric.score * 100 | round / 100) \(.primaryMetric.scoreUnit) ± \(.primaryMetric.scoreError * 100 | round / 100)"' \
    target/jmh-result.json
jq -r 'group_by(.params.rulesDir)[] | (map({key: (.benchmark | split(".") | last), value: .primaryMetric.score}) | from_entries) as $s
       | "\(.[0].params.rulesDir): a seller'"'"'s week \($s.serviceSellersWeek * 100 | round / 100) us through the service, \($s.serviceSellersWeek / $s.bareSellersWeek * 100 | round / 100)x bare sessions;"
         + " the measure session \($s.serviceEvaluator / $s.bareKieSession * 100 | round / 100)x bare"' \
    target/jmh-result.json
echo "machine after: $(uptime)"
