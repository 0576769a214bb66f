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

# refused reads: what it is, in the message; nothing written or created.
refused() {
	what=$1 victim=$2
	shift 2
	"$@" >stdout.out 2>stderr.out </dev/null
	got=$?
	[ "$got" = 2 ] || fail "$what: exit $got, expected 2"
	grep -q "$what" stderr.out || fail "$what: no message on stderr"
	[ -s stdout.out ] && fail "$what: standard output is not empty"
	cmp -s "$victim" original.yaml || fail "$what: $victim changed"
}

# Standard input is compared by what descriptor 0 is.
"$targs" check -o input.yaml - <input.yaml >/dev/null 2>stderr.out
[ $? = 2 ] || fail "output = standard input: not refused"
grep -q "is standard input" stderr.out ||
    fail "output = standard input: no message"
cmp -s input.yaml original.yaml || fail "standard input: the input changed"

# The --config file, and any file named like a configuration file.
printf 'ignore: [TA101]\n' >cfg.yaml
cp cfg.yaml cfg.orig
"$targs" check -o cfg.yaml --config cfg.yaml input.yaml >/dev/null 2>&1
[ $? = 2 ] || fail "output = --config: not refused"
cmp -s cfg.yaml cfg.orig || fail "output = --config: the file changed"
mkdir sub
refused "is a configuration file" input.yaml \
    "$targs" check -o sub/.targs.yaml input.yaml
[ -e sub/.targs.yaml ] && fail "a configuration file was created"
cp original.yaml .targs.yaml
ln -s .targs.yaml report.txt
refused "is a configuration file" .targs.yaml \
    "$targs" check --isolated -o report.txt input.yaml

# A report that cannot be written is trouble, exit 2.
"$targs" check --output no/such/dir/report input.yaml >/dev/null 2>stderr.out
[ $? = 2 ] || fail "unwritable report: not exit 2"
grep -q "cannot write no/such/dir/report" stderr.out ||
    fail "unwritable report: no message"

exit $failed
