# SPDX-License-Identifier: GPL-3.0-or-later
# Read aloud: the text to speak, and espeak-ng's in-memory output when
# the build has it.
check_PROGRAMS += tests/unit/t-speech
tests_unit_t_speech_SOURCES = tests/unit/t-speech.c tests/lib/tap.h
tests_unit_t_speech_CPPFLAGS = $(test_cppflags)
tests_unit_t_speech_CFLAGS = $(AM_CFLAGS) $(ESPEAK_CFLAGS)
tests_unit_t_speech_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/unit/t-speech

# Read aloud on the screens: the kiosk in a pseudo-terminal.
if HAVE_VTERM
check_PROGRAMS += tests/screen/t-speech-screen
tests_screen_t_speech_screen_SOURCES = tests/screen/t-speech-screen.c tests/lib/screen.c \
	tests/lib/screen.h tests/lib/tap.h
tests_screen_t_speech_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_screen_t_speech_screen_CPPFLAGS = $(test_cppflags)
tests_screen_t_speech_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/screen/t-speech-screen
endif
