/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "My questions" on the screens (ui-myq.h): the QR code on the left,
 * from the row under the header to the row over the footer, and the
 * list as text beside it.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "page.h"
#include "qr.h"
#include "ui-draw.h"
#include "ui-myq.h"
#include "wipe.h"

#define CODE_TOP	0	/* over the header's path: see ui_myq_draw() */
#define TEXT_TOP	2	/* the first row of text, as on pages */
#define TEXT_COLS_MAX	76
#define MARGIN		2

/* Where the last frame drew each question, for taps. */
static int line_link[512];
static int nline_link;

/* How a code is drawn on this terminal. */
static enum qr_draw
draw_mode(void)
{
	return i18n_term_utf8() ? QR_HALF_BLOCKS : QR_REVERSE;
}

/*
 * Dark modules on light, whatever the theme: with colours the code has
 * its own black on white; without, the light part is the terminal's
 * foreground (a half block's ink, or a reverse-video cell).
 */
static void
draw_grid(const struct qr_grid *g, enum qr_draw mode, int top,
    const struct myq_look *lk)
{
	int x, y;
	unsigned char c;

	for (y = 0; y < g->rows; y++) {
		move(top + y, 0);
		for (x = 0; x < g->cols; x++) {
			c = g->cell[y * g->cols + x];
			switch (mode) {
			case QR_HALF_BLOCKS:
				attrset(lk->code);
				addstr(qr_half_glyph(c, lk->light_is_ink));
				break;
			case QR_REVERSE:
				attrset(c != 0 ? lk->code_dark :
				    lk->code_light);
				addch(' ');
				break;
			}
		}
	}
	attrset(A_NORMAL);
}

/* The header's notice in the columns right of the code. */
static void
notice(int from, int cols, const struct myq_look *lk)
{
	/* The short form of the notice in the header (ui.c). */
	const char *n = _("Not medical advice");
	int w = ui_drawn_width(n);

	attrset(lk->bar);
	mvhline(0, from, ' ', cols - from);
	if (from + 1 + w + 1 <= cols)
		ui_put(0, cols - w - 1, n, strlen(n), w);
	attrset(A_NORMAL);
}

/* Builds the code of as many questions as fit; *note for the rest. */
static int
make_grid(const struct session *s, int rows, int cols, struct qr_grid *g,
    char **note)
{
	const struct myq *q = &s->myq;
	enum qr_draw mode = draw_mode();
	struct qr_code code;
	int acols, arows, made = 0;
	size_t fit = 0, lo, hi, mid, cap;
	char *text;

	*note = NULL;
	memset(g, 0, sizeof(*g));
	if (q->n == 0)
		return 0;
	if (!qr_available()) {
		/* Say so, rather than a list that seems to lack its code. */
		*note = strdup(_("This kiosk cannot draw codes."));
		return 0;
	}
	qr_screen_area(cols, rows, &acols, &arows);
	cap = qr_capacity(acols, arows, mode);
	/* The most questions whose text fits in a code here. */
	lo = 0;
	hi = q->n;
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		text = page_myq_payload(s->lang, q, mid);
		if (text != NULL && cap >= strlen(text))
			lo = mid;
		else
			hi = mid - 1;
		if (text != NULL)
			mem_wipe_free(text, strlen(text));
	}
	fit = lo;
	if (fit > 0 && (text = page_myq_payload(s->lang, q, fit)) != NULL) {
		if (qr_make(&code, text, strlen(text), acols, arows, mode) ==
		    QR_OK) {
			made = qr_render(&code, mode, g);
			qr_free(&code);
		}
		mem_wipe_free(text, strlen(text));
	}
	if (!made)
		fit = 0;
	if (fit < q->n)
		*note = qr_fit_message(fit, q->n);
	return made;
}

/*
 * Draws d from column x0 on the rows under the header, keeping the
 * highlighted link (v->focus) in view; the cursor goes to it.
 */
static void
draw_text(const struct doc *d, struct view *v, int x0, int rows, int cols,
    const struct myq_look *lk)
{
	int row, h = rows - TEXT_TOP - 2, attr, cursor = TEXT_TOP;
	size_t i, len, focus_line = 0;
	const char *t;

	if (v->focus >= (int)d->nlinks)
		v->focus = (int)d->nlinks - 1;
	if (v->focus >= 0)
		focus_line = d->links[v->focus].line;
	if (focus_line < v->scroll)
		v->scroll = focus_line;
	else if (h > 0 && focus_line >= v->scroll + (size_t)h)
		v->scroll = focus_line - (size_t)h + 1;
	if (v->scroll >= d->w.n)
		v->scroll = 0;
	nline_link = 0;
	for (i = v->scroll; i < d->w.n && (int)(i - v->scroll) < h; i++) {
		row = TEXT_TOP + (int)(i - v->scroll);
		switch (d->style[i]) {
		case DOC_TITLE:
			attr = lk->title;
			break;
		case DOC_LINK:
			attr = d->link[i] == v->focus ? lk->select : A_NORMAL;
			if (d->link[i] == v->focus && cursor == TEXT_TOP)
				cursor = row;
			break;
		case DOC_NOTE:
			attr = lk->warn;
			break;
		default:
			attr = A_NORMAL;
			break;
		}
		if (row < (int)(sizeof(line_link) / sizeof(line_link[0]))) {
			while (nline_link < row)
				line_link[nline_link++] = -1;
			line_link[nline_link++] = d->link[i];
		}
		t = doc_text_at(d, i, &len);
		attron(attr);
		ui_put(row, x0 + d->w.lines[i].indent, t, len,
		    cols - x0 - d->w.lines[i].indent);
		attroff(attr);
	}
	move(cursor, x0);
}

/* The width of the text column right of a code (code: its columns). */
static int
text_cols(int code, int cols, int *x0)
{
	int tw;

	*x0 = code > 0 ? code + MARGIN : MARGIN;
	tw = cols - *x0 - MARGIN;
	return tw > TEXT_COLS_MAX ? TEXT_COLS_MAX : tw > 1 ? tw : 1;
}

int
ui_myq_draw(struct session *s, struct view *v, int rows, int cols,
    const struct myq_look *lk, const struct page_opts *o)
{
	struct qr_grid g;
	struct doc d;
	char *note;
	int code, x0, tw, nomem;

	code = make_grid(s, rows, cols, &g, &note);
	tw = text_cols(code ? g.cols : 0, cols, &x0);
	if (code) {
		/*
		 * Every row a code can take counts: at 80x24 that is a
		 * question more.  The code covers the header's path, and
		 * the notice that this is not medical advice stays beside
		 * it, short.
		 */
		draw_grid(&g, draw_mode(), CODE_TOP, lk);
		notice(g.cols, cols, lk);
	}
	qr_grid_free(&g);
	doc_init(&d, tw, s->bullet);
	page_myq(&d, s->lang, &s->myq, note, code, o);
	free(note);
	draw_text(&d, v, x0, rows, cols, lk);
	nomem = d.nomem;
	doc_wipe(&d);	/* the visitor's questions */
	return nomem ? -1 : 0;
}

/* The page under the codes' view: the one whose addresses it shows. */
static size_t
codes_of(struct session *s, struct page_code *codes)
{
	if (s->nviews < 2)
		return 0;
	return page_codes(s->lang, &s->views[s->nviews - 2], codes,
	    PAGE_CODES_MAX);
}

int
ui_code_draw(struct session *s, struct view *v, int rows, int cols,
    const struct myq_look *lk)
{
	static struct page_code codes[PAGE_CODES_MAX];
	struct qr_code code;
	struct qr_grid g;
	struct doc d;
	char label[PAGE_CODE_LABEL + 24];
	size_t n = codes_of(s, codes), i, len;
	int made = 0, x0, tw, acols, arows, nomem;
	const char *text;

	memset(&g, 0, sizeof(g));
	if (v->focus < 0 || (size_t)v->focus >= n)
		v->focus = n > 0 ? 0 : -1;
	if (n > 0 && qr_available()) {
		text = codes[v->focus].text;
		qr_screen_area(cols, rows, &acols, &arows);
		if (qr_make(&code, text, strlen(text), acols, arows,
		    draw_mode()) == QR_OK) {
			made = qr_render(&code, draw_mode(), &g);
			qr_free(&code);
		}
	}
	tw = text_cols(made ? g.cols : 0, cols, &x0);
	if (made) {
		draw_grid(&g, draw_mode(), CODE_TOP, lk);
		notice(g.cols, cols, lk);
	}
	qr_grid_free(&g);
	doc_init(&d, tw, s->bullet);
	doc_line(&d, _("Take it home"), DOC_TITLE);
	doc_blank(&d);
	if (n > 0 && !made) {
		doc_line(&d, qr_available() ? _("This window is too small for "
		    "this code: a larger window is needed.") : _("This kiosk "
		    "cannot draw codes."), DOC_NOTE);
		doc_blank(&d);
	}
	for (i = 0; i < n; i++) {
		len = (size_t)snprintf(label, sizeof(label), "%zu. ", i + 1);
		memcpy(label + len, codes[i].label, strlen(codes[i].label) + 1);
		doc_link(&d, label, NULL);
	}
	if (n > 0) {
		doc_blank(&d);
		doc_body(&d, codes[v->focus].text);
	}
	if (made) {
		doc_blank(&d);
		doc_body(&d, n > 1 ? _("Scan the code with your phone's camera. "
		    "Up and Down choose another.") : _("Scan the code with "
		    "your phone's camera."));
	}
	draw_text(&d, v, x0, rows, cols, lk);
	nomem = d.nomem;
	doc_wipe(&d);	/* the visitor's questions */
	return nomem ? -1 : 0;
}

void
ui_code_key(struct session *s, struct view *v, enum action act, wchar_t ch)
{
	static struct page_code codes[PAGE_CODES_MAX];
	int n = (int)codes_of(s, codes);

	switch (act) {
	case ACT_DOWN:
		if (v->focus + 1 < n)
			v->focus++;
		break;
	case ACT_UP:
		if (v->focus > 0)
			v->focus--;
		break;
	case ACT_FIRST:
		v->focus = 0;
		break;
	case ACT_LAST:
		v->focus = n - 1;
		break;
	case ACT_NUMBER:
		if (ch >= '1' && ch - '1' < n)
			v->focus = (int)(ch - '1');
		break;
	default:
		break;
	}
}

int
ui_code_count(const struct session *s)
{
	static struct page_code codes[PAGE_CODES_MAX];
	const struct view *v = &s->views[s->nviews - 1];

	return (int)page_codes(s->lang, v, codes, PAGE_CODES_MAX);
}

/* The highlighted question, or -1. */
static int
focused(const struct session *s, const struct view *v)
{
	return v->focus >= 0 && (size_t)v->focus < s->myq.n ? v->focus : -1;
}

const struct topic *
ui_myq_key(struct session *s, struct view *v, enum action act, wchar_t ch)
{
	int f = focused(s, v), n = (int)s->myq.n;

	switch (act) {
	case ACT_DOWN:
		if (f + 1 < n)
			v->focus = f + 1;
		break;
	case ACT_UP:
		if (f > 0)
			v->focus = f - 1;
		break;
	case ACT_FIRST:
		v->focus = n > 0 ? 0 : -1;
		break;
	case ACT_LAST:
		v->focus = n - 1;
		break;
	case ACT_NUMBER:
		if (ch >= '1' && ch - '1' < n)
			v->focus = (int)(ch - '1');
		break;
	case ACT_REMOVE_QUESTION:
		if (f < 0)
			f = n - 1;	/* nothing highlighted: the last */
		if (f >= 0)
			myq_remove(&s->myq, (size_t)f);
		n = (int)s->myq.n;
		v->focus = f < n ? f : n - 1;
		break;
	case ACT_CLEAR_QUESTIONS:
		myq_clear(&s->myq);
		v->focus = -1;
		v->scroll = 0;
		break;
	case ACT_OPEN:
		if (f >= 0)
			return s->myq.item[f].topic;
		break;
	default:
		break;
	}
	return NULL;
}

void
ui_myq_click(struct session *s, struct view *v, int y)
{
	(void)s;
	if (y >= 0 && y < nline_link && line_link[y] >= 0)
		v->focus = line_link[y];	/* checked at the next draw */
}
