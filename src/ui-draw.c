/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing text on the screens (see ui-draw.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "search.h"
#include "ui-draw.h"
#include "wrap.h"

#define FOLD_MAX	1024	/* bytes of ASCII drawn per call */

int
ui_put(int row, int col, const char *s, size_t len, int cols)
{
	char ascii[FOLD_MAX];
	size_t fit;

	if (cols <= 0)
		return 0;
	if (!i18n_term_utf8()) {
		len = i18n_fold(s, len, ascii, sizeof(ascii));
		s = ascii;
	}
	fit = utf8_fit(s, len, cols);
	mvaddnstr(row, col, s, (int)fit);
	return utf8_width(s, fit);
}

void
ui_put_marked(int row, int col, const char *s, size_t len, int cols,
    attr_t attr, const struct search *idx, const char *query)
{
	struct search_span sp[32];
	size_t n, i;
	int at;

	attron(attr);
	ui_put(row, col, s, len, cols);
	attroff(attr);
	if (query == NULL || idx == NULL)
		return;
	n = search_spans(idx, query, s, len, sp, 32);
	for (i = 0; i < n && i < 32; i++) {
		char *pre = strndup(s, sp[i].start);

		if (pre == NULL)
			return;
		at = ui_drawn_width(pre);
		free(pre);
		if (at >= cols)
			break;
		attron(attr | A_REVERSE);
		ui_put(row, col + at, s + sp[i].start, sp[i].len, cols - at);
		attroff(attr | A_REVERSE);
	}
}

int
ui_drawn_width(const char *s)
{
	char ascii[FOLD_MAX];
	size_t len = strlen(s);

	if (!i18n_term_utf8()) {
		len = i18n_fold(s, len, ascii, sizeof(ascii));
		s = ascii;
	}
	return utf8_width(s, len);
}
