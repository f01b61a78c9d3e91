#!/usr/bin/env bash
# Starts the portal on the shipped example inventory: the app at http://localhost:3000, the
# backend at http://localhost:7007. Installs the npm packages first when they are missing or
# older than the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec npx backstage-cli repo start "$@"
