#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages must format without warnings.  Writes TAP.

: "${SMP_SRCDIR:?set by make check}" "${SMP_BUILDDIR:?set by make check}"
if [ -z "$MANDOC" ] || ! [ -x "$MANDOC" ]; then
	echo "1..0 # SKIP mandoc not installed"
	exit 0
fi
. "$SMP_SRCDIR/tests/lib/common.sh"
for page in "$SMP_BUILDDIR/man/smp-kiosk.1" \
    "$SMP_BUILDDIR/man/smp-kiosk-content.5"; do
	out=$("$MANDOC" -Tlint -W warning "$page" 2>&1)
	[ -z "$out" ]
	result $? "mandoc -Tlint $(basename "$page")" "$out"
done
tap_done
