#!/usr/bin/env bash
# Build and serve the dashboard on the embedded defaults (offline TLE, vector basemap).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npx next build
exec npx next start -p "${PORT:-3000}"
