#!/usr/bin/env bash
# The display page's 24-simulated-hour soak test (heap, DOM nodes, listeners), against a fresh production build.
# Figures land in test-results/display-soak.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 SOAK=1
bash scripts/ensure-deps.sh
chromium=$(bash scripts/find-chromium.sh) && export CHROMIUM_PATH="$chromium"
npx next build
npx playwright test e2e/display-soak.spec.ts
cat test-results/display-soak.json
