#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages must format without warnings.  Writes TAP.

: "${SMP_SRCDIR:?set by make check}" "${SMP_BUILDDIR:?set by make check}"
if [ -z "$MANDOC" ] || ! [ -x "$MANDOC" ]; then
	echo "1..0 # SKIP mandoc not installed"
	exit 0
fi
n=0
failed=0
for page in "$SMP_BUILDDIR/man/smp-kiosk.1" \
    "$SMP_BUILDDIR/man/smp-kiosk-content.5"; do
	n=$((n + 1))
	out=$("$MANDOC" -Tlint -W warning "$page" 2>&1)
	if [ -z "$out" ]; then
		echo "ok $n - mandoc -Tlint $(basename "$page")"
	else
		echo "not ok $n - mandoc -Tlint $(basename "$page")"
		echo "$out" | sed 's/^/# /'
		failed=$((failed + 1))
	fi
done
echo "1..$n"
[ "$failed" -eq 0 ]
