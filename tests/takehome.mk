# SPDX-License-Identifier: GPL-3.0-or-later
# "My questions" and QR codes; included from Makefile.am.
check_PROGRAMS += tests/unit/t-qr tests/unit/t-myq
tests_unit_t_qr_SOURCES = tests/unit/t-qr.c tests/lib/qrimage.c tests/lib/qrimage.h tests/lib/tap.h
tests_unit_t_qr_CPPFLAGS = $(test_cppflags)
tests_unit_t_qr_LDADD = src/libkiosk.a $(LIBINTL)
tests_unit_t_myq_SOURCES = tests/unit/t-myq.c tests/lib/tap.h
tests_unit_t_myq_CPPFLAGS = $(test_cppflags)
tests_unit_t_myq_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/unit/t-qr tests/unit/t-myq

if HAVE_VTERM
check_PROGRAMS += tests/screen/t-myq-screen
tests_screen_t_myq_screen_SOURCES = tests/screen/t-myq-screen.c tests/lib/qrimage.c \
	tests/lib/qrimage.h tests/lib/screen.c tests/lib/screen.h tests/lib/tap.h
tests_screen_t_myq_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_myq_screen_CPPFLAGS = $(test_cppflags)
tests_screen_t_myq_screen_LDADD = $(VTERM_LIBS)
EXTRA_tests_screen_t_myq_screen_DEPENDENCIES = tests/locale/stamp
TESTS += tests/screen/t-myq-screen
endif
