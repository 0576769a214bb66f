#!/bin/sh
# Installs what building and testing targs needs, and only what is missing.
# On Debian and Ubuntu: apt-get, through sudo when not root. Elsewhere it
# says which packages are needed and stops.
set -eu

packages="build-essential cmake pkg-config libyaml-dev libcjson-dev libcmocka-dev python3 python3-jsonschema"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	missing=""
	command -v cmake >/dev/null 2>&1 || missing="$missing cmake"
	command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
	for module in yaml-0.1 libcjson cmocka; do
		pkg-config --exists "$module" 2>/dev/null || missing="$missing $module"
	done
	if [ -n "$missing" ]; then
		echo "install-deps: not a Debian/Ubuntu system; please install:$missing" >&2
		exit 1
	fi
	exit 0
fi

missing=""
for p in $packages; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "install-deps: need root or sudo to install:$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086 # the list is meant to split into words
$sudo apt-get install -y -qq --no-install-recommends $missing
