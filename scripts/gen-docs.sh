#!/bin/sh
# Regenerates the docs made from the schema table: docs/parameters.md.
# A test (docs.parameters) fails when the committed file is stale.
# Usage: scripts/gen-docs.sh [path/to/targs]   (default: build/targs)
set -eu
cd "$(dirname "$0")/.."
targs=${1:-build/targs}
env -u TARGS_TRANSFORMERS "$targs" schema --format markdown --class seq2seq \
    > docs/parameters.md.tmp
mv docs/parameters.md.tmp docs/parameters.md
