# SPDX-License-Identifier: GPL-3.0-or-later
# Self-check tests; included from Makefile.am.
check_PROGRAMS += tests/t-selfcheck
tests_t_selfcheck_SOURCES = tests/t-selfcheck.c tests/tap.h
tests_t_selfcheck_CPPFLAGS = $(test_cppflags)
tests_t_selfcheck_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/t-selfcheck

if HAVE_VTERM
check_PROGRAMS += tests/t-selfcheck-screen
tests_t_selfcheck_screen_SOURCES = tests/t-selfcheck-screen.c \
	tests/screen.c tests/screen.h tests/tap.h
tests_t_selfcheck_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_selfcheck_screen_CPPFLAGS = $(test_cppflags)
tests_t_selfcheck_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/t-selfcheck-screen
endif
