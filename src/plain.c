/*
 * The plain interface: the same menus and pages as ui.c, line by line.
 * Like ui.c it keeps a stack of views; each view is printed once, whole,
 * followed by a prompt that says what may be typed, and then one line
 * is read: a number opens an item or a related topic, b goes back, h
 * helps, q quits.  Every line printed is laid out by doc.c and wrap.c,
 * so it is valid UTF-8 without control characters whatever the content
 * files held, and what the visitor typed is never echoed back.
 */
#include <config.h>

#include <sys/ioctl.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <termios.h>
#include <unistd.h>

#include "doc.h"
#include "i18n.h"
#include "log.h"
#include "plain.h"
#include "wrap.h"

#define PLAIN_MAX_VIEWS	64	/* back history; the oldest pages drop out */
#define PLAIN_LINE_MAX	256	/* a longer input line is refused whole */
#define PLAIN_MAX_DIGITS 6	/* a longer number is no choice */
#define PLAIN_MIN_WIDTH	20
#define PLAIN_WIDTH	80	/* when the caller gives no width */
#define PLAIN_WARN_MAX	10	/* seconds of warning before an idle reset */

enum pview_kind {
	PV_WELCOME,
	PV_MENU,
	PV_FAQ,
	PV_TOPIC,
	PV_ANSWER,
	PV_DISCLAIMER,
	PV_CLINIC,
	PV_HELP,
};

struct pview {
	enum pview_kind kind;
	const char *title;		/* in the path of menus */
	const struct menu *menu;	/* PV_MENU */
	const struct topic *topic;	/* PV_TOPIC */
	const struct faq_entry *entry;	/* PV_ANSWER */
};

struct plain {
	struct language *lang;
	FILE	*in, *out;
	int	 width;
	int	 kiosk;
	struct pview views[PLAIN_MAX_VIEWS];	/* views[0]: the welcome */
	int	 nviews;
	struct doc page;	/* the top view's page, for its links */
	struct doc text;	/* menus, prompts and messages */
	int	 printed;	/* something is on out: separate views */
	int	 nomem;
	int	 quit;
	int	 idle_timeout;	/* seconds; 0: never reset */
	int	 used;		/* a line came since the last reset */
};

/* What one read gave. */
enum input {
	IN_LINE,		/* a line, without its newline */
	IN_JUNK,		/* too long, or with a NUL: no command */
	IN_END,			/* end of input or a read error */
};

static struct pview *
top_view(struct plain *p)
{
	return &p->views[p->nviews - 1];
}

static int
is_page(enum pview_kind k)
{
	return k == PV_TOPIC || k == PV_ANSWER || k == PV_DISCLAIMER ||
	    k == PV_CLINIC || k == PV_HELP;
}

static void
push(struct plain *p, enum pview_kind kind, const char *title)
{
	struct pview *v;

	if (p->nviews == PLAIN_MAX_VIEWS) {
		/* Forget the oldest page but keep welcome and home. */
		memmove(&p->views[2], &p->views[3],
		    (PLAIN_MAX_VIEWS - 3) * sizeof(p->views[0]));
		p->nviews--;
	}
	v = &p->views[p->nviews++];
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	v->title = title;
}

/* ---- output ---- */

/* Prints a laid-out document, underlining titles and headings. */
static void
emit(struct plain *p, const struct doc *d)
{
	const char *s;
	size_t i, len;
	int j;

	if (d->nomem)
		p->nomem = 1;
	for (i = 0; i < d->w.n; i++) {
		s = doc_text_at(d, i, &len);
		fprintf(p->out, "%*s%.*s\n", d->w.lines[i].indent, "",
		    (int)len, s);
		if (d->style[i] != DOC_TITLE && d->style[i] != DOC_HEADING)
			continue;
		for (j = 0; j < d->w.lines[i].width; j++)
			fputc(d->style[i] == DOC_TITLE ? '=' : '-', p->out);
		fputc('\n', p->out);
	}
}

/* Prints the text doc and empties it. */
static void
emit_text(struct plain *p)
{
	emit(p, &p->text);
	doc_reset(&p->text, p->width);
}

/* A blank line between one view and the next. */
static void
separate(struct plain *p)
{
	if (p->printed)
		fputc('\n', p->out);
	p->printed = 1;
}

/* The numbers the top view takes: 1 to this. */
static size_t
choices(struct plain *p)
{
	const struct pview *v = top_view(p);

	switch (v->kind) {
	case PV_MENU:
		return v->menu->n;
	case PV_FAQ:
		return p->lang->faq != NULL ? p->lang->faq->n : 0;
	case PV_WELCOME:
		return 0;
	default:
		return p->page.nlinks;
	}
}

static const char *
prompt_text(struct plain *p)
{
	const struct pview *v = top_view(p);

	/* TRANSLATORS: the prompts of the plain interface.  "b", "h" and
	 * "q" are what the visitor types: keep those letters. */
	if (v->kind == PV_WELCOME)
		return p->kiosk ? _("Press Enter to start. h: help.") :
		    _("Press Enter to start. h: help, q: quit.");
	if (v->kind == PV_MENU || v->kind == PV_FAQ)
		return p->kiosk ?
		    _("Type a number and press Enter. b: back, h: help.") :
		    _("Type a number and press Enter. b: back, h: help, "
		    "q: quit.");
	if (choices(p) > 0)
		return p->kiosk ? _("Type a number to open a related topic, "
		    "b: back, h: help.") : _("Type a number to open a "
		    "related topic, b: back, h: help, q: quit.");
	return p->kiosk ? _("Type b and press Enter to go back. h: help.") :
	    _("Type b and press Enter to go back. h: help, q: quit.");
}

/* The prompt, then everything out to the visitor before we wait. */
static void
prompt(struct plain *p)
{
	doc_line(&p->text, prompt_text(p), DOC_TEXT);
	emit_text(p);
	fflush(p->out);
}

/* A line of its own, then the prompt again. */
static void
say(struct plain *p, const char *msg)
{
	doc_line(&p->text, msg, DOC_TEXT);
	prompt(p);
}

/* ---- views ---- */

static void
show_welcome(struct plain *p)
{
	struct doc *d = &p->text;

	doc_line(d, p->lang->title, DOC_TITLE);
	if (p->lang->clinic != NULL)
		doc_line(d, p->lang->clinic->name, DOC_TEXT);
	doc_blank(d);
	doc_body(d, p->lang->welcome);
	doc_blank(d);
	doc_line(d, _("General information, not medical advice."), DOC_NOTE);
}

/* "Home > Who it may suit": the menus from home to the top view. */
static void
path_line(struct plain *p)
{
	const char *sep = " > ";
	size_t len = 1;
	char *path;
	int i;

	for (i = 1; i < p->nviews; i++)
		len += strlen(p->views[i].title) + strlen(sep);
	if ((path = malloc(len)) == NULL) {
		p->nomem = 1;
		return;
	}
	path[0] = '\0';
	for (i = 1; i < p->nviews; i++) {
		if (i > 1)
			strcat(path, sep);
		strcat(path, p->views[i].title);
	}
	doc_line(&p->text, path, DOC_TITLE);
	free(path);
}

/* "1. Label", then the summary under the label's text. */
static void
list_item(struct plain *p, size_t n, const char *label, const char *summary)
{
	struct doc *d = &p->text;
	char marker[32];
	size_t first = d->w.n;

	snprintf(marker, sizeof(marker), "%zu. ", n);
	if (wrap_hanging(&d->w, label, strlen(label), d->width, 0,
	    marker) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
	if (summary == NULL)
		return;
	first = d->w.n;
	if (wrap_paragraph(&d->w, summary, strlen(summary), d->width,
	    (int)strlen(marker)) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_NOTE);
}

static void
show_list(struct plain *p, const struct pview *v)
{
	const struct faq *q = p->lang->faq;
	size_t i;

	path_line(p);
	doc_blank(&p->text);
	if (v->kind == PV_FAQ)
		for (i = 0; q != NULL && i < q->n; i++)
			list_item(p, i + 1, q->entries[i].question, NULL);
	else
		for (i = 0; i < v->menu->n; i++)
			list_item(p, i + 1, v->menu->items[i].title,
			    v->menu->items[i].summary);
}

/* One command of the help page, its name in a column of names. */
static void
help_command(struct doc *d, const char *name, const char *what, int col)
{
	char marker[128];
	size_t first = d->w.n;
	int pad = col - utf8_width(name, strlen(name));

	snprintf(marker, sizeof(marker), "%s%*s", name, pad > 1 ? pad : 1,
	    "");
	if (wrap_hanging(&d->w, what, strlen(what), d->width, 0, marker) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
}

static void
build_help(struct plain *p, struct doc *d)
{
	static const char *const cmds[][2] = {
		/* TRANSLATORS: the commands of the plain interface, each
		 * with what it does.  "b", "h", "?" and "q" are typed as
		 * they are: keep them. */
		{ N_("1, 2, 3 ..."), N_("Open the item or the related topic "
		    "with that number") },
		{ N_("b"), N_("Go back") },
		{ N_("h or ?"), N_("Show this help") },
		{ N_("Enter"), N_("Show the current menu or page again") },
		{ N_("q"), N_("Quit") },
	};
	size_t i, n = sizeof(cmds) / sizeof(cmds[0]);
	int w, col = 0;

	if (p->kiosk)
		n--;			/* q is last: the kiosk stays open */
	for (i = 0; i < n; i++)
		if ((w = utf8_width(_(cmds[i][0]), strlen(_(cmds[i][0])))) >
		    col)
			col = w;
	doc_line(d, _("Help"), DOC_TITLE);
	doc_blank(d);
	doc_body(d, _("Each menu or page is shown whole, then a line says "
	    "what you can type. Type a number or a letter, then press "
	    "Enter."));
	doc_blank(d);
	doc_line(d, _("Commands"), DOC_HEADING);
	for (i = 0; i < n; i++)
		help_command(d, _(cmds[i][0]), _(cmds[i][1]), col + 2);
	doc_blank(d);
	doc_line(d, _("About this information"), DOC_HEADING);
	doc_body(d, p->lang->disclaimer);
}

/* The related topics, by number, after the page that lists them. */
static void
links_line(struct plain *p)
{
	char buf[256];
	size_t n = p->page.nlinks;

	if (n == 0)
		return;
	if (n == 1)
		snprintf(buf, sizeof(buf), "%s",
		    _("Related topic: type 1 to open it."));
	else
		snprintf(buf, sizeof(buf), ngettext("Related topics: type 1 "
		    "to %zu to open one.", "Related topics: type 1 to %zu to "
		    "open one.", n), n);
	doc_line(&p->text, buf, DOC_TEXT);
}

static void
show_page(struct plain *p, const struct pview *v)
{
	struct doc *d = &p->page;
	const struct clinic *c = p->lang->clinic;

	doc_reset(d, p->width);
	switch (v->kind) {
	case PV_TOPIC:
		doc_topic(d, v->topic, c);
		break;
	case PV_ANSWER:
		doc_faq_entry(d, v->entry);
		break;
	case PV_DISCLAIMER:
		doc_text(d, v->title, p->lang->disclaimer);
		break;
	case PV_CLINIC:
		if (c != NULL)
			doc_clinic(d, c);
		break;
	case PV_HELP:
		build_help(p, d);
		break;
	default:
		break;
	}
	emit(p, d);
}

/* Prints the top view whole, and its prompt. */
static void
show(struct plain *p)
{
	struct pview *v = top_view(p);

	separate(p);
	if (v->kind == PV_WELCOME)
		show_welcome(p);
	else if (v->kind == PV_MENU || v->kind == PV_FAQ)
		show_list(p, v);
	else
		show_page(p, v);
	doc_blank(&p->text);
	if (is_page(v->kind))
		links_line(p);
	prompt(p);
}

/* ---- commands ---- */

/* Opens item i (from 0) of the menu or FAQ on top. */
static void
open_item(struct plain *p, size_t i)
{
	const struct pview *v = top_view(p);
	const struct menu_item *it;
	const struct faq_entry *e;

	if (v->kind == PV_FAQ) {
		e = &p->lang->faq->entries[i];
		push(p, PV_ANSWER, e->question);
		top_view(p)->entry = e;
		return;
	}
	it = &v->menu->items[i];
	switch (it->kind) {
	case MENU_TOPIC:
		push(p, PV_TOPIC, it->topic->title);
		top_view(p)->topic = it->topic;
		stats_topic(it->topic->id);
		break;
	case MENU_SUBMENU:
		push(p, PV_MENU, it->title);
		top_view(p)->menu = it->sub;
		break;
	case MENU_SHOW:
		push(p, it->show == SHOW_FAQ ? PV_FAQ :
		    it->show == SHOW_DISCLAIMER ? PV_DISCLAIMER :
		    it->show == SHOW_CLINIC ? PV_CLINIC : PV_HELP, it->title);
		break;
	}
}

/* Opens choice n (from 1) of the top view. */
static void
open_choice(struct plain *p, size_t n)
{
	const struct topic *t;

	if (is_page(top_view(p)->kind)) {
		t = p->page.links[n - 1].topic;
		push(p, PV_TOPIC, t->title);
		top_view(p)->topic = t;
		stats_topic(t->id);
	} else
		open_item(p, n - 1);
	show(p);
}

static void
open_home(struct plain *p)
{
	push(p, PV_MENU, _("Home"));
	top_view(p)->menu = &p->lang->home;
}

static void
not_a_choice(struct plain *p)
{
	char buf[256];
	size_t n = choices(p);

	if (n == 0)
		snprintf(buf, sizeof(buf), "%s",
		    _("That is not one of the choices here."));
	else if (n == 1)
		snprintf(buf, sizeof(buf), "%s", _("That is not one of the "
		    "choices here. Type 1 to open the only one."));
	else
		snprintf(buf, sizeof(buf), ngettext("That is not one of the "
		    "choices here. Type a number from 1 to %zu.", "That is "
		    "not one of the choices here. Type a number from 1 to "
		    "%zu.", n), n);
	say(p, buf);
}

static void
quit(struct plain *p)
{
	if (p->kiosk)
		say(p, _("This kiosk stays open for the next person. Type b "
		    "to go back, or h for help."));
	else
		p->quit = 1;
}

static void
help(struct plain *p)
{
	if (top_view(p)->kind != PV_HELP)
		push(p, PV_HELP, _("Help"));
	show(p);
}

/* The number that s spells, or 0 when it is not only digits. */
static size_t
number(const char *s)
{
	size_t n = 0, len = strlen(s), i;

	if (len == 0 || len > PLAIN_MAX_DIGITS)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		n = n * 10 + (size_t)(s[i] - '0');
	}
	return n;
}

/* Whether line is the one-letter command c, in either case. */
static int
is_command(const char *line, char c)
{
	return line[0] != '\0' && line[1] == '\0' &&
	    (line[0] == c || line[0] == c - 'a' + 'A');
}

/* Does what one line (trimmed) asks. */
static void
handle(struct plain *p, const char *line)
{
	struct pview *v = top_view(p);
	size_t n;

	if (is_command(line, 'h') || strcmp(line, "?") == 0)
		help(p);
	else if (is_command(line, 'q'))
		quit(p);
	else if (v->kind == PV_WELCOME) {
		/* Anything else starts, as any key does on the screen. */
		open_home(p);
		show(p);
	} else if (line[0] == '\0')
		show(p);
	else if (is_command(line, 'b')) {
		if (p->nviews > 1)
			p->nviews--;
		show(p);
	} else if ((n = number(line)) >= 1 && n <= choices(p))
		open_choice(p, n);
	else
		not_a_choice(p);
}

/* ---- input ---- */

/*
 * Reads one line into buf.  A line that does not fit is read to its end
 * and refused whole, so a paste flood makes one complaint and never
 * runs as commands; so is a line with a NUL byte in it.
 */
static enum input
read_line(FILE *in, char *buf, size_t size)
{
	size_t end;
	int c, more = 0;

	/* fgets() writes no length: its NUL is the last one in buf. */
	memset(buf, 'x', size);
	if (fgets(buf, (int)size, in) == NULL)
		return IN_END;
	for (end = size - 1; end > 0 && buf[end] != '\0'; end--)
		;
	if (end == size - 1 && buf[end - 1] != '\n') {
		while ((c = getc(in)) != EOF && c != '\n')
			more = 1;
		if (more)
			return IN_JUNK;
	}
	if (memchr(buf, '\0', end) != NULL)
		return IN_JUNK;
	if (end > 0 && buf[end - 1] == '\n')
		buf[end - 1] = '\0';
	return IN_LINE;
}

/* Strips blanks (and the CR of a CRLF line) at both ends. */
static char *
trim(char *s)
{
	size_t len;

	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\r'))
		s[--len] = '\0';
	return s;
}

/* ---- the terminal of a kiosk ---- */

/*
 * In kiosk mode on a terminal, Ctrl-C, Ctrl-\ and Ctrl-Z send no
 * signal, Ctrl-D is no end of input and Ctrl-S does not freeze the
 * output: they arrive as characters and are refused as input.  The
 * line editing of the terminal stays.  A signal that ends us puts the
 * terminal back first.
 */
static int tty_fd = -1;
static struct termios tty_saved;
static const int tty_signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
static struct sigaction tty_old[sizeof(tty_signals) / sizeof(int)];

static void
tty_on_signal(int sig)
{
	tcsetattr(tty_fd, TCSANOW, &tty_saved);
	raise(sig);		/* SA_RESETHAND: the default action now */
}

static void
tty_lock(FILE *in)
{
	struct termios t;
	struct sigaction sa;
	size_t i;
	int fd = fileno(in);

	if (fd < 0 || !isatty(fd) || tcgetattr(fd, &tty_saved) < 0)
		return;
	t = tty_saved;
	t.c_lflag &= ~(tcflag_t)ISIG;
	t.c_iflag &= ~(tcflag_t)IXON;
	t.c_cc[VEOF] = _POSIX_VDISABLE;
	tty_fd = fd;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = tty_on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	for (i = 0; i < sizeof(tty_signals) / sizeof(int); i++)
		sigaction(tty_signals[i], &sa, &tty_old[i]);
	if (tcsetattr(fd, TCSANOW, &t) < 0) {
		for (i = 0; i < sizeof(tty_signals) / sizeof(int); i++)
			sigaction(tty_signals[i], &tty_old[i], NULL);
		tty_fd = -1;
	}
}

static void
tty_unlock(void)
{
	size_t i;

	if (tty_fd < 0)
		return;
	tcsetattr(tty_fd, TCSANOW, &tty_saved);
	for (i = 0; i < sizeof(tty_signals) / sizeof(int); i++)
		sigaction(tty_signals[i], &tty_old[i], NULL);
	tty_fd = -1;
}

/* ---- idle reset ---- */

/* The welcome, then straight on to the home menu. */
static void
start_over(struct plain *p)
{
	p->nviews = 1;
	p->views[0].kind = PV_WELCOME;
	p->views[0].title = p->lang->title;
	separate(p);
	show_welcome(p);
	emit_text(p);
	open_home(p);
	show(p);
}

/* Seconds of warning before a reset, as the screens give. */
static int
warning_secs(const struct plain *p)
{
	return p->idle_timeout >= 2 * PLAIN_WARN_MAX ? PLAIN_WARN_MAX :
	    (p->idle_timeout + 1) / 2;
}

/*
 * Waits up to secs seconds for input on in; 1 when some came (or the
 * input ended, which read_line() then finds), 0 when none did.
 */
static int
input_within(FILE *in, int secs)
{
	struct pollfd pfd;
	int rc;

	pfd.fd = fileno(in);
	pfd.events = POLLIN;
	do
		rc = poll(&pfd, 1, secs * 1000);
	while (rc < 0 && errno == EINTR);
	return rc != 0;
}

/*
 * Forgets the visitor after the idle timeout, with a warning first: the
 * history goes, the screen's rows are pushed up with blank lines when
 * out is a terminal, and the kiosk starts over.  Returns when a line is
 * waiting to be read.
 */
static void
wait_or_reset(struct plain *p)
{
	char msg[160];
	struct winsize ws;
	int warn = warning_secs(p), i;

	while (p->used && !input_within(p->in, p->idle_timeout - warn)) {
		/* TRANSLATORS: the plain interface's idle warning; "s" is
		 * seconds. */
		snprintf(msg, sizeof(msg), ngettext("Still there? Resetting "
		    "in %d s — press Enter", "Still there? Resetting in %d "
		    "s — press Enter", warn), warn);
		separate(p);
		doc_line(&p->text, msg, DOC_TEXT);
		emit_text(p);
		fflush(p->out);
		if (input_within(p->in, warn))
			return;
		memset(p->views, 0, sizeof(p->views));
		doc_reset(&p->page, p->width);
		p->used = 0;
		if (ioctl(fileno(p->out), TIOCGWINSZ, &ws) == 0)
			for (i = 0; i < ws.ws_row; i++)
				fputc('\n', p->out);
		log_idle_reset();
		start_over(p);
	}
}

/* ---- the loop ---- */

int
plain_run(struct language *lang, int kiosk, int idle_timeout, FILE *in,
    FILE *out, int width)
{
	struct plain *p;
	char buf[PLAIN_LINE_MAX];
	enum input got;
	int status = EX_OK;

	/* The views make the struct large: not on the stack. */
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return EX_SOFTWARE;
	p->lang = lang;
	p->kiosk = kiosk;
	p->in = in;
	p->out = out;
	if (width <= 0)
		width = PLAIN_WIDTH;
	p->width = width < PLAIN_MIN_WIDTH ? PLAIN_MIN_WIDTH : width;
	doc_init(&p->page, p->width, "- ");
	doc_init(&p->text, p->width, "- ");
	p->idle_timeout = idle_timeout > 0 ? idle_timeout : 0;
	if (kiosk)
		tty_lock(in);
	/* Nothing may wait in stdio's buffer where poll() cannot see it. */
	if (p->idle_timeout > 0)
		setvbuf(in, NULL, _IONBF, 0);

	start_over(p);
	while (!p->quit && !p->nomem && !ferror(out)) {
		if (p->idle_timeout > 0)
			wait_or_reset(p);
		if ((got = read_line(in, buf, sizeof(buf))) == IN_END)
			break;
		p->used = 1;
		if (got == IN_JUNK)
			not_a_choice(p);
		else
			handle(p, trim(buf));
	}
	if (p->nomem)
		status = EX_SOFTWARE;
	else if (fflush(out) != 0 || ferror(out))
		status = EX_IOERR;
	tty_unlock();
	doc_free(&p->page);
	doc_free(&p->text);
	free(p);
	return status;
}
