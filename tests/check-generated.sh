#!/bin/sh
# Fails when docs/parameters.md differs from what the schema table makes.
# Usage: check-generated.sh TARGS DOC
set -eu
targs=$1
doc=$2
if ! env -u TARGS_TRANSFORMERS "$targs" schema --format markdown \
    --class seq2seq | diff -u "$doc" - >&2; then
	echo "check-generated: $doc is stale; run scripts/gen-docs.sh" >&2
	exit 1
fi
