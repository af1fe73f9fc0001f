/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Languages on screen: the chooser and the welcome row.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "doc.h"
#include "i18n.h"
#include "ui-draw.h"
#include "ui-lang.h"
#include "wrap.h"

static int
put_str(int row, int col, const char *s, int cols)
{
	return ui_put(row, col, s, strlen(s), cols);
}

/* ---- the welcome row ---- */

void
ui_lang_draw_row(const struct content *c, const struct language *cur,
    int row, int cols, attr_t sel, struct ui_lang_row *out)
{
	char label[UI_LANG_ROW_MAX][128], name[120];
	int w[UI_LANG_ROW_MAX], total, n, gap, x, i;

	out->row = -1;
	out->n = 0;
	if (c->nlangs < 2)
		return;
	n = c->nlangs < UI_LANG_ROW_MAX ? (int)c->nlangs : UI_LANG_ROW_MAX;
	for (i = 0; i < n; i++) {
		doc_language_label(c->langs[i], name, sizeof(name));
		snprintf(label[i], sizeof(label[i]), "%d %s", i + 1, name);
		w[i] = ui_drawn_width(label[i]);
	}
	/* "1 English  2 Español": two blanks apart, one when that is
	 * what makes them all fit, and as many as fit after that. */
	for (gap = 2; gap >= 1; gap--) {
		for (total = 0, i = 0; i < n; i++)
			total += (i > 0 ? gap : 0) + w[i];
		if (total <= cols - 2)
			break;
	}
	if (gap == 0) {
		gap = 1;
		for (total = 0, i = 0; i < n; i++) {
			if (total + (i > 0 ? gap : 0) + w[i] > cols - 2)
				break;
			total += (i > 0 ? gap : 0) + w[i];
		}
		n = i;
	}
	x = (cols - total) / 2;
	if (x < 1)
		x = 1;
	out->row = row;
	out->n = n;
	for (i = 0; i < n; i++) {
		out->x[i] = x;
		if (c->langs[i] == cur)
			attron(sel);
		x += put_str(row, x, label[i], cols - x);
		if (c->langs[i] == cur)
			attroff(sel);
		x += gap;
	}
	out->x[n] = x - gap;
}

struct language *
ui_lang_row_hit(const struct content *c, const struct ui_lang_row *r, int x)
{
	int i;

	for (i = 0; r->row >= 0 && i < r->n; i++)
		if (x >= r->x[i] && x < r->x[i + 1])
			return c->langs[i];
	return NULL;
}

/* ---- the chooser ---- */

int
ui_lang_list_row(int first)
{
	return first + 2;
}

void
ui_lang_draw(const struct content *c, const struct language *cur,
    size_t sel, size_t *top, int first, int nrows, int cols, attr_t select,
    attr_t title)
{
	/* TRANSLATORS: the language chooser's title: at most 36
	 * characters. */
	const char *head = _("Choose a language");
	/* TRANSLATORS: after the name of the language in use, in the
	 * language chooser: "Español (current)". */
	const char *now = _("current");
	char label[160], name[128], num[8];
	int row, list = ui_lang_list_row(first), h = nrows - (list - first);
	size_t i;

	attron(title);
	put_str(first, 2, head, cols - 4);
	attroff(title);
	if (h < 1)
		h = 1;
	if (sel < *top)
		*top = sel;
	else if (sel >= *top + (size_t)h)
		*top = sel - (size_t)h + 1;
	for (i = *top; i < c->nlangs && (int)(i - *top) < h; i++) {
		row = list + (int)(i - *top);
		doc_language_label(c->langs[i], name, sizeof(name));
		if (c->langs[i] == cur)
			snprintf(label, sizeof(label), "%s (%s)", name, now);
		else
			snprintf(label, sizeof(label), "%s", name);
		if (i == sel) {
			attron(select);
			mvhline(row, 2, ' ', cols - 4);
		}
		if (i < 9)
			snprintf(num, sizeof(num), "%zu", i + 1);
		else
			snprintf(num, sizeof(num), " ");
		put_str(row, 3, num, 2);
		put_str(row, 6, label, cols - 9);
		if (i == sel)
			attroff(select);
	}
	move(list + (int)(sel - *top), 2);
}

struct language *
ui_lang_key(const struct content *c, size_t *sel, enum action act,
    wchar_t ch, size_t page)
{
	size_t n = c->nlangs;

	switch (act) {
	case ACT_UP:
		if (*sel > 0)
			(*sel)--;
		break;
	case ACT_DOWN:
		if (*sel + 1 < n)
			(*sel)++;
		break;
	case ACT_PAGE_UP:
		*sel = *sel > page ? *sel - page : 0;
		break;
	case ACT_PAGE_DOWN:
		*sel = *sel + page < n ? *sel + page : n - 1;
		break;
	case ACT_FIRST:
		*sel = 0;
		break;
	case ACT_LAST:
		*sel = n - 1;
		break;
	case ACT_OPEN:
		return c->langs[*sel];
	case ACT_NUMBER:
		if (ch >= '1' && (size_t)(ch - '0') <= n) {
			*sel = (size_t)(ch - '1');
			return c->langs[*sel];
		}
		break;
	default:
		break;
	}
	return NULL;
}
