/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The one primitive every curses screen draws text with, the
 * self-check's included: cut to a number of columns, and folded to
 * ASCII on a terminal that is not UTF-8 (i18n_fold()), so that no
 * screen can send raw UTF-8 where it cannot be shown.
 */
#ifndef SMP_UI_DRAW_H
#define SMP_UI_DRAW_H

#include <stddef.h>

#include <curses.h>

struct search;

/* Draws text at (row, col) cut to cols columns; returns columns used. */
int	ui_put(int row, int col, const char *s, size_t len, int cols);
/*
 * The same in attr, with the words that match query in the index idx
 * (search.h) in reverse video; without either, plain ui_put().
 */
void	ui_put_marked(int row, int col, const char *s, size_t len, int cols,
	    attr_t attr, const struct search *idx, const char *query);
/* The columns s takes as ui_put() draws it. */
int	ui_drawn_width(const char *s);

#endif
