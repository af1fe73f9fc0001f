# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzz targets; included from Makefile.am.
#
#   make check      runs tests/unit/t-hostile, t-yaml-suite and (with
#                   libvterm) tests/screen/t-monkey (tests/tests.mk)
#   make fuzz       builds fuzz/fuzz-load, fuzz-wrap, fuzz-plain,
#                   fuzz-ui and fuzz-search with clang and libFuzzer
#                   (FUZZ_CC, FUZZ_CFLAGS to override)
#   make fuzz-run   runs each for FUZZ_SECONDS (60) through fuzz/run.sh
#
# See fuzz/README for seeds, corpora and what to do with a crash.

# ---- fuzzing ----

FUZZ_CC = clang
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_SECONDS = 60
fuzz_cppflags = -DHAVE_CONFIG_H -I$(top_builddir) -I$(top_srcdir)/src \
	$(AM_CPPFLAGS) $(YAML_CFLAGS) $(UNIBREAK_CFLAGS) $(SQLITE_CFLAGS) \
	$(ESPEAK_CFLAGS)
fuzz_libs = $(YAML_LIBS) $(UNIBREAK_LIBS) $(QRENCODE_LIBS) $(LIBINTL) $(LIBS)

EXTRA_DIST += fuzz/README fuzz/run.sh fuzz/fuzz-load.c fuzz/fuzz-wrap.c \
	fuzz/fuzz-plain.c fuzz/fuzz-ui.c fuzz/fuzz-search.c fuzz/fuzz-speech.c \
	fuzz/yaml.dict fuzz/keys.dict
CLEANFILES += fuzz/fuzz-load fuzz/fuzz-wrap fuzz/fuzz-plain fuzz/fuzz-ui \
	fuzz/fuzz-search fuzz/fuzz-speech

# Sets srcs, in a recipe, to the library's C files.
fuzz_lib_srcs = srcs= && for f in $(src_libkiosk_a_SOURCES); do \
	    case $$f in *.h) ;; *) srcs="$$srcs $(srcdir)/$$f";; esac; \
	done

# The library is compiled again with clang and the sanitizers, so the
# normal build may use any compiler; fuzz-load includes src/load.c to
# reach its static decoders, so load.c is left out of its list.
fuzz/fuzz-load: $(srcdir)/fuzz/fuzz-load.c $(src_libkiosk_a_SOURCES) \
	    config.h
	$(AM_V_CCLD)$(MKDIR_P) fuzz && srcs= && \
	for f in $(src_libkiosk_a_SOURCES); do \
	    case $$f in src/load.c|*.h) ;; *) srcs="$$srcs $(srcdir)/$$f";; \
	    esac; \
	done && \
	$(FUZZ_CC) $(fuzz_cppflags) $(FUZZ_CFLAGS) -o $@ \
	    $(srcdir)/fuzz/fuzz-load.c $$srcs $(fuzz_libs)

fuzz/fuzz-wrap: $(srcdir)/fuzz/fuzz-wrap.c $(srcdir)/src/wrap.c \
	    $(srcdir)/src/wipe.c $(srcdir)/src/wrap.h config.h
	$(AM_V_CCLD)$(MKDIR_P) fuzz && \
	$(FUZZ_CC) $(fuzz_cppflags) $(FUZZ_CFLAGS) -o $@ \
	    $(srcdir)/fuzz/fuzz-wrap.c $(srcdir)/src/wrap.c \
	    $(srcdir)/src/wipe.c $(UNIBREAK_LIBS)

# The plain interface with the shipped content; the library is
# compiled again whole (plain.c and all it needs).
fuzz/fuzz-plain: $(srcdir)/fuzz/fuzz-plain.c $(src_libkiosk_a_SOURCES) \
	    config.h
	$(AM_V_CCLD)$(MKDIR_P) fuzz && $(fuzz_lib_srcs) && \
	$(FUZZ_CC) $(fuzz_cppflags) $(FUZZ_CFLAGS) \
	    -DFUZZ_CONTENT='"$(abs_top_srcdir)/content"' -o $@ \
	    $(srcdir)/fuzz/fuzz-plain.c $$srcs $(fuzz_libs)

# The curses interface: the program's sources but main.c, with ncurses.
fuzz/fuzz-ui: $(srcdir)/fuzz/fuzz-ui.c $(src_libkiosk_a_SOURCES) \
	    $(src_smp_kiosk_SOURCES) config.h
	$(AM_V_CCLD)$(MKDIR_P) fuzz && srcs= && \
	for f in $(src_libkiosk_a_SOURCES) $(src_smp_kiosk_SOURCES); do \
	    case $$f in *.h|src/main.c) ;; *) srcs="$$srcs $(srcdir)/$$f";; \
	    esac; \
	done && \
	$(FUZZ_CC) $(fuzz_cppflags) $(NCURSES_CFLAGS) $(FUZZ_CFLAGS) \
	    -pthread -DFUZZ_CONTENT='"$(abs_top_srcdir)/content"' -o $@ \
	    $(srcdir)/fuzz/fuzz-ui.c $$srcs $(NCURSES_LIBS) $(fuzz_libs)

# The query path of search, over the shipped content of this tree.
fuzz/fuzz-search: $(srcdir)/fuzz/fuzz-search.c $(src_libkiosk_a_SOURCES) \
	    config.h
	$(AM_V_CCLD)$(MKDIR_P) fuzz && $(fuzz_lib_srcs) && \
	$(FUZZ_CC) $(fuzz_cppflags) $(FUZZ_CFLAGS) \
	    -DFUZZ_CONTENT='"$(abs_top_srcdir)/content"' -o $@ \
	    $(srcdir)/fuzz/fuzz-search.c $$srcs $(fuzz_libs)

# The text read aloud says, from any page text (src/speech.c).
fuzz/fuzz-speech: $(srcdir)/fuzz/fuzz-speech.c $(src_libkiosk_a_SOURCES) \
	    config.h
	$(AM_V_CCLD)$(MKDIR_P) fuzz && $(fuzz_lib_srcs) && \
	$(FUZZ_CC) $(fuzz_cppflags) $(FUZZ_CFLAGS) -o $@ \
	    $(srcdir)/fuzz/fuzz-speech.c $$srcs $(fuzz_libs)

fuzz: fuzz/fuzz-load fuzz/fuzz-wrap fuzz/fuzz-plain fuzz/fuzz-ui \
	fuzz/fuzz-search fuzz/fuzz-speech

fuzz-run: fuzz
	$(SHELL) $(srcdir)/fuzz/run.sh $(FUZZ_SECONDS)

.PHONY: fuzz fuzz-run
