#!/usr/bin/env bash
# The whole suite (scripts/test-all.sh) with the machine's clock moved DAYS ahead (default 365) for every process
# it starts: the type check, the unit tests, the build, the server and the browser. It proves that no test's
# outcome depends on the day the suite runs (they pin their own clocks). Needs libfaketime: Debian's `faketime`,
# installed here when missing and we are root. Ends like `npm test`, with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
days="${1:-365}"
if ! command -v faketime >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "[orbit-watch] installing Debian's faketime"
  apt-get install -y faketime >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y faketime >/dev/null 2>&1; }
fi
if ! command -v faketime >/dev/null 2>&1; then
  echo "[orbit-watch] faketime (libfaketime) is needed: apt-get install faketime"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "== the whole suite with every clock moved ${days} days ahead: $(faketime -f "+${days}d" date -u)"
exec faketime -f "+${days}d" bash scripts/test-all.sh
