/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search view on the screens (ui-search.h): the box on the first
 * row of the body, a line of help or "did you mean" under it, then the
 * results, three rows each.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "search.h"
#include "ui-draw.h"
#include "ui-search.h"
#include "wrap.h"
#include "wipe.h"

#define MARGIN		2	/* columns left of the text, as on pages */
#define BODY_TOP	2	/* the box's row, under the header */
#define RESULT_ROWS	3	/* a result: title, menu path, context */
#define SEARCH_TOP	(BODY_TOP + 2)	/* the first result's row */

/* How many results the window shows. */
static size_t
results_shown(int rows)
{
	int n = (rows - 2 - SEARCH_TOP) / RESULT_ROWS;

	return n > 0 ? (size_t)n : 1;
}

/* The context of a hit on one line, "... " before a cut start. */
static void
context_line(const struct session *s, const struct search_hit *h,
    const char *query, int cols, char *buf, size_t size)
{
	size_t from = search_excerpt(s->search, query, h->context,
	    (size_t)cols / 3), at = 0;

	if (from > 0 && h->context[from - 1] != '\n' && size > 8) {
		memcpy(buf, "... ", 4);
		at = 4;
	}
	search_context(s->search, query, h->context, (size_t)cols / 3,
	    buf + at, size - at);
}

/* The box with what is typed, and the line under it. */
static int
draw_box(const struct session *s, const struct view *v, int cw,
    const struct search_look *lk)
{
	/* TRANSLATORS: before what the visitor types: at most 10
	 * characters. */
	const char *label = _("Search:");
	const struct search_results *r = &s->results;
	char buf[512];
	int lw, cur;

	lw = ui_put(BODY_TOP, MARGIN, label, strlen(label), cw);
	attron(lk->select);
	mvhline(BODY_TOP, MARGIN + lw + 1, ' ', cw - lw - 1);
	cur = MARGIN + lw + 1 + ui_put(BODY_TOP, MARGIN + lw + 1, v->query,
	    strlen(v->query), cw - lw - 2);
	attroff(lk->select);
	if (v->query[0] == '\0')
		/* TRANSLATORS: under the search box before anything is
		 * typed. */
		snprintf(buf, sizeof(buf), "%s", _("Type a word, such as "
		    "scar or pain."));
	else if (r->n == 0)
		snprintf(buf, sizeof(buf), "%s", _("Nothing found. Try "
		    "another word."));
	else if (r->suggestion[0] != '\0')
		/* TRANSLATORS: %s is a word of the pages close to what was
		 * typed, whose results are shown. */
		snprintf(buf, sizeof(buf), _("Did you mean \"%s\"? Showing "
		    "its results."), r->suggestion);
	else
		return cur;
	ui_put(BODY_TOP + 1, MARGIN, buf, strlen(buf), cw);
	return cur;
}

/* Result i at row: its number and title, menu path, and context. */
static void
draw_result(const struct session *s, const struct view *v, size_t i,
    int row, int cw, const struct search_look *lk)
{
	const struct search_hit *h = &s->results.hits[i];
	const char *q = s->results.suggestion[0] != '\0' ?
	    s->results.suggestion : v->query;
	char buf[512], path[256];

	if (i == v->sel) {
		attron(lk->select);
		mvhline(row, MARGIN, ' ', cw);
	}
	snprintf(buf, sizeof(buf), "%zu", i + 1);
	ui_put(row, MARGIN + 1, buf, strlen(buf), 2);
	/* The words are marked on the context line, not in the bold
	 * title as well: each change of attributes costs ncurses some 10
	 * bytes more than a hand-written update. */
	ui_put_marked(row, MARGIN + 4, h->title, strlen(h->title), cw - 5,
	    i == v->sel ? lk->select : lk->title, NULL, NULL);
	if (i == v->sel)
		attroff(lk->select);
	search_menu_path(s->lang, h, path, sizeof(path));
	if (h->kind == SEARCH_GLOSSARY)
		snprintf(buf, sizeof(buf), "%s > %s", path, h->title);
	else
		snprintf(buf, sizeof(buf), "%s", path);
	ui_put(row + 1, MARGIN + 4, buf, strlen(buf), cw - 4);
	context_line(s, h, q, cw - 4, buf, sizeof(buf));
	ui_put_marked(row + 2, MARGIN + 4, buf, strlen(buf), cw - 4,
	    A_NORMAL, s->search, q);
}

void
ui_search_draw(struct session *s, struct view *v, int rows, int cols,
    const struct search_look *lk)
{
	const struct search_results *r = &s->results;
	int cw = cols - 2 * MARGIN, cur, lw;
	size_t i, shown = results_shown(rows);
	char buf[64];

	cur = draw_box(s, v, cw, lk);
	if (v->sel < v->top)
		v->top = v->sel;
	else if (v->sel >= v->top + shown)
		v->top = v->sel - shown + 1;
	for (i = v->top; i < r->n && i < v->top + shown; i++)
		draw_result(s, v, i, SEARCH_TOP + (int)(i - v->top) *
		    RESULT_ROWS, cw, lk);
	if (r->n > 0) {
		/* TRANSLATORS: the results on screen: "Results 1-6 of
		 * 21".  At most 22 characters with 2-digit numbers. */
		snprintf(buf, sizeof(buf), _("Results %zu-%zu of %zu"),
		    v->top + 1, v->top + shown < r->n ? v->top + shown : r->n,
		    r->n);
		lw = utf8_width(buf, strlen(buf));
		ui_put(rows - 2, cols - lw - MARGIN, buf, strlen(buf), lw);
	}
	move(BODY_TOP, cur < cols ? cur : cols - 1);
}

/* Runs the query again after it changed. */
static void
search_again(struct session *s, struct view *v)
{
	if (session_search(s) < 0)
		s->nomem = 1;
	v->top = 0;
	v->sel = 0;
}

void
ui_search_type(struct session *s, struct view *v, wchar_t ch)
{
	char mb[16];	/* more than MB_LEN_MAX */
	size_t len = strlen(v->query);
	int n = wctomb(mb, ch);

	if (n <= 0 || len + (size_t)n >= sizeof(v->query))
		return;
	memcpy(v->query + len, mb, (size_t)n);
	v->query[len + (size_t)n] = '\0';
	search_again(s, v);
}

void
ui_search_erase(struct session *s, struct view *v)
{
	size_t len = strlen(v->query);

	if (len == 0)
		return;
	while (len > 0 && ((unsigned char)v->query[--len] & 0xc0) == 0x80)
		;
	mem_wipe(v->query + len, sizeof(v->query) - len);
	search_again(s, v);
}

void
ui_search_key(struct session *s, struct view *v, enum action act, int rows)
{
	size_t n = s->results.n, shown = results_shown(rows);

	switch (act) {
	case ACT_DOWN:
		if (v->sel + 1 < n)
			v->sel++;
		break;
	case ACT_UP:
		if (v->sel > 0)
			v->sel--;
		break;
	case ACT_PAGE_DOWN:
		v->sel = v->sel + shown < n ? v->sel + shown : n > 0 ? n - 1 :
		    0;
		break;
	case ACT_PAGE_UP:
		v->sel = v->sel > shown ? v->sel - shown : 0;
		break;
	case ACT_OPEN:
		if (session_open_result(s, v->sel) < 0)
			s->nomem = 1;
		break;
	default:
		break;
	}
}

void
ui_search_click(struct session *s, struct view *v, int y)
{
	size_t i;

	if (y < SEARCH_TOP)
		return;
	i = v->top + (size_t)(y - SEARCH_TOP) / RESULT_ROWS;
	if (i < s->results.n && session_open_result(s, i) < 0)
		s->nomem = 1;
}
