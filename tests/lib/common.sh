# SPDX-License-Identifier: GPL-3.0-or-later
# What the scripts of tests/cli share.  A script checks the variables
# it needs, then sources this file:
#
#   : "${SMP_KIOSK:?set by make check}" "${SMP_SRCDIR:?set by make check}"
#   . "$SMP_SRCDIR/tests/lib/common.sh"
#
# $tmp                  a folder of its own, removed at exit
# result STATUS NAME [DETAILS]
#                       one TAP line; a failure shows $tmp/out, $tmp/err
#                       and DETAILS as comments
# run WANT ARGS...      the kiosk ($SMP_KIOSK) with ARGS and no input,
#                       into $tmp/out and $tmp/err; true if it exits WANT
# contains FILE TEXT    FILE has the fixed string TEXT
# tap_done              the plan; the script's status (last command)
n=0
failed=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

result() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
		sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null
		[ -n "${3:-}" ] && printf '%s\n' "$3" | sed 's/^/# /'
	fi
	return 0
}

run() {
	want=$1
	shift
	"$SMP_KIOSK" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	[ "$got" -eq "$want" ] ||
	    echo "exit status $got, expected $want" >>"$tmp/err"
	[ "$got" -eq "$want" ]
}

contains() {
	grep -qF -- "$2" "$1"
}

tap_done() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}
