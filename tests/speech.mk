# Read aloud: the text to speak, and espeak-ng's in-memory output when
# the build has it.
check_PROGRAMS += tests/t-speech
tests_t_speech_SOURCES = tests/t-speech.c tests/tap.h
tests_t_speech_CPPFLAGS = $(test_cppflags)
tests_t_speech_CFLAGS = $(AM_CFLAGS) $(ESPEAK_CFLAGS)
tests_t_speech_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL) $(ESPEAK_LIBS)
TESTS += tests/t-speech
