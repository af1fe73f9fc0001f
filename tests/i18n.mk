# SPDX-License-Identifier: GPL-3.0-or-later
# Language and translation tests; included from Makefile.am.
#
# The screen tests need the interface in Spanish and French before
# anything is installed: the catalogs are built from po/*.po into
# tests/locale/LANG/LC_MESSAGES/, the layout bindtextdomain() reads,
# and the tests point the kiosk there with SMP_KIOSK_LOCALEDIR.

I18N_PO = $(top_srcdir)/po/es.po $(top_srcdir)/po/fr.po

# Built with --disable-nls the labels stay English: the tests of
# translated labels skip themselves.
AM_TESTS_ENVIRONMENT += SMP_NLS='$(USE_NLS)'; export SMP_NLS;

tests/locale/stamp: $(top_srcdir)/po/LINGUAS $(I18N_PO)
	$(AM_V_GEN)for lang in `sed -e 's/#.*//' $(top_srcdir)/po/LINGUAS`; do \
	    $(MKDIR_P) tests/locale/$$lang/LC_MESSAGES && \
	    $(MSGFMT) -c -o tests/locale/$$lang/LC_MESSAGES/$(PACKAGE).mo \
	        $(top_srcdir)/po/$$lang.po || exit 1; \
	done; touch $@

CLEANFILES += tests/locale/stamp tests/locale/*/LC_MESSAGES/$(PACKAGE).mo
.PHONY: update-po

# "make update-po" from the top: the template and every .po, merged.
update-po:
	cd po && $(MAKE) $(AM_MAKEFLAGS) update-po

# The .po files: msgfmt -c, complete against the sources, labels that
# fit their TRANSLATORS: limits, POTFILES.in listing every file; the
# ASCII fold, the language from the environment, the loader fallback.
check_PROGRAMS += tests/unit/t-i18n-unit
tests_unit_t_i18n_unit_SOURCES = tests/unit/t-i18n-unit.c tests/lib/tap.h
tests_unit_t_i18n_unit_CPPFLAGS = $(test_cppflags)
tests_unit_t_i18n_unit_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
# Test programs are built before any test runs: the catalogs with them.
EXTRA_tests_unit_t_i18n_unit_DEPENDENCIES = tests/locale/stamp
TESTS += tests/cli/t-i18n-po.sh tests/unit/t-i18n-unit tests/cli/t-i18n-check.sh
EXTRA_DIST += tests/cli/t-i18n-po.sh tests/cli/t-i18n-check.sh

if HAVE_VTERM
check_PROGRAMS += tests/screen/t-i18n
tests_screen_t_i18n_SOURCES = tests/screen/t-i18n.c tests/lib/screen.c tests/lib/screen.h \
	tests/lib/tap.h
tests_screen_t_i18n_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_i18n_CPPFLAGS = $(test_cppflags)
tests_screen_t_i18n_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-i18n
EXTRA_tests_screen_t_i18n_DEPENDENCIES = tests/locale/stamp
endif
