# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks: make bench (see bench/README).  Nothing here is built by
# make or make check: the programs are EXTRA_PROGRAMS, built on demand
# by the bench target.

bench_cppflags = $(AM_CPPFLAGS) -I$(top_srcdir)/bench -I$(top_srcdir)/tests/lib

# The floors: a bare ncursesw program and a libyaml event parser.
EXTRA_PROGRAMS = bench/floor-curses bench/floor-yaml
bench_floor_curses_SOURCES = bench/floor-curses.c bench/bench.h
bench_floor_curses_CPPFLAGS = $(bench_cppflags)
bench_floor_curses_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
bench_floor_curses_LDADD = $(NCURSES_LIBS)
bench_floor_yaml_SOURCES = bench/floor-yaml.c
bench_floor_yaml_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)
bench_floor_yaml_LDADD = $(YAML_LIBS)

# Search's budgets, in one process (bench/search.c).
EXTRA_PROGRAMS += bench/search-bench
bench_search_bench_SOURCES = bench/search.c bench/report.c bench/report.h
bench_search_bench_CPPFLAGS = $(bench_cppflags) -I$(top_srcdir)/src
bench_search_bench_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL) -lm

EXTRA_DIST += bench/README bench/gen-content.sh
CLEANFILES += $(EXTRA_PROGRAMS)

# Topics in the generated content root; BENCH_FLAGS go to the driver
# (for example --only latency --runs 5); BENCH_COMMIT names the commit
# in bench/results.tsv (default: git rev-parse --short HEAD, or -).
BENCH_TOPICS = 10000
BENCH_FLAGS =
BENCH_COMMIT =

if HAVE_VTERM
EXTRA_PROGRAMS += bench/driver
bench_driver_SOURCES = bench/driver.c bench/bench.h \
	bench/startup.c bench/output.c bench/latency.c bench/sessions.c \
	bench/hangup.c bench/least.c bench/least.h bench/search-keys.c \
	bench/proc.c bench/proc.h bench/redraw.c bench/redraw.h \
	bench/report.c bench/report.h bench/qr.c bench/speech.c \
	tests/lib/screen.c tests/lib/screen.h
bench_driver_CPPFLAGS = $(bench_cppflags) -I$(top_srcdir)/src
bench_driver_CFLAGS = $(AM_CFLAGS) $(VTERM_CFLAGS) $(ESPEAK_CFLAGS)
bench_driver_LDADD = src/libkiosk.a $(VTERM_LIBS) $(YAML_LIBS) $(LIBINTL) \
	-lm

# The generated content goes to a temporary folder under $TMPDIR, never
# into the source tree, and is removed afterwards.
bench: src/smp-kiosk$(EXEEXT) bench/driver$(EXEEXT) \
	    bench/floor-curses$(EXEEXT) bench/floor-yaml$(EXEEXT) \
	    bench/search-bench$(EXEEXT)
	@tmp=`mktemp -d "$${TMPDIR:-/tmp}/smp-bench.XXXXXX"` || exit 1; \
	trap 'rm -rf "$$tmp"' EXIT; trap 'exit 130' HUP INT TERM; \
	commit='$(BENCH_COMMIT)'; \
	if test -z "$$commit"; then \
	    commit=`cd $(top_srcdir) && git rev-parse --short HEAD \
	        2>/dev/null` || commit=-; \
	fi; \
	valgrind=`command -v valgrind` || valgrind=; \
	echo "generating $(BENCH_TOPICS) topics in $$tmp/content"; \
	$(SHELL) $(top_srcdir)/bench/gen-content.sh $(BENCH_TOPICS) \
	    "$$tmp/content" || exit 1; \
	TMPDIR="$$tmp" ./bench/driver --kiosk ./src/smp-kiosk$(EXEEXT) \
	    --floor-curses ./bench/floor-curses$(EXEEXT) \
	    --floor-yaml ./bench/floor-yaml$(EXEEXT) \
	    --shipped $(top_srcdir)/content --generated "$$tmp/content" \
	    --valgrind "$$valgrind" --tsv bench/results.tsv \
	    --commit "$${commit:--}" $(BENCH_FLAGS) || exit $$?; \
	./bench/search-bench --shipped $(top_srcdir)/content \
	    --generated "$$tmp/content" \
	    --floor-yaml ./bench/floor-yaml$(EXEEXT) \
	    --tsv bench/results.tsv --commit "$${commit:--}"
else
bench:
	@echo "make bench needs libvterm (libvterm-dev) and forkpty()" >&2; \
	exit 1
endif
.PHONY: bench
