#!/bin/sh
# `check --output FILE`: the report lands in FILE exactly as it would on
# standard output, nothing is printed, and an input is never the output.
#
#   output-check.sh TARGS
set -u

targs=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
failed=0

fail() {
	echo "output-check: $*"
	failed=1
}

printf 'output_dir: o\nbogus: 1\n' >input.yaml
cp input.yaml original.yaml

for format in text json; do
	"$targs" check -f "$format" input.yaml >expected.out 2>/dev/null
	want=$?
	"$targs" check -f "$format" --output report.out input.yaml \
	    >stdout.out 2>stderr.out
	got=$?
	[ "$got" = "$want" ] || fail "$format: exit $got, expected $want"
	cmp -s report.out expected.out ||
	    fail "$format: the report file differs from standard output"
	[ -s stdout.out ] && fail "$format: standard output is not empty"
	[ -s stderr.out ] && fail "$format: standard error is not empty"
done

# An input named as the output: refused before anything is written.
"$targs" check --output input.yaml input.yaml >stdout.out 2>stderr.out
got=$?
[ "$got" = 2 ] || fail "output = input: exit $got, expected 2"
grep -q "is one of the files to check" stderr.out ||
    fail "output = input: no message on standard error"
cmp -s input.yaml original.yaml || fail "output = input: the input changed"

# The same file under another name (a hard link), and a walked one.
ln input.yaml link.yaml
"$targs" check -o link.yaml . >/dev/null 2>&1
[ $? = 2 ] || fail "output = a walked input's hard link: not refused"
cmp -s input.yaml original.yaml || fail "hard link: the input changed"

# A report that cannot be written is trouble, exit 2.
"$targs" check --output no/such/dir/report input.yaml >/dev/null 2>stderr.out
[ $? = 2 ] || fail "unwritable report: not exit 2"
grep -q "cannot write no/such/dir/report" stderr.out ||
    fail "unwritable report: no message"

exit $failed
