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
	size_t fit = 0, lo, hi, mid;
	char *text;

	*note = NULL;
	memset(g, 0, sizeof(*g));
	if (q->n == 0 || !qr_available())
		return 0;
	qr_screen_area(cols, rows, &acols, &arows);
	/* The most questions whose text fits in a code here. */
	lo = 0;
	hi = q->n;
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		text = page_myq_payload(s->lang, q, mid);
		if (text != NULL && qr_capacity(acols, arows, mode) >=
		    strlen(text))
			lo = mid;
		else
			hi = mid - 1;
		free(text);
	}
	fit = lo;
	if (fit > 0 && (text = page_myq_payload(s->lang, q, fit)) != NULL) {
		if (qr_make(&code, text, strlen(text), acols, arows, mode) ==
		    QR_OK) {
			made = qr_render(&code, mode, g);
			qr_free(&code);
		}
		free(text);
	}
	if (!made)
		fit = 0;
	if (fit < q->n)
		*note = qr_fit_message(fit, q->n);
	return made;
}

int
ui_myq_draw(struct session *s, struct view *v, int rows, int cols,
    const struct myq_look *lk, const struct page_opts *o)
{
	struct qr_grid g;
	struct doc d;
	char *note;
	int code, x0, tw, row, h, attr, cursor = TEXT_TOP, cursor_col;
	size_t i, len, focus_line = 0;
	const char *t;

	code = make_grid(s, rows, cols, &g, &note);
	x0 = code ? g.cols + MARGIN : MARGIN;
	tw = cols - x0 - MARGIN;
	if (tw > TEXT_COLS_MAX)
		tw = TEXT_COLS_MAX;
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

	doc_init(&d, tw > 1 ? tw : 1, s->bullet);
	page_myq(&d, s->lang, &s->myq, note, code, o);
	free(note);
	if (v->focus >= (int)d.nlinks)
		v->focus = (int)d.nlinks - 1;
	if (v->focus >= 0)
		focus_line = d.links[v->focus].line;
	h = rows - TEXT_TOP - 2;
	if (focus_line < v->scroll)
		v->scroll = focus_line;
	else if (h > 0 && focus_line >= v->scroll + (size_t)h)
		v->scroll = focus_line - (size_t)h + 1;
	if (v->scroll >= d.w.n)
		v->scroll = 0;
	nline_link = 0;
	cursor_col = x0;
	for (i = v->scroll; i < d.w.n && (int)(i - v->scroll) < h; i++) {
		row = TEXT_TOP + (int)(i - v->scroll);
		switch (d.style[i]) {
		case DOC_TITLE:
			attr = lk->title;
			break;
		case DOC_LINK:
			attr = d.link[i] == v->focus ? lk->select : A_NORMAL;
			if (d.link[i] == v->focus && cursor == TEXT_TOP)
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
			line_link[nline_link++] = d.link[i];
		}
		t = doc_text_at(&d, i, &len);
		attron(attr);
		ui_put(row, x0 + d.w.lines[i].indent, t, len,
		    cols - x0 - d.w.lines[i].indent);
		attroff(attr);
	}
	doc_free(&d);
	move(cursor, cursor_col);
	return d.nomem ? -1 : 0;
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
	if (y >= 0 && y < nline_link && line_link[y] >= 0 &&
	    (size_t)line_link[y] < s->myq.n)
		v->focus = line_link[y];
}
