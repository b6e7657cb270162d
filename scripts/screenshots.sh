#!/usr/bin/env bash
# Screenshots of the HTML report on the bundled corpus (with the test review
# store of report/testdata, so verdicts show), full page at 1280 and 375 px
# wide, into docs/img/report-1280.png and docs/img/report-375.png.
# Needs Chromium at /usr/bin/chromium (.ci/install-browser installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
	echo "screenshots: Chromium not found at /usr/bin/chromium; run .ci/install-browser first" >&2
	exit 1
fi
out="$(pwd)/docs/img"
mkdir -p "$out"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! go test ./report -run 'TestHTMLInBrowser$' -count=1 -v -screenshots "$out" >"$log" 2>&1; then
	cat "$log" >&2
	exit 1
fi
grep -E 'wrote' "$log" || true
ls -l "$out"/report-1280.png "$out"/report-375.png
