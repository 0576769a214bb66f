#!/bin/sh
# The manual page renders with man and groff without a single warning
# (an unknown request, a bad escape, a line that starts with a dot).
# Usage: man-check.sh PAGE
# Exits 77 (skipped) where man is missing: scripts/install-deps.sh
# installs man-db and groff-base.
set -u
page=$1
if ! command -v man >/dev/null 2>&1; then
	echo "man-check: no man here; skipped"
	exit 77
fi
err=$(mktemp)
trap 'rm -f "$err"' EXIT
if ! MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" \
    >/dev/null 2>"$err"; then
	cat "$err" >&2
	echo "man-check: man could not render $page" >&2
	exit 1
fi
if [ -s "$err" ]; then
	cat "$err" >&2
	echo "man-check: $page renders with warnings" >&2
	exit 1
fi
