#!/usr/bin/env bash
# The end-to-end tests and screenshots draw Japanese pages: without a CJK font Chromium shows empty boxes, and
# line breaking and overflow checks measure the wrong glyphs. Users' devices have their own fonts (the app ships
# none); this machine gets Debian's fonts-noto-cjk when it has no Japanese font and apt is usable.
set -uo pipefail
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ja 2>/dev/null | head -n 1)" ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "[orbit-watch] installing Debian fonts-noto-cjk for the Japanese pages of the end-to-end tests" >&2
  if apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >&2; then exit 0; fi
fi
echo "[orbit-watch] No Japanese font found: install fonts-noto-cjk (or any CJK font) for the end-to-end tests." >&2
exit 1
