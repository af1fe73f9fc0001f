# SPDX-License-Identifier: GPL-3.0-or-later
# Search (src/search.c): the unit tests of the index and its queries.
check_PROGRAMS += tests/t-search
tests_t_search_SOURCES = tests/t-search.c tests/tap.h
tests_t_search_CPPFLAGS = $(test_cppflags)
tests_t_search_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/t-search

# The screens and the plain interface, end to end (tests/screen.c).
if HAVE_VTERM
check_PROGRAMS += tests/t-search-screen
tests_t_search_screen_SOURCES = tests/t-search-screen.c tests/screen.c \
	tests/screen.h tests/tap.h
tests_t_search_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_search_screen_CPPFLAGS = $(test_cppflags)
tests_t_search_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/t-search-screen
endif
