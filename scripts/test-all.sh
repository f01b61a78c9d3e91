#!/usr/bin/env bash
# Every test of the portal, the way CI runs it: install, type-check, lint, unit and integration
# tests on SQLite and PostgreSQL against moto_server, then the end-to-end test in Chromium.
#
# With CI=true a missing PostgreSQL, moto_server or Chromium is an error; outside CI the suite
# that needs it is skipped with a loud notice.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh || { echo "No supported Node.js"; exit 1; }
echo "Node.js $(node --version), npm $(npm --version)"

declare -a TIMINGS=()
FAILED=()
step() {
  local name=$1; shift
  local started=$SECONDS
  echo "=== ${name}"
  if "$@"; then
    TIMINGS+=("${name}: $((SECONDS - started)) s")
  else
    TIMINGS+=("${name}: $((SECONDS - started)) s, FAILED")
    FAILED+=("$name")
  fi
}
missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "ERROR: $1 (required in CI)" >&2
    FAILED+=("$1")
    return 1
  fi
  echo "******** SKIPPING: $1 ********" >&2
  return 1
}

step "npm ci" npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
# better-sqlite3's build from source, kept in npm's cache where its installer looks first: the next
# npm ci on this machine unpacks it instead of compiling it again (about a minute).
step "keep the native build" node scripts/cache-native-build.js

# Chromium from Debian, for the end-to-end test (never a browser download).
HAVE_CHROMIUM=0
if [ -x /usr/bin/chromium ]; then
  HAVE_CHROMIUM=1
elif command -v apt-get >/dev/null; then
  step "apt-get install chromium" bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'
  [ -x /usr/bin/chromium ] && HAVE_CHROMIUM=1
fi
[ "$HAVE_CHROMIUM" = 1 ] || missing "Chromium (/usr/bin/chromium) could not be installed: no end-to-end test"

# PostgreSQL for the database tests, started if it is not running.
PG_URL=${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! pg_up && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 1 20); do pg_up && break; sleep 0.5; done
fi
if pg_up; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=$PG_URL
else
  missing "PostgreSQL on 127.0.0.1:5432 is not running: database tests run on SQLite only"
fi
export BACKSTAGE_TEST_DISABLE_DOCKER=1

# moto_server: each AWS integration test file starts its own on a free loopback port and stops
# it after; here we only make sure it exists.
command -v moto_server >/dev/null || missing "moto_server is not on PATH: the AWS integration tests will fail"

# The backend's OpenAPI spec is valid, and the router, wire types and client generated from it
# are what it generates now.
step "openapi spec" bash -c 'cd plugins/privatelink-backend && npx backstage-repo-tools package schema openapi validate && cd ../.. && node scripts/openapi.js --check'
# Type-check, writing dist-types/ for the release build of the install test.
rm -rf dist-types
step "tsc" npx tsc -p .
# Each published entry point's API report (plugins/*/report*.api.md) matches the code.
step "api reports" npm run -s api-reports:check
# The package READMEs' config reference tables match each config.d.ts.
step "config reference" node scripts/config-reference.js --check
step "lint" npx backstage-cli repo lint
step "prettier" npx prettier --check --loglevel=warn .
mkdir -p .tmp && rm -f .tmp/*.log
unit_tests() {
  env CI=true npx backstage-cli repo test --maxWorkers=2 2>&1 | tee .tmp/unit-tests.log
  return "${PIPESTATUS[0]}"
}
e2e_test() {
  node e2e/run.js 2>&1 | tee .tmp/e2e.log
  return "${PIPESTATUS[0]}"
}
step "unit and integration tests" unit_tests
# The install test (e2e/install/run.js): the six packages as released, installed into a throwaway
# create-app-style app outside the workspace, whose backend runs on PostgreSQL. The release is
# packed first (packing rewrites each package.json for a moment, which the e2e's watching dev
# servers must not see); the install itself runs beside the e2e, in its own log.
INSTALL_PID=
if pg_up; then
  if step "release pack" bash scripts/release-pack.sh --skip-tsc; then
    node e2e/install/run.js > .tmp/install.log 2>&1 &
    INSTALL_PID=$!
  fi
else
  missing "PostgreSQL is not running: no install test"
fi
if [ "$HAVE_CHROMIUM" = 1 ]; then
  step "end-to-end (Chromium)" e2e_test
fi
if [ -n "$INSTALL_PID" ]; then
  install_test() {
    wait "$INSTALL_PID"
    local rc=$?
    cat .tmp/install.log
    return "$rc"
  }
  step "install into a fresh app (the rest after the e2e)" install_test
fi

# One closing count over Jest's and the e2e's own summaries.
count() { grep -E "$1" "$2" 2>/dev/null | tail -1 | grep -oE "[0-9]+ $3" | grep -oE '[0-9]+' || echo 0; }
INSTALL_PASSED=$(grep -c '^install test passed' .tmp/install.log 2>/dev/null)
INSTALL_FAILED=$(grep -c '^install test FAILED' .tmp/install.log 2>/dev/null)
PASSED=$(( $(count '^Tests:' .tmp/unit-tests.log passed) + $(count 'passed, [0-9]+ failed$' .tmp/e2e.log passed) + ${INSTALL_PASSED:-0} ))
FAILED_TESTS=$(( $(count '^Tests:' .tmp/unit-tests.log failed) + $(count 'passed, [0-9]+ failed$' .tmp/e2e.log failed) + ${INSTALL_FAILED:-0} ))

echo
echo "=== wall time per step"
printf '  %s\n' "${TIMINGS[@]}"
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "FAILED steps: ${FAILED[*]}"
  echo "${PASSED} passed, ${FAILED_TESTS} failed"
  exit 1
fi
echo "${PASSED} passed, ${FAILED_TESTS} failed"
