# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the shipped content on screen (glossary, disclaimer, clinic
# pages), and the example clinic overlay; included from Makefile.am.

if HAVE_VTERM
check_PROGRAMS += tests/t-pages
tests_t_pages_SOURCES = tests/t-pages.c tests/screen.c tests/screen.h \
	tests/tap.h
tests_t_pages_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_pages_CPPFLAGS = $(test_cppflags)
tests_t_pages_LDADD = $(VTERM_LIBS)
TESTS += tests/t-pages

# Sources on screen: kinds labelled, in every language.
check_PROGRAMS += tests/t-sources
tests_t_sources_SOURCES = tests/t-sources.c tests/screen.c tests/screen.h \
	tests/tap.h
tests_t_sources_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_sources_CPPFLAGS = $(test_cppflags)
tests_t_sources_LDADD = $(VTERM_LIBS)
TESTS += tests/t-sources
EXTRA_tests_t_sources_DEPENDENCIES = tests/locale/stamp
endif

# An example of a clinic's overlay, for clinics to copy; installed
# beside the documentation and checked by tests/check-content.sh.
exampledir = $(docdir)/examples/clinic-overlay/en
dist_example_DATA = examples/clinic-overlay/en/clinic.yaml
