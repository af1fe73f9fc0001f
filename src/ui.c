/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The curses interface: a renderer of the session (session.h), which
 * holds where the visitor is.  Each kind of view has a row of draw,
 * key, click and wheel functions (screen_for()), keys are looked up in
 * the command table (keys.h), and ui_run() only reads input and
 * dispatches.  Everything is drawn into stdscr on each key and ncurses
 * sends only what changed.
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
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#include <curses.h>

#include "doc.h"
#include "i18n.h"
#include "keys.h"
#include "content-limits.h"
#include "log.h"
#include "page.h"
#include "session.h"
#include "speech.h"
#include "ui-speech.h"
#include "ui-draw.h"
#include "qr.h"
#include "ui-myq.h"
#include "ui-search.h"
#include "ui-selfcheck.h"
#include "ui.h"
#include "ui-lang.h"
#include "wrap.h"
#include "wipe.h"

#define MIN_COLS	40	/* smaller windows get a message instead */
#define MIN_ROWS	12
/* A larger window gets the screens in its top left corner: at most
 * MAX_COLS columns and MAX_CELLS cells (300 x 100, 80 x 375).  Curses
 * keeps three copies of the screen (at 3000 x 3000, 731 MiB) and
 * crashes at 32768 rows or columns. */
#define MAX_COLS	300
#define MAX_CELLS	(300 * 100)
#define MAX_VIEWS	SESSION_MAX_VIEWS
#define TEXT_WIDTH	76	/* longest line of text, for easy reading */
#define MARGIN		2	/* columns left of the text */
#define BODY_TOP	2	/* first row of a list or page */
#define ESC_DELAY_MS	25
#define WHEEL_LINES	3	/* lines a page scrolls per wheel step */
#define FIRST_FRAME_MS	10	/* see let_terminal_show() */

_Static_assert(MAX_CELLS < 32768, "curses counts rows in a short");
_Static_assert(MIN_COLS - 2 * MARGIN == LIMIT_SMALL_TEXT_COLS,
    "--check measures the clinic's name at the smallest window's width");

/*
 * The visitor is in u->s (session.h): their views, language and
 * self-check, wiped in one call.  What only the screens have of them,
 * the countdown they are shown and a touch in progress, is reset with
 * it (forget()).
 */
struct ui {
	struct session s;
	int	 countdown;	/* seconds shown in the idle warning, or 0 */
	int	 press_row;	/* a button press waits for its release */
	struct doc doc;			/* the page of the top view */
	int	 doc_stale;
	/* What u->doc was laid out for. */
	enum view_kind doc_kind;
	const void *doc_what;
	const struct language *doc_lang;
	int	 rows, cols;
	int	 quit;
	const struct ui_options *opt;
	const struct theme *theme;
	int	 loaded;	/* opt->load_rest was called */
	int	 erase_saved;	/* the terminal's saved lines, after the frame */
	long	 last_input;	/* ms, monotonic */
	/* Where things were drawn, for mouse clicks and taps. */
	int	 seg_x[MAX_VIEWS + 1];	/* header path: view i spans */
	int	 seg_first;		/* [seg_x[i], seg_x[i + 1]) */
	int	 search_x[2];		/* the home menu's "/ Search", or 0 */
	int	 nhints;
	int	 hint_x[16];		/* footer hints: [hint_x[i], hint_x[i+1]) */
	enum action hint_act[16];
	struct ui_lang_row lang_row;	/* the welcome screen's languages */
	struct ui_speech sp;	/* read aloud (ui-speech.h) */
	const char *note;	/* a short message in the footer, until
				 * the next key */
	int	 leave_row;		/* "Leave the kiosk?": its buttons */
	int	 stay_x[2], leave_x[2];
	char	 said[256];	/* what the last key did ("2 questions
				 * added"), until the next key */
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
	struct myq_look myq;	/* "My questions" and its QR code */
};

/*
 * Signals only set a flag and write a byte to a pipe that the main loop
 * polls beside the terminal, so none is lost between a check and a
 * blocking read.  SIGWINCH is ours too: with a handler in place before
 * newterm(), ncurses leaves it alone.
 *
 * Every signal whose default action ends the process is caught, or
 * ignored where the kiosk never wants it, so that the terminal is always
 * put back.  Those that end us cleanly (end_signals) must not wait on
 * output that a terminal holds (Scroll Lock, a client that stops
 * reading): ncurses retries a write until all of it is taken, so the
 * handler points standard output at /dev/null, the frame being drawn
 * ends there at once, and stop_curses() takes the terminal back with
 * its queue emptied.  A fault (fault_signals) puts back what it can
 * with write() and tcsetattr() and then dies of its signal.  SIGALRM
 * from our own alarm() is the idle reset's watchdog (see
 * arm_watchdog()).
 */
static volatile sig_atomic_t got_signal;	/* a signal that ends us */
static volatile sig_atomic_t got_winch;
static int signal_pipe[2] = { -1, -1 };
static int term_fd = -1, null_fd = -1;	/* the terminal, and /dev/null */

/* And the real-time signals, SIGRTMIN to SIGRTMAX. */
static const int end_signals[] = { SIGHUP, SIGTERM, SIGINT, SIGQUIT,
    SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF, SIGXCPU, SIGIO,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
};
static const int fault_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE,
    SIGABRT, SIGTRAP, SIGSYS };

/* For a fault: the terminal's modes and the controls that undo ours. */
static struct termios fault_tios;
static int fault_tios_ok;
static char fault_restore[256];
static size_t fault_restore_len;
static struct sigaction fault_old[sizeof(fault_signals) / sizeof(int)];

/* Lets held output go, and drops what the terminal has not taken. */
static void
release_output(void)
{
	tcflow(STDOUT_FILENO, TCOON);
	tcflush(STDOUT_FILENO, TCOFLUSH);
}

static void
on_signal(int sig, siginfo_t *si, void *ctx)
{
	int saved = errno;
	char c = 0;

	(void)ctx;
	if (sig == SIGWINCH)
		got_winch = 1;
	else if (sig == SIGALRM && si != NULL && si->si_code != SI_USER &&
	    si->si_code != SI_QUEUE) {
		/* Our alarm: the idle reset is due, and output may be held
		 * so that the loop never gets to it. */
		release_output();
	} else {
		got_signal = sig;
		if (null_fd >= 0)
			dup2(null_fd, STDOUT_FILENO);
	}
	if (write(signal_pipe[1], &c, 1) < 0) {
		/* The pipe is full: a wake-up is pending anyway. */
	}
	errno = saved;
}

static void
on_fault(int sig)
{
	size_t i;

	if (term_fd >= 0) {
		if (write(term_fd, fault_restore, fault_restore_len) < 0) {
			/* Nothing more can be done. */
		}
		if (fault_tios_ok)
			tcsetattr(term_fd, TCSANOW, &fault_tios);
	}
	for (i = 0; i < sizeof(fault_signals) / sizeof(int); i++)
		if (fault_signals[i] == sig)
			sigaction(sig, &fault_old[i], NULL);
	raise(sig);
}

/* Appends terminfo's control cap (if the terminal has it) for on_fault(). */
static void
fault_add(const char *cap)
{
	const char *s = tigetstr(cap);
	size_t len;

	if (s == NULL || s == (char *)-1)
		return;
	len = strlen(s);
	if (fault_restore_len + len < sizeof(fault_restore)) {
		memcpy(fault_restore + fault_restore_len, s, len);
		fault_restore_len += len;
	}
}

/*
 * Once curses has started: what on_fault() writes to undo its modes
 * (mouse reports, the alternate screen, the hidden cursor, colours).
 */
static void
prepare_fault_restore(void)
{
	static const char mouse_off[] = "\033[?1006l\033[?1002l\033[?1000l";
	const char *km = tigetstr("kmous");

	fault_restore_len = 0;
	if (km != NULL && km != (char *)-1 &&
	    sizeof(mouse_off) - 1 < sizeof(fault_restore)) {
		memcpy(fault_restore, mouse_off, sizeof(mouse_off) - 1);
		fault_restore_len = sizeof(mouse_off) - 1;
	}
	fault_add("sgr0");
	fault_add("cnorm");
	fault_add("rmkx");
	fault_add("rmcup");
}

static int
catch_signals(void)
{
	struct sigaction sa;
	size_t i;
	int sig;

	if (pipe2(signal_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
		return -1;
	term_fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
	null_fd = term_fd >= 0 ? open("/dev/null", O_WRONLY | O_CLOEXEC) : -1;
	fault_tios_ok = tcgetattr(STDOUT_FILENO, &fault_tios) == 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_SIGINFO;	/* no SA_RESTART: interrupt the read */
	for (i = 0; i < sizeof(end_signals) / sizeof(int); i++)
		sigaction(end_signals[i], &sa, NULL);
	for (sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		sigaction(sig, &sa, NULL);
	sigaction(SIGWINCH, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	for (i = 0; i < sizeof(fault_signals) / sizeof(int); i++)
		sigaction(fault_signals[i], NULL, &fault_old[i]);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fault;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(fault_signals) / sizeof(int); i++)
		sigaction(fault_signals[i], &sa, NULL);
	/* A write past the file size limit (the log, the stats) fails with
	 * EFBIG instead, and the writer handles it. */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigaction(SIGXFSZ, &sa, NULL);
	return 0;
}

/*
 * After the screens: the terminal back on standard output with its
 * held output let go, when a signal sent the rest to /dev/null.
 */
static void
take_terminal_back(void)
{
	if (got_signal == 0 || term_fd < 0 || null_fd < 0)
		return;
	dup2(term_fd, STDOUT_FILENO);
	release_output();
}

static void
release_signals(void)
{
	size_t i;

	alarm(0);
	for (i = 0; i < sizeof(fault_signals) / sizeof(int); i++)
		sigaction(fault_signals[i], &fault_old[i], NULL);
	close(signal_pipe[0]);
	close(signal_pipe[1]);
	signal_pipe[0] = signal_pipe[1] = -1;
	if (term_fd >= 0)
		close(term_fd);
	if (null_fd >= 0)
		close(null_fd);
	term_fd = null_fd = -1;
}

static struct view *
top_view(struct ui *u)
{
	return session_top(&u->s);
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

/* ---- drawing helpers ---- */

/* Draws text at (row, col), cut to cols columns; returns columns used. */
static int
put_text(int row, int col, const char *s, size_t len, int cols)
{
	return ui_put(row, col, s, len, cols);
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

	for (i = first; i < u->s.nviews; i++)
		w += utf8_width(u->s.views[i].title,
		    strlen(u->s.views[i].title)) + (i > first ? 3 : 0);
	return w;
}

/*
 * On the home menu, "/ Search" in the header after the path, where it
 * fits between from and to: a tap target for a touch screen that the
 * nine items of the menu leave no digit for.
 */
static void
draw_search_button(struct ui *u, int from, int to)
{
	/* TRANSLATORS: the search button in the home menu's top bar:
	 * at most 12 characters. */
	const char *label = _("Search");
	const struct view *v = session_top(&u->s);
	int w = 2 + utf8_width(label, strlen(label)), x = from + 3;

	u->search_x[0] = u->search_x[1] = 0;
	if (u->s.nviews != 2 || v->kind != VIEW_MENU ||
	    v->menu != &u->s.lang->home || x + w + 2 > to)
		return;
	attron(u->theme->bar_key);
	put_str(0, x, "/", 1);
	attroff(u->theme->bar_key);
	attron(u->theme->bar);
	put_str(0, x + 2, label, w - 2);
	attroff(u->theme->bar);
	u->search_x[0] = x;
	u->search_x[1] = x + w;
}

/*
 * The header: the path ("Home > Who it may suit > Scars", oldest parts
 * dropped when it is too long) and, where it fits, the reminder that
 * this is general information.
 */
static void
draw_header(struct ui *u)
{
	/* TRANSLATORS: in the top bar beside the path: at most 40
	 * characters; the short form after it at most 20. */
	const char *notice = _("General information, not medical advice");
	int i, first = 1, used = 1, nw, room;

	if (u->s.nviews == 1) {
		u->s.views[0].title = u->s.lang->title;
		first = 0;
	}
	nw = utf8_width(notice, strlen(notice));
	if (path_width(u, first) + nw + 4 > u->cols) {
		/* TRANSLATORS: at most 20 characters. */
		notice = _("Not medical advice");
		nw = utf8_width(notice, strlen(notice));
	}
	/* The notice outranks the path, which gives way to it; only a
	 * translation longer than asked for is cut, at half the row. */
	if (nw > u->cols / 2)
		nw = u->cols / 2;
	room = u->cols - 2 - (nw + 2);
	while (first < u->s.nviews - 1 && path_width(u, first) > room)
		first++;
	attron(u->theme->bar);
	mvhline(0, 0, ' ', u->cols);
	if (first > 1)
		used += put_str(0, used, "... > ", room - used + 1);
	u->seg_first = first;
	for (i = first; i < u->s.nviews; i++) {
		if (i > first)
			used += put_str(0, used, " > ", room - used + 1);
		u->seg_x[i] = used;
		used += put_str(0, used, u->s.views[i].title, room - used + 1);
	}
	u->seg_x[u->s.nviews] = used;
	put_str(0, u->cols - nw - 1, notice, nw);
	attroff(u->theme->bar);
	draw_search_button(u, used, u->cols - nw - 1);
}

/*
 * The label of a footer hint: "My questions (2)" has a count, read
 * aloud's says what it does now.
 */
static const char *
hint_label(const struct ui *u, const struct key_binding *b)
{
	static char buf[96];

	if (b->act == ACT_SPEAK)
		return ui_speech_hint(&u->sp);
	if (b->act != ACT_MY_QUESTIONS)
		return _(b->hint);
	/* TRANSLATORS: the footer hint of the visitor's list and the
	 * number of questions in it. */
	snprintf(buf, sizeof(buf), _("%s (%zu)"), _(b->hint), u->s.myq.n);
	return buf;
}

/* Columns of a footer hint: "Esc Back". */
static int
hint_width(const struct ui *u, const struct key_binding *b)
{
	const char *label = hint_label(u, b);

	return utf8_width(b->hkey, strlen(b->hkey)) + 1 +
	    utf8_width(label, strlen(label));
}

/*
 * Hints that would do nothing here are left out: "My questions" until
 * the list has one, "Add" on a page without questions to add.
 */
static int
hint_applies(const struct ui *u, const struct key_binding *b)
{
	const struct view *v = &u->s.views[u->s.nviews - 1];

	switch (b->act) {
	case ACT_MY_QUESTIONS:
		return u->s.myq.n > 0;
	case ACT_ADD_QUESTIONS:
		return session_view_questions_missing(&u->s) > 0;
	case ACT_REMOVE_QUESTION:
	case ACT_CLEAR_QUESTIONS:
		return v->kind == VIEW_MYQ && u->s.myq.n > 0;
	case ACT_CODES:
		return ui_code_count(&u->s) > 0 && qr_available();
	case ACT_SPEAK:
		return ui_speech_offered(&u->sp);
	default:
		return 1;
	}
}

/*
 * Hints from the key table for this kind of screen, each one whole or
 * not at all.  When they do not all fit, the higher key_hint_rank()
 * ones are taken first, and any lower one that still fits after them;
 * they are shown in the table's order, one column from the left edge,
 * two apart, and never in the last column.
 */
static void
draw_footer(struct ui *u, unsigned where)
{
	const struct key_binding *b, *cand[15];
	int w[15], take[15] = { 0 }, n = 0, i, rank, used = 1, col = 1;
	unsigned k;

	for (k = 0; k < key_table_len && n < 15; k++) {
		b = &key_table[k];
		if (b->hint == NULL || !(b->where & where) ||
		    (b->act == ACT_QUIT && !session_quit_offered(&u->s)) ||
		    !hint_applies(u, b))
			continue;
		cand[n] = b;
		w[n++] = hint_width(u, b);
	}
	for (rank = KEY_HINT_RANK_MAX; rank > 0; rank--)
		for (i = 0; i < n; i++)
			if (key_hint_rank(cand[i]->act) == rank &&
			    used + w[i] + (used > 1 ? 2 : 0) < u->cols) {
				used += w[i] + (used > 1 ? 2 : 0);
				take[i] = 1;
			}
	attron(u->theme->bar);
	mvhline(u->rows - 1, 0, ' ', u->cols);
	u->nhints = 0;
	if (u->note != NULL) {
		/* A message instead of the hints, until the next key. */
		put_str(u->rows - 1, 1, u->note, u->cols - 2);
		u->hint_x[0] = 0;
		attroff(u->theme->bar);
		return;
	}
	for (i = 0; i < n; i++) {
		if (!take[i])
			continue;
		u->hint_x[u->nhints] = col;
		u->hint_act[u->nhints++] = cand[i]->act;
		attron(u->theme->bar_key);
		col += put_str(u->rows - 1, col, cand[i]->hkey, w[i]);
		attroff(u->theme->bar_key);
		attron(u->theme->bar);
		col += put_str(u->rows - 1, col, " ", 1);
		col += put_str(u->rows - 1, col, hint_label(u, cand[i]),
		    w[i]) + 2;
	}
	u->hint_x[u->nhints] = col;
	attroff(u->theme->bar);
}

/* ---- lists: menus and the FAQ ---- */

static size_t
list_count(const struct ui *u, const struct view *v)
{
	return session_list_count(&u->s, v);
}

static const char *
list_label(const struct ui *u, const struct view *v, size_t i)
{
	return session_list_label(&u->s, v, i);
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
	int row, h = body_height(u), cw = u->cols - 2 * MARGIN, pw = 0;
	const char *label, *sum;
	char num[24], note[256], pos[64];

	list_scroll_into_view(u, v);
	if (n > (size_t)h) {
		/* More items than rows: where the rows are, as on pages. */
		/* TRANSLATORS: the items of a long menu on screen: "Items
		 * 1-8 of 31".  At most 20 characters with 2-digit numbers. */
		snprintf(pos, sizeof(pos), _("Items %zu-%zu of %zu"),
		    v->top + 1, v->top + (size_t)h < n ? v->top + (size_t)h :
		    n, n);
		pw = utf8_width(pos, strlen(pos));
		put_str(u->rows - 2, u->cols - pw - MARGIN, pos, pw);
		pw += 2;
	}
	for (i = v->top; i < n && (int)(i - v->top) < h; i++) {
		row = BODY_TOP + (int)(i - v->top);
		label = list_label(u, v, i);
		if (i == v->sel) {
			attron(u->theme->select);
			mvhline(row, MARGIN, ' ', cw);
		}
		/* Every item has its number, up to two digits. */
		if (i < 99)
			snprintf(num, sizeof(num), "%zu", i + 1);
		else
			snprintf(num, sizeof(num), " ");
		put_str(row, MARGIN + 1, num, 2);
		put_str(row, MARGIN + 4, label, cw - 5);
		if (i == v->sel)
			attroff(u->theme->select);
	}
	if (v->kind == VIEW_FAQ && u->s.lang->faq_fallback) {
		/* No summaries here: the line says why the questions are
		 * in another language. */
		doc_fallback_text(note, sizeof(note), u->s.lang->name);
		put_str(u->rows - 2, MARGIN, note, u->cols - 2 * MARGIN - pw);
	} else if ((sum = session_list_summary(v, v->sel)) != NULL)
		put_str(u->rows - 2, MARGIN, sum, u->cols - 2 * MARGIN - pw);
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

/* ---- the self-check (ui-selfcheck.c) ---- */

/* A topic chosen in the self-check opens above it. */
static void
selfcheck_outcome(struct ui *u, enum sc_outcome out, const struct topic *t)
{
	if (out == SCO_LEFT)
		u->erase_saved = 1;	/* its notes may be in the history */
	else if (out == SCO_TOPIC && t != NULL)
		session_open_topic(&u->s, t);
}

static int
draw_selfcheck(struct ui *u)
{
	struct sc_look look;

	look.select = u->theme->select;
	look.title = u->theme->title;
	look.heading = u->theme->heading;
	look.link = u->theme->link;
	look.warn = u->theme->warn;
	return ui_selfcheck_draw(&u->s, u->rows, u->cols, &look);
}

static void
list_open(struct ui *u, struct view *v)
{
	session_open_item(&u->s, v->sel);
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
	case ACT_LETTER:
		list_letter(u, v, ch);
		break;
	default:
		break;
	}
}

/* ---- pages ---- */

/* What the page of v shows, beside its kind. */
static const void *
doc_subject(const struct view *v)
{
	switch (v->kind) {
	case VIEW_TOPIC:
		return v->topic;
	case VIEW_ANSWER:
		return v->entry;
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_WELCOME:	/* not pages: no document */
	case VIEW_MENU:
	case VIEW_FAQ:
	case VIEW_SELFCHECK:
	case VIEW_LANG:
	case VIEW_SEARCH:
	case VIEW_MYQ:
	case VIEW_CODE:
		break;
	}
	return v->title;
}

/* Whether u->doc is the page of v, laid out and current. */
static int
doc_is_for(const struct ui *u, const struct view *v)
{
	return !u->doc_stale && u->doc_kind == v->kind &&
	    u->doc_what == doc_subject(v) && u->doc_lang == u->s.lang;
}

/* Lays out the page of v (page.h) at the width of the window. */
static void
build_doc(struct ui *u, struct view *v)
{
	struct page_opts o = { PAGE_SCREEN, !session_quit_offered(&u->s), u->opt->mouse,
	    u->s.content->nlangs, ui_speech_offered(&u->sp) };

	doc_reset(&u->doc, text_width(u));
	page_build(&u->doc, u->s.lang, v, &o);
	if (v->anchor != 0) {	/* the place kept across a language switch */
		v->scroll = doc_anchor_line(&u->doc, v->anchor);
		v->anchor = 0;
		v->focus = -1;
	} else if (session_query_of(v) != NULL && !v->landed) {
		v->scroll = page_land(&u->doc, v, u->s.search);	/* a result */
		v->landed = 1;
	}
	u->doc_stale = 0;
	u->doc_kind = v->kind;
	u->doc_what = doc_subject(v);
	u->doc_lang = u->s.lang;
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
	if (session_is_page(v->kind) && (u->doc.width != text_width(u) ||
	    !doc_is_for(u, v)))
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
		ui_put_marked(row, MARGIN + d->w.lines[i].indent, s, len,
		    u->cols - MARGIN - d->w.lines[i].indent, attr,
		    u->s.search, session_query_of(v));
	}
	if (n <= (size_t)h)
		snprintf(pos, sizeof(pos), "%s", _("All"));
	else
		/* TRANSLATORS: the lines of a page on screen: "Lines 1-20 of
		 * 85".  At most 22 characters with 3-digit numbers. */
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
		session_open_topic(&u->s, u->doc.links[link].topic);
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
	case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		l = act == ACT_NEXT_MATCH ? 1 : -1;
		if (l < 0 && v->scroll == 0)
			break;
		if ((h = page_next_match(&u->doc, u->s.search,
		    session_query_of(v), v->scroll + (size_t)l, l)) !=
		    SESSION_NOWHERE) {
			v->scroll = h < max ? h : max;
			v->focus = -1;
		}
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

/* ---- languages (the chooser itself is in ui-lang.c) ---- */

/*
 * Switches the content and the interface to another language; the
 * session keeps the visitor's place, and the whole screen is drawn
 * anew.  A language that cannot be read leaves the visitor where they
 * were, told so in the footer.
 */
static void
switch_language(struct ui *u, struct language *to)
{
	ui_speech_silence(&u->sp, NULL);
	if (session_switch_language(&u->s, to) < 0) {
		u->note = session_language_unavailable();
		return;
	}
	u->doc_stale = 1;
	clearok(curscr, TRUE);
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

/*
 * Near the bottom of the welcome screen: the languages, and on a
 * terminal that is not UTF-8 a word on why accents are missing.
 * Returns the first row used.
 */
static int
draw_welcome_languages(struct ui *u, struct doc *d, int w)
{
	int row = u->rows - 3;

	if (u->s.content->nlangs > 1) {
		row -= 2;
		ui_lang_draw_row(u->s.content, u->s.lang, row, u->cols,
		    u->theme->select, &u->lang_row);
	} else
		u->lang_row.row = -1;
	if (!i18n_term_utf8()) {
		doc_reset(d, w);
		doc_line(d, _("This terminal does not use UTF-8: letters are "
		    "shown without accents, and some scripts cannot be "
		    "shown."), DOC_TEXT);
		row -= (int)d->w.n + 1;
		if (row > BODY_TOP + 1)
			draw_centered(u, d, row, u->theme->warn);
	}
	return row;
}

/*
 * The clinic's name under the title, on LIMIT_CLINIC_NAME_ROWS rows at
 * most (the last ends in "..." when it goes on), so that a long name
 * leaves room for the rest of the welcome.  Returns the rows used.
 */
static int
draw_clinic_name(struct ui *u, struct doc *d, int row, int w)
{
	const char *more = i18n_term_utf8() ? "\xe2\x80\xa6" : "...";
	int mw = utf8_width(more, strlen(more)), n, i, width, col, cut;
	const char *s;
	size_t len;

	doc_reset(d, w);
	doc_line(d, u->s.lang->clinic->name, DOC_TEXT);
	n = d->w.n < LIMIT_CLINIC_NAME_ROWS ? (int)d->w.n :
	    LIMIT_CLINIC_NAME_ROWS;
	for (i = 0; i < n; i++) {
		s = doc_text_at(d, (size_t)i, &len);
		width = d->w.lines[i].width;
		cut = i == n - 1 && d->w.n > (size_t)n;
		if (cut) {
			len = utf8_fit(s, len, w - mw);
			width = utf8_width(s, len) + mw;
		}
		col = (u->cols - width) / 2 > 0 ? (u->cols - width) / 2 : 0;
		col += put_text(row + i, col, s, len, width);
		if (cut)
			put_str(row + i, col, more, mw);
	}
	return n;
}

static void
draw_welcome(struct ui *u)
{
	/* TRANSLATORS: at most 36 characters. */
	const char *start = _("Press any key to start");
	int w = text_width(u), limit;
	struct doc d;
	const char *s;
	size_t i, len;
	int row = BODY_TOP;

	doc_init(&d, w, u->doc.bullet);
	limit = draw_welcome_languages(u, &d, w) - 1;
	doc_reset(&d, w);
	doc_line(&d, u->s.lang->title, DOC_TITLE);
	draw_centered(u, &d, row, u->theme->title);
	row += (int)d.w.n;
	if (u->s.lang->clinic != NULL)
		row += draw_clinic_name(u, &d, row, w);
	row++;
	doc_reset(&d, w);
	doc_body(&d, u->s.lang->welcome);
	/* The content's welcome names no keys: each interface says how it
	 * is used (the plain one in plain.c, show_welcome()). */
	doc_blank(&d);
	/* TRANSLATORS: the last paragraph of the welcome screen, under
	 * the welcome text of the content. */
	doc_body(&d, _("Use the arrow keys to move. Press Enter to choose."));
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

/* ---- one row per kind of view ---- */

/* The welcome: any key starts, a digit or a tap picks a language. */
static void
welcome_key(struct ui *u, struct view *v, enum action act, int fkey,
    wchar_t ch)
{
	(void)v;
	if (act == ACT_NUMBER && u->lang_row.row >= 0 &&
	    ch - '1' < u->lang_row.n)
		switch_language(u, u->s.content->langs[ch - '1']);
	/* Any key starts, but Esc and the other back keys do not: a flood
	 * of them must not bounce between two screens. */
	else if (key_action(fkey, ch, ON_VIEWS) != ACT_BACK)
		session_open_home(&u->s);
}

static void
welcome_click(struct ui *u, struct view *v, int y, int x)
{
	struct language *pick = NULL;

	(void)v;
	if (y == u->lang_row.row)
		pick = ui_lang_row_hit(u->s.content, &u->lang_row, x);
	if (pick != NULL)
		switch_language(u, pick);
	else
		session_open_home(&u->s);
}

static void
lang_draw(struct ui *u, struct view *v)
{
	ui_lang_draw(u->s.content, u->s.lang, v->sel, &v->top, BODY_TOP,
	    body_height(u), u->cols, u->theme->select, u->theme->title);
}

/*
 * The chooser gives way to the language picked.  A page below it keeps
 * its place: the same section and paragraph at the top (doc_anchor()).
 */
static void
lang_pick(struct ui *u, struct language *pick)
{
	struct view *v;

	if (pick == NULL)
		return;
	session_pop(&u->s);
	v = top_view(u);
	if (session_is_page(v->kind) && doc_is_for(u, v))
		v->anchor = doc_anchor(&u->doc, v->scroll);
	switch_language(u, pick);
}

static void
lang_key(struct ui *u, struct view *v, enum action act, int fkey, wchar_t ch)
{
	(void)fkey;
	lang_pick(u, ui_lang_key(u->s.content, &v->sel, act, ch,
	    (size_t)body_height(u)));
}

static void
lang_click(struct ui *u, struct view *v, int y, int x)
{
	size_t i = (size_t)(y - ui_lang_list_row(BODY_TOP));

	(void)x;
	if (y >= ui_lang_list_row(BODY_TOP) && y < BODY_TOP + body_height(u) &&
	    v->top + i < u->s.content->nlangs)
		lang_pick(u, u->s.content->langs[v->top + i]);
}

static void
menu_key(struct ui *u, struct view *v, enum action act, int fkey, wchar_t ch)
{
	/* Two digits make a number (session_list_digit()). */
	if (fkey == 0 && ch >= '0' && ch <= '9')
		session_list_digit(&u->s, (int)(ch - '0'));
	else
		list_key(u, v, act, ch);
}

static void
menu_click(struct ui *u, struct view *v, int y, int x)
{
	size_t i = (size_t)(y - BODY_TOP);

	(void)x;
	if (y >= BODY_TOP && y < BODY_TOP + body_height(u) &&
	    v->top + i < list_count(u, v)) {
		v->sel = v->top + i;
		list_open(u, v);
	}
}

static void
menu_wheel(struct ui *u, struct view *v, int down)
{
	list_key(u, v, down ? ACT_DOWN : ACT_UP, 0);
}

static void
page_draw(struct ui *u, struct view *v)
{
	draw_page(u, v);
}

static void
page_do_key(struct ui *u, struct view *v, enum action act, int fkey,
    wchar_t ch)
{
	(void)fkey;
	ensure_doc(u);
	page_key(u, v, act, ch);
}

/* A tap on a question to ask adds it to My questions. */
static void
add_question(struct ui *u, const struct view *v, int k)
{
	const char *q = v->topic->ask[k];

	switch (myq_add(&u->s.myq, v->topic, (size_t)k)) {
	case MYQ_ADDED:
		/* TRANSLATORS: %s is the question. */
		snprintf(u->said, sizeof(u->said), _("Added to My questions: "
		    "%s"), q);
		break;
	case MYQ_ALREADY:
		snprintf(u->said, sizeof(u->said), _("Already in My "
		    "questions: %s"), q);
		break;
	case MYQ_FULL:
		snprintf(u->said, sizeof(u->said), "%s", _("My questions is "
		    "full: remove some there first."));
		break;
	case MYQ_NO_SUCH:
		break;
	}
}

static void
page_click(struct ui *u, struct view *v, int y, int x)
{
	size_t i = (size_t)(y - BODY_TOP);
	int k;

	(void)x;
	if (y < BODY_TOP || y >= BODY_TOP + body_height(u) ||
	    v->scroll + i >= u->doc.w.n)
		return;
	if (u->doc.link[v->scroll + i] >= 0)
		page_open_link(u, v, u->doc.link[v->scroll + i]);
	else if (v->kind == VIEW_TOPIC &&
	    (k = doc_ask_at(&u->doc, v->scroll + i)) >= 0)
		add_question(u, v, k);
}

/* The wheel scrolls a page by a few lines. */
static void
page_wheel(struct ui *u, struct view *v, int down)
{
	size_t max;

	ensure_doc(u);
	max = page_max_scroll(u);
	if (down)
		v->scroll = v->scroll + WHEEL_LINES < max ?
		    v->scroll + WHEEL_LINES : max;
	else
		v->scroll = v->scroll > WHEEL_LINES ? v->scroll - WHEEL_LINES :
		    0;
	page_clamp(u, v);
}

static void
selfcheck_draw(struct ui *u, struct view *v)
{
	(void)v;
	if (draw_selfcheck(u) < 0)
		u->s.nomem = 1;
}

static void
selfcheck_key(struct ui *u, struct view *v, enum action act, int fkey,
    wchar_t ch)
{
	const struct topic *t = NULL;
	enum sc_outcome out;

	(void)v;
	(void)fkey;
	out = ui_selfcheck_key(&u->s, act, ch, &t);
	selfcheck_outcome(u, out, t);
}

static void
selfcheck_click(struct ui *u, struct view *v, int y, int x)
{
	const struct topic *t = NULL;
	enum sc_outcome out;

	(void)v;
	out = ui_selfcheck_click(&u->s, y, x, &t);
	selfcheck_outcome(u, out, t);
}

static void
selfcheck_wheel(struct ui *u, struct view *v, int down)
{
	selfcheck_key(u, v, down ? ACT_DOWN : ACT_UP, 0, 0);
}

static void
myq_draw(struct ui *u, struct view *v)
{
	struct page_opts o = { PAGE_SCREEN, !session_quit_offered(&u->s), u->opt->mouse,
	    u->s.content->nlangs, ui_speech_offered(&u->sp) };

	if (ui_myq_draw(&u->s, v, u->rows, u->cols, &u->theme->myq, &o) < 0)
		u->s.nomem = 1;
}

static void
myq_key(struct ui *u, struct view *v, enum action act, int fkey, wchar_t ch)
{
	const struct topic *t;

	(void)fkey;
	if ((t = ui_myq_key(&u->s, v, act, ch)) != NULL)
		session_open_topic(&u->s, t);
}

static void
code_draw(struct ui *u, struct view *v)
{
	if (ui_code_draw(&u->s, v, u->rows, u->cols, &u->theme->myq) < 0)
		u->s.nomem = 1;
}

static void
code_key(struct ui *u, struct view *v, enum action act, int fkey, wchar_t ch)
{
	(void)fkey;
	ui_code_key(&u->s, v, act, ch);
}

static void
myq_click(struct ui *u, struct view *v, int y, int x)
{
	(void)x;
	ui_myq_click(&u->s, v, y);
}

/*
 * a on a topic page or in the self-check's notes: their questions go
 * to "My questions" (session_add_view_questions()), and the status row
 * says what happened.
 */
static void
add_questions(struct ui *u)
{
	size_t n;
	int full;

	if (!session_add_view_questions(&u->s, &n, &full)) {
		snprintf(u->said, sizeof(u->said), "%s",
		    _("This page has no questions to add."));
		return;
	}
	if (n > 0)
		snprintf(u->said, sizeof(u->said), ngettext("%zu question "
		    "added to My questions. M shows them.", "%zu questions "
		    "added to My questions. M shows them.",
		    (unsigned long)n), n);
	else if (full)
		snprintf(u->said, sizeof(u->said), "%s", _("My questions is "
		    "full: remove some there first."));
	else
		snprintf(u->said, sizeof(u->said), "%s", _("This page's "
		    "questions are in My questions already."));
}

static void
search_draw(struct ui *u, struct view *v)
{
	struct search_look look = { u->theme->select, u->theme->title };

	ui_search_draw(&u->s, v, u->rows, u->cols, &look);
}

static void
search_key(struct ui *u, struct view *v, enum action act, int fkey,
    wchar_t ch)
{
	(void)fkey;
	(void)ch;
	ui_search_key(&u->s, v, act, u->rows);
}

static void
search_click(struct ui *u, struct view *v, int y, int x)
{
	(void)x;
	ui_search_click(&u->s, v, y);
}

static void
search_wheel(struct ui *u, struct view *v, int down)
{
	ui_search_key(&u->s, v, down ? ACT_DOWN : ACT_UP, u->rows);
}

/* What is typed goes into the box; Backspace takes the last back. */
static int
search_text(struct ui *u, struct view *v, int fkey, wchar_t ch)
{
	if (fkey == K_BACKSPACE || (fkey == 0 && (ch == 127 || ch == 8)))
		ui_search_erase(&u->s, v);
	else if (fkey == 0 && ch >= ' ' && iswprint((wint_t)ch))
		ui_search_type(&u->s, v, ch);
	else
		return 0;
	return 1;
}

static void
welcome_draw(struct ui *u, struct view *v)
{
	(void)v;
	draw_welcome(u);
}

/*
 * What a kind of view does on the screens: which key bindings apply
 * (keys.h), how it is drawn, and what keys, taps and the wheel do
 * (NULL: nothing).
 */
struct screen {
	unsigned where;
	void	(*draw)(struct ui *, struct view *);
	void	(*key)(struct ui *, struct view *, enum action, int fkey,
		    wchar_t ch);
	void	(*click)(struct ui *, struct view *, int y, int x);
	void	(*wheel)(struct ui *, struct view *, int down);
	/* A view that takes typing: 1 when it took the key (a
	 * character, Backspace), 0 for the key table to say. */
	int	(*text)(struct ui *, struct view *, int fkey, wchar_t ch);
};

static const struct screen welcome_screen = {
	ON_WELCOME, welcome_draw, welcome_key, welcome_click, NULL, NULL
};
static const struct screen list_screen = {
	ON_MENU, draw_list, menu_key, menu_click, menu_wheel, NULL
};
static const struct screen lang_screen = {
	ON_MENU, lang_draw, lang_key, lang_click, NULL, NULL
};
static const struct screen page_screen = {
	ON_PAGE, page_draw, page_do_key, page_click, page_wheel, NULL
};
static const struct screen search_screen = {
	ON_SEARCH, search_draw, search_key, search_click, search_wheel,
	search_text
};
static const struct screen myq_screen = {
	ON_MYQ, myq_draw, myq_key, myq_click, NULL, NULL
};
static const struct screen code_screen = {
	ON_MYQ, code_draw, code_key, myq_click, NULL, NULL
};
static const struct screen selfcheck_screen = {
	ON_SELFCHECK, selfcheck_draw, selfcheck_key, selfcheck_click,
	selfcheck_wheel, NULL
};

/* A switch without a default: a new kind of view must be given one. */
static const struct screen *
screen_for(enum view_kind k)
{
	switch (k) {
	case VIEW_WELCOME:
		return &welcome_screen;
	case VIEW_MENU:
	case VIEW_FAQ:
		return &list_screen;
	case VIEW_LANG:
		return &lang_screen;
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
		return &page_screen;
	case VIEW_SELFCHECK:
		return &selfcheck_screen;
	case VIEW_SEARCH:
		return &search_screen;
	case VIEW_MYQ:
		return &myq_screen;
	case VIEW_CODE:
		return &code_screen;
	}
	return &page_screen;
}

/* ---- read aloud ---- */

/* The text of what the top view shows, from its first line shown. */
static void
speech_view_text(struct ui *u, struct speech_text *t)
{
	struct view *v = top_view(u);

	if (session_is_page(v->kind))
		ensure_doc(u);
	speech_text_view(t, &u->s, v, &u->doc);
}

/* Says what the top view shows, when the visitor turned read aloud on. */
static void
speak_view(struct ui *u)
{
	struct speech_text t;

	if (!ui_speech_reading(&u->sp) || u->quit ||
	    u->cols < MIN_COLS || u->rows < MIN_ROWS)
		return;
	speech_text_init(&t);
	speech_view_text(u, &t);
	ui_speech_say(&u->sp, u->s.lang->code, &t);
}

/* A message for the footer, when there is one. */
static void
set_note(struct ui *u, const char *note)
{
	if (note != NULL)
		u->note = note;
}

/* ---- the loop ---- */

static void draw_countdown(struct ui *);

/*
 * "Leave the kiosk? y/n" in a box in the middle of the screen, with
 * buttons to tap under it where there is room.
 */
static void
draw_leave(struct ui *u)
{
	const char *q = command_quit_question();
	const char *stay = _("Stay"), *leave = _("Leave");
	int w = u->cols - 4 > 50 ? 50 : u->cols - 4, x = (u->cols - w) / 2;
	int row, i, col, n;
	struct doc d;

	if (w < 2) {
		w = 2;
		x = 0;
	}
	doc_init(&d, w - 2 > 1 ? w - 2 : 1, NULL);
	doc_line(&d, q, DOC_TEXT);
	n = (int)d.w.n + (u->rows >= MIN_ROWS && u->cols >= MIN_COLS ? 4 : 2);
	row = (u->rows - n) / 2 > 0 ? (u->rows - n) / 2 : 0;
	attron(u->theme->warn);
	for (i = 0; i < n && row + i < u->rows; i++)
		mvhline(row + i, x, ' ', w);
	attroff(u->theme->warn);
	draw_centered(u, &d, row + 1, u->theme->warn);
	doc_free(&d);
	u->leave_row = -1;
	move(row + 1, x + 1);
	if (n == (int)d.w.n + 2)
		return;
	u->leave_row = row + n - 2;
	col = x + 2;
	attron(u->theme->select);
	u->stay_x[0] = col;
	col += put_str(u->leave_row, col, "[ ", 2);
	col += put_str(u->leave_row, col, stay, w / 3);
	col += put_str(u->leave_row, col, " ]", 2);
	u->stay_x[1] = col;
	attroff(u->theme->select);
	attron(u->theme->warn);
	u->leave_x[0] = col += 2;
	col += put_str(u->leave_row, col, "[ ", 2);
	col += put_str(u->leave_row, col, leave, w / 3);
	col += put_str(u->leave_row, col, " ]", 2);
	u->leave_x[1] = col;
	attroff(u->theme->warn);
	move(u->leave_row, u->stay_x[0]);
}

static void
draw(struct ui *u)
{
	struct view *v = top_view(u);
	const struct screen *sc = screen_for(v->kind);

	getmaxyx(stdscr, u->rows, u->cols);
	if (u->cols < MIN_COLS || u->rows < MIN_ROWS) {
		draw_too_small(u);
		if (u->s.asking_quit)
			draw_leave(u);
		refresh();
		return;
	}
	ensure_doc(u);
	erase();
	draw_header(u);
	draw_footer(u, sc->where);
	sc->draw(u, v);
	if (u->said[0] != '\0') {
		attron(A_BOLD);
		put_str(u->rows - 2, MARGIN, u->said, u->cols - 2 * MARGIN);
		attroff(A_BOLD);
	}
	if (u->s.asking_quit)
		draw_leave(u);
	if (u->countdown > 0)
		draw_countdown(u);
	refresh();
}

/*
 * Does what act means on the top view; fkey and ch are the key that
 * gave it (0 for a tap on a footer hint), for digits and letters.
 * What applies on every view is done here; the rest by the view's row.
 */
static void
do_action(struct ui *u, enum action act, int fkey, wchar_t ch)
{
	struct view *v = top_view(u);

	if (act == ACT_QUIT) {
		u->quit = session_quit(&u->s) == SESSION_QUIT_NOW;
		return;
	}
	if (u->cols < MIN_COLS || u->rows < MIN_ROWS)
		return;
	switch (act) {
	case ACT_HELP:
		session_open(&u->s, VIEW_HELP);
		return;
	case ACT_DISCLAIMER:
		session_open(&u->s, VIEW_DISCLAIMER);
		return;
	case ACT_LANGUAGE:
		/* Above the self-check too: its answers carry over. */
		session_open(&u->s, VIEW_LANG);
		return;
	case ACT_MY_QUESTIONS:
		session_open(&u->s, VIEW_MYQ);
		return;
	case ACT_CODES:
		if (ui_code_count(&u->s) > 0 && qr_available())
			session_open(&u->s, VIEW_CODE);
		return;
	case ACT_ADD_QUESTIONS:
		if (!session_adds_questions(&u->s)) {
			act = ACT_LETTER;	/* a jumps to an answer */
			break;
		}
		add_questions(u);
		return;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return;
	case ACT_SPEAK:
		set_note(u, ui_speech_toggle(&u->sp));
		return;
	case ACT_SPEAK_RATE:
		set_note(u, ui_speech_next_rate(&u->sp));
		return;
	case ACT_SEARCH:
		if (session_open_search(&u->s, NULL) && session_search(&u->s) < 0)
			u->s.nomem = 1;
		return;
	case ACT_BACK:
		if (v->kind == VIEW_SELFCHECK)
			break;	/* a step back in the self-check */
		session_pop(&u->s);
		return;
	default:
		break;
	}
	screen_for(v->kind)->key(u, v, act, fkey, ch);
}

/* The command table's code for a curses function key (keys.h). */
static int
own_key(int fkey)
{
	switch (fkey) {
	case KEY_UP:
		return K_UP;
	case KEY_DOWN:
		return K_DOWN;
	case KEY_LEFT:
		return K_LEFT;
	case KEY_RIGHT:
		return K_RIGHT;
	case KEY_PPAGE:
		return K_PAGE_UP;
	case KEY_NPAGE:
		return K_PAGE_DOWN;
	case KEY_HOME:
		return K_HOME;
	case KEY_END:
		return K_END;
	case KEY_ENTER:
		return K_ENTER;
	case KEY_BACKSPACE:
		return K_BACKSPACE;
	case KEY_BTAB:
		return K_BACKTAB;
	case KEY_F(1):
		return K_F1;
	case KEY_F(2):
		return K_F2;
	case KEY_F(3):
		return K_F3;
	default:
		return fkey != 0 ? K_OTHER : 0;
	}
}

static void
handle_key(struct ui *u, int fkey, wchar_t ch)
{
	struct view *v = top_view(u);
	const struct screen *sc = screen_for(v->kind);

	if (fkey != 0 || ch < '0' || ch > '9')
		session_digit_end(&u->s);	/* only a digit goes on */
	u->said[0] = '\0';
	if (u->s.asking_quit)
		u->quit = session_answer_quit(&u->s, fkey == 0 &&
		    key_is_yes(ch));
	else if (sc->text == NULL || u->cols < MIN_COLS ||
	    u->rows < MIN_ROWS || !sc->text(u, v, fkey, ch))
		do_action(u, key_action(fkey, ch, sc->where), fkey, ch);
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* NO_COLOR (set and not empty) or a terminal without colours: mono. */
static int
color_ok(void)
{
	const char *nc = getenv("NO_COLOR");

	return has_colors() && (nc == NULL || *nc == '\0');
}

/*
 * Picks the attributes of a theme.  Without colour (NO_COLOR, or a
 * terminal that has none) every theme is drawn in reverse and bold.
 * The colours are the eight every colour terminal has (the Linux
 * console has no more), on the terminal's own background where it can
 * keep it.
 */
/* The theme's text attributes, for "My questions". */
static void
myq_look_from(struct theme *t)
{
	t->myq.bar = t->bar;
	t->myq.select = t->select;
	t->myq.title = t->title;
	t->myq.warn = A_BOLD;
}

static const struct theme *
make_theme(enum theme_name name)
{
	static struct theme t;
	short bg = -1;

	t.bar = A_REVERSE;
	t.bar_key = A_REVERSE | A_BOLD;
	t.select = A_REVERSE;
	t.title = A_BOLD;
	t.heading = A_BOLD | A_UNDERLINE;
	t.link = A_UNDERLINE;
	t.warn = A_BOLD | A_REVERSE;
	/* Without colours the code's light part is the terminal's
	 * foreground, lighter than its background on terminals as they
	 * come; with colours it is black on white whatever the theme. */
	t.myq.code = A_NORMAL;
	t.myq.code_light = A_REVERSE;
	t.myq.code_dark = A_NORMAL;
	t.myq.light_is_ink = 1;
	if (name == THEME_MONO || !color_ok() || start_color() == ERR) {
		myq_look_from(&t);
		return &t;
	}
	if (use_default_colors() == ERR)
		bg = COLOR_BLACK;
	if (name == THEME_HIGH_CONTRAST) {
		init_pair(1, COLOR_BLACK, COLOR_WHITE);
		init_pair(2, COLOR_BLACK, COLOR_YELLOW);
		init_pair(3, COLOR_YELLOW, bg);
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
		init_pair(4, COLOR_CYAN, bg);
		t.bar = COLOR_PAIR(1);
		t.bar_key = COLOR_PAIR(2) | A_BOLD;
		t.select = COLOR_PAIR(3);
		t.heading = COLOR_PAIR(4) | A_BOLD;
		t.warn = COLOR_PAIR(1) | A_BOLD;
	}
	init_pair(7, COLOR_BLACK, COLOR_WHITE);
	t.myq.code = COLOR_PAIR(7);
	t.myq.code_light = COLOR_PAIR(7);
	t.myq.code_dark = COLOR_PAIR(7) | A_REVERSE;
	t.myq.light_is_ink = 0;
	myq_look_from(&t);
	return &t;
}

/* The terminal's size, within MAX_COLS and MAX_CELLS; 0 if it has none. */
static void
window_size(int *rows, int *cols)
{
	struct winsize ws;

	*rows = *cols = 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 || ws.ws_col == 0)
		return;
	*cols = ws.ws_col < MAX_COLS ? ws.ws_col : MAX_COLS;
	*rows = ws.ws_row < MAX_CELLS / *cols ? ws.ws_row : MAX_CELLS / *cols;
}

/*
 * Gives newterm() the terminal's real size, capped.  curses takes LINES
 * and COLUMNS from the environment over the terminal's own size, and
 * has no other way to be told a size before it allocates the screen:
 * so they are set here from the terminal, and whatever values came
 * with the environment count for nothing.  Without a size (0) curses
 * falls back to terminfo's.
 */
static void
set_curses_size(void)
{
	char num[16];
	int rows, cols;

	window_size(&rows, &cols);
	unsetenv("LINES");
	unsetenv("COLUMNS");
	if (rows <= 0 || cols <= 0)
		return;
	snprintf(num, sizeof(num), "%d", rows);
	setenv("LINES", num, 1);
	snprintf(num, sizeof(num), "%d", cols);
	setenv("COLUMNS", num, 1);
}

/*
 * Sets up curses on the terminal of stdin and stdout, which main() has
 * checked: both are terminals and ui_probe_terminal() knows the type.
 */
static SCREEN *
start_curses(const struct ui_options *o, int *status)
{
	SCREEN *scr;

	set_curses_size();
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, "smp-kiosk: %s\n", _("cannot set up the "
		    "terminal (check TERM)"));
		*status = EX_USAGE;
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
	/* The loop takes every pending key before it draws, so ncurses
	 * need not poll the terminal for typeahead before every line it
	 * updates. */
	typeahead(-1);
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
	take_terminal_back();
	mousemask(0, NULL);
	curs_set(1);
	attrset(A_NORMAL);
	endwin();
	delscreen(scr);
}

/*
 * Takes the terminal's new size, once for a burst of SIGWINCHs; a
 * larger window than MAX_COLS and MAX_CELLS allow gets what they do.
 */
static void
resize(void)
{
	int rows, cols;

	got_winch = 0;
	window_size(&rows, &cols);
	if (rows > 0 && cols > 0) {
		/* What shrinks first: curses would otherwise grow the rows
		 * at the old width (300 x 375 on the way to 80 x 375). */
		resize_term(rows < LINES ? rows : LINES, cols < COLS ? cols :
		    COLS);
		resize_term(rows, cols);
	}
	/* Terminals reflow or crop their text on a resize: repaint all of
	 * it, once, at the next refresh. */
	clearok(curscr, TRUE);
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
 * Returns IN_END when the terminal is gone, so that the loop never
 * spins on a dead terminal (EOF and EIO come back from ncurses as ERR,
 * like "no input"): it polls as hung up; or it polls readable with no
 * byte to read (the end of input) or refuses the question (revoked);
 * or, twice in a row, polls readable with nothing queued.  Bytes still
 * queued are a key in the making, never the end.
 */
static enum input
wait_input(int timeout_ms, int *dry, int speech_fd)
{
	struct pollfd pfd[3];
	char buf[64];

	pfd[0].fd = STDIN_FILENO;
	pfd[0].events = POLLIN;
	pfd[1].fd = signal_pipe[0];
	pfd[1].events = POLLIN;
	/* The speaker's events (a negative fd is left out). */
	pfd[2].fd = speech_fd;
	pfd[2].events = POLLIN;
	if (poll(pfd, 3, timeout_ms) < 0)
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
	return session_idle_warning_secs(u->opt->idle_timeout);
}

/* How long poll() may sleep before the idle timer needs attention. */
static int
idle_wait_ms(struct ui *u)
{
	long left, warn;

	if (u->opt->idle_timeout <= 0 || !u->s.used)
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
 * Forgets the visitor: their history, scroll positions and choices are
 * wiped, the language goes back to the one the kiosk starts in, and the
 * whole terminal is redrawn at the next refresh, so nothing of theirs
 * stays on screen.
 */
static void
forget(struct ui *u)
{
	u->note = NULL;
	session_forget(&u->s);
	mem_wipe(u->said, sizeof(u->said));
	/* Read aloud stops, the speaker's copy of the text dies with its
	 * child, and the next visitor starts with it off.  The child is
	 * a copy of the kiosk from when it started: a fresh one, from
	 * after the wipe. */
	ui_speech_forget(&u->sp);
	/* The page last laid out, and its search marks. */
	doc_wipe(&u->doc);
	doc_init(&u->doc, 0, u->s.bullet);
	u->countdown = 0;
	u->press_row = -1;
	u->doc_stale = 1;
	clearok(curscr, TRUE);
	/* Scroll Lock (or Ctrl-S) must not keep the last visitor's page
	 * up: the next frame is the welcome screen. */
	tcflow(STDOUT_FILENO, TCOON);
}

/*
 * Sets the alarm for a second after the idle reset is due: if output is
 * held then, ncurses waits in write() and the loop never gets to the
 * reset, so on_signal() lets the output go (and drops the old page).
 */
static void
arm_watchdog(struct ui *u)
{
	long left;

	if (u->opt->idle_timeout <= 0 || !u->s.used) {
		alarm(0);
		return;
	}
	left = u->last_input + u->opt->idle_timeout * 1000L - now_ms();
	alarm(left > 0 ? (unsigned)((left + 999) / 1000) + 1 : 1);
}

/* Updates the countdown, or resets; returns 1 when the screen changed. */
static int
idle_tick(struct ui *u)
{
	long left;
	int secs;

	if (u->opt->idle_timeout <= 0 || !u->s.used)
		return 0;
	left = u->last_input + u->opt->idle_timeout * 1000L - now_ms();
	if (left <= 0) {
		forget(u);
		u->erase_saved = 1;
		log_idle_reset();
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

	/* TRANSLATORS: shown before the kiosk forgets an idle visitor;
	 * "s" is seconds.  Keep it under 70 characters. */
	snprintf(msg, sizeof(msg), ngettext("Still there? Resetting in %d s "
	    "— press any key", "Still there? Resetting in %d s "
	    "— press any key", u->countdown), u->countdown);
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

/*
 * After the frame that follows an idle reset or the end of a self-check:
 * some terminals keep what they clear or scroll off in their history
 * (tmux, VTE), where the next visitor could scroll back to it.
 */
static void
erase_saved_lines(struct ui *u)
{
	const char *seq = u->opt->erase_saved;

	if (!u->erase_saved || seq == NULL)
		return;
	u->erase_saved = 0;
	if (write(STDOUT_FILENO, seq, strlen(seq)) < 0) {
		/* The terminal is gone: the loop finds out. */
	}
}

/* ---- mouse and touch ---- */

static void do_action(struct ui *, enum action, int, wchar_t);

static void
click_header(struct ui *u, int x)
{
	int i;

	if (u->search_x[1] > 0 && x >= u->search_x[0] && x < u->search_x[1]) {
		do_action(u, ACT_SEARCH, 0, 0);
		return;
	}
	for (i = u->seg_first; i < u->s.nviews - 1; i++)
		if (x >= u->seg_x[i] && x < u->seg_x[i + 1]) {
			/* Past the self-check, "leave?" may be asked. */
			if (session_go_back_to(&u->s, i + 1))
				u->erase_saved = 1;
			return;
		}
}


/* A tap on a hint in the footer does what its key does. */
static void
click_footer(struct ui *u, int x)
{
	int i;

	for (i = 0; i < u->nhints; i++)
		if (x >= u->hint_x[i] && x < u->hint_x[i + 1]) {
			do_action(u, u->hint_act[i], 0, 0);
			return;
		}
}

/*
 * Touch terminals differ: some send a press and a release, some only a
 * click, some only a release.  A press acts at once, and the release
 * that ends it (on the same row) is then ignored; a click, a lone
 * release, or a release on another row act too.  Returns 0 for what is
 * ignored.
 */
static int
handle_mouse(struct ui *u)
{
	const struct screen *sc = screen_for(top_view(u)->kind);
	MEVENT ev;

	session_digit_end(&u->s);
	if (getmouse(&ev) != OK)
		return 0;
	/* The release of a press that acted does nothing (as below), not
	 * even silence read aloud. */
	if (!u->s.asking_quit && (ev.bstate & BUTTON1_RELEASED) &&
	    !(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) &&
	    u->press_row == ev.y) {
		u->press_row = -1;
		return 0;
	}
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_RELEASED |
	    BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED)))
		return 0;
	ui_speech_silence(&u->sp, "stop");
	if (u->s.asking_quit) {
		/* A tap on Leave leaves; any other stays.  The release of
		 * a press is then ignored, as below. */
		if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_RELEASED |
		    BUTTON1_CLICKED)) {
			if (ev.bstate & BUTTON1_PRESSED)
				u->press_row = ev.y;
			u->quit = session_answer_quit(&u->s,
			    ev.y == u->leave_row && ev.x >= u->leave_x[0] &&
			    ev.x < u->leave_x[1]);
		}
		return 1;
	}
	if (u->cols < MIN_COLS || u->rows < MIN_ROWS)
		return 1;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		if (sc->wheel != NULL)
			sc->wheel(u, top_view(u),
			    (ev.bstate & BUTTON5_PRESSED) != 0);
		return 1;
	}
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_RELEASED |
	    BUTTON1_CLICKED)))
		return 1;
	if (ev.bstate & BUTTON1_RELEASED) {
		int pressed = u->press_row;

		u->press_row = -1;
		if (pressed == ev.y)
			return 1;
	}
	if (ev.bstate & BUTTON1_PRESSED)
		u->press_row = ev.y;
	if (ev.y == 0)
		click_header(u, ev.x);
	else if (ev.y == u->rows - 1)
		click_footer(u, ev.x);
	else if (sc->click != NULL)
		sc->click(u, top_view(u), ev.y, ev.x);
	return 1;
}

/* ---- the loop ---- */

/* The name of a signal that ends us, for the log. */
static const char *
signal_name(int sig)
{
	static const struct {
		int	 sig;
		const char *name;
	} names[] = {
		{ SIGHUP, "HUP" }, { SIGTERM, "TERM" }, { SIGINT, "INT" },
		{ SIGQUIT, "QUIT" }, { SIGUSR1, "USR1" }, { SIGUSR2, "USR2" },
		{ SIGALRM, "ALRM" }, { SIGVTALRM, "VTALRM" },
		{ SIGPROF, "PROF" }, { SIGXCPU, "XCPU" }, { SIGIO, "IO" },
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].sig == sig)
			return names[i].name;
	return "other";
}

/* Says in the log why the screens ended. */
static void
log_end(const struct ui *u, int status)
{
	if (got_signal != 0)
		log_info("exit reason=signal signal=%s status=%d",
		    signal_name(got_signal), status);
	else if (u->quit)
		log_info("exit reason=quit status=%d", status);
	else if (status == EX_SOFTWARE)
		log_error("exit reason=no-memory status=%d", status);
	else
		log_info("exit reason=hangup status=%d", status);
}

/*
 * Before the kiosk reads the rest of its content, right after the first
 * frame: a moment for the terminal (or sshd) to take that frame while
 * the CPU is free, cut short by the first key or signal.
 */
static void
let_terminal_show(void)
{
	struct pollfd pfd[2];

	pfd[0].fd = STDIN_FILENO;
	pfd[0].events = POLLIN;
	pfd[1].fd = signal_pipe[0];
	pfd[1].events = POLLIN;
	poll(pfd, 2, FIRST_FRAME_MS);
}

/*
 * Replaces the welcome screen's content with all of it (see
 * ui_options.load_rest), before the visitor's first key is taken: only
 * the welcome view exists, and it points to nothing but the language.
 */
static int
load_rest(struct ui *u, struct content *c)
{
	char code[sizeof(u->s.lang->code)];

	snprintf(code, sizeof(code), "%s", u->s.lang->code);
	if (u->opt->load_rest(u->opt->load_ctx, c, &u->s.start_lang) != 0)
		return -1;
	u->s.lang = u->s.start_lang;
	if (strcmp(code, u->s.lang->code) != 0)	/* that language was left out */
		i18n_set_language(u->s.lang->code);
	u->s.views[0].title = u->s.lang->title;
	u->doc_stale = 1;
	return 0;
}

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
	prepare_fault_restore();
	memset(&u, 0, sizeof(u));
	u.opt = o;
	u.theme = make_theme(o->theme);
	doc_init(&u.doc, 0, i18n_term_utf8() ? "\xe2\x80\xa2 " : "- ");
	session_init(&u.s, c, start, u.doc.bullet);
	session_set_quit(&u.s, o->kiosk, o->leave);
	ui_speech_start(&u.sp, u.s.start_lang->clinic, o->speech);
	forget(&u);
	u.last_input = now_ms();
	while (!u.quit) {
		in = take_input(&wch);
		if (in == IN_END)
			break;
		/* A key typed before the first frame was up is for all
		 * the content, which is read first: it may pick a
		 * language, which the welcome part cannot open. */
		if (in != IN_NONE && o->load_rest != NULL && !u.loaded) {
			u.loaded = 1;
			if (load_rest(&u, c) < 0) {
				status = UI_RELOAD;
				break;
			}
		}
		if (in == IN_NONE) {
			if (ui_speech_events(&u.sp, &u.note))
				need_draw = 1;
			if (idle_tick(&u))
				need_draw = 1;
			arm_watchdog(&u);
			if (need_draw) {
				draw(&u);
				erase_saved_lines(&u);
				need_draw = 0;
			}
			if (u.s.nomem) {
				status = EX_SOFTWARE;
				break;
			}
			/* The first frame is up: now read all the content,
			 * and draw again what changed (usually nothing). */
			if (o->load_rest != NULL && !u.loaded) {
				u.loaded = 1;
				let_terminal_show();
				if (load_rest(&u, c) < 0) {
					status = UI_RELOAD;
					break;
				}
				need_draw = 1;
				continue;
			}
			in = wait_input(idle_wait_ms(&u), &dry,
			    ui_speech_fd(&u.sp));
			if (in == IN_END)
				break;
			continue;
		}
		dry = 0;
		need_draw = 1;
		if (in == IN_RESIZE) {
			ui_speech_silence(&u.sp, "resize");
			continue;
		}
		/* Any key silences read aloud at once, then does what it
		 * does; so does a tap (handle_mouse()). */
		ui_speech_key(&u.sp);
		if (!(in == IN_FKEY && wch == KEY_MOUSE))
			ui_speech_silence(&u.sp, "stop");
		u.note = NULL;
		u.last_input = now_ms();
		if (u.countdown > 0) {	/* any key keeps the session */
			u.countdown = 0;
			if (in == IN_FKEY && wch == KEY_MOUSE) {
				getmouse(&(MEVENT){ 0 });	/* used up */
				ui_speech_silence(&u.sp, "stop");
			}
			continue;
		}
		u.s.used = 1;
		if (in == IN_FKEY && wch == KEY_MOUSE) {
			if (handle_mouse(&u))
				speak_view(&u);
		} else {
			if (in == IN_FKEY)
				handle_key(&u, own_key((int)wch), 0);
			else
				handle_key(&u, 0, (wchar_t)wch);
			speak_view(&u);
		}
		if (u.doc.nomem || u.s.nomem) {
			status = EX_SOFTWARE;
			break;
		}
	}
	/* The speaker's child ends with it: quiet at once, on a hang-up
	 * too. */
	ui_speech_end(&u.sp);
	session_end(&u.s);
	doc_free(&u.doc);
	stop_curses(scr);
	release_signals();
	if (status != UI_RELOAD)
		log_end(&u, status);
	return status;
}
