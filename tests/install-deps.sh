#!/bin/sh
# make deps: install what building and testing artex needs on Debian or
# Ubuntu.  Run as root, or with sudo available.
set -eu
PKGS="build-essential pkg-config libxml2-dev libutf8proc-dev libjansson-dev
zlib1g-dev parallel clang libclang-rt-dev
libxml2-utils jq python3 python3-jsonschema mandoc bc"
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $PKGS
