#!/usr/bin/env bash
# Build and serve the dashboard on the embedded defaults (offline TLE, vector basemap).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npx next build
# Cap the old generation at 128 MiB (live heap ~35 MiB): without it V8 lets garbage pile up to ~4x the live heap
# under load (RSS 260-300 MiB instead of ~160). Flags given in NODE_OPTIONS come later and win. Same flag as
# `npm run load` (scripts/load/server.ts SERVER_NODE_ARGS).
NODE_OPTIONS="--max-old-space-size=128${NODE_OPTIONS:+ $NODE_OPTIONS}" exec npx next start -p "${PORT:-3000}"
