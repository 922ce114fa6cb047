#!/usr/bin/env bash
# The printable report in a real browser, for evaluation-service's ReporteNavegadorTest (which serves
# the seed's report and calls this): Debian's Chromium renders the page, with no console error, a
# screenshot is written, and axe-core's WCAG 2.1 AA rules report 0 violations (check.mjs).
#   check.sh URL SCREENSHOT.png SUMMARY.json      (env REPORTE_TOKEN: bearer token for the page)
# Installs what it needs on first run: Debian's chromium package (apt-get, as root) when
# /usr/bin/chromium is missing, never a browser download; playwright-core and axe-core pinned in
# package-lock.json from the npm registry.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "[reporte-navegador] installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
# an interrupted or emptied install leaves the folder without npm's own record of it
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node check.mjs "$@"
