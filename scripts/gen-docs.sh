#!/bin/sh
# Regenerates the docs made from targs' own tables: docs/parameters.md
# (the schema table) and docs/targs.1 (the command table). The tests
# docs.parameters and docs.man fail when a committed file is stale.
# Usage: scripts/gen-docs.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
env -u TARGS_TRANSFORMERS "$build/targs" schema --format markdown \
    --class seq2seq > docs/parameters.md.tmp
mv docs/parameters.md.tmp docs/parameters.md
"$build/targs-man" > docs/targs.1.tmp
mv docs/targs.1.tmp docs/targs.1
