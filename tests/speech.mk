# SPDX-License-Identifier: GPL-3.0-or-later
# Read aloud: the text to speak, and espeak-ng's in-memory output when
# the build has it.
check_PROGRAMS += tests/t-speech
tests_t_speech_SOURCES = tests/t-speech.c tests/tap.h
tests_t_speech_CPPFLAGS = $(test_cppflags)
tests_t_speech_CFLAGS = $(AM_CFLAGS) $(ESPEAK_CFLAGS)
tests_t_speech_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/t-speech

# Read aloud on the screens: the kiosk in a pseudo-terminal.
if HAVE_VTERM
check_PROGRAMS += tests/t-speech-screen
tests_t_speech_screen_SOURCES = tests/t-speech-screen.c tests/screen.c \
	tests/screen.h tests/tap.h
tests_t_speech_screen_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS)
tests_t_speech_screen_CPPFLAGS = $(test_cppflags)
tests_t_speech_screen_LDADD = $(VTERM_LIBS)
TESTS += tests/t-speech-screen
endif
