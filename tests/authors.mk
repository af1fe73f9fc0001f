# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of what content authors and translators see: --check's
# messages, translation status, the translator's report.
TESTS += tests/t-authors.sh
EXTRA_DIST += tests/t-authors.sh

# What a visitor sees of it: the kiosk in a pseudo-terminal.
if HAVE_VTERM
check_PROGRAMS += tests/t-translation-screen
tests_t_translation_screen_SOURCES = tests/t-translation-screen.c \
	tests/screen.c tests/screen.h tests/tap.h
tests_t_translation_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_translation_screen_CPPFLAGS = $(test_cppflags)
tests_t_translation_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/t-translation-screen
endif
