#!/bin/sh
# `cmake --install` into a fresh prefix puts targs, its manual page and
# the three completion scripts where their tools look for them: man -w
# finds the page through MANPATH, bash loads the installed script, and
# the scripts are what the installed targs prints.
# Usage: install-check.sh BUILD_DIR BINDIR MANDIR DATADIR
#   (the CMAKE_INSTALL_* directories, relative to the prefix)
set -eu
build=$1
bindir=$2
mandir=$3
datadir=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
failed=0
for file in "$bindir/targs" "$mandir/man1/targs.1" \
    "$datadir/bash-completion/completions/targs" \
    "$datadir/zsh/site-functions/_targs" \
    "$datadir/fish/vendor_completions.d/targs.fish"; do
	if [ ! -f "$prefix/$file" ]; then
		echo "install-check: $file is not installed"
		failed=1
	fi
done
[ "$failed" = 0 ] || exit 1

if command -v man >/dev/null 2>&1; then
	found=$(MANPATH="$prefix/$mandir" man -w targs)
	if [ "$found" != "$prefix/$mandir/man1/targs.1" ]; then
		echo "install-check: man -w targs finds '$found'"
		exit 1
	fi
fi
reg=$(bash --norc --noprofile -c '. "$1" && complete -p targs' sh \
    "$prefix/$datadir/bash-completion/completions/targs")
if [ "$reg" != "complete -F _targs targs" ]; then
	echo "install-check: the installed bash script registers '$reg'"
	exit 1
fi
for script in bash:bash-completion/completions/targs \
    zsh:zsh/site-functions/_targs fish:fish/vendor_completions.d/targs.fish
do
	if ! "$prefix/$bindir/targs" completion "${script%%:*}" |
	    cmp -s - "$prefix/$datadir/${script#*:}"; then
		echo "install-check: ${script#*:} is not what targs prints"
		exit 1
	fi
done
echo "install-check: targs, targs.1 and three completion scripts installed"
