#!/usr/bin/env bash
# Build and serve the dashboard on the embedded defaults (offline TLE, vector basemap).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npx next build
# Limit the old generation to 256 MiB (live heap ~40 MiB): with the default limit V8 lets garbage pile up to ~4x
# the live heap under load (RSS 260-300 MiB instead of ~165). Flags given in NODE_OPTIONS come later and win.
# Same flag as `npm run load` (scripts/load/server.ts SERVER_NODE_ARGS, which says why).
# server/http/start.mjs runs one `next start` worker per core (WEB_CONCURRENCY to change that) and passes these on.
NODE_OPTIONS="--max-old-space-size=256${NODE_OPTIONS:+ $NODE_OPTIONS}" exec node server/http/start.mjs -p "${PORT:-3000}"
