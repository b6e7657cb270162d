#!/usr/bin/env bash
# Screenshots of the HTML report on the bundled corpus (with the test review
# store of report/testdata, so verdicts show), at 1280 and 375 px wide, into
# docs/img/report-1280.png and docs/img/report-375.png: the top of the page
# (the first screen or two), quantised to 256 colours (scripts/crop-png), so
# that every clone does not carry two full pages of 4.6 MB.
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
go run ./scripts/crop-png -height 1000 "$out"/report-1280.png
go run ./scripts/crop-png -height 1400 "$out"/report-375.png
ls -l "$out"/report-1280.png "$out"/report-375.png
