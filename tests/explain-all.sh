#!/bin/sh
# `targs explain` answers for every name of the table (fields of every
# release, removed and renamed ones included) in several releases: exit 0
# and a first line naming it.
# Usage: explain-all.sh TARGS
set -eu
targs=$1
names=$(for v in 4.38 4.45 4.50 4.57 5.0 5.18; do
	"$targs" schema --format json --class seq2seq --transformers "$v" |
	    sed -n 's/^[[:space:]]*"name":[[:space:]]*"\([a-z0-9_]*\)",$/\1/p'
done | sort -u)
count=0
for name in $names; do
	for v in 4.38 5.0 5.18; do
		first=$("$targs" explain --transformers "$v" "$name" | head -n 1)
		case "$first" in
		"$name: "*) ;;
		*) echo "explain-all: $name in $v: $first" >&2; exit 1 ;;
		esac
	done
	count=$((count + 1))
done
[ "$count" -ge 150 ] || { echo "explain-all: only $count names" >&2; exit 1; }
echo "explain-all: $count names in 3 releases"
