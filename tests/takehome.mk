# SPDX-License-Identifier: GPL-3.0-or-later
# "My questions" and QR codes; included from Makefile.am.
check_PROGRAMS += tests/t-qr tests/t-myq
tests_t_qr_SOURCES = tests/t-qr.c tests/qrimage.c tests/qrimage.h tests/tap.h
tests_t_qr_CPPFLAGS = $(test_cppflags)
tests_t_qr_LDADD = src/libkiosk.a $(LIBINTL)
tests_t_myq_SOURCES = tests/t-myq.c tests/tap.h
tests_t_myq_CPPFLAGS = $(test_cppflags)
tests_t_myq_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/t-qr tests/t-myq

if HAVE_VTERM
check_PROGRAMS += tests/t-myq-screen
tests_t_myq_screen_SOURCES = tests/t-myq-screen.c tests/qrimage.c \
	tests/qrimage.h tests/screen.c tests/screen.h tests/tap.h
tests_t_myq_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_myq_screen_CPPFLAGS = $(test_cppflags)
tests_t_myq_screen_LDADD = $(VTERM_LIBS)
EXTRA_tests_t_myq_screen_DEPENDENCIES = tests/locale/stamp
TESTS += tests/t-myq-screen
endif
