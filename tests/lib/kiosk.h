/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * kiosk.h: the kiosk under test, for the programs of tests/screen.
 *
 * Where things are comes from make check's environment: SMP_KIOSK (the
 * program, or a wrapper such as valgrind-kiosk.sh), SMP_SRCDIR and
 * SMP_BUILDDIR.  kiosk_path() and src_path() end the test program with
 * skip_all() when make check did not set them.  The strings they return
 * are the library's: they live until the program ends.
 *
 * kiosk_start() runs the kiosk in a pseudo-terminal (screen.h) in a
 * known environment: LANG=C.UTF-8 besides what scr_start() sets
 * (LC_ALL=C.UTF-8, TERM=xterm-256color).
 */
#ifndef KIOSK_H
#define KIOSK_H

#include <stddef.h>

#include "screen.h"

char		*kiosk_path(void);			/* $SMP_KIOSK */
char		*src_path(const char *rel);		/* $SMP_SRCDIR/rel */
char		*fixture_path(const char *name);	/* tests/fixtures/name */
/* "SMP_KIOSK_LOCALEDIR=$SMP_BUILDDIR/tests/locale", for an env list. */
char		*locale_env(void);

/* Under valgrind (through a wrapper) or a sanitizer times, CPU and
 * memory say nothing. */
int		 slow_run(void);
long		 clock_ms(void);			/* CLOCK_MONOTONIC */

/* The kiosk with args (a NULL-terminated list) in a cols x rows pty. */
struct scr	*kiosk_start(int cols, int rows, ...);
/* The same with args and env as arrays; env NULL is LANG=C.UTF-8. */
struct scr	*kiosk_startv(int cols, int rows, char *const args[],
		    char *const env[]);

/* The kiosk with args, then "--content root"; env NULL as above. */
struct scr	*kiosk_start_on(int cols, int rows, const char *root,
		    char *const args[], char *const env[]);
/* Types q and waits for the kiosk to end; true if it exited with 0.
 * Frees s. */
int		 kiosk_quit(struct scr *s);

/* Past the welcome screen: waits for it, Enter, then for first_item. */
int		 to_home(struct scr *, const char *first_item);
/* The first of rows rows that contains text, or -1. */
int		 find_row(struct scr *, const char *text, int rows);
/* A click (SGR mouse press and release) at col, row. */
void		 tap(struct scr *, int col, int row);

/*
 * Runs argv on pipes: in as standard input, then standard output and
 * error into out and err (max bytes each, with the NUL; err NULL leaves
 * standard error to the test's).  The child has LC_ALL=C.UTF-8,
 * TERM=xterm-256color and no NO_COLOR, then env: "NAME=value" sets,
 * "NAME" unsets.  Waits scr_timeout_ms() at most for output, then kills
 * the child.  Returns the wait status, or -1.
 */
int		 run_piped(char *const argv[], char *const env[],
		    const char *in, char *out, char *err, size_t max);

#endif /* KIOSK_H */
