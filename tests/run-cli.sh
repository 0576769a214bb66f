#!/bin/sh
# Runs one golden CLI case and compares stdout, stderr and the exit status
# exactly with the case's files.
#
#   run-cli.sh TARGS CASE_DIR EXAMPLES_DIR
#
# CASE_DIR holds:
#   cmd      the arguments, one line, in shell quoting ("check input.yaml")
#   stdin    optional: fed to standard input (else /dev/null)
#   env      optional: NAME=value lines set for the run; NO_COLOR,
#            FORCE_COLOR and TARGS_TRANSFORMERS are otherwise unset, so
#            the caller's environment cannot change the result
#   stdout   expected standard output
#   stderr   expected standard error (may be missing: then it must be empty)
#   status   expected exit status
# and the inputs. The case runs in a copy of CASE_DIR, with examples/
# linked in, so names in messages are short and the tree stays untouched;
# the inputs must be unchanged afterwards (targs never writes to them).
# TARGS_UPDATE=1 rewrites the expected files from the actual run.
set -u

targs=$1
case_dir=$2
examples=$3
name=$(basename "$case_dir")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -R "$case_dir"/. "$work"/
ln -s "$examples" "$work/examples"
cd "$work" || exit 2

before=$(find . -path ./examples -prune -o -type f ! -name stdout ! -name stderr ! -name status -print | sort | xargs cat | cksum)
stdin=/dev/null
[ -f stdin ] && stdin=stdin
eval "set -- $(cat cmd)"
vars=""
[ -f env ] && vars=$(cat env)
# shellcheck disable=SC2086 # one NAME=value word per line
env -u NO_COLOR -u FORCE_COLOR -u TARGS_TRANSFORMERS $vars "$targs" "$@" <"$stdin" \
    >actual.stdout 2>actual.stderr
echo $? >actual.status
after=$(find . -path ./examples -prune -o -type f ! -name stdout ! -name stderr ! -name status ! -name 'actual.*' -print | sort | xargs cat | cksum)

if [ "${TARGS_UPDATE:-}" = 1 ]; then
	cp actual.stdout "$case_dir/stdout"
	cp actual.stderr "$case_dir/stderr"
	cp actual.status "$case_dir/status"
fi

[ -f stderr ] || : >stderr
failed=0
for stream in stdout stderr status; do
	if ! cmp -s "$stream" "actual.$stream"; then
		echo "$name: $stream differs (expected, actual):"
		diff -u "$stream" "actual.$stream"
		failed=1
	fi
done
if [ "$before" != "$after" ]; then
	echo "$name: an input file changed"
	failed=1
fi
exit $failed
