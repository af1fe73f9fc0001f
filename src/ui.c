/*
 * The curses interface.  One stack of views holds where the visitor
 * is; each kind of view has a draw function and a key function, and
 * ui_run() only reads keys and dispatches.  Everything is drawn into
 * stdscr on each key and ncurses sends only what changed.
 */
#include <config.h>

#include <sys/ioctl.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#include <curses.h>

#include "doc.h"
#include "i18n.h"
#include "keys.h"
#include "ui.h"
#include "wrap.h"

#define MIN_COLS	40	/* smaller windows get a message instead */
#define MIN_ROWS	12
#define MAX_VIEWS	64	/* back history; the oldest pages drop out */
#define TEXT_WIDTH	76	/* longest line of text, for easy reading */
#define MARGIN		2	/* columns left of the text */
#define BODY_TOP	2	/* first row of a list or page */
#define ESC_DELAY_MS	25

enum view_kind {
	V_WELCOME,
	V_MENU,
	V_FAQ,
	V_TOPIC,
	V_ANSWER,
	V_DISCLAIMER,
	V_CLINIC,
	V_HELP,
};

struct view {
	enum view_kind kind;
	const char *title;		/* in the header path */
	const struct menu *menu;	/* V_MENU */
	const struct topic *topic;	/* V_TOPIC */
	const struct faq_entry *entry;	/* V_ANSWER */
	size_t	 sel, top;		/* lists: highlighted, first shown */
	size_t	 scroll;		/* pages: first line shown */
	int	 focus;			/* pages: highlighted link, or -1 */
};

struct ui {
	struct content *content;
	struct language *lang;
	struct view views[MAX_VIEWS];	/* views[0] is the welcome screen */
	int	 nviews;
	struct doc doc;			/* the page of the top view */
	int	 doc_stale;
	int	 rows, cols;
	int	 quit;
	const struct ui_options *opt;
	struct language *start_lang;
	const struct theme *theme;
	int	 used;		/* a visitor did something since the reset */
	long	 last_input;	/* ms, monotonic */
	int	 countdown;	/* seconds shown in the idle warning, or 0 */
	int	 mouse_down;	/* a button press waits for its release */
	/* Where things were drawn, for mouse clicks and taps. */
	int	 seg_x[MAX_VIEWS + 1];	/* header path: view i spans */
	int	 seg_first;		/* [seg_x[i], seg_x[i + 1]) */
	int	 nhints;
	int	 hint_x[16];		/* footer hints: [hint_x[i], hint_x[i+1]) */
	enum action hint_act[16];
};

/* Attributes for each part of the screen. */
struct theme {
	attr_t	 bar;		/* header and footer */
	attr_t	 bar_key;	/* key names in the footer */
	attr_t	 select;	/* highlighted item or link */
	attr_t	 title;
	attr_t	 heading;
	attr_t	 link;
	attr_t	 warn;		/* idle warning, too-small message */
};

/*
 * Signals only set a flag and write a byte to a pipe that the main loop
 * polls beside the terminal, so none is lost between a check and a
 * blocking read.  SIGWINCH is ours too: with a handler in place before
 * newterm(), ncurses leaves it alone.
 */
static volatile sig_atomic_t got_signal;	/* a signal that ends us */
static volatile sig_atomic_t got_winch;
static int signal_pipe[2] = { -1, -1 };

static void
on_signal(int sig)
{
	int saved = errno;
	char c = 0;

	if (sig == SIGWINCH)
		got_winch = 1;
	else
		got_signal = sig;
	if (write(signal_pipe[1], &c, 1) < 0) {
		/* The pipe is full: a wake-up is pending anyway. */
	}
	errno = saved;
}

static int
catch_signals(void)
{
	static const int sigs[] = { SIGHUP, SIGTERM, SIGINT, SIGQUIT,
	    SIGWINCH };
	struct sigaction sa;
	size_t i;

	if (pipe2(signal_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
		return -1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;		/* no SA_RESTART: interrupt the read */
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	return 0;
}

static void
release_signals(void)
{
	close(signal_pipe[0]);
	close(signal_pipe[1]);
	signal_pipe[0] = signal_pipe[1] = -1;
}

static struct view *
top_view(struct ui *u)
{
	return &u->views[u->nviews - 1];
}

static int
is_page(enum view_kind k)
{
	return k == V_TOPIC || k == V_ANSWER || k == V_DISCLAIMER ||
	    k == V_CLINIC || k == V_HELP;
}

static int
text_width(const struct ui *u)
{
	int w = u->cols - 2 * MARGIN;

	return w > TEXT_WIDTH ? TEXT_WIDTH : w;
}

static int
body_height(const struct ui *u)
{
	return u->rows - BODY_TOP - 2;	/* status and footer rows */
}

static void
push(struct ui *u, enum view_kind kind, const char *title)
{
	struct view *v;

	if (u->nviews == MAX_VIEWS) {
		/* Forget the oldest page but keep welcome and home. */
		memmove(&u->views[2], &u->views[3],
		    (MAX_VIEWS - 3) * sizeof(u->views[0]));
		u->nviews--;
	}
	v = &u->views[u->nviews++];
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	v->title = title;
	v->focus = -1;
	u->doc_stale = 1;
}

static void
pop(struct ui *u)
{
	if (u->nviews > 1) {
		u->nviews--;
		u->doc_stale = 1;
	}
}

static void
open_topic(struct ui *u, const struct topic *t)
{
	push(u, V_TOPIC, t->title);
	top_view(u)->topic = t;
}

static void
open_home(struct ui *u)
{
	push(u, V_MENU, _("Home"));
	top_view(u)->menu = &u->lang->home;
}

/* ---- drawing helpers ---- */

/* Draws text at (row, col), cut to cols columns; returns columns used. */
static int
put_text(int row, int col, const char *s, size_t len, int cols)
{
	size_t fit;

	if (cols <= 0)
		return 0;
	fit = utf8_fit(s, len, cols);
	mvaddnstr(row, col, s, (int)fit);
	return utf8_width(s, fit);
}

static int
put_str(int row, int col, const char *s, int cols)
{
	return put_text(row, col, s, strlen(s), cols);
}

static int
path_width(const struct ui *u, int first)
{
	int i, w = first > 1 ? 6 : 0;

	for (i = first; i < u->nviews; i++)
		w += utf8_width(u->views[i].title, strlen(u->views[i].title)) +
		    (i > first ? 3 : 0);
	return w;
}

/*
 * The header: the path ("Home > Who it may suit > Scars", oldest parts
 * dropped when it is too long) and, where it fits, the reminder that
 * this is general information.
 */
static void
draw_header(struct ui *u)
{
	const char *notice = _("General information, not medical advice");
	int i, first = 1, used = 1, nw, room;

	if (u->nviews == 1) {
		u->views[0].title = u->lang->title;
		first = 0;
	}
	nw = utf8_width(notice, strlen(notice));
	if (path_width(u, first) + nw + 4 > u->cols) {
		notice = _("Not medical advice");
		nw = utf8_width(notice, strlen(notice));
		if (path_width(u, first) + nw + 4 > u->cols &&
		    nw + 2 > u->cols / 2)
			nw = -2;	/* no room: the help screen says it */
	}
	room = u->cols - 2 - (nw + 2);
	while (first < u->nviews - 1 && path_width(u, first) > room)
		first++;
	attron(u->theme->bar);
	mvhline(0, 0, ' ', u->cols);
	if (first > 1)
		used += put_str(0, used, "... > ", room - used + 1);
	u->seg_first = first;
	for (i = first; i < u->nviews; i++) {
		if (i > first)
			used += put_str(0, used, " > ", room - used + 1);
		u->seg_x[i] = used;
		used += put_str(0, used, u->views[i].title, room - used + 1);
	}
	u->seg_x[u->nviews] = used;
	if (nw > 0)
		put_str(0, u->cols - nw - 1, notice, nw);
	attroff(u->theme->bar);
}

/* Hints from the key table for this kind of screen. */
static void
draw_footer(struct ui *u, unsigned where)
{
	const struct key_binding *b;
	int col = 1, w;
	unsigned i;

	attron(u->theme->bar);
	mvhline(u->rows - 1, 0, ' ', u->cols);
	u->nhints = 0;
	for (i = 0; i < key_table_len && u->nhints < 15; i++) {
		b = &key_table[i];
		if (b->hint == NULL || !(b->where & where) ||
		    (b->act == ACT_QUIT && u->opt->kiosk))
			continue;
		w = utf8_width(b->hkey, strlen(b->hkey)) + 1 +
		    utf8_width(_(b->hint), strlen(_(b->hint)));
		if (col + w >= u->cols)
			break;
		u->hint_x[u->nhints] = col;
		u->hint_act[u->nhints++] = b->act;
		attron(u->theme->bar_key);
		col += put_str(u->rows - 1, col, b->hkey, w);
		attroff(u->theme->bar_key);
		attron(u->theme->bar);
		col += put_str(u->rows - 1, col, " ", 1);
		col += put_str(u->rows - 1, col, _(b->hint), w) + 2;
	}
	u->hint_x[u->nhints] = col;
	attroff(u->theme->bar);
}

/* ---- lists: menus and the FAQ ---- */

static size_t
list_count(const struct ui *u, const struct view *v)
{
	if (v->kind == V_FAQ)
		return u->lang->faq ? u->lang->faq->n : 0;
	return v->menu->n;
}

static const char *
list_label(const struct ui *u, const struct view *v, size_t i)
{
	if (v->kind == V_FAQ)
		return u->lang->faq->entries[i].question;
	return v->menu->items[i].title;
}

static const char *
list_summary(const struct view *v, size_t i)
{
	if (v->kind == V_FAQ)
		return NULL;
	return v->menu->items[i].summary;
}

static void
list_scroll_into_view(struct ui *u, struct view *v)
{
	size_t h = (size_t)body_height(u);

	if (v->sel < v->top)
		v->top = v->sel;
	else if (v->sel >= v->top + h)
		v->top = v->sel - h + 1;
}

static void
draw_list(struct ui *u, struct view *v)
{
	size_t i, n = list_count(u, v);
	int row, h = body_height(u), cw = u->cols - 2 * MARGIN;
	const char *label, *sum;
	char num[8];

	list_scroll_into_view(u, v);
	for (i = v->top; i < n && (int)(i - v->top) < h; i++) {
		row = BODY_TOP + (int)(i - v->top);
		label = list_label(u, v, i);
		if (i == v->sel) {
			attron(u->theme->select);
			mvhline(row, MARGIN, ' ', cw);
		}
		if (i < 9)
			snprintf(num, sizeof(num), "%zu", i + 1);
		else
			snprintf(num, sizeof(num), " ");
		put_str(row, MARGIN + 1, num, 2);
		put_str(row, MARGIN + 4, label, cw - 5);
		if (i == v->sel)
			attroff(u->theme->select);
	}
	if ((sum = list_summary(v, v->sel)) != NULL)
		put_str(u->rows - 2, MARGIN, sum, u->cols - 2 * MARGIN);
	move(BODY_TOP + (int)(v->sel - v->top), MARGIN);
}

/* Jumps to the next item whose label starts with ch, cycling. */
static void
list_letter(struct ui *u, struct view *v, wchar_t ch)
{
	size_t n = list_count(u, v), k, i;
	const char *label;
	mbstate_t st;
	wchar_t first;

	for (k = 1; k <= n; k++) {
		i = (v->sel + k) % n;
		label = list_label(u, v, i);
		memset(&st, 0, sizeof(st));
		if (mbrtowc(&first, label, strlen(label), &st) > 0 &&
		    towlower((wint_t)first) == towlower((wint_t)ch)) {
			v->sel = i;
			return;
		}
	}
}

static void
list_open(struct ui *u, struct view *v)
{
	const struct menu_item *it;

	if (v->kind == V_FAQ) {
		push(u, V_ANSWER, u->lang->faq->entries[v->sel].question);
		top_view(u)->entry = &u->lang->faq->entries[v->sel];
		return;
	}
	it = &v->menu->items[v->sel];
	switch (it->kind) {
	case MENU_TOPIC:
		open_topic(u, it->topic);
		break;
	case MENU_SUBMENU:
		push(u, V_MENU, it->title);
		top_view(u)->menu = it->sub;
		break;
	case MENU_SHOW:
		if (it->show == SHOW_FAQ)
			push(u, V_FAQ, it->title);
		else if (it->show == SHOW_DISCLAIMER)
			push(u, V_DISCLAIMER, it->title);
		else if (it->show == SHOW_CLINIC)
			push(u, V_CLINIC, it->title);
		else
			push(u, V_HELP, it->title);
		break;
	}
}

static void
list_key(struct ui *u, struct view *v, enum action act, wchar_t ch)
{
	size_t n = list_count(u, v), h = (size_t)body_height(u);

	switch (act) {
	case ACT_UP:
		if (v->sel > 0)
			v->sel--;
		break;
	case ACT_DOWN:
		if (v->sel + 1 < n)
			v->sel++;
		break;
	case ACT_PAGE_UP:
		v->sel = v->sel > h ? v->sel - h : 0;
		break;
	case ACT_PAGE_DOWN:
		v->sel = v->sel + h < n ? v->sel + h : n - 1;
		break;
	case ACT_FIRST:
		v->sel = 0;
		break;
	case ACT_LAST:
		v->sel = n - 1;
		break;
	case ACT_OPEN:
		list_open(u, v);
		break;
	case ACT_NUMBER:
		if ((size_t)(ch - '0') <= n) {
			v->sel = (size_t)(ch - '1');
			list_open(u, v);
		}
		break;
	case ACT_LETTER:
		list_letter(u, v, ch);
		break;
	default:
		break;
	}
}

/* ---- pages ---- */

static void
build_help(struct ui *u, struct doc *d)
{
	const struct key_binding *b;
	char key[64];
	size_t first;
	unsigned i;

	doc_line(d, _("Help"), DOC_TITLE);
	doc_blank(d);
	doc_line(d, _("Keys"), DOC_HEADING);
	for (i = 0; i < key_table_len; i++) {
		b = &key_table[i];
		if (b->help == NULL || (b->act == ACT_QUIT && u->opt->kiosk))
			continue;
		snprintf(key, sizeof(key), "%-22s", _(b->name));
		first = d->w.n;
		if (wrap_hanging(&d->w, _(b->help), strlen(_(b->help)),
		    d->width, 0, key) < 0)
			d->nomem = 1;
		doc_tag(d, first, DOC_TEXT);
	}
	if (u->opt->mouse) {
		doc_blank(d);
		doc_line(d, _("Mouse and touch"), DOC_HEADING);
		doc_body(d, _("Tap or click an item or a link to open it. Tap a "
		    "part of the path at the top to go back to it. Tap a key "
		    "name at the bottom to use that key. The wheel scrolls."));
	}
	doc_blank(d);
	doc_line(d, _("About this information"), DOC_HEADING);
	doc_body(d, u->lang->disclaimer);
}

static void
build_doc(struct ui *u, struct view *v)
{
	doc_reset(&u->doc, text_width(u));
	switch (v->kind) {
	case V_TOPIC:
		doc_topic(&u->doc, v->topic, u->lang->clinic);
		break;
	case V_ANSWER:
		doc_faq_entry(&u->doc, v->entry);
		break;
	case V_DISCLAIMER:
		doc_text(&u->doc, v->title, u->lang->disclaimer);
		break;
	case V_CLINIC:
		doc_clinic(&u->doc, u->lang->clinic);
		break;
	case V_HELP:
		build_help(u, &u->doc);
		break;
	default:
		break;
	}
	u->doc_stale = 0;
}

/*
 * Lays out the top view's page for the current window, if it is a page
 * and that was not done yet: keys that scroll need the layout before
 * anything is drawn, since a burst of keys is handled before a redraw.
 */
static void
ensure_doc(struct ui *u)
{
	struct view *v = top_view(u);

	getmaxyx(stdscr, u->rows, u->cols);
	if (is_page(v->kind) && (u->doc_stale ||
	    u->doc.width != text_width(u)))
		build_doc(u, v);
}

static size_t
page_max_scroll(const struct ui *u)
{
	size_t h = (size_t)body_height(u);

	return u->doc.w.n > h ? u->doc.w.n - h : 0;
}

static int
line_visible(const struct ui *u, const struct view *v, size_t line)
{
	return line >= v->scroll && line < v->scroll + (size_t)body_height(u);
}

/* After a scroll, a link that left the screen loses the highlight. */
static void
page_clamp(struct ui *u, struct view *v)
{
	if (v->scroll > page_max_scroll(u))
		v->scroll = page_max_scroll(u);
	if (v->focus >= 0 && !line_visible(u, v, u->doc.links[v->focus].line))
		v->focus = -1;
}

static void
page_show_line(struct ui *u, struct view *v, size_t line)
{
	size_t h = (size_t)body_height(u);

	if (line < v->scroll)
		v->scroll = line;
	else if (line >= v->scroll + h)
		v->scroll = line - h + 1;
	page_clamp(u, v);
}

static void
draw_page(struct ui *u, struct view *v)
{
	const struct doc *d = &u->doc;
	int h = body_height(u), row, attr, cursor_row = BODY_TOP;
	char pos[64];
	const char *s;
	size_t i, len, n = d->w.n;

	page_clamp(u, v);
	for (i = v->scroll; i < n && (int)(i - v->scroll) < h; i++) {
		row = BODY_TOP + (int)(i - v->scroll);
		switch (d->style[i]) {
		case DOC_TITLE:
			attr = u->theme->title;
			break;
		case DOC_HEADING:
			attr = u->theme->heading;
			break;
		case DOC_LINK:
			attr = d->link[i] == v->focus ? u->theme->select :
			    u->theme->link;
			if (d->link[i] == v->focus)
				cursor_row = row;
			break;
		default:
			attr = A_NORMAL;
			break;
		}
		s = doc_text_at(d, i, &len);
		attron(attr);
		put_text(row, MARGIN + d->w.lines[i].indent, s, len,
		    u->cols - MARGIN - d->w.lines[i].indent);
		attroff(attr);
	}
	if (n <= (size_t)h)
		snprintf(pos, sizeof(pos), "%s", _("All"));
	else
		/* TRANSLATORS: the lines of a page on screen: "Lines 1-20 of
		 * 85".  Keep it under 20 characters. */
		snprintf(pos, sizeof(pos), _("Lines %zu-%zu of %zu"),
		    v->scroll + 1, v->scroll + (size_t)h < n ?
		    v->scroll + (size_t)h : n, n);
	len = (size_t)utf8_width(pos, strlen(pos));
	put_str(u->rows - 2, u->cols - (int)len - MARGIN, pos, (int)len);
	move(cursor_row, MARGIN);
}

/* The next (dir 1) or previous (dir -1) link on screen, or -1. */
static int
visible_link(struct ui *u, struct view *v, int dir)
{
	int i = v->focus;

	for (;;) {
		i += dir;
		if (i < 0 || (size_t)i >= u->doc.nlinks)
			return -1;
		if (line_visible(u, v, u->doc.links[i].line))
			return i;
		if (v->focus < 0 && dir > 0 && u->doc.links[i].line < v->scroll)
			continue;
		if (v->focus >= 0)
			return -1;
	}
}

static void
page_open_link(struct ui *u, struct view *v, int link)
{
	(void)v;
	if (link >= 0 && (size_t)link < u->doc.nlinks)
		open_topic(u, u->doc.links[link].topic);
}

static void
page_key(struct ui *u, struct view *v, enum action act, wchar_t ch)
{
	size_t h = (size_t)body_height(u), max = page_max_scroll(u);
	int l;

	switch (act) {
	case ACT_DOWN:
		if ((l = visible_link(u, v, 1)) >= 0)
			v->focus = l;
		else if (v->scroll < max)
			v->scroll++;
		break;
	case ACT_UP:
		if (v->focus >= 0 && (l = visible_link(u, v, -1)) >= 0)
			v->focus = l;
		else {
			v->focus = -1;
			if (v->scroll > 0)
				v->scroll--;
		}
		break;
	case ACT_PAGE_DOWN:
		v->scroll = v->scroll + h < max ? v->scroll + h : max;
		break;
	case ACT_PAGE_UP:
		v->scroll = v->scroll > h ? v->scroll - h : 0;
		break;
	case ACT_FIRST:
		v->scroll = 0;
		v->focus = -1;
		break;
	case ACT_LAST:
		v->scroll = max;
		v->focus = -1;
		break;
	case ACT_NEXT_LINK:
	case ACT_PREV_LINK:
		if (u->doc.nlinks == 0)
			break;
		l = v->focus + (act == ACT_NEXT_LINK ? 1 : -1);
		if (l < 0)
			l = (int)u->doc.nlinks - 1;
		if ((size_t)l >= u->doc.nlinks)
			l = 0;
		page_show_line(u, v, u->doc.links[l].line);
		v->focus = l;
		break;
	case ACT_SOURCES:
		if (u->doc.sources > 0) {
			v->scroll = u->doc.sources < max ? u->doc.sources : max;
			v->focus = -1;
		}
		break;
	case ACT_OPEN:
		page_open_link(u, v, v->focus);
		break;
	case ACT_NUMBER:
		page_open_link(u, v, (int)(ch - '1'));
		break;
	default:
		break;
	}
	page_clamp(u, v);
}

/* ---- welcome and small windows ---- */

static void
draw_centered(struct ui *u, struct doc *d, int row, int attr)
{
	const char *s;
	size_t i, len;
	int col;

	for (i = 0; i < d->w.n && row < u->rows; i++, row++) {
		s = doc_text_at(d, i, &len);
		col = (u->cols - d->w.lines[i].width) / 2;
		attron(attr);
		put_text(row, col > 0 ? col : 0, s, len, u->cols);
		attroff(attr);
	}
}

static void
draw_too_small(struct ui *u)
{
	struct doc d;
	char msg[160];

	erase();
	snprintf(msg, sizeof(msg), _("Please make the window larger (at "
	    "least %d x %d)."), MIN_COLS, MIN_ROWS);
	doc_init(&d, u->cols > 2 ? u->cols : 2, NULL);
	doc_line(&d, msg, DOC_TEXT);
	draw_centered(u, &d, u->rows > (int)d.w.n ? (u->rows -
	    (int)d.w.n) / 2 : 0, u->theme->warn);
	doc_free(&d);
	move(0, 0);
}

static void
draw_welcome(struct ui *u)
{
	const char *start = _("Press any key to start");
	int w = text_width(u), limit = u->rows - 3;
	struct doc d;
	const char *s;
	size_t i, len;
	int row = BODY_TOP;

	doc_init(&d, w, u->doc.bullet);
	doc_line(&d, u->lang->title, DOC_TITLE);
	draw_centered(u, &d, row, u->theme->title);
	row += (int)d.w.n;
	if (u->lang->clinic != NULL) {
		doc_reset(&d, w);
		doc_line(&d, u->lang->clinic->name, DOC_TEXT);
		draw_centered(u, &d, row, A_NORMAL);
		row += (int)d.w.n;
	}
	row++;
	doc_reset(&d, w);
	doc_body(&d, u->lang->welcome);
	for (i = 0; i < d.w.n && row < limit; i++, row++) {
		s = doc_text_at(&d, i, &len);
		put_text(row, (u->cols - w) / 2 + d.w.lines[i].indent, s, len,
		    w - d.w.lines[i].indent);
	}
	doc_reset(&d, u->cols);
	doc_line(&d, start, DOC_TITLE);
	draw_centered(u, &d, u->rows - 3, u->theme->title);
	doc_free(&d);
	move(u->rows - 3, (u->cols - utf8_width(start, strlen(start))) / 2 > 0 ?
	    (u->cols - utf8_width(start, strlen(start))) / 2 : 0);
}

/* ---- the loop ---- */

static void draw_countdown(struct ui *);

static void
draw(struct ui *u)
{
	struct view *v = top_view(u);

	getmaxyx(stdscr, u->rows, u->cols);
	if (u->cols < MIN_COLS || u->rows < MIN_ROWS) {
		draw_too_small(u);
		refresh();
		return;
	}
	ensure_doc(u);
	erase();
	draw_header(u);
	switch (v->kind) {
	case V_WELCOME:
		draw_footer(u, ON_WELCOME);
		draw_welcome(u);
		break;
	case V_MENU:
	case V_FAQ:
		draw_footer(u, ON_MENU);
		draw_list(u, v);
		break;
	default:
		draw_footer(u, ON_PAGE);
		draw_page(u, v);
		break;
	}
	if (u->countdown > 0)
		draw_countdown(u);
	refresh();
}

static void
handle_key(struct ui *u, int fkey, wchar_t ch)
{
	struct view *v = top_view(u);
	unsigned where = v->kind == V_WELCOME ? ON_WELCOME :
	    v->kind == V_MENU || v->kind == V_FAQ ? ON_MENU : ON_PAGE;
	enum action act = key_action(fkey, ch, where);

	if (u->cols < MIN_COLS || u->rows < MIN_ROWS) {
		if (act == ACT_QUIT && !u->opt->kiosk)
			u->quit = 1;
		return;
	}
	switch (act) {
	case ACT_QUIT:
		if (!u->opt->kiosk)
			u->quit = 1;
		return;
	case ACT_HELP:
		if (v->kind != V_HELP)
			push(u, V_HELP, _("Help"));
		return;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return;
	case ACT_BACK:
		pop(u);
		return;
	default:
		break;
	}
	if (v->kind == V_WELCOME) {
		/* Any key starts, but Esc and the other back keys do not:
		 * a flood of them must not bounce between two screens. */
		if (key_action(fkey, ch, ON_VIEWS) != ACT_BACK)
			open_home(u);
	} else if (where == ON_MENU)
		list_key(u, v, act, ch);
	else {
		ensure_doc(u);
		page_key(u, v, act, ch);
	}
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int
color_ok(void)
{
	const char *nc = getenv("NO_COLOR");

	return has_colors() && (nc == NULL || *nc == '\0');
}

/*
 * Picks the attributes of a theme.  Without colour (NO_COLOR, or a
 * terminal that has none) every theme is drawn in reverse and bold.
 */
static const struct theme *
make_theme(enum theme_name name)
{
	static struct theme t;

	t.bar = A_REVERSE;
	t.bar_key = A_REVERSE | A_BOLD;
	t.select = A_REVERSE;
	t.title = A_BOLD;
	t.heading = A_BOLD | A_UNDERLINE;
	t.link = A_UNDERLINE;
	t.warn = A_BOLD | A_REVERSE;
	if (name == THEME_MONO || !color_ok() || start_color() == ERR)
		return &t;
	use_default_colors();
	if (name == THEME_HIGH_CONTRAST) {
		init_pair(1, COLOR_BLACK, COLOR_WHITE);
		init_pair(2, COLOR_BLACK, COLOR_YELLOW);
		init_pair(3, COLOR_YELLOW, -1);
		t.bar = COLOR_PAIR(1) | A_BOLD;
		t.bar_key = COLOR_PAIR(1) | A_BOLD | A_UNDERLINE;
		t.select = COLOR_PAIR(2) | A_BOLD;
		t.heading = COLOR_PAIR(3) | A_BOLD;
		t.link = A_BOLD | A_UNDERLINE;
		t.warn = COLOR_PAIR(2) | A_BOLD;
	} else {
		init_pair(1, COLOR_WHITE, COLOR_BLUE);
		init_pair(2, COLOR_YELLOW, COLOR_BLUE);
		init_pair(3, COLOR_BLACK, COLOR_CYAN);
		init_pair(4, COLOR_CYAN, -1);
		t.bar = COLOR_PAIR(1);
		t.bar_key = COLOR_PAIR(2) | A_BOLD;
		t.select = COLOR_PAIR(3);
		t.heading = COLOR_PAIR(4) | A_BOLD;
		t.warn = COLOR_PAIR(1) | A_BOLD;
	}
	return &t;
}

/* Sets up curses on the terminal of stdin and stdout. */
static SCREEN *
start_curses(const struct ui_options *o, int *status)
{
	const char *term = getenv("TERM");
	SCREEN *scr;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "smp-kiosk: %s\n", _("the interactive kiosk "
		    "needs a terminal on standard input and output (try "
		    "--dump for plain text)"));
		*status = EX_USAGE;
		return NULL;
	}
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, _("smp-kiosk: cannot use the terminal type "
		    "\"%s\" (check TERM)\n"), term ? term : "");
		*status = EX_SOFTWARE;
		return NULL;
	}
	set_term(scr);
	if (o->kiosk)
		raw();		/* Ctrl-C, Ctrl-\\ and Ctrl-Z are keys */
	else
		cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);		/* next_input() does the waiting */
	set_escdelay(ESC_DELAY_MS);
	curs_set(1);
	if (o->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED |
		    BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);	/* act on the press, at once */
	}
	return scr;
}

static void
stop_curses(SCREEN *scr)
{
	mousemask(0, NULL);
	curs_set(1);
	attrset(A_NORMAL);
	endwin();
	delscreen(scr);
}

/* Takes the terminal's new size, once for a burst of SIGWINCHs. */
static void
resize(void)
{
	struct winsize ws;

	got_winch = 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0)
		resize_term(ws.ws_row, ws.ws_col);
}

enum input {
	IN_NONE,		/* nothing yet */
	IN_KEY,			/* a character in *wch */
	IN_FKEY,		/* a function key code in *wch */
	IN_RESIZE,
	IN_END,			/* a signal, or the terminal is gone */
};

/* A key that ncurses has, or can read without waiting. */
static enum input
take_input(wint_t *wch)
{
	int rc;

	if (got_signal)
		return IN_END;
	if (got_winch) {
		resize();
		return IN_RESIZE;
	}
	errno = 0;
	rc = get_wch(wch);
	if (rc == KEY_CODE_YES)
		return *wch == KEY_RESIZE ? IN_RESIZE : IN_FKEY;
	if (rc != ERR)
		return IN_KEY;
	/* Bytes that are no character (EILSEQ) are dropped, not an end. */
	if (errno != 0 && errno != EINTR && errno != EAGAIN && errno != EILSEQ)
		return IN_END;
	return IN_NONE;
}

/*
 * Waits up to timeout_ms (-1: no limit) for the terminal or a signal.
 * Returns IN_END when the terminal is gone: it polls as hung up, or it
 * keeps polling readable while ncurses finds no key in it (EOF and EIO
 * come back from ncurses as ERR, like "no input"), so that the loop
 * never spins on a dead terminal.
 */
static enum input
wait_input(int timeout_ms, int *dry)
{
	struct pollfd pfd[2];
	char buf[64];

	pfd[0].fd = STDIN_FILENO;
	pfd[0].events = POLLIN;
	pfd[1].fd = signal_pipe[0];
	pfd[1].events = POLLIN;
	if (poll(pfd, 2, timeout_ms) < 0)
		return errno == EINTR ? IN_NONE : IN_END;
	if (pfd[1].revents & POLLIN)
		while (read(signal_pipe[0], buf, sizeof(buf)) > 0)
			;
	if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL))
		return IN_END;
	if (pfd[0].revents & POLLIN) {
		int pending = 0;

		/* Bytes still queued: a key in the making (a broken escape
		 * sequence or UTF-8 gives no key for a while), not a dead
		 * terminal, which has nothing to read. */
		if (ioctl(STDIN_FILENO, FIONREAD, &pending) == 0 &&
		    pending > 0) {
			*dry = 0;
			return IN_KEY;
		}
		if (++*dry > 1)
			return IN_END;	/* readable twice, and no key */
		return IN_KEY;
	}
	return IN_NONE;
}

/* ---- idle reset ---- */

/* Seconds of warning before an idle reset. */
static int
warning_secs(const struct ui *u)
{
	int t = u->opt->idle_timeout;

	return t >= 20 ? 10 : (t + 1) / 2;
}

/* How long poll() may sleep before the idle timer needs attention. */
static int
idle_wait_ms(struct ui *u)
{
	long left, warn;

	if (u->opt->idle_timeout <= 0 || !u->used)
		return -1;
	left = u->last_input + u->opt->idle_timeout * 1000L - now_ms();
	warn = warning_secs(u) * 1000L;
	if (left <= 0)
		return 0;
	if (left > warn)
		return (int)(left - warn);
	return (int)((left - 1) % 1000 + 1);	/* next whole second */
}

/*
 * Forgets the visitor: back to the welcome screen in the start language
 * with no history, and a full redraw so nothing of theirs stays shown.
 */
static void
reset_session(struct ui *u)
{
	memset(u->views, 0, sizeof(u->views));
	u->nviews = 1;
	u->views[0].kind = V_WELCOME;
	u->lang = u->start_lang;
	u->views[0].title = u->lang->title;
	u->doc_stale = 1;
	u->used = 0;
	u->countdown = 0;
	u->mouse_down = 0;
	clearok(curscr, TRUE);
}

/* Updates the countdown, or resets; returns 1 when the screen changed. */
static int
idle_tick(struct ui *u)
{
	long left;
	int secs;

	if (u->opt->idle_timeout <= 0 || !u->used)
		return 0;
	left = u->last_input + u->opt->idle_timeout * 1000L - now_ms();
	if (left <= 0) {
		reset_session(u);
		return 1;
	}
	secs = (int)((left + 999) / 1000);
	if (secs > warning_secs(u))
		return 0;
	if (secs != u->countdown) {
		u->countdown = secs;
		return 1;
	}
	return 0;
}

static void
draw_countdown(struct ui *u)
{
	char msg[160];
	struct doc d;
	int row;

	/* TRANSLATORS: shown before the kiosk forgets an idle visitor. */
	snprintf(msg, sizeof(msg), ngettext("Still there? Resetting in %d "
	    "second. Press any key to stay.", "Still there? Resetting in %d "
	    "seconds. Press any key to stay.", u->countdown), u->countdown);
	doc_init(&d, u->cols - 4 > 2 ? u->cols - 4 : 2, NULL);
	doc_line(&d, msg, DOC_TEXT);
	row = u->rows / 2 - (int)d.w.n / 2;
	for (int i = -1; i <= (int)d.w.n; i++) {
		attron(u->theme->warn);
		mvhline(row + i, 1, ' ', u->cols - 2);
		attroff(u->theme->warn);
	}
	draw_centered(u, &d, row, u->theme->warn);
	doc_free(&d);
	move(row, 2);
}

/* ---- mouse and touch ---- */

static void
click_header(struct ui *u, int x)
{
	int i;

	for (i = u->seg_first; i < u->nviews - 1; i++)
		if (x >= u->seg_x[i] && x < u->seg_x[i + 1]) {
			u->nviews = i + 1;
			u->doc_stale = 1;
			return;
		}
}

static void handle_key(struct ui *, int, wchar_t);

static void
click_footer(struct ui *u, int x)
{
	int i;

	for (i = 0; i < u->nhints; i++)
		if (x >= u->hint_x[i] && x < u->hint_x[i + 1]) {
			if (u->hint_act[i] == ACT_UP)
				handle_key(u, KEY_UP, 0);
			else if (u->hint_act[i] == ACT_OPEN)
				handle_key(u, 0, '\r');
			else if (u->hint_act[i] == ACT_BACK)
				handle_key(u, KEY_LEFT, 0);
			else if (u->hint_act[i] == ACT_HELP)
				handle_key(u, 0, '?');
			else if (u->hint_act[i] == ACT_QUIT)
				handle_key(u, 0, 'q');
			return;
		}
}

static void
click_body(struct ui *u, int y)
{
	struct view *v = top_view(u);
	size_t i;

	if (v->kind == V_WELCOME) {
		open_home(u);
		return;
	}
	if (y < BODY_TOP || y >= BODY_TOP + body_height(u))
		return;
	i = (size_t)(y - BODY_TOP);
	if (v->kind == V_MENU || v->kind == V_FAQ) {
		if (v->top + i < list_count(u, v)) {
			v->sel = v->top + i;
			list_open(u, v);
		}
	} else if (v->scroll + i < u->doc.w.n &&
	    u->doc.link[v->scroll + i] >= 0)
		page_open_link(u, v, u->doc.link[v->scroll + i]);
}

/*
 * Touch terminals differ: some send only a click, others a press and a
 * release.  A press acts at once; its release is then ignored; a lone
 * release or click acts too.
 */
static void
handle_mouse(struct ui *u)
{
	struct view *v = top_view(u);
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		int down = (ev.bstate & BUTTON5_PRESSED) != 0;

		if (v->kind == V_MENU || v->kind == V_FAQ)
			list_key(u, v, down ? ACT_DOWN : ACT_UP, 0);
		else if (is_page(v->kind)) {
			size_t max = page_max_scroll(u);

			if (down)
				v->scroll = v->scroll + 3 < max ?
				    v->scroll + 3 : max;
			else
				v->scroll = v->scroll > 3 ? v->scroll - 3 : 0;
			page_clamp(u, v);
		}
		return;
	}
	if (ev.bstate & BUTTON1_RELEASED && u->mouse_down) {
		u->mouse_down = 0;
		return;
	}
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_RELEASED |
	    BUTTON1_CLICKED)))
		return;
	u->mouse_down = (ev.bstate & BUTTON1_PRESSED) != 0;
	if (u->cols < MIN_COLS || u->rows < MIN_ROWS)
		return;
	if (ev.y == 0)
		click_header(u, ev.x);
	else if (ev.y == u->rows - 1)
		click_footer(u, ev.x);
	else
		click_body(u, ev.y);
}

/* ---- the loop ---- */

int
ui_run(struct content *c, struct language *start, const struct ui_options *o)
{
	struct sigaction sa;
	struct ui u;
	SCREEN *scr;
	wint_t wch;
	int status = EX_OK, need_draw = 1, dry = 0;
	enum input in;

	if (catch_signals() < 0) {
		fprintf(stderr, "smp-kiosk: pipe: %s\n", strerror(errno));
		return EX_OSERR;
	}
	if (o->kiosk) {
		/* Nothing typed or sent from the terminal may stop us. */
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = SIG_IGN;
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGQUIT, &sa, NULL);
		sigaction(SIGTSTP, &sa, NULL);
	}
	if ((scr = start_curses(o, &status)) == NULL) {
		release_signals();
		return status;
	}
	memset(&u, 0, sizeof(u));
	u.content = c;
	u.opt = o;
	u.start_lang = start;
	u.theme = make_theme(o->theme);
	doc_init(&u.doc, 0, nl_langinfo(CODESET) != NULL &&
	    strcmp(nl_langinfo(CODESET), "UTF-8") == 0 ? "\xe2\x80\xa2 " :
	    "- ");
	reset_session(&u);
	u.last_input = now_ms();
	while (!u.quit) {
		in = take_input(&wch);
		if (in == IN_END)
			break;
		if (in == IN_NONE) {
			if (idle_tick(&u))
				need_draw = 1;
			if (need_draw) {
				draw(&u);
				need_draw = 0;
			}
			in = wait_input(idle_wait_ms(&u), &dry);
			if (in == IN_END)
				break;
			continue;
		}
		dry = 0;
		need_draw = 1;
		if (in == IN_RESIZE)
			continue;
		u.last_input = now_ms();
		if (u.countdown > 0) {	/* any key keeps the session */
			u.countdown = 0;
			continue;
		}
		u.used = 1;
		if (in == IN_FKEY && wch == KEY_MOUSE)
			handle_mouse(&u);
		else if (in == IN_FKEY)
			handle_key(&u, (int)wch, 0);
		else
			handle_key(&u, 0, (wchar_t)wch);
		if (u.doc.nomem) {
			status = EX_SOFTWARE;
			break;
		}
	}
	doc_free(&u.doc);
	stop_curses(scr);
	release_signals();
	return status;
}
