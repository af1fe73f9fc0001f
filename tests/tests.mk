# SPDX-License-Identifier: GPL-3.0-or-later
# Every test of make check, included from Makefile.am; see tests/README.
#
# A test is one line in one of the lists below.  A program's source is
# the file of its name with .c (tests/unit/t-foo.c for tests/unit/t-foo);
# every program links tests/lib/libtest.a and src/libkiosk.a and finds
# the headers of tests/lib and src.

LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) \
	$(top_srcdir)/build-aux/tap-driver.sh
# SMP_KIOSK may be set to a wrapper such as tests/lib/valgrind-kiosk.sh.
# Built with --disable-nls the labels stay English (SMP_NLS): the tests
# of translated labels skip themselves.
AM_TESTS_ENVIRONMENT = \
	SMP_KIOSK="$${SMP_KIOSK:-$(abs_top_builddir)/src/smp-kiosk}"; \
	SMP_SRCDIR='$(abs_top_srcdir)'; \
	SMP_BUILDDIR='$(abs_top_builddir)'; \
	MANDOC='$(MANDOC)'; \
	ZBARIMG='$(ZBARIMG)'; \
	SMP_NLS='$(USE_NLS)'; \
	export SMP_KIOSK SMP_SRCDIR SMP_BUILDDIR MANDOC ZBARIMG SMP_NLS;

# -iquote, not -I: only #include "..." looks there, so that no header of
# src/ or tests/lib stands in for a system header of the same name.
AM_CPPFLAGS += -iquote $(top_srcdir)/src -iquote $(top_srcdir)/tests/lib
LDADD = tests/lib/libtest.a src/libkiosk.a $(VTERM_LIBS) $(YAML_LIBS) \
	$(LIBINTL) -lm

# ---- the library of the tests (tests/lib) ----

check_LIBRARIES = tests/lib/libtest.a
tests_lib_libtest_a_SOURCES = tests/lib/tap.h \
	tests/lib/hostile.c tests/lib/hostile.h \
	tests/lib/qrimage.c tests/lib/qrimage.h
if HAVE_VTERM
tests_lib_libtest_a_SOURCES += tests/lib/screen.c tests/lib/screen.h \
	tests/lib/kiosk.c tests/lib/kiosk.h
endif
tests_lib_libtest_a_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)

# ---- unit tests: in process, no terminal (tests/unit) ----

# Text layout: UTF-8 wrapping by display width.
unit_tests = tests/unit/t-wrap
# The loader: fixtures, errors with file:line:column, overlays.
unit_tests += tests/unit/t-load
unit_tests += tests/unit/t-readability
# The session: items, back, language remap, idle reset, the self-check.
unit_tests += tests/unit/t-session
unit_tests += tests/unit/t-selfcheck
# Search: the index and its queries.
unit_tests += tests/unit/t-search
# Read aloud: the text to speak, and espeak-ng's output when built in.
unit_tests += tests/unit/t-speech
# "My questions" and QR codes (read back with zbarimg when installed).
unit_tests += tests/unit/t-qr tests/unit/t-myq
# The ASCII fold, the language from the environment, loader fallback.
unit_tests += tests/unit/t-i18n-unit
# Hostile input, and the YAML test suite when it is found.
unit_tests += tests/unit/t-hostile tests/unit/t-yaml-suite

tests_unit_t_session_LDFLAGS = -Wl,--wrap=malloc -Wl,--wrap=free \
	-Wl,--wrap=realloc

# ---- the real smp-kiosk in a pseudo-terminal (tests/screen) ----

if HAVE_VTERM
# The harness itself (tests/lib/screen.c) against a known program.
screen_tests = tests/screen/t-harness
screen_tests += tests/screen/t-screen
screen_tests += tests/screen/t-ssh
# The early first frame that make bench measures.
screen_tests += tests/screen/t-early
# The shipped content: glossary, disclaimer, clinic pages; sources.
screen_tests += tests/screen/t-pages tests/screen/t-sources
screen_tests += tests/screen/t-selfcheck-screen
# Kiosk mode; the plain interface on pipes and in a pseudo-terminal.
screen_tests += tests/screen/t-kiosk tests/screen/t-plain
# Huge windows, saved lines, held output, signals, leaving over SSH.
screen_tests += tests/screen/t-terminal
# The counters file and the standard descriptors against faults.
screen_tests += tests/screen/t-stats
screen_tests += tests/screen/t-i18n tests/screen/t-translation-screen
screen_tests += tests/screen/t-search-screen
screen_tests += tests/screen/t-speech-screen
screen_tests += tests/screen/t-myq-screen
# Random keys, clicks and resizes.
screen_tests += tests/screen/t-monkey
endif

# ---- scripts: the command line and the checkers (tests/cli) ----

# The shipped content and the example overlay pass --check.
cli_tests = tests/cli/check-content.sh
# The manual pages format without warnings (mandoc).
cli_tests += tests/cli/lint-man.sh
# What content authors and translators see of --check.
cli_tests += tests/cli/t-authors.sh
# The .po files: complete, within their limits; --check in languages.
cli_tests += tests/cli/t-i18n-po.sh tests/cli/t-i18n-check.sh

check_PROGRAMS = $(unit_tests) $(screen_tests)
TESTS = $(unit_tests) $(screen_tests) $(cli_tests)
EXTRA_DIST += $(cli_tests) tests/README tests/fixtures \
	tests/lib/common.sh tests/lib/valgrind-kiosk.sh

# The screen tests need the interface in Spanish and French before
# anything is installed: the catalogs are built from po/*.po into
# tests/locale/LANG/LC_MESSAGES/, the layout bindtextdomain() reads,
# and the tests point the kiosk there with SMP_KIOSK_LOCALEDIR.  They
# are built with the test programs, before any test runs.
check_DATA = tests/locale/stamp
I18N_PO = $(top_srcdir)/po/es.po $(top_srcdir)/po/fr.po
tests/locale/stamp: $(top_srcdir)/po/LINGUAS $(I18N_PO)
	$(AM_V_GEN)for lang in `sed -e 's/#.*//' $(top_srcdir)/po/LINGUAS`; do \
	    $(MKDIR_P) tests/locale/$$lang/LC_MESSAGES && \
	    $(MSGFMT) -c -o tests/locale/$$lang/LC_MESSAGES/$(PACKAGE).mo \
	        $(top_srcdir)/po/$$lang.po || exit 1; \
	done; touch $@
CLEANFILES += tests/locale/stamp tests/locale/*/LC_MESSAGES/$(PACKAGE).mo
