#!/bin/sh
# The hook in .pre-commit-hooks.yaml, run by pre-commit as a user would:
# a throw-away repository uses it with `pre-commit run --all-files`; a bad
# config fails the hook with targs' report, other YAML files are skipped,
# and fixing the config makes it pass.
#
#   pre-commit-check.sh TARGS HOOKS_FILE
set -u

targs=$1
hooks=$2
if ! command -v pre-commit >/dev/null 2>&1; then
	echo "pre-commit-check: pre-commit is missing; run" \
	    "scripts/install-deps.sh (Debian: pre-commit)"
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t \
    GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t
mkdir "$work/bin" "$work/hook" "$work/repo"
ln -s "$targs" "$work/bin/targs"
PATH="$work/bin:$PATH"

# The hook's repository: only the hooks file, committed.
cp "$hooks" "$work/hook/.pre-commit-hooks.yaml"
git -C "$work/hook" init -q && git -C "$work/hook" add -A &&
    git -C "$work/hook" commit -qm hooks || exit 2
rev=$(git -C "$work/hook" rev-parse HEAD)

cd "$work/repo" || exit 2
git init -q
mkdir configs
printf 'output_dir: o\nlearning_rate: 2e-5\n' >configs/sft.yaml
printf 'services:\n  web: {}\n' >compose.yaml
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: targs-check\n' \
    "$work/hook" "$rev" >.pre-commit-config.yaml
git add -A && git commit -qm start || exit 2

failed=0
pre-commit run --all-files >out.txt 2>&1
status=$?
if [ $status != 1 ] ||
    ! grep -q "configs/sft.yaml:2:16: error\[TA205\]" out.txt ||
    grep -q "^compose.yaml:[0-9]" out.txt; then
	echo "pre-commit-check: the bad config did not fail the hook" \
	    "as expected (exit $status):"
	cat out.txt
	failed=1
fi
printf 'output_dir: o\nlearning_rate: 2.0e-5\n' >configs/sft.yaml
git commit -qam fix
if ! pre-commit run --all-files >out.txt 2>&1; then
	echo "pre-commit-check: the fixed config still fails:"
	cat out.txt
	failed=1
fi
exit $failed
