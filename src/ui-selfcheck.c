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
 * session's flow (F while a call runs).
 */
static struct {
	int	 rows, cols;	/* of the last draw */
	int	 back_x[2], next_x[2];
	int	 ask_row, stay_x[2], leave_x[2];
} G;

static struct session *SS;	/* the session of the current call */
#define F	(&SS->sc)

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
layout(void)
{
	return sc_flow_layout(F, text_width(G.cols), SC_LAYOUT_SCREEN);
}

static size_t
max_scroll(void)
{
	size_t h = body_rows() > 0 ? (size_t)body_rows() : 1;

	return F->doc.w.n > h ? F->doc.w.n - h : 0;
}

/* Scrolls so that the highlighted item is on screen, whole if it fits. */
static void
show_item(void)
{
	size_t h = body_rows() > 0 ? (size_t)body_rows() : 1;
	const struct sc_item *it;

	if (F->hl == NONE || F->hl >= F->nitems)
		return;
	it = &F->items[F->hl];
	if (it->end > F->scroll + h)
		F->scroll = it->end - h;
	if (it->line < F->scroll)
		F->scroll = it->line;
}

static int
item_visible(size_t i)
{
	return F->items[i].line >= F->scroll &&
	    F->items[i].line < F->scroll + (size_t)body_rows();
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
item_at_line(size_t line)
{
	size_t i;

	for (i = 0; i < F->nitems; i++)
		if (line >= F->items[i].line && line < F->items[i].end)
			return (int)i;
	return -1;
}

/* The buttons under the text: back on the left, next on the right. */
static void
draw_buttons(const struct sc_look *look)
{
	const char *back, *next = NULL, *msg = NULL;
	int row = G.rows - 2, w, bw, most = (G.cols - 2 * MARGIN - 2) / 2;

	if (F->stage == SC_INTRO) {
		/* TRANSLATORS: buttons at the bottom of the self-check; keep
		 * each under 18 characters, so that two fit at 40 columns. */
		back = _("< Leave");
		/* TRANSLATORS: a button: under 18 characters. */
		next = _("Start >");
	} else if (F->stage == SC_QUESTION) {
		/* TRANSLATORS: a button: under 18 characters. */
		back = _("< Back");
		next = sc_index(F->s) + 1 == sc_count(F->s) ?
		    /* TRANSLATORS: a button: under 18 characters. */
		    _("See my notes >") :
		    /* TRANSLATORS: a button: under 18 characters. */
		    _("Next >");
	} else
		back = _("< Back");
	if (F->msg == MSG_CHOOSE && sc_current(F->s) != NULL &&
	    sc_current(F->s)->kind == SC_ANY)
		/* TRANSLATORS: on the row of the buttons, or in their
		 * place in a narrow window: at most 36 characters. */
		msg = _("Mark at least one answer first.");
	else if (F->msg == MSG_CHOOSE)
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
draw_ask(const struct sc_look *look)
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
	col = ask_button(x + 2, stay, w / 3, F->ask_leave ? look->warn :
	    look->select, G.stay_x);
	ask_button(col + 2, leave, w / 3, F->ask_leave ? look->select :
	    look->warn, G.leave_x);
	move(G.ask_row, F->ask_leave ? G.leave_x[0] : G.stay_x[0]);
}

int
ui_selfcheck_draw(struct session *ss, int rows, int cols,
    const struct sc_look *look)
{
	const struct doc *d;
	int h, row, attr, hl_item, cursor = TOP;
	const char *s;
	size_t i, len;

	SS = ss;
	d = &F->doc;
	if (F->s == NULL)
		return 0;
	G.rows = rows;
	G.cols = cols;
	if (layout() < 0)
		return -1;
	h = body_rows();
	if (F->scroll > max_scroll())
		F->scroll = max_scroll();
	for (i = F->scroll; i < d->w.n && (int)(i - F->scroll) < h; i++) {
		row = TOP + (int)(i - F->scroll);
		hl_item = item_at_line(i);
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
		if (hl_item >= 0 && (size_t)hl_item == F->hl) {
			attr = look->select;
			if (i == F->items[F->hl].line)
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
	draw_buttons(look);
	move(cursor, MARGIN);
	if (F->asking)
		draw_ask(look);
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
	SS = s;
	if (!sc_flow_is_open(F))
		return SCO_LEFT;
	return session_leave_selfcheck(s, SC_THEN_BACK) ? SCO_LEFT : SCO_STAY;
}

static void
go_next(void)
{
	if (sc_flow_go_on(F) < 0)
		F->msg = MSG_CHOOSE;
}

/* Back a step; from the first question or the introduction, leave. */
static enum sc_outcome
go_back(void)
{
	if (sc_flow_back(F) < 0)
		return leave(SS);
	return SCO_STAY;
}

/* Chooses answer i; a question with one answer goes on at once. */
static void
choose(size_t i, int go_on)
{
	const struct sc_question *q = sc_current(F->s);

	if (q == NULL || i >= q->nanswers)
		return;
	F->hl = i;
	if (q->kind == SC_ANY || !sc_is_chosen(F->s, q, i))
		sc_choose(F->s, i);
	if (q->kind == SC_ONE && go_on)
		go_next();
}

static enum sc_outcome
activate(size_t i, const struct topic **topic)
{
	if (i >= F->nitems)
		return SCO_STAY;
	switch (F->items[i].kind) {
	case SC_IT_START:
		sc_flow_start(F);
		break;
	case SC_IT_ANSWER:
		choose(F->items[i].index, 1);
		break;
	case SC_IT_TOPIC:
		*topic = F->items[i].topic;
		return SCO_TOPIC;
	case SC_IT_RESTART:
		sc_flow_restart(F);
		break;
	case SC_IT_LEAVE:
		return leave(SS);
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
ask_key(enum action act, wchar_t ch)
{
	int leave = -1;

	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
	case ACT_NEXT_LINK:
	case ACT_PREV_LINK:
	case ACT_TOGGLE:
		F->ask_leave = !F->ask_leave;
		break;
	case ACT_BACK:
		leave = 0;
		break;
	case ACT_OPEN:
		leave = F->ask_leave;
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
	if (leave >= 0 && session_answer_leave(SS, leave))
		return SCO_LEFT;
	return SCO_STAY;
}

/* The next answer whose label starts with ch, after the highlight. */
static void
letter(wchar_t ch)
{
	const struct sc_question *q = sc_current(F->s);
	size_t k, i, n;
	mbstate_t st;
	wchar_t first;
	const char *label;

	if (F->stage != SC_QUESTION || q == NULL)
		return;
	n = q->nanswers;
	for (k = 1; k <= n; k++) {
		i = ((F->hl == NONE ? 0 : F->hl) + k) % n;
		label = q->answers[i].label;
		memset(&st, 0, sizeof(st));
		if (mbrtowc(&first, label, strlen(label), &st) > 0 &&
		    towlower((wint_t)first) == towlower((wint_t)ch)) {
			F->hl = i;
			return;
		}
	}
}

/* Up and Down: between items while they are on screen, else scroll. */
static void
move_by(int dir)
{
	size_t next;

	if (F->stage == SC_QUESTION) {
		if (dir < 0 && F->hl > 0)
			F->hl--;
		else if (dir > 0 && F->hl + 1 < F->nitems)
			F->hl++;
		show_item();
		if (dir < 0 && F->hl == 0)
			F->scroll = 0;	/* and the question above it */
		return;
	}
	next = F->hl == NONE ? (dir > 0 ? 0 : NONE) : dir > 0 ? F->hl + 1 :
	    F->hl > 0 ? F->hl - 1 : NONE;
	if (dir > 0 && F->hl == NONE)
		for (next = 0; next < F->nitems && F->items[next].line <
		    F->scroll; next++)
			;
	if (next != NONE && next < F->nitems && item_visible(next)) {
		F->hl = next;
		return;
	}
	if (dir < 0) {
		F->hl = NONE;
		if (F->scroll > 0)
			F->scroll--;
	} else if (F->scroll < max_scroll())
		F->scroll++;
	if (F->hl != NONE && !item_visible(F->hl))
		F->hl = NONE;
}

/* Tab and Shift-Tab: the next or previous item, cycling, in view. */
static void
next_item(int dir)
{
	if (F->nitems == 0)
		return;
	if (F->hl == NONE)
		F->hl = dir > 0 ? 0 : F->nitems - 1;
	else if (dir > 0)
		F->hl = F->hl + 1 < F->nitems ? F->hl + 1 : 0;
	else
		F->hl = F->hl > 0 ? F->hl - 1 : F->nitems - 1;
	show_item();
	if (F->stage == SC_QUESTION && F->hl == 0)
		F->scroll = 0;
}

enum sc_outcome
ui_selfcheck_key(struct session *s, enum action act, wchar_t ch,
    const struct topic **topic)
{
	size_t h, i, k;

	SS = s;
	if (F->s == NULL)
		return SCO_LEFT;
	if (F->asking)
		return ask_key(act, ch);
	if (G.cols == 0) {	/* a key before the first draw */
		G.cols = 80;
		G.rows = 24;
	}
	layout();
	h = body_rows() > 0 ? (size_t)body_rows() : 1;
	F->msg = MSG_NONE;
	switch (act) {
	case ACT_BACK:
		return go_back();
	case ACT_UP:
		move_by(-1);
		break;
	case ACT_DOWN:
		move_by(1);
		break;
	case ACT_NEXT_LINK:
	case ACT_PREV_LINK:
		next_item(act == ACT_NEXT_LINK ? 1 : -1);
		break;
	case ACT_PAGE_DOWN:
		F->scroll = F->scroll + h < max_scroll() ? F->scroll + h :
		    max_scroll();
		break;
	case ACT_PAGE_UP:
		F->scroll = F->scroll > h ? F->scroll - h : 0;
		break;
	case ACT_FIRST:
		F->scroll = 0;
		F->hl = F->stage == SC_RESULTS ? NONE : 0;
		break;
	case ACT_LAST:
		F->scroll = max_scroll();
		F->hl = F->nitems > 0 ? F->nitems - 1 : NONE;
		break;
	case ACT_LETTER:
		letter(ch);
		show_item();
		break;
	case ACT_TOGGLE:
		if (F->stage == SC_QUESTION && F->hl != NONE)
			choose(F->items[F->hl].index, 0);
		else if (F->stage == SC_INTRO)
			sc_flow_start(F);
		break;
	case ACT_NUMBER:
		k = (size_t)(ch - '1');
		if (F->stage == SC_QUESTION)
			choose(k, 1);
		else if (F->stage == SC_INTRO && k == 0)
			sc_flow_start(F);
		else if (F->stage == SC_RESULTS)
			for (i = 0; i < F->nitems; i++)
				if (F->items[i].kind == SC_IT_TOPIC && k-- == 0)
					return activate(i, topic);
		break;
	case ACT_OPEN:
		if (F->stage == SC_QUESTION) {
			if (sc_current(F->s)->kind == SC_ONE && F->hl != NONE)
				choose(F->items[F->hl].index, 1);
			else
				go_next();
		} else if (F->stage == SC_INTRO)
			sc_flow_start(F);
		else if (F->hl != NONE)
			return activate(F->hl, topic);
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
	int i;

	SS = s;
	if (F->s == NULL)
		return SCO_LEFT;
	if (F->asking) {
		if (y == G.ask_row && within(x, G.stay_x))
			session_answer_leave(s, 0);
		else if (y == G.ask_row && within(x, G.leave_x) &&
		    session_answer_leave(s, 1))
			return SCO_LEFT;
		return SCO_STAY;
	}
	F->msg = MSG_NONE;
	if (y == G.rows - 2) {
		if (within(x, G.back_x))
			return go_back();
		if (within(x, G.next_x))
			return ui_selfcheck_key(s, ACT_OPEN, 0, topic);
		return SCO_STAY;
	}
	if (y < TOP || y >= TOP + body_rows())
		return SCO_STAY;
	layout();
	if ((i = item_at_line(F->scroll + (size_t)(y - TOP))) < 0)
		return SCO_STAY;
	F->hl = (size_t)i;
	return activate((size_t)i, topic);
}
