#!/bin/sh
# Fails when a generated doc differs from what its generator prints now
# (docs/parameters.md from the schema table, docs/targs.1 from the
# command table).
# Usage: check-generated.sh DOC COMMAND [ARG...]
set -eu
doc=$1
shift
if ! env -u TARGS_TRANSFORMERS "$@" | diff -u "$doc" - >&2; then
	echo "check-generated: $doc is stale; run scripts/gen-docs.sh" \
	    "(or make docs)" >&2
	exit 1
fi
