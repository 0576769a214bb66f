#!/bin/sh
# Installs what building and testing targs needs, and only what is missing.
# On Debian and Ubuntu: apt-get, through sudo when not root. Elsewhere it
# says which packages are needed and stops.
#
#   install-deps.sh [fuzz|memcheck|bench]
#
# With an argument it also installs what that make target needs: clang
# and its libFuzzer runtime (make fuzz), or valgrind (make memcheck and
# make bench; the benchmark also uses perf when it is there).
set -eu

packages="build-essential cmake pkg-config libyaml-dev libcjson-dev libcmocka-dev python3 python3-jsonschema python3-rfc3987"
# git and pre-commit: the hook test runs pre-commit in a throw-away
# repository; zsh and fish: the completion test parses their scripts;
# man-db and groff-base: the manual page test renders docs/targs.1.
packages="$packages git pre-commit zsh fish man-db groff-base"
group=${1:-}
case "$group" in
"") tools="" ;;
fuzz) tools="clang" ;;
memcheck | bench) tools="valgrind" ;;
*) echo "install-deps: unknown group '$group'" >&2; exit 2 ;;
esac
packages="$packages $tools"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	missing=""
	command -v cmake >/dev/null 2>&1 || missing="$missing cmake"
	command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
	for tool in $tools; do
		command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
	done
	for module in yaml-0.1 libcjson cmocka; do
		pkg-config --exists "$module" 2>/dev/null || missing="$missing $module"
	done
	if [ -n "$missing" ]; then
		echo "install-deps: not a Debian/Ubuntu system; please install:$missing" >&2
		exit 1
	fi
	exit 0
fi

# True when clang can link a libFuzzer target.
fuzzer_links() {
	printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)\n{ return 0; }\n' |
	    clang -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1
}

missing=""
for p in $packages; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
# libFuzzer's runtime is its own package on Debian 12 and newer Ubuntus
# (libclang-rt-dev); older releases ship it inside clang's packages.
runtime=""
if [ "$group" = fuzz ] && ! fuzzer_links; then
	runtime="libclang-rt-dev"
fi
[ -z "$missing" ] && [ -z "$runtime" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "install-deps: need root or sudo to install:$missing $runtime" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
if [ -n "$runtime" ] && apt-cache show "$runtime" >/dev/null 2>&1; then
	missing="$missing $runtime"
fi
if [ -z "$missing" ]; then
	echo "install-deps: clang cannot link a libFuzzer target, and no" \
	    "package here provides libFuzzer" >&2
	exit 1
fi
echo "install-deps: installing$missing"
# shellcheck disable=SC2086 # the list is meant to split into words
$sudo apt-get install -y -qq --no-install-recommends $missing
