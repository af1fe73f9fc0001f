/*
 * The self-check screens (see ui-selfcheck.h).  Each screen is laid
 * out as a document of lines with items (answers, links, actions) that
 * span some of them; keys and clicks move between items and scroll.
 *
 * Privacy: the answers live in the engine's session (selfcheck.c) and
 * what is laid out from them in one document whose buffers are sized
 * once, when the self-check opens, so they are never reallocated and
 * no copy is left behind in freed memory.  ui_selfcheck_wipe() zeroes
 * all of it, and the state below, before freeing.  Nothing here is
 * written to a file, a log, the environment or the window title.
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
#include "sc-doc.h"
#include "ui-selfcheck.h"
#include "wrap.h"

#define TOP		2	/* first row of the body */
#define MARGIN		2
#define TEXT_WIDTH	76
#define NONE		((size_t)-1)

enum stage {
	ST_INTRO,
	ST_QUESTION,
	ST_RESULTS,
};

enum item_kind {
	IT_START,		/* the introduction's "start" */
	IT_ANSWER,		/* answer number index */
	IT_TOPIC,
	IT_RESTART,
	IT_LEAVE,
};

struct item {
	enum item_kind kind;
	size_t	 index;		/* IT_ANSWER */
	const struct topic *topic;	/* IT_TOPIC */
	size_t	 line, end;	/* its lines: [line, end) */
};

enum message {
	MSG_NONE,
	MSG_CHOOSE,		/* Enter before anything was chosen */
};

struct sc_screen {
	const struct selfcheck *sc;
	struct sc_session *s;
	enum stage stage;
	int	 asking;	/* the "leave?" box is up */
	int	 ask_leave;	/* 1: "Leave" highlighted; 0: "Stay" */
	enum message msg;
	size_t	 hl;		/* highlighted item, or NONE */
	size_t	 scroll;	/* first line shown */
	struct doc doc;
	struct item *items;
	size_t	 nitems, maxitems;
	const char *bullet;
	int	 rows, cols;	/* of the last draw */
	/* Where the buttons and the box were drawn, for clicks. */
	int	 back_x[2], next_x[2];
	int	 ask_row, stay_x[2], leave_x[2];
};

static struct sc_screen S;

/* ---- memory ---- */

void
ui_selfcheck_wipe(void)
{
	sc_doc_wipe(&S.doc);
	if (S.items != NULL) {
		sc_zero(S.items, S.maxitems * sizeof(*S.items));
		free(S.items);
	}
	sc_wipe(S.s);
	sc_zero(&S, sizeof(S));
}

int
ui_selfcheck_active(void)
{
	return S.s != NULL;
}

int
ui_selfcheck_open(const struct selfcheck *sc, const char *bullet)
{
	size_t bytes, ntopics;

	ui_selfcheck_wipe();
	bytes = sc_doc_bytes(sc, &ntopics);
	doc_init(&S.doc, 2, bullet);
	S.sc = sc;
	S.bullet = bullet;
	S.maxitems = SC_LIMIT_ANSWERS + ntopics + 4;
	S.items = calloc(S.maxitems, sizeof(*S.items));
	if (sc_doc_reserve(&S.doc, bytes, ntopics) < 0 || S.items == NULL ||
	    (S.s = sc_start(sc)) == NULL) {
		ui_selfcheck_wipe();
		return -1;
	}
	S.stage = ST_INTRO;
	S.hl = 0;
	return 0;
}

/*
 * The same self-check in another language: the answers, the place and
 * the highlight carry over (sc_carry()); what was laid out from them in
 * the old language is wiped.  -1 (everything wiped) when out of memory.
 */
int
ui_selfcheck_relang(const struct selfcheck *to, const char *bullet)
{
	struct sc_session *old = S.s;
	enum stage stage = S.stage;
	size_t hl = S.hl;

	S.s = NULL;		/* kept from the wipe in ui_selfcheck_open() */
	if (old == NULL || ui_selfcheck_open(to, bullet) < 0) {
		sc_wipe(old);
		return -1;
	}
	sc_carry(S.s, old);
	sc_wipe(old);
	S.stage = stage;
	S.hl = hl;
	return 0;
}

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
	return S.rows - TOP - 2;	/* the button row and the footer */
}

static void
add_item(enum item_kind kind, size_t index, const struct topic *t,
    size_t first)
{
	struct item *it;

	if (S.nitems == S.maxitems)
		return;
	it = &S.items[S.nitems++];
	it->kind = kind;
	it->index = index;
	it->topic = t;
	it->line = first;
	it->end = S.doc.w.n;
}

/* One paragraph under a marker, tagged with a style. */
static void
hanging(const char *marker, const char *text, enum doc_style style)
{
	size_t first = S.doc.w.n;

	if (wrap_hanging(&S.doc.w, text, strlen(text), S.doc.width, 0,
	    marker) < 0)
		S.doc.nomem = 1;
	doc_tag(&S.doc, first, style);
}

static void
note_style(const char *text)
{
	size_t first = S.doc.w.n;

	if (wrap_body(&S.doc.w, text, S.doc.width, 0, S.bullet) < 0)
		S.doc.nomem = 1;
	doc_tag(&S.doc, first, DOC_NOTE);
}

static void
action(enum item_kind kind, const char *label)
{
	size_t first = S.doc.w.n;

	doc_link(&S.doc, label, NULL);
	add_item(kind, 0, NULL, first);
}

static void
layout_intro(void)
{
	doc_line(&S.doc, S.sc->title, DOC_TITLE);
	doc_blank(&S.doc);
	doc_body(&S.doc, S.sc->introduction);
	doc_blank(&S.doc);
	sc_doc_dates(&S.doc, S.sc);
	action(IT_START, _("Start the self-check"));
}

static void
layout_question(void)
{
	const struct sc_question *q = sc_current(S.s);
	char marker[32], num[4], progress[128];
	size_t i, n, m, first;
	int any = q->kind == SC_ANY;

	sc_progress(S.s, &n, &m);
	/* TRANSLATORS: progress through the self-check, "Question 3 of
	 * 8"; the count can only go down, as answers skip questions. */
	snprintf(progress, sizeof(progress), ngettext("Question %zu of %zu",
	    "Question %zu of %zu", m), n, m);
	doc_line(&S.doc, progress, DOC_NOTE);
	if (sc_may_skip(S.s))
		note_style(sc_doc_may_skip());
	doc_blank(&S.doc);
	doc_line(&S.doc, q->text, DOC_TITLE);
	if (q->help != NULL)
		note_style(q->help);
	if (any)
		doc_line(&S.doc, _("You may choose more than one: Space marks "
		    "an answer, Enter goes on."), DOC_NOTE);
	doc_blank(&S.doc);
	for (i = 0; i < q->nanswers; i++) {
		int on = sc_is_chosen(S.s, q, i);

		/* "1 (*) " for the chosen answer of a question with one
		 * answer, "2 [x] " for each marked answer of the others. */
		if (i < 9)
			snprintf(num, sizeof(num), "%zu ", i + 1);
		else
			snprintf(num, sizeof(num), "  ");
		snprintf(marker, sizeof(marker), "%s%s ", num,
		    any ? (on ? "[x]" : "[ ]") : (on ? "(*)" : "( )"));
		first = S.doc.w.n;
		hanging(marker, q->answers[i].label, DOC_TEXT);
		add_item(IT_ANSWER, i, NULL, first);
	}
	sc_zero(marker, sizeof(marker));
}

/* "You said ...: what to do", as one bullet. */
static void
layout_note(const struct sc_note *n)
{
	size_t len = strlen(n->because) + strlen(n->text) + 4, first;
	char *buf = malloc(len);

	if (buf == NULL) {
		S.doc.nomem = 1;
		return;
	}
	snprintf(buf, len, "- %s %s", n->because, n->text);
	first = S.doc.w.n;
	if (wrap_body(&S.doc.w, buf, S.doc.width, 0, S.bullet) < 0)
		S.doc.nomem = 1;
	doc_tag(&S.doc, first, DOC_TEXT);
	sc_zero(buf, len);
	free(buf);
}

static void
layout_results(void)
{
	const struct sc_note *n;
	const struct sc_link *l;
	struct sc_iter it;
	char label[512];
	size_t first, k = 0;
	int p;

	doc_line(&S.doc, _("Your notes"), DOC_TITLE);
	doc_line(&S.doc, _("Each note comes from one of your answers. They "
	    "may help when you talk with your doctor or an SMP provider. "
	    "Nothing here is saved."), DOC_NOTE);
	for (p = 0; p < SC_NPANELS; p++) {
		doc_blank(&S.doc);
		doc_line(&S.doc, S.sc->panel[p], DOC_HEADING);
		memset(&it, 0, sizeof(it));
		if (sc_count_notes(S.s, (enum sc_panel)p) == 0)
			doc_line(&S.doc, _("None of your answers added a note "
			    "here."), DOC_NOTE);
		while ((n = sc_next_note(S.s, (enum sc_panel)p, &it)) != NULL)
			layout_note(n);
	}
	memset(&it, 0, sizeof(it));
	while ((l = sc_next_topic(S.s, &it)) != NULL) {
		if (l->topic == NULL)
			continue;
		if (k == 0) {
			doc_blank(&S.doc);
			doc_line(&S.doc, _("Topics to read"), DOC_HEADING);
		}
		snprintf(label, sizeof(label), "%zu. %s", ++k, l->topic->title);
		first = S.doc.w.n;
		doc_link(&S.doc, label, l->topic);
		add_item(IT_TOPIC, 0, l->topic, first);
	}
	doc_blank(&S.doc);
	doc_line(&S.doc, S.sc->alternatives_title, DOC_HEADING);
	doc_body(&S.doc, S.sc->alternatives);
	doc_blank(&S.doc);
	doc_line(&S.doc, S.sc->closing, DOC_TITLE);
	doc_blank(&S.doc);
	if (sc_doc_review(&S.doc, S.sc) > 0)
		doc_blank(&S.doc);
	action(IT_RESTART, _("Start again"));
	action(IT_LEAVE, _("Leave the self-check and clear my answers"));
	sc_zero(label, sizeof(label));
}

/* Lays out the current screen for the size of the last draw. */
static void
layout(void)
{
	doc_reset(&S.doc, text_width(S.cols));
	S.nitems = 0;
	if (S.stage == ST_INTRO)
		layout_intro();
	else if (S.stage == ST_QUESTION && sc_current(S.s) != NULL)
		layout_question();
	else
		layout_results();
	if (S.hl != NONE && S.hl >= S.nitems)
		S.hl = S.nitems > 0 ? S.nitems - 1 : NONE;
}

static size_t
max_scroll(void)
{
	size_t h = body_rows() > 0 ? (size_t)body_rows() : 1;

	return S.doc.w.n > h ? S.doc.w.n - h : 0;
}

/* Scrolls so that the highlighted item is on screen, whole if it fits. */
static void
show_item(void)
{
	size_t h = body_rows() > 0 ? (size_t)body_rows() : 1;
	const struct item *it;

	if (S.hl == NONE || S.hl >= S.nitems)
		return;
	it = &S.items[S.hl];
	if (it->end > S.scroll + h)
		S.scroll = it->end - h;
	if (it->line < S.scroll)
		S.scroll = it->line;
}

static int
item_visible(size_t i)
{
	return S.items[i].line >= S.scroll &&
	    S.items[i].line < S.scroll + (size_t)body_rows();
}

/* ---- drawing ---- */

static int
put(int row, int col, const char *s, size_t len, int cols)
{
	size_t fit;

	if (cols <= 0 || row < 0 || row >= S.rows)
		return 0;
	fit = utf8_fit(s, len, cols);
	mvaddnstr(row, col, s, (int)fit);
	return utf8_width(s, fit);
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

	for (i = 0; i < S.nitems; i++)
		if (line >= S.items[i].line && line < S.items[i].end)
			return (int)i;
	return -1;
}

/* The buttons under the text: back on the left, next on the right. */
static void
draw_buttons(const struct sc_look *look)
{
	const char *back, *next = NULL, *msg = NULL;
	int row = S.rows - 2, w, bw, most = (S.cols - 2 * MARGIN - 2) / 2;

	if (S.stage == ST_INTRO) {
		/* TRANSLATORS: buttons at the bottom of the self-check; keep
		 * each under 18 characters, so that two fit at 40 columns. */
		back = _("< Leave");
		/* TRANSLATORS: a button: under 18 characters. */
		next = _("Start >");
	} else if (S.stage == ST_QUESTION) {
		/* TRANSLATORS: a button: under 18 characters. */
		back = _("< Back");
		next = sc_index(S.s) + 1 == sc_count(S.s) ?
		    /* TRANSLATORS: a button: under 18 characters. */
		    _("See my notes >") :
		    /* TRANSLATORS: a button: under 18 characters. */
		    _("Next >");
	} else
		back = _("< Back");
	if (S.msg == MSG_CHOOSE && sc_current(S.s) != NULL &&
	    sc_current(S.s)->kind == SC_ANY)
		/* TRANSLATORS: on the row of the buttons, or in their
		 * place in a narrow window: at most 36 characters. */
		msg = _("Mark at least one answer first.");
	else if (S.msg == MSG_CHOOSE)
		/* TRANSLATORS: the same place: at most 36 characters. */
		msg = _("Choose an answer first.");
	w = next != NULL ? utf8_width(next, strlen(next)) : 0;
	if (w > most)
		w = most;
	bw = utf8_width(back, strlen(back));
	if (bw > most)
		bw = most;
	if (msg != NULL && utf8_width(msg, strlen(msg)) + 4 >
	    S.cols - 2 * MARGIN - w - bw) {
		/* No room between the buttons: until the next key the
		 * message has their row, and a tap there does nothing. */
		S.back_x[0] = S.back_x[1] = S.next_x[0] = S.next_x[1] = -1;
		attron(look->warn);
		put_str(row, MARGIN, msg, S.cols - 2 * MARGIN);
		attroff(look->warn);
		return;
	}
	S.back_x[0] = MARGIN;
	attron(look->link);
	S.back_x[1] = MARGIN + put_str(row, MARGIN, back, most);
	attroff(look->link);
	S.next_x[0] = S.next_x[1] = -1;
	if (next != NULL) {
		S.next_x[0] = S.cols - MARGIN - w;
		attron(look->link);
		S.next_x[1] = S.next_x[0] + put_str(row, S.next_x[0], next, w);
		attroff(look->link);
	}
	if (msg != NULL) {
		attron(look->warn);
		put_str(row, S.back_x[1] + 2, msg, (S.next_x[0] > 0 ?
		    S.next_x[0] : S.cols) - S.back_x[1] - 4);
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
	col += put_str(S.ask_row, col, "[ ", 2);
	col += put_str(S.ask_row, col, label, width);
	col += put_str(S.ask_row, col, " ]", 2);
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
	int w = S.cols - 4 > 50 ? 50 : S.cols - 4, x = (S.cols - w) / 2;
	int row = S.rows / 2 - 3, i, col;

	attron(look->warn);
	for (i = 0; i < 6; i++)
		mvhline(row + i, x, ' ', w);
	put_str(row + 1, x + 2, q, w - 4);
	put_str(row + 2, x + 2, why, w - 4);
	attroff(look->warn);
	S.ask_row = row + 4;
	col = ask_button(x + 2, stay, w / 3, S.ask_leave ? look->warn :
	    look->select, S.stay_x);
	ask_button(col + 2, leave, w / 3, S.ask_leave ? look->select :
	    look->warn, S.leave_x);
	move(S.ask_row, S.ask_leave ? S.leave_x[0] : S.stay_x[0]);
}

void
ui_selfcheck_draw(int rows, int cols, const struct sc_look *look)
{
	const struct doc *d = &S.doc;
	int h, row, attr, hl_item, cursor = TOP;
	const char *s;
	size_t i, len;

	if (S.s == NULL)
		return;
	S.rows = rows;
	S.cols = cols;
	layout();
	h = body_rows();
	if (S.scroll > max_scroll())
		S.scroll = max_scroll();
	for (i = S.scroll; i < d->w.n && (int)(i - S.scroll) < h; i++) {
		row = TOP + (int)(i - S.scroll);
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
		if (hl_item >= 0 && (size_t)hl_item == S.hl) {
			attr = look->select;
			if (i == S.items[S.hl].line)
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
	if (S.asking)
		draw_ask(look);
}

/* ---- keys ---- */

static int
anything_answered(void)
{
	size_t i;

	for (i = 0; i < sc_count(S.s); i++)
		if (sc_answered(S.s, sc_question_at(S.s, i)))
			return 1;
	return 0;
}

enum sc_outcome
ui_selfcheck_leave(void)
{
	if (S.s == NULL)
		return SCO_LEAVE;
	if (!anything_answered()) {
		ui_selfcheck_wipe();
		return SCO_LEAVE;
	}
	S.asking = 1;
	S.ask_leave = 0;
	return SCO_STAY;
}

/* Highlights the chosen answer of the current question, or the first. */
static void
to_question(void)
{
	const struct sc_question *q = sc_current(S.s);
	size_t i;

	S.stage = ST_QUESTION;
	S.hl = 0;
	S.scroll = 0;
	for (i = 0; q != NULL && i < q->nanswers; i++)
		if (sc_is_chosen(S.s, q, i)) {
			S.hl = i;
			break;
		}
}

static void
go_next(void)
{
	if (sc_next(S.s) < 0) {
		S.msg = MSG_CHOOSE;
		return;
	}
	if (sc_finished(S.s)) {
		/* Counted without anything of the answers, when --stats asks. */
		if (S.stage != ST_RESULTS)
			stats_selfcheck_completed();
		S.stage = ST_RESULTS;
		S.hl = NONE;
		S.scroll = 0;
	} else
		to_question();
}

static enum sc_outcome
go_back(void)
{
	if (S.stage == ST_INTRO || (S.stage == ST_QUESTION &&
	    sc_back(S.s) < 0))
		return ui_selfcheck_leave();
	if (S.stage == ST_RESULTS)
		sc_back(S.s);
	to_question();
	return SCO_STAY;
}

/* Chooses answer i; a question with one answer goes on at once. */
static void
choose(size_t i, int go_on)
{
	const struct sc_question *q = sc_current(S.s);

	if (q == NULL || i >= q->nanswers)
		return;
	S.hl = i;
	if (q->kind == SC_ANY || !sc_is_chosen(S.s, q, i))
		sc_choose(S.s, i);
	if (q->kind == SC_ONE && go_on)
		go_next();
}

static enum sc_outcome
activate(size_t i, const struct topic **topic)
{
	if (i >= S.nitems)
		return SCO_STAY;
	switch (S.items[i].kind) {
	case IT_START:
		to_question();
		break;
	case IT_ANSWER:
		choose(S.items[i].index, 1);
		break;
	case IT_TOPIC:
		*topic = S.items[i].topic;
		return SCO_TOPIC;
	case IT_RESTART:
		sc_restart(S.s);
		to_question();
		break;
	case IT_LEAVE:
		return ui_selfcheck_leave();
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
		S.ask_leave = !S.ask_leave;
		break;
	case ACT_BACK:
		leave = 0;
		break;
	case ACT_OPEN:
		leave = S.ask_leave;
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
	if (leave == 1) {
		ui_selfcheck_wipe();
		return SCO_LEAVE;
	}
	if (leave == 0)
		S.asking = 0;
	return SCO_STAY;
}

/* The next answer whose label starts with ch, after the highlight. */
static void
letter(wchar_t ch)
{
	const struct sc_question *q = sc_current(S.s);
	size_t k, i, n;
	mbstate_t st;
	wchar_t first;
	const char *label;

	if (S.stage != ST_QUESTION || q == NULL)
		return;
	n = q->nanswers;
	for (k = 1; k <= n; k++) {
		i = ((S.hl == NONE ? 0 : S.hl) + k) % n;
		label = q->answers[i].label;
		memset(&st, 0, sizeof(st));
		if (mbrtowc(&first, label, strlen(label), &st) > 0 &&
		    towlower((wint_t)first) == towlower((wint_t)ch)) {
			S.hl = i;
			return;
		}
	}
}

/* Up and Down: between items while they are on screen, else scroll. */
static void
move_by(int dir)
{
	size_t next;

	if (S.stage == ST_QUESTION) {
		if (dir < 0 && S.hl > 0)
			S.hl--;
		else if (dir > 0 && S.hl + 1 < S.nitems)
			S.hl++;
		show_item();
		if (dir < 0 && S.hl == 0)
			S.scroll = 0;	/* and the question above it */
		return;
	}
	next = S.hl == NONE ? (dir > 0 ? 0 : NONE) : dir > 0 ? S.hl + 1 :
	    S.hl > 0 ? S.hl - 1 : NONE;
	if (dir > 0 && S.hl == NONE)
		for (next = 0; next < S.nitems && S.items[next].line <
		    S.scroll; next++)
			;
	if (next != NONE && next < S.nitems && item_visible(next)) {
		S.hl = next;
		return;
	}
	if (dir < 0) {
		S.hl = NONE;
		if (S.scroll > 0)
			S.scroll--;
	} else if (S.scroll < max_scroll())
		S.scroll++;
	if (S.hl != NONE && !item_visible(S.hl))
		S.hl = NONE;
}

/* Tab and Shift-Tab: the next or previous item, cycling, in view. */
static void
next_item(int dir)
{
	if (S.nitems == 0)
		return;
	if (S.hl == NONE)
		S.hl = dir > 0 ? 0 : S.nitems - 1;
	else if (dir > 0)
		S.hl = S.hl + 1 < S.nitems ? S.hl + 1 : 0;
	else
		S.hl = S.hl > 0 ? S.hl - 1 : S.nitems - 1;
	show_item();
	if (S.stage == ST_QUESTION && S.hl == 0)
		S.scroll = 0;
}

enum sc_outcome
ui_selfcheck_key(enum action act, wchar_t ch, const struct topic **topic)
{
	size_t h, i, k;

	if (S.s == NULL)
		return SCO_LEAVE;
	if (S.asking)
		return ask_key(act, ch);
	if (S.cols == 0) {	/* a key before the first draw */
		S.cols = 80;
		S.rows = 24;
	}
	layout();
	h = body_rows() > 0 ? (size_t)body_rows() : 1;
	S.msg = MSG_NONE;
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
		S.scroll = S.scroll + h < max_scroll() ? S.scroll + h :
		    max_scroll();
		break;
	case ACT_PAGE_UP:
		S.scroll = S.scroll > h ? S.scroll - h : 0;
		break;
	case ACT_FIRST:
		S.scroll = 0;
		S.hl = S.stage == ST_RESULTS ? NONE : 0;
		break;
	case ACT_LAST:
		S.scroll = max_scroll();
		S.hl = S.nitems > 0 ? S.nitems - 1 : NONE;
		break;
	case ACT_LETTER:
		letter(ch);
		show_item();
		break;
	case ACT_TOGGLE:
		if (S.stage == ST_QUESTION && S.hl != NONE)
			choose(S.items[S.hl].index, 0);
		else if (S.stage == ST_INTRO)
			to_question();
		break;
	case ACT_NUMBER:
		k = (size_t)(ch - '1');
		if (S.stage == ST_QUESTION)
			choose(k, 1);
		else if (S.stage == ST_INTRO && k == 0)
			to_question();
		else if (S.stage == ST_RESULTS)
			for (i = 0; i < S.nitems; i++)
				if (S.items[i].kind == IT_TOPIC && k-- == 0)
					return activate(i, topic);
		break;
	case ACT_OPEN:
		if (S.stage == ST_QUESTION) {
			if (sc_current(S.s)->kind == SC_ONE && S.hl != NONE)
				choose(S.items[S.hl].index, 1);
			else
				go_next();
		} else if (S.stage == ST_INTRO)
			to_question();
		else if (S.hl != NONE)
			return activate(S.hl, topic);
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
ui_selfcheck_click(int y, int x, const struct topic **topic)
{
	int i;

	if (S.s == NULL)
		return SCO_LEAVE;
	if (S.asking) {
		if (y == S.ask_row && within(x, S.stay_x))
			S.asking = 0;
		else if (y == S.ask_row && within(x, S.leave_x)) {
			ui_selfcheck_wipe();
			return SCO_LEAVE;
		}
		return SCO_STAY;
	}
	S.msg = MSG_NONE;
	if (y == S.rows - 2) {
		if (within(x, S.back_x))
			return go_back();
		if (within(x, S.next_x))
			return ui_selfcheck_key(ACT_OPEN, 0, topic);
		return SCO_STAY;
	}
	if (y < TOP || y >= TOP + body_rows())
		return SCO_STAY;
	layout();
	if ((i = item_at_line(S.scroll + (size_t)(y - TOP))) < 0)
		return SCO_STAY;
	S.hl = (size_t)i;
	return activate((size_t)i, topic);
}
