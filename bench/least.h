/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * least.h: the bytes a careful hand-written update would send to turn
 * one screen into another on an xterm-class terminal, the baseline for
 * the bytes the kiosk writes for the same change.
 */
#ifndef BENCH_LEAST_H
#define BENCH_LEAST_H

struct scr;
struct scr_cell;

struct shot {
	int		 rows, cols;
	int		 cur_row, cur_col, cur_visible;
	struct scr_cell	*cell;		/* rows * cols */
};

/* Copies the screen of s into *sh; 0 on success, -1 out of memory. */
int		least_shot(struct scr *s, struct shot *sh);
void		least_free(struct shot *sh);
/*
 * The bytes on the wire (a newline counts as the CR LF the terminal
 * driver sends) to turn the screen `from` into `to`, both of the same
 * size, with the pen reset at the start.
 */
unsigned long	least_bytes(const struct shot *from, const struct shot *to);

#endif /* BENCH_LEAST_H */
