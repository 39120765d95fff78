#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser). Install it when missing and we may.
set -euo pipefail
BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$BIN" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt; installeren via apt-get (Debian-pakket chromium)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Chromium ontbreekt op $BIN. Installeer het Debian-pakket: sudo apt-get install chromium (of zet CHROMIUM_PATH)." >&2
exit 1
