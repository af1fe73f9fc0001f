# SPDX-License-Identifier: GPL-3.0-or-later
# Kiosk, terminal and SSH tests; included from Makefile.am.
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-kiosk
tests_screen_t_kiosk_SOURCES = tests/screen/t-kiosk.c tests/lib/screen.c tests/lib/screen.h \
	tests/lib/tap.h
tests_screen_t_kiosk_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_kiosk_CPPFLAGS = $(test_cppflags)
tests_screen_t_kiosk_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-kiosk
endif

# The plain interface: the self-check, "!" and the languages, on pipes
# and in a pseudo-terminal; Spanish from the catalogs built for tests.
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-plain
tests_screen_t_plain_SOURCES = tests/screen/t-plain.c tests/lib/screen.c tests/lib/screen.h \
	tests/lib/tap.h
tests_screen_t_plain_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_plain_CPPFLAGS = $(test_cppflags)
tests_screen_t_plain_LDADD = $(VTERM_LIBS)
EXTRA_tests_screen_t_plain_DEPENDENCIES = tests/locale/stamp
TESTS += tests/screen/t-plain
endif

# What a terminal or a visitor can do: huge windows, saved lines, held
# output, signals, a long clinic name, leaving over SSH.
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-terminal
tests_screen_t_terminal_SOURCES = tests/screen/t-terminal.c tests/lib/screen.c \
	tests/lib/screen.h tests/lib/tap.h
tests_screen_t_terminal_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_terminal_CPPFLAGS = $(test_cppflags)
tests_screen_t_terminal_LDADD = $(VTERM_LIBS)
EXTRA_tests_screen_t_terminal_DEPENDENCIES = tests/locale/stamp
TESTS += tests/screen/t-terminal
endif

# The counters file and the standard descriptors against faults: closed
# stdout and stderr, links, FIFOs, devices, short writes, a reader that
# goes away, language switches.
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-stats
tests_screen_t_stats_SOURCES = tests/screen/t-stats.c tests/lib/screen.c tests/lib/screen.h \
	tests/lib/tap.h
tests_screen_t_stats_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_stats_CPPFLAGS = $(test_cppflags)
tests_screen_t_stats_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-stats
endif
