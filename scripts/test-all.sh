#!/usr/bin/env bash
# Every test: unit (Vitest) then end-to-end (Playwright against the production build).
# Ends with one line "N passed, N failed" over both.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json

echo "== static checks (tsc, eslint, prettier)"
npx tsc --noEmit; tsc_status=$?
{ npx eslint . --max-warnings=0 && npx prettier --check . --log-level warn; }; lint_status=$?

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
unit_status=$?

e2e_status=0
if chromium=$(bash scripts/find-chromium.sh) && bash scripts/ensure-cjk-fonts.sh; then
  export CHROMIUM_PATH="$chromium"
  echo "== production build"
  if npx next build; then
    echo "== end-to-end tests (${CHROMIUM_PATH:-Playwright chromium})"
    npx playwright test
    e2e_status=$?
  else
    echo "[orbit-watch] next build failed: end-to-end tests not run"
    e2e_status=1
  fi
else
  e2e_status=1
fi

node scripts/summarize-tests.mjs "$unit_status" "$e2e_status" "$tsc_status" "$lint_status"
