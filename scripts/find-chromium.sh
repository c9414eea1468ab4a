#!/usr/bin/env bash
# Prints the Chromium the end-to-end tests should drive, installing Debian's when it is missing
# and apt is usable. Prints nothing (exit 0) when Playwright's own browser should be used.
set -uo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  exit 0 # Playwright's own download, installed with `npx playwright install chromium`
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "[orbit-watch] installing Debian chromium for the end-to-end tests" >&2
  if apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; then
    echo /usr/bin/chromium; exit 0
  fi
fi
cat >&2 <<'MSG'
[orbit-watch] No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - anywhere else:  npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium/Chrome binary.
MSG
exit 1
