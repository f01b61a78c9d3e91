#!/usr/bin/env bash
# Starts the portal on the shipped example inventory: the app at http://localhost:3000, the
# backend at http://localhost:7007. Installs the npm packages first when they are missing or
# older than the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
elif ! node -e "new (require('better-sqlite3'))(':memory:')" 2>/dev/null; then
  # Installed with another Node.js: build the native module for this one.
  npm rebuild better-sqlite3 --loglevel=error
fi
exec npx backstage-cli repo start "$@"
