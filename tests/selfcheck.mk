# SPDX-License-Identifier: GPL-3.0-or-later
# Self-check tests; included from Makefile.am.
check_PROGRAMS += tests/unit/t-selfcheck
tests_unit_t_selfcheck_SOURCES = tests/unit/t-selfcheck.c tests/lib/tap.h
tests_unit_t_selfcheck_CPPFLAGS = $(test_cppflags)
tests_unit_t_selfcheck_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/unit/t-selfcheck

if HAVE_VTERM
check_PROGRAMS += tests/screen/t-selfcheck-screen
tests_screen_t_selfcheck_screen_SOURCES = tests/screen/t-selfcheck-screen.c \
	tests/lib/screen.c tests/lib/screen.h tests/lib/tap.h
tests_screen_t_selfcheck_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_selfcheck_screen_CPPFLAGS = $(test_cppflags)
tests_screen_t_selfcheck_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-selfcheck-screen
endif
