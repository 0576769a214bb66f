#!/bin/sh
# The completion scripts `targs completion` prints: bash's parses,
# registers itself in a bare bash (no bash-completion) and completes
# commands, options, choices, releases, explain's names and codes, and
# files, with COMP_WORDS set as bash sets them; zsh's and fish's parse
# (each skipped, with a note, where that shell is not installed).
# Usage: completion-check.sh TARGS
set -eu
targs=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$targs" completion bash >"$work/targs.bash"
bash -n "$work/targs.bash"

# check's formats as targs itself lists them, so that the test follows
# the table: "expected one of text, json" -> "json text", sorted
formats=$("$targs" check --format=none x.yaml 2>&1 >/dev/null |
    sed -n 's/.*expected one of //p' | tr -d ',' | tr ' ' '\n' | sort |
    tr '\n' ' ')

mkdir "$work/files"
: >"$work/files/a.yaml"
: >"$work/files/b.json"

cat >"$work/check.bash" <<'CHECK'
source "$1"
formats=$2
if ! reg=$(complete -p targs); then
	echo "complete -p targs: not registered"
	exit 1
fi
if [[ $reg != "complete -F _targs targs" ]]; then
	echo "registered as: $reg"
	exit 1
fi
failed=0
# expect LINE WANT: completes LINE (a trailing space starts a new word;
# '=' is a word of its own, as COMP_WORDBREAKS makes it) and compares
# the sorted COMPREPLY with WANT.
expect()
{
	local got
	read -ra COMP_WORDS <<<"$1"
	[[ $1 == *" " ]] && COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_targs
	got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
	if [[ ${got% } != "${2% }" ]]; then
		echo "'$1<TAB>': got '${got% }', want '${2% }'"
		failed=1
	fi
}
# contains LINE WORD: WORD is among the completions of LINE
contains()
{
	read -ra COMP_WORDS <<<"$1"
	[[ $1 == *" " ]] && COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_targs
	if [[ " ${COMPREPLY[*]} " != *" $2 "* ]]; then
		echo "'$1<TAB>': '$2' not among: ${COMPREPLY[*]}"
		failed=1
	fi
}
expect 'targs ch' 'check'
expect 'targs com' 'completion'
expect 'targs --v' '--version'
expect 'targs check --for' '--format'
expect 'targs check --format ' "$formats"
expect 'targs check -f ' "$formats"
expect 'targs check --format =' "$formats"
expect 'targs check --format = j' 'json'
expect 'targs check --transformers 4.5' \
    '4.50 4.51 4.52 4.53 4.54 4.55 4.56 4.57'
expect 'targs check --transformers au' 'auto'
expect 'targs diff --from 5.1' \
    '5.1 5.10 5.11 5.12 5.13 5.14 5.15 5.16 5.17 5.18'
expect 'targs check --class ' 'seq2seq training'
expect 'targs explain learning_ra' 'learning_rate'
expect 'targs explain evaluation_str' 'evaluation_strategy'
expect 'targs explain TA10' \
    'TA101 TA102 TA103 TA104 TA105 TA106 TA107 TA108 TA109'
expect 'targs explain invalid-u' 'invalid-utf8'
expect 'targs check --select TA60' 'TA601 TA602 TA603'
expect 'targs check --ignore A' 'ALL'
expect 'targs resolve --why learning_r' 'learning_rate'
expect 'targs completion ' 'bash fish zsh'
expect 'targs plan --train-samples ' ''
expect 'targs schema ' ''
contains 'targs help ' 'completion'
contains 'targs schema --' '--help'
cd "$3"
expect 'targs check ' 'a.yaml b.json'
expect 'targs check a' 'a.yaml'
expect 'targs check --stdin-filename b' 'b.json'
exit $failed
CHECK
bash --norc --noprofile "$work/check.bash" "$work/targs.bash" "$formats" \
    "$work/files"

parsed="bash completes"
for shell in zsh fish; do
	"$targs" completion "$shell" >"$work/$shell"
	if command -v "$shell" >/dev/null 2>&1; then
		"$shell" -n "$work/$shell"
		parsed="$parsed, $shell parses"
	else
		parsed="$parsed, no $shell here to parse its script"
	fi
done
echo "completion-check: $parsed"
