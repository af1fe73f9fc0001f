# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the shipped content on screen (glossary, disclaimer, clinic
# pages), and the example clinic overlay; included from Makefile.am.

if HAVE_VTERM
check_PROGRAMS += tests/screen/t-pages
tests_screen_t_pages_SOURCES = tests/screen/t-pages.c tests/lib/screen.c tests/lib/screen.h \
	tests/lib/tap.h
tests_screen_t_pages_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_pages_CPPFLAGS = $(test_cppflags)
tests_screen_t_pages_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-pages

# Sources on screen: kinds labelled, in every language.
check_PROGRAMS += tests/screen/t-sources
tests_screen_t_sources_SOURCES = tests/screen/t-sources.c tests/lib/screen.c tests/lib/screen.h \
	tests/lib/tap.h
tests_screen_t_sources_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_sources_CPPFLAGS = $(test_cppflags)
tests_screen_t_sources_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-sources
EXTRA_tests_screen_t_sources_DEPENDENCIES = tests/locale/stamp
endif

# An example of a clinic's overlay, for clinics to copy; installed
# beside the documentation and checked by tests/cli/check-content.sh.
exampledir = $(docdir)/examples/clinic-overlay/en
dist_example_DATA = examples/clinic-overlay/en/clinic.yaml
