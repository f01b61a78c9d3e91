#!/usr/bin/env bash
# Starts the portal: the app at http://localhost:3000, the backend at http://localhost:7007.
# Installs the npm packages first when they are missing or older than the lockfile.
#
# With no app-config.local.yaml it runs the shipped demo (app-config.yaml + app-config.demo.yaml:
# the example inventory and its users). With one, it runs your portal (app-config.yaml +
# app-config.local.yaml: your accounts) and leaves the demo out; PRIVATELINK_DEMO=1 forces the
# demo. Arguments are passed to `backstage-cli repo start`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
elif ! node -e "new (require('better-sqlite3'))(':memory:')" 2>/dev/null; then
  # Installed with another Node.js: build the native module for this one.
  npm rebuild better-sqlite3 --loglevel=error
fi
if [ -f app-config.local.yaml ] && [ "${PRIVATELINK_DEMO:-}" != 1 ]; then
  echo "Starting your portal: app-config.yaml + app-config.local.yaml (PRIVATELINK_DEMO=1 starts the demo instead)"
  configs=(--config "$PWD/app-config.yaml" --config "$PWD/app-config.local.yaml")
else
  echo "Starting the demo on the example inventory: app-config.yaml + app-config.demo.yaml"
  configs=(--config "$PWD/app-config.yaml" --config "$PWD/app-config.demo.yaml")
fi
exec npx backstage-cli repo start "${configs[@]}" "$@"
