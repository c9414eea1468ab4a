#!/usr/bin/env bash
# Install npm dependencies when they are missing or older than the lock file, so the two
# Quick start commands work on a fresh clone with only Node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[orbit-watch] installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
node scripts/copy-basemap.mjs
node scripts/build-gazetteer.mjs
