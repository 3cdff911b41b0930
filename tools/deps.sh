#!/bin/sh
# Installs the Debian 12 packages lkjip needs to build, test and look at
# its output. Safe to run again: only what is missing is installed.
set -eu
PKGS="build-essential cmake pkg-config
libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev
libcairo2-dev libpango1.0-dev libyaml-dev libcsv-dev libzip-dev
libhyphen-dev hyphen-id libcmocka-dev libxxhash-dev librsvg2-dev
libxlsxwriter-dev libreoffice-calc-nogui libpoppler-glib-dev zlib1g-dev
poppler-utils qpdf chromium valgrind clang libxml2-utils python3"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "tools/deps.sh: installing$missing" >&2
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
