/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Languages on screen: the chooser (a list of the languages in their
 * own names), the row of languages on the welcome screen, and drawing
 * text in the terminal's own character set.  The session (session.h)
 * keeps the visitor's place when the language changes.
 */
#ifndef SMP_UI_LANG_H
#define SMP_UI_LANG_H

#include <stddef.h>
#include <wchar.h>

#include <curses.h>

#include "content.h"
#include "keys.h"

#define UI_LANG_ROW_MAX	9	/* languages on the welcome row: keys 1-9 */

/* Where the welcome row put each language, for taps and clicks. */
struct ui_lang_row {
	int	 row;		/* -1: not drawn */
	int	 n;
	int	 x[UI_LANG_ROW_MAX + 1];	/* language i spans [x[i], x[i+1]) */
};

/*
 * The welcome screen's row "1 English  2 Español  3 Français", centred
 * on row, the current language in the attribute sel.  Draws nothing
 * (out->row = -1) when there is only one language.
 */
void	ui_lang_draw_row(const struct content *, const struct language *cur,
	    int row, int cols, attr_t sel, struct ui_lang_row *out);
/* The language at column x of the welcome row, or NULL. */
struct language *ui_lang_row_hit(const struct content *,
	    const struct ui_lang_row *, int x);

/*
 * The chooser: a title, then the languages from row first for nrows
 * rows, the highlighted one (*sel) kept in view by *top.  The cursor
 * is left on the highlighted language.
 */
void	ui_lang_draw(const struct content *, const struct language *cur,
	    size_t sel, size_t *top, int first, int nrows, int cols,
	    attr_t select, attr_t title);
/* The language chooser's first list row, below its title. */
int	ui_lang_list_row(int first);
/*
 * A key in the chooser: moves *sel, or returns the language picked
 * (Enter, a digit); NULL otherwise.
 */
struct language *ui_lang_key(const struct content *, size_t *sel,
	    enum action, wchar_t ch, size_t page);

#endif
