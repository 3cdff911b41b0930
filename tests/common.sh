# Sourced by the shell tests that run from the repository root
# (`. tests/common.sh`): the lkjip binary as an absolute path ($BIN,
# LKJIP_BIN to choose another), a scratch folder removed on exit ($T),
# fail, and the no-break space lkjip puts between a figure and "%" ($N).
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-test.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
N=$(printf '\302\240')
