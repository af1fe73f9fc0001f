/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check screens (see ui-selfcheck.h).  Each screen is laid
 * out as a document of lines with items (answers, links, actions) that
 * span some of them; keys and clicks move between items and scroll.
 *
 * Privacy: the answers, the document laid out from them and the place
 * on it live in the session's flow (selfcheck-flow.h), which the
 * session wipes; this file keeps only where the last draw put the
 * buttons.  Nothing here is written to a file, a log, the environment
 * or the window title.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include <curses.h>

#include "doc.h"
#include "i18n.h"
#include "log.h"
#include "session.h"
#include "ui-draw.h"
#include "ui-selfcheck.h"
#include "wrap.h"

#define TOP		2	/* first row of the body */
#define MARGIN		2
#define TEXT_WIDTH	76
#define NONE		SC_NONE

enum message {
	MSG_NONE,
	MSG_CHOOSE,		/* Enter before anything was chosen */
};

/*
 * Where the last draw put things, for keys and clicks.  Nothing of the
 * visitor's is here: their answers and their place are in the
 * session's flow, which every call is handed.
 */
static struct {
	int	 rows, cols;	/* of the last draw */
	int	 back_x[2], next_x[2];
	int	 ask_row, stay_x[2], leave_x[2];
} G;

/* ---- layout ---- */

static int
text_width(int cols)
{
	int w = cols - 2 * MARGIN;

	return w > TEXT_WIDTH ? TEXT_WIDTH : w < WRAP_MIN_WIDTH ?
	    WRAP_MIN_WIDTH : w;
}

static int
body_rows(void)
{
	return G.rows - TOP - 2;	/* the button row and the footer */
}

/* Lays out the current step for the size of the last draw. */
static int
layout(struct sc_flow *f)
{
	return sc_flow_layout(f, text_width(G.cols), SC_LAYOUT_SCREEN);
}

static size_t
max_scroll(const struct sc_flow *f)
{
	size_t h = body_rows() > 0 ? (size_t)body_rows() : 1;

	return f->doc.w.n > h ? f->doc.w.n - h : 0;
}

/* Scrolls so that the highlighted item is on screen, whole if it fits. */
static void
show_item(struct sc_flow *f)
{
	size_t h = body_rows() > 0 ? (size_t)body_rows() : 1;
	const struct sc_item *it;

	if (f->hl == NONE || f->hl >= f->nitems)
		return;
	it = &f->items[f->hl];
	if (it->end > f->scroll + h)
		f->scroll = it->end - h;
	if (it->line < f->scroll)
		f->scroll = it->line;
}

static int
item_visible(const struct sc_flow *f, size_t i)
{
	return f->items[i].line >= f->scroll &&
	    f->items[i].line < f->scroll + (size_t)body_rows();
}

/* ---- drawing ---- */

/* Drawn by ui_put(): folded to ASCII on a terminal not UTF-8. */
static int
put(int row, int col, const char *s, size_t len, int cols)
{
	if (row < 0 || row >= G.rows)
		return 0;
	return ui_put(row, col, s, len, cols);
}

static int
put_str(int row, int col, const char *s, int cols)
{
	return put(row, col, s, strlen(s), cols);
}

static int
item_at_line(const struct sc_flow *f, size_t line)
{
	size_t i;

	for (i = 0; i < f->nitems; i++)
		if (line >= f->items[i].line && line < f->items[i].end)
			return (int)i;
	return -1;
}

/* The buttons under the text: back on the left, next on the right. */
static void
draw_buttons(const struct sc_flow *f, const struct sc_look *look)
{
	const char *back, *next = NULL, *msg = NULL;
	int row = G.rows - 2, w, bw, most = (G.cols - 2 * MARGIN - 2) / 2;

	if (f->stage == SC_INTRO) {
		/* TRANSLATORS: buttons at the bottom of the self-check; keep
		 * each under 18 characters, so that two fit at 40 columns. */
		back = _("< Leave");
		/* TRANSLATORS: a button: under 18 characters. */
		next = _("Start >");
	} else if (f->stage == SC_QUESTION) {
		/* TRANSLATORS: a button: under 18 characters. */
		back = _("< Back");
		next = sc_index(f->s) + 1 == sc_count(f->s) ?
		    /* TRANSLATORS: a button: under 18 characters. */
		    _("See my notes >") :
		    /* TRANSLATORS: a button: under 18 characters. */
		    _("Next >");
	} else
		back = _("< Back");
	if (f->msg == MSG_CHOOSE && sc_current(f->s) != NULL &&
	    sc_current(f->s)->kind == SC_ANY)
		/* TRANSLATORS: on the row of the buttons, or in their
		 * place in a narrow window: at most 36 characters. */
		msg = _("Mark at least one answer first.");
	else if (f->msg == MSG_CHOOSE)
		/* TRANSLATORS: the same place: at most 36 characters. */
		msg = _("Choose an answer first.");
	w = next != NULL ? utf8_width(next, strlen(next)) : 0;
	if (w > most)
		w = most;
	bw = utf8_width(back, strlen(back));
	if (bw > most)
		bw = most;
	if (msg != NULL && utf8_width(msg, strlen(msg)) + 4 >
	    G.cols - 2 * MARGIN - w - bw) {
		/* No room between the buttons: until the next key the
		 * message has their row, and a tap there does nothing. */
		G.back_x[0] = G.back_x[1] = G.next_x[0] = G.next_x[1] = -1;
		attron(look->warn);
		put_str(row, MARGIN, msg, G.cols - 2 * MARGIN);
		attroff(look->warn);
		return;
	}
	G.back_x[0] = MARGIN;
	attron(look->link);
	G.back_x[1] = MARGIN + put_str(row, MARGIN, back, most);
	attroff(look->link);
	G.next_x[0] = G.next_x[1] = -1;
	if (next != NULL) {
		G.next_x[0] = G.cols - MARGIN - w;
		attron(look->link);
		G.next_x[1] = G.next_x[0] + put_str(row, G.next_x[0], next, w);
		attroff(look->link);
	}
	if (msg != NULL) {
		attron(look->warn);
		put_str(row, G.back_x[1] + 2, msg, (G.next_x[0] > 0 ?
		    G.next_x[0] : G.cols) - G.back_x[1] - 4);
		attroff(look->warn);
	}
}

/*
 * One button of the "leave?" box on its row, "[ label ]" from col in
 * attr; its columns go to span[0] and span[1] for taps.  Returns the
 * column after it.
 */
static int
ask_button(int col, const char *label, int width, attr_t attr, int span[2])
{
	attron(attr);
	span[0] = col;
	col += put_str(G.ask_row, col, "[ ", 2);
	col += put_str(G.ask_row, col, label, width);
	col += put_str(G.ask_row, col, " ]", 2);
	span[1] = col;
	attroff(attr);
	return col;
}

/* The "leave?" box in the middle of the screen. */
static void
draw_ask(const struct sc_flow *f, const struct sc_look *look)
{
	const char *q = _("Leave the self-check?");
	const char *why = _("Your answers will be cleared.");
	/* TRANSLATORS: the two buttons of "Leave the self-check?"; their
	 * first letters are hotkeys, so they should differ. */
	const char *stay = _("Stay"), *leave = _("Leave");
	int w = G.cols - 4 > 50 ? 50 : G.cols - 4, x = (G.cols - w) / 2;
	int row = G.rows / 2 - 3, i, col;

	attron(look->warn);
	for (i = 0; i < 6; i++)
		mvhline(row + i, x, ' ', w);
	put_str(row + 1, x + 2, q, w - 4);
	put_str(row + 2, x + 2, why, w - 4);
	attroff(look->warn);
	G.ask_row = row + 4;
	col = ask_button(x + 2, stay, w / 3, f->ask_leave ? look->warn :
	    look->select, G.stay_x);
	ask_button(col + 2, leave, w / 3, f->ask_leave ? look->select :
	    look->warn, G.leave_x);
	move(G.ask_row, f->ask_leave ? G.leave_x[0] : G.stay_x[0]);
}

int
ui_selfcheck_draw(struct session *ss, int rows, int cols,
    const struct sc_look *look)
{
	struct sc_flow *f = &ss->sc;
	const struct doc *d;
	int h, row, attr, hl_item, cursor = TOP;
	const char *s;
	size_t i, len;

	d = &f->doc;
	if (f->s == NULL)
		return 0;
	G.rows = rows;
	G.cols = cols;
	if (layout(f) < 0)
		return -1;
	h = body_rows();
	if (f->scroll > max_scroll(f))
		f->scroll = max_scroll(f);
	for (i = f->scroll; i < d->w.n && (int)(i - f->scroll) < h; i++) {
		row = TOP + (int)(i - f->scroll);
		hl_item = item_at_line(f, i);
		switch (d->style[i]) {
		case DOC_TITLE:
			attr = look->title;
			break;
		case DOC_HEADING:
			attr = look->heading;
			break;
		case DOC_LINK:
			attr = look->link;
			break;
		default:
			attr = A_NORMAL;
			break;
		}
		if (hl_item >= 0 && (size_t)hl_item == f->hl) {
			attr = look->select;
			if (i == f->items[f->hl].line)
				cursor = row;
			attron(attr);
			mvhline(row, MARGIN, ' ', text_width(cols));
		} else
			attron(attr);
		s = doc_text_at(d, i, &len);
		put(row, MARGIN + d->w.lines[i].indent, s, len,
		    cols - MARGIN - d->w.lines[i].indent);
		attroff(attr);
	}
	draw_buttons(f, look);
	move(cursor, MARGIN);
	if (f->asking)
		draw_ask(f, look);
	return 0;
}

/* ---- keys ---- */

/*
 * The visitor asks to leave: SCO_LEFT when they may (the session went
 * back below the self-check), SCO_STAY while "leave?" is asked.
 */
static enum sc_outcome
leave(struct session *s)
{
	if (!sc_flow_is_open(&s->sc))
		return SCO_LEFT;
	return session_leave_selfcheck(s, SC_THEN_BACK) ? SCO_LEFT : SCO_STAY;
}

static void
go_next(struct sc_flow *f)
{
	if (sc_flow_go_on(f) < 0)
		f->msg = MSG_CHOOSE;
}

/* Back a step; from the first question or the introduction, leave. */
static enum sc_outcome
go_back(struct session *s)
{
	if (sc_flow_back(&s->sc) < 0)
		return leave(s);
	return SCO_STAY;
}

/* Chooses answer i; a question with one answer goes on at once. */
static void
choose(struct sc_flow *f, size_t i, int go_on)
{
	const struct sc_question *q = sc_current(f->s);

	if (q == NULL || i >= q->nanswers)
		return;
	f->hl = i;
	if (q->kind == SC_ANY || !sc_is_chosen(f->s, q, i))
		sc_choose(f->s, i);
	if (q->kind == SC_ONE && go_on)
		go_next(f);
}

static enum sc_outcome
activate(struct session *s, size_t i, const struct topic **topic)
{
	struct sc_flow *f = &s->sc;

	if (i >= f->nitems)
		return SCO_STAY;
	switch (f->items[i].kind) {
	case SC_IT_START:
		sc_flow_start(f);
		break;
	case SC_IT_ANSWER:
		choose(f, f->items[i].index, 1);
		break;
	case SC_IT_TOPIC:
		*topic = f->items[i].topic;
		return SCO_TOPIC;
	case SC_IT_RESTART:
		sc_flow_restart(f);
		break;
	case SC_IT_LEAVE:
		return leave(s);
	}
	return SCO_STAY;
}

/* The first character of a label, for its hotkey. */
static wint_t
first_char(const char *s)
{
	mbstate_t st;
	wchar_t c;

	memset(&st, 0, sizeof(st));
	if (mbrtowc(&c, s, strlen(s), &st) > 0)
		return towlower((wint_t)c);
	return WEOF;
}

static enum sc_outcome
ask_key(struct session *s, enum action act, wchar_t ch)
{
	struct sc_flow *f = &s->sc;
	int leave = -1;

	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
	case ACT_NEXT_LINK:
	case ACT_PREV_LINK:
	case ACT_TOGGLE:
		f->ask_leave = !f->ask_leave;
		break;
	case ACT_BACK:
		leave = 0;
		break;
	case ACT_OPEN:
		leave = f->ask_leave;
		break;
	case ACT_NUMBER:
		if (ch == '1' || ch == '2')
			leave = ch == '2';
		break;
	case ACT_LETTER:
		if (towlower((wint_t)ch) == first_char(_("Stay")))
			leave = 0;
		else if (towlower((wint_t)ch) == first_char(_("Leave")))
			leave = 1;
		break;
	default:
		break;
	}
	if (leave >= 0 && session_answer_leave(s, leave))
		return SCO_LEFT;
	return SCO_STAY;
}

/* The next answer whose label starts with ch, after the highlight. */
static void
letter(struct sc_flow *f, wchar_t ch)
{
	const struct sc_question *q = sc_current(f->s);
	size_t k, i, n;
	mbstate_t st;
	wchar_t first;
	const char *label;

	if (f->stage != SC_QUESTION || q == NULL)
		return;
	n = q->nanswers;
	for (k = 1; k <= n; k++) {
		i = ((f->hl == NONE ? 0 : f->hl) + k) % n;
		label = q->answers[i].label;
		memset(&st, 0, sizeof(st));
		if (mbrtowc(&first, label, strlen(label), &st) > 0 &&
		    towlower((wint_t)first) == towlower((wint_t)ch)) {
			f->hl = i;
			return;
		}
	}
}

/* Up and Down: between items while they are on screen, else scroll. */
static void
move_by(struct sc_flow *f, int dir)
{
	size_t next;

	if (f->stage == SC_QUESTION) {
		if (dir < 0 && f->hl > 0)
			f->hl--;
		else if (dir > 0 && f->hl + 1 < f->nitems)
			f->hl++;
		show_item(f);
		if (dir < 0 && f->hl == 0)
			f->scroll = 0;	/* and the question above it */
		return;
	}
	next = f->hl == NONE ? (dir > 0 ? 0 : NONE) : dir > 0 ? f->hl + 1 :
	    f->hl > 0 ? f->hl - 1 : NONE;
	if (dir > 0 && f->hl == NONE)
		for (next = 0; next < f->nitems && f->items[next].line <
		    f->scroll; next++)
			;
	if (next != NONE && next < f->nitems && item_visible(f, next)) {
		f->hl = next;
		return;
	}
	if (dir < 0) {
		f->hl = NONE;
		if (f->scroll > 0)
			f->scroll--;
	} else if (f->scroll < max_scroll(f))
		f->scroll++;
	if (f->hl != NONE && !item_visible(f, f->hl))
		f->hl = NONE;
}

/* Tab and Shift-Tab: the next or previous item, cycling, in view. */
static void
next_item(struct sc_flow *f, int dir)
{
	if (f->nitems == 0)
		return;
	if (f->hl == NONE)
		f->hl = dir > 0 ? 0 : f->nitems - 1;
	else if (dir > 0)
		f->hl = f->hl + 1 < f->nitems ? f->hl + 1 : 0;
	else
		f->hl = f->hl > 0 ? f->hl - 1 : f->nitems - 1;
	show_item(f);
	if (f->stage == SC_QUESTION && f->hl == 0)
		f->scroll = 0;
}

enum sc_outcome
ui_selfcheck_key(struct session *s, enum action act, wchar_t ch,
    const struct topic **topic)
{
	struct sc_flow *f = &s->sc;
	size_t h, i, k;

	if (f->s == NULL)
		return SCO_LEFT;
	if (f->asking)
		return ask_key(s, act, ch);
	if (G.cols == 0) {	/* a key before the first draw */
		G.cols = 80;
		G.rows = 24;
	}
	layout(f);
	h = body_rows() > 0 ? (size_t)body_rows() : 1;
	f->msg = MSG_NONE;
	switch (act) {
	case ACT_BACK:
		return go_back(s);
	case ACT_UP:
		move_by(f, -1);
		break;
	case ACT_DOWN:
		move_by(f, 1);
		break;
	case ACT_NEXT_LINK:
	case ACT_PREV_LINK:
		next_item(f, act == ACT_NEXT_LINK ? 1 : -1);
		break;
	case ACT_PAGE_DOWN:
		f->scroll = f->scroll + h < max_scroll(f) ? f->scroll + h :
		    max_scroll(f);
		break;
	case ACT_PAGE_UP:
		f->scroll = f->scroll > h ? f->scroll - h : 0;
		break;
	case ACT_FIRST:
		f->scroll = 0;
		f->hl = f->stage == SC_RESULTS ? NONE : 0;
		break;
	case ACT_LAST:
		f->scroll = max_scroll(f);
		f->hl = f->nitems > 0 ? f->nitems - 1 : NONE;
		break;
	case ACT_LETTER:
		letter(f, ch);
		show_item(f);
		break;
	case ACT_TOGGLE:
		if (f->stage == SC_QUESTION && f->hl != NONE)
			choose(f, f->items[f->hl].index, 0);
		else if (f->stage == SC_INTRO)
			sc_flow_start(f);
		break;
	case ACT_NUMBER:
		k = (size_t)(ch - '1');
		if (f->stage == SC_QUESTION)
			choose(f, k, 1);
		else if (f->stage == SC_INTRO && k == 0)
			sc_flow_start(f);
		else if (f->stage == SC_RESULTS)
			for (i = 0; i < f->nitems; i++)
				if (f->items[i].kind == SC_IT_TOPIC && k-- == 0)
					return activate(s, i, topic);
		break;
	case ACT_OPEN:
		if (f->stage == SC_QUESTION) {
			if (sc_current(f->s)->kind == SC_ONE && f->hl != NONE)
				choose(f, f->items[f->hl].index, 1);
			else
				go_next(f);
		} else if (f->stage == SC_INTRO)
			sc_flow_start(f);
		else if (f->hl != NONE)
			return activate(s, f->hl, topic);
		break;
	default:
		break;
	}
	return SCO_STAY;
}

static int
within(int x, const int span[2])
{
	return span[0] >= 0 && x >= span[0] && x < span[1];
}

enum sc_outcome
ui_selfcheck_click(struct session *s, int y, int x,
    const struct topic **topic)
{
	struct sc_flow *f = &s->sc;
	int i;

	if (f->s == NULL)
		return SCO_LEFT;
	if (f->asking) {
		if (y == G.ask_row && within(x, G.stay_x))
			session_answer_leave(s, 0);
		else if (y == G.ask_row && within(x, G.leave_x) &&
		    session_answer_leave(s, 1))
			return SCO_LEFT;
		return SCO_STAY;
	}
	f->msg = MSG_NONE;
	if (y == G.rows - 2) {
		if (within(x, G.back_x))
			return go_back(s);
		if (within(x, G.next_x))
			return ui_selfcheck_key(s, ACT_OPEN, 0, topic);
		return SCO_STAY;
	}
	if (y < TOP || y >= TOP + body_rows())
		return SCO_STAY;
	layout(f);
	if ((i = item_at_line(f, f->scroll + (size_t)(y - TOP))) < 0)
		return SCO_STAY;
	f->hl = (size_t)i;
	return activate(s, (size_t)i, topic);
}
