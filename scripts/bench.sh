#!/usr/bin/env bash
# Benchmarks: scripts that print counts and ratios, not timed tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
run() { node --expose-gc --no-warnings --require @backstage/cli/config/nodeTransform.cjs "$@"; }
echo "=== inventory: AWS calls per refresh, mapping time and memory"
run plugins/catalog-backend-module-privatelink/bench/inventory.bench.ts
echo "=== inventory: applying 10,000 endpoints through a real catalog"
run plugins/catalog-backend-module-privatelink/bench/apply.bench.ts
echo "=== usage: CloudWatch calls per collection, card API latency over 4,000,000 rollups in PostgreSQL, with Backstage's catalog on PostgreSQL"
run bench/usage.bench.ts
if [ "${PRIVATELINK_BENCH_QUICK:-}" != 1 ]; then
  echo "=== usage at 100,000 endpoints: the routes over 40,000,000 rollups in PostgreSQL and a real catalog of 101,200 entities (about 30 minutes; PRIVATELINK_BENCH_QUICK=1 skips it)"
  PRIVATELINK_BENCH_ENDPOINTS=100000 run --max-old-space-size=8192 bench/usage.bench.ts
fi
echo "=== scale: 1,000 / 10,000 / 100,000 endpoints over 100 account-regions, 50 ms per AWS call"
node --no-warnings --require @backstage/cli/config/nodeTransform.cjs bench/scale.bench.ts
