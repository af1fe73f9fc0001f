# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of what content authors and translators see: --check's
# messages, translation status, the translator's report.
TESTS += tests/cli/t-authors.sh
EXTRA_DIST += tests/cli/t-authors.sh

# What a visitor sees of it: the kiosk in a pseudo-terminal.
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-translation-screen
tests_screen_t_translation_screen_SOURCES = tests/screen/t-translation-screen.c \
	tests/lib/screen.c tests/lib/screen.h tests/lib/tap.h
tests_screen_t_translation_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_translation_screen_CPPFLAGS = $(test_cppflags)
tests_screen_t_translation_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-translation-screen
endif
