#!/usr/bin/env bash
# Benchmarks: scripts that print counts and ratios, not timed tests.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { node --expose-gc --no-warnings --require @backstage/cli/config/nodeTransform.cjs "$@"; }
echo "=== inventory: AWS calls per refresh, mapping time and memory"
run plugins/catalog-backend-module-privatelink/bench/inventory.bench.ts
echo "=== inventory: applying 10,000 endpoints through a real catalog"
run plugins/catalog-backend-module-privatelink/bench/apply.bench.ts
echo "=== usage: CloudWatch calls per collection, card API latency over 4,000,000 rollups in PostgreSQL"
run bench/usage.bench.ts
echo "=== scale: 1,000 / 10,000 / 100,000 endpoints over 100 account-regions, 50 ms per AWS call"
node --no-warnings --require @backstage/cli/config/nodeTransform.cjs bench/scale.bench.ts
