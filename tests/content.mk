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
endif

# An example of a clinic's overlay, for clinics to copy; installed
# beside the documentation and checked by tests/check-content.sh.
exampledir = $(docdir)/examples/clinic-overlay/en
dist_example_DATA = examples/clinic-overlay/en/clinic.yaml
