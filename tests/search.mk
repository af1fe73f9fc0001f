# SPDX-License-Identifier: GPL-3.0-or-later
# Search (src/search.c): the unit tests of the index and its queries.
check_PROGRAMS += tests/unit/t-search
tests_unit_t_search_SOURCES = tests/unit/t-search.c tests/lib/tap.h
tests_unit_t_search_CPPFLAGS = $(test_cppflags)
tests_unit_t_search_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/unit/t-search

# The screens and the plain interface, end to end (tests/lib/screen.c).
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-search-screen
tests_screen_t_search_screen_SOURCES = tests/screen/t-search-screen.c tests/lib/screen.c \
	tests/lib/screen.h tests/lib/tap.h
tests_screen_t_search_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_search_screen_CPPFLAGS = $(test_cppflags)
tests_screen_t_search_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-search-screen
endif
