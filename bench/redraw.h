/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * redraw.h: a second, smaller pseudo-terminal runner whose libvterm
 * screen counts how often each cell is written, to count full redraws.
 * The harness of the screen tests (tests/lib/screen.c) keeps its libvterm
 * to itself, so it cannot count cells.  The child gets the same
 * environment as there: TERM=xterm-256color, LC_ALL=C.UTF-8.
 *
 * A cell is "written" when a character is drawn into it, or when it is
 * erased, scrolled or cleared.  A full redraw writes every cell once, so
 * the number of full redraws since rd_mark() is the smallest count of
 * any cell.
 */
#ifndef BENCH_REDRAW_H
#define BENCH_REDRAW_H

#include <stddef.h>
#include <sys/types.h>

struct rd;

struct rd	*rd_start(int cols, int rows, char *const argv[]);
void		 rd_free(struct rd *);
void		 rd_send(struct rd *, const char *bytes, size_t len);
/* Resizes the terminal (the child gets SIGWINCH) and calls rd_mark(). */
void		 rd_resize(struct rd *, int cols, int rows);
/* 1 once row (or any row if row < 0) shows text, 0 on timeout. */
int		 rd_wait_text(struct rd *, int row, const char *text,
		    int timeout_ms);
/* 1 once output came since rd_mark(), 0 on timeout. */
int		 rd_wait_output(struct rd *, int timeout_ms);
/* 1 once no output came for quiet_ms; only to finish counting. */
int		 rd_wait_idle(struct rd *, int quiet_ms, int timeout_ms);
/* Starts counting cell writes and bytes afresh. */
void		 rd_mark(struct rd *);
int		 rd_full_redraws(const struct rd *);
unsigned long	 rd_bytes(const struct rd *);

#endif /* BENCH_REDRAW_H */
