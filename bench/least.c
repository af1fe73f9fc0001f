/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * least.c: a lower figure for the bytes of a screen update, to set
 * beside what the kiosk (through ncurses) sends for the same change.
 *
 * The model writer knows both screens exactly and may use any ECMA-48
 * sequence xterm understands.  It updates the rows that differ from top
 * to bottom; at each step it picks the shortest way to place the cursor
 * (CUP, VPA, HPA, CUU/CUD/CUF/CUB, CR, newlines, or writing over cells
 * that are already right), writes only the cells from the first to the
 * last that differ, ends a row with EL when that is shorter than
 * writing blanks, and changes the pen with the shortest SGR.  It may
 * first blank the changed rows with one scroll (DECSTBM + SU) or clear
 * the whole screen, when that comes out shorter.  It ends with the
 * cursor where the kiosk left it, if the cursor is visible.
 *
 * This is not a proof of the minimum (a writer could reorder rows), but
 * no writer that sends the changed text once, in order, does better.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "least.h"
#include "screen.h"

struct pen {
	int	bold, underline, italic, reverse, fg, bg;
};

static const struct pen plain = { 0, 0, 0, 0, -1, -1 };

struct writer {
	const struct shot *from, *to;
	int	 blank;		/* 1: rows [blank_top, blank_bot] are blank */
	int	 blank_top, blank_bot;
	int	 row, col;	/* the cursor */
	struct pen pen;
};

static int
digits(int n)
{
	int d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/* ESC [ n <final>, where n = 1 may be left out. */
static int
csi1(int n)
{
	return n == 1 ? 3 : 3 + digits(n);
}

static int
min2(int a, int b)
{
	return a < b ? a : b;
}

static const struct scr_cell *
cell_at(const struct shot *sh, int row, int col)
{
	return &sh->cell[(size_t)row * (size_t)sh->cols + (size_t)col];
}

static struct pen
pen_of(const struct scr_cell *c)
{
	struct pen p;

	p.bold = c->bold;
	p.underline = c->underline;
	p.italic = c->italic;
	p.reverse = c->reverse;
	p.fg = c->fg;
	p.bg = c->bg;
	return p;
}

static int
pen_eq(const struct pen *a, const struct pen *b)
{
	return a->bold == b->bold && a->underline == b->underline &&
	    a->italic == b->italic && a->reverse == b->reverse &&
	    a->fg == b->fg && a->bg == b->bg;
}

static int
is_blank(const struct scr_cell *c)
{
	struct pen p = pen_of(c);

	return c->width == 1 && strcmp(c->text, " ") == 0 &&
	    pen_eq(&p, &plain);
}

/* The length of an SGR parameter setting a colour (base 30 or 40). */
static int
color_param(int color, int base)
{
	if (color == -1)
		return 2;			/* 39, 49 */
	if (color < 8)
		return 2;			/* 3N, 4N */
	if (color < 16)
		return base == 30 ? 2 : 3;	/* 9N, 10N */
	if (color < 256)
		return 5 + digits(color);	/* 38;5;N */
	return 11;				/* 38;2;R;G;B, at least */
}

/*
 * The shortest SGR from pen a to pen b: ESC [ params m with only the
 * changes, or ESC [ ; params m, which resets first.  Setting a flag is
 * one digit, clearing it two (22, 24, 23, 27).
 */
static int
sgr_cost(const struct pen *a, const struct pen *b)
{
	const int aflag[4] = { a->bold, a->underline, a->italic, a->reverse };
	const int bflag[4] = { b->bold, b->underline, b->italic, b->reverse };
	int change = 0, nchange = 0, reset = 0, nreset = 0, i;

	if (pen_eq(a, b))
		return 0;
	if (pen_eq(b, &plain))
		return 3;				/* ESC [ m */
	for (i = 0; i < 4; i++) {
		if (aflag[i] != bflag[i]) {
			change += bflag[i] ? 1 : 2;
			nchange++;
		}
		if (bflag[i]) {
			reset++;
			nreset++;
		}
	}
	if (a->fg != b->fg) {
		change += color_param(b->fg, 30);
		nchange++;
	}
	if (b->fg != -1) {
		reset += color_param(b->fg, 30);
		nreset++;
	}
	if (a->bg != b->bg) {
		change += color_param(b->bg, 40);
		nchange++;
	}
	if (b->bg != -1) {
		reset += color_param(b->bg, 40);
		nreset++;
	}
	return min2(3 + change + (nchange - 1), 3 + 1 + reset + (nreset - 1));
}

/* The cell of the screen as it is before the update. */
static const struct scr_cell *
old_cell(const struct writer *w, int row, int col)
{
	static const struct scr_cell blank = { " ", 1, 0, 0, 0, 0, -1, -1 };

	if (w->blank && row >= w->blank_top && row <= w->blank_bot)
		return &blank;
	return cell_at(w->from, row, col);
}

static int
cell_changed(const struct writer *w, int row, int col)
{
	const struct scr_cell *o = old_cell(w, row, col);
	const struct scr_cell *n = cell_at(w->to, row, col);
	struct pen po = pen_of(o), pn = pen_of(n);

	return o->width != n->width || strcmp(o->text, n->text) != 0 ||
	    !pen_eq(&po, &pn);
}

/*
 * Writing over cells [from, to) of row, already right, to move the
 * cursor right: their bytes, or a large figure if a cell needs another
 * pen than the current one.
 */
static int
overwrite_cost(const struct writer *w, int row, int from, int to)
{
	int col, cost = 0;

	for (col = from; col < to; col++) {
		const struct scr_cell *c = cell_at(w->to, row, col);
		struct pen p = pen_of(c);

		if (!pen_eq(&p, &w->pen) || c->width == 0)
			return 1 << 20;
		cost += (int)strlen(c->text);
	}
	return cost;
}

/* Along one row, from column `from` to `to`. */
static int
horizontal(const struct writer *w, int row, int from, int to)
{
	int cost;

	if (from == to)
		return 0;
	cost = csi1(to + 1);				/* HPA */
	if (to > from) {
		cost = min2(cost, csi1(to - from));	/* CUF */
		cost = min2(cost, overwrite_cost(w, row, from, to));
	} else {
		cost = min2(cost, csi1(from - to));	/* CUB */
		cost = min2(cost, from - to);		/* BS */
		cost = min2(cost, 1 + (to == 0 ? 0 :
		    min2(csi1(to), overwrite_cost(w, row, 0, to))));
	}
	return cost;
}

static int
cup_cost(int row, int col)
{
	if (row == 0 && col == 0)
		return 3;				/* ESC [ H */
	if (col == 0)
		return 3 + digits(row + 1);
	return 4 + digits(row + 1) + digits(col + 1);
}

static int
move_cost(const struct writer *w, int row, int col)
{
	int cost = cup_cost(row, col), n;

	if (row == w->row)
		return min2(cost, horizontal(w, row, w->col, col));
	cost = min2(cost, csi1(row + 1) + horizontal(w, row, w->col, col));
	if (row > w->row) {
		n = row - w->row;
		/* newlines: CR LF each on the wire, ending in column 0 */
		cost = min2(cost, 2 * n + horizontal(w, row, 0, col));
		cost = min2(cost, csi1(n) + horizontal(w, row, w->col, col));
	} else {
		n = w->row - row;
		cost = min2(cost, csi1(n) + horizontal(w, row, w->col, col));
	}
	return cost;
}

/* Writes cells [from, to) of row with their pens. */
static unsigned long
write_cells(struct writer *w, int row, int from, int to)
{
	unsigned long cost = 0;
	int col;

	for (col = from; col < to; col++) {
		const struct scr_cell *c = cell_at(w->to, row, col);
		struct pen p = pen_of(c);

		if (c->width == 0)
			continue;
		cost += (unsigned long)sgr_cost(&w->pen, &p);
		w->pen = p;
		cost += strlen(c->text);
	}
	w->col = to < w->to->cols ? to : w->to->cols - 1;
	return cost;
}

static unsigned long
update_row(struct writer *w, int row)
{
	int cols = w->to->cols, first, last, end, col;
	unsigned long cost, by_write, by_el;
	struct writer keep;

	for (first = 0; first < cols && !cell_changed(w, row, first);)
		first++;
	if (first == cols)
		return 0;
	for (last = cols - 1; !cell_changed(w, row, last);)
		last--;
	while (first > 0 && cell_at(w->to, row, first)->width == 0)
		first--;
	for (end = cols; end > 0 && is_blank(cell_at(w->to, row, end - 1));)
		end--;

	cost = (unsigned long)move_cost(w, row, first);
	w->row = row;
	w->col = first;
	keep = *w;
	by_write = write_cells(w, row, first, last + 1);
	if (last < end)
		return cost + by_write;
	/* The rest of the row is blank: EL may be shorter. */
	by_el = 0;
	col = end > first ? end : first;
	if (end > first)
		by_el = write_cells(&keep, row, first, end);
	by_el += (unsigned long)sgr_cost(&keep.pen, &plain) + 3;
	keep.pen = plain;
	keep.col = col;
	if (by_el < by_write) {
		*w = keep;
		return cost + by_el;
	}
	return cost + by_write;
}

static unsigned long
update(struct writer *w, unsigned long start)
{
	unsigned long cost = start;
	int row;

	for (row = 0; row < w->to->rows; row++)
		cost += update_row(w, row);
	if (w->to->cur_visible)
		cost += (unsigned long)move_cost(w, w->to->cur_row,
		    w->to->cur_col);
	return cost;
}

unsigned long
least_bytes(const struct shot *from, const struct shot *to)
{
	struct writer w;
	unsigned long best, cost;
	int top, bot, row, col, changed;

	memset(&w, 0, sizeof(w));
	w.from = from;
	w.to = to;
	w.row = from->cur_row;
	w.col = from->cur_col;
	w.pen = plain;
	best = update(&w, 0);

	/* The band of changed rows. */
	for (top = -1, bot = -1, row = 0; row < to->rows; row++) {
		for (changed = 0, col = 0; col < to->cols && !changed; col++)
			changed = cell_changed(&w, row, col);
		if (changed) {
			if (top < 0)
				top = row;
			bot = row;
		}
	}
	if (top < 0)
		return best;

	/* Blank the band first: DECSTBM, SU, DECSTBM reset; cursor home. */
	memset(&w, 0, sizeof(w));
	w.from = from;
	w.to = to;
	w.pen = plain;
	w.blank = 1;
	w.blank_top = top;
	w.blank_bot = bot;
	cost = update(&w, (unsigned long)(4 + digits(top + 1) +
	    digits(bot + 1) + csi1(bot - top + 1) + 3));
	if (cost < best)
		best = cost;

	/* Clear the whole screen (ED 2) where the cursor is. */
	memset(&w, 0, sizeof(w));
	w.from = from;
	w.to = to;
	w.pen = plain;
	w.row = from->cur_row;
	w.col = from->cur_col;
	w.blank = 1;
	w.blank_top = 0;
	w.blank_bot = to->rows - 1;
	cost = update(&w, 4);
	if (cost < best)
		best = cost;
	return best;
}

int
least_shot(struct scr *s, struct shot *sh)
{
	int row, col;

	memset(sh, 0, sizeof(*sh));
	scr_size(s, &sh->cols, &sh->rows);
	if (sh->rows <= 0 || sh->cols <= 0)
		return -1;
	sh->cell = calloc((size_t)sh->rows * (size_t)sh->cols,
	    sizeof(*sh->cell));
	if (sh->cell == NULL)
		return -1;
	for (row = 0; row < sh->rows; row++)
		for (col = 0; col < sh->cols; col++)
			(void)scr_cell(s, row, col, &sh->cell[(size_t)row *
			    (size_t)sh->cols + (size_t)col]);
	scr_cursor(s, &sh->cur_row, &sh->cur_col);
	sh->cur_visible = scr_cursor_visible(s);
	return 0;
}

void
least_free(struct shot *sh)
{
	free(sh->cell);
	sh->cell = NULL;
}
