/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing text on the screens (see ui-draw.h). */
#include <config.h>

#include <string.h>

#include <curses.h>

#include "i18n.h"
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
