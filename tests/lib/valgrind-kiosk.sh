#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the kiosk under valgrind's memcheck, for the screen and
# command-line tests: SMP_KIOSK=tests/lib/valgrind-kiosk.sh make check ...
# Any error or leak makes the kiosk exit 99, which fails the test that
# ran it; the reports are kept in $SMP_VALGRIND_LOGS (default /tmp).
: "${SMP_KIOSK_BIN:?the kiosk binary to run}"
exec valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
    --log-file="${SMP_VALGRIND_LOGS:-/tmp}/smp-kiosk-valgrind.%p.log" \
    "$SMP_KIOSK_BIN" "$@"
