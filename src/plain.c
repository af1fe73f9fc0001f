/*
 * The plain interface: the same menus and pages as ui.c, line by line.
 * Like ui.c it keeps a stack of views; each view is printed once, whole,
 * followed by a prompt that says what may be typed, and then one line
 * is read: a number opens an item or a related topic, b goes back, h
 * helps, ! shows the notice that this is general information, L lists
 * the languages, q quits.  Every line printed is laid out by doc.c and
 * wrap.c, so it is valid UTF-8 without control characters whatever the
 * content files held (folded to ASCII, as the screens fold theirs, on a
 * terminal that is not UTF-8), and what the visitor typed is never
 * echoed back.
 *
 * The self-check is one view: its introduction, one question at a time
 * and the notes, driven by the engine in selfcheck.c.  Its answers live
 * in the engine's session and what is printed from them is laid out in
 * a document of its own, sized once when the self-check opens so that
 * it is never reallocated; both are zeroed when the visitor leaves the
 * self-check, at the idle reset and at the end, and nothing of them is
 * written anywhere but to the visitor's terminal.
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
#include <wchar.h>
#include <wctype.h>

#include "doc.h"
#include "i18n.h"
#include "log.h"
#include "plain.h"
#include "sc-doc.h"
#include "selfcheck.h"
#include "wrap.h"

#define PLAIN_MAX_VIEWS	64	/* back history; the oldest pages drop out */
#define PLAIN_LINE_MAX	256	/* a longer input line is refused whole */
#define PLAIN_MAX_DIGITS 6	/* a longer number is no choice */
#define PLAIN_MIN_WIDTH	20
#define PLAIN_WIDTH	80	/* when the caller gives no width */
#define PLAIN_WARN_MAX	10	/* seconds of warning before an idle reset */
#define NOWHERE		((size_t)-1)

enum pview_kind {
	PV_WELCOME,
	PV_MENU,
	PV_FAQ,
	PV_TOPIC,
	PV_ANSWER,
	PV_DISCLAIMER,
	PV_CLINIC,
	PV_HELP,
	PV_SELFCHECK,
	PV_LANG,		/* the list of languages */
};

struct pview {
	enum pview_kind kind;
	const char *title;		/* in the path of menus */
	const struct menu *menu;	/* PV_MENU */
	const struct topic *topic;	/* PV_TOPIC */
	const struct faq_entry *entry;	/* PV_ANSWER */
	size_t	 from;		/* its item in the menu or FAQ below, or
				 * NOWHERE: to keep the place in another
				 * language */
};

enum sc_stage {
	SCS_INTRO,
	SCS_QUESTION,
	SCS_RESULTS,
};

struct plain {
	const struct content *content;
	struct language *lang;
	struct language *start_lang;	/* the idle reset goes back to it */
	FILE	*in, *out;
	int	 width;
	int	 kiosk;
	struct pview views[PLAIN_MAX_VIEWS];	/* views[0]: the welcome */
	int	 nviews;
	struct pview old[PLAIN_MAX_VIEWS];	/* across a language switch */
	struct doc page;	/* the top view's page, for its links */
	struct doc text;	/* menus, prompts and messages */
	int	 printed;	/* something is on out: separate views */
	int	 nomem;
	int	 quit;
	int	 idle_timeout;	/* seconds; 0: never reset */
	int	 used;		/* a line came since the last reset */
	/* The self-check, while its view is open (one at a time). */
	struct sc_session *sc;
	enum sc_stage stage;
	struct doc scdoc;	/* all that is printed from the answers */
	int	 asking;	/* "Leave ...? y/n" waits for its answer */
	int	 then_lang;	/* and after leaving, the list of languages */
	/* A line folded to ASCII, for a terminal that is not UTF-8. */
	char	*fold;
	size_t	 foldcap;
};

/* What one read gave. */
enum input {
	IN_LINE,		/* a line, without its newline */
	IN_JUNK,		/* too long, or with a NUL: no command */
	IN_END,			/* end of input or a read error */
};

static void	sc_close(struct plain *);

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
		if (p->views[2].kind == PV_SELFCHECK)
			sc_close(p);
		memmove(&p->views[2], &p->views[3],
		    (PLAIN_MAX_VIEWS - 3) * sizeof(p->views[0]));
		p->nviews--;
	}
	v = &p->views[p->nviews++];
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	v->title = title;
	v->from = NOWHERE;
}

/* ---- output ---- */

/*
 * Line i of d as the terminal can show it: on a terminal that is not
 * UTF-8, folded to ASCII as the screens fold what they draw
 * (i18n_fold()).  Sets *len and *width; NULL when out of memory.
 */
static const char *
shown_line(struct plain *p, const struct doc *d, size_t i, size_t *len,
    int *width)
{
	const char *s = doc_text_at(d, i, len);
	size_t need = *len * 4 + 16;	/* "½" folds to " 1/2" */
	char *nf;

	*width = d->w.lines[i].width;
	if (i18n_term_utf8())
		return s;
	if (need > p->foldcap) {
		/* Not realloc(): the old line is wiped, not left behind. */
		if ((nf = malloc(need)) == NULL)
			return NULL;
		if (p->fold != NULL)
			sc_zero(p->fold, p->foldcap);
		free(p->fold);
		p->fold = nf;
		p->foldcap = need;
	}
	*len = i18n_fold(s, *len, p->fold, p->foldcap);
	*width = utf8_width(p->fold, *len);
	return p->fold;
}

/* One line at its indent, a title underlined with "=", a heading "-". */
static void
print_line(struct plain *p, int indent, const char *s, size_t len,
    int width, int style)
{
	int j;

	fprintf(p->out, "%*s%.*s\n", indent, "", (int)len, s);
	if (style != DOC_TITLE && style != DOC_HEADING)
		return;
	for (j = 0; j < width; j++)
		fputc(style == DOC_TITLE ? '=' : '-', p->out);
	fputc('\n', p->out);
}

/*
 * Prints a line that folding made wider than the width ("«" is "<<"):
 * broken after the last blank that fits, each piece at the indent.
 */
static void
print_wide_line(struct plain *p, int indent, const char *s, size_t len,
    int style)
{
	int room = p->width - indent > 1 ? p->width - indent : 1;
	size_t fit, cut;

	while (len > 0) {
		fit = utf8_fit(s, len, room);
		if (fit < len) {
			for (cut = fit; cut > 0 && s[cut] != ' '; cut--)
				;
			fit = cut > 0 ? cut : fit > 0 ? fit : 1;
		}
		print_line(p, indent, s, fit, utf8_width(s, fit), style);
		for (s += fit, len -= fit; len > 0 && *s == ' '; s++, len--)
			;
	}
}

/* Prints a laid-out document. */
static void
emit(struct plain *p, const struct doc *d)
{
	const char *s;
	size_t i, len;
	int indent, width;

	if (d->nomem)
		p->nomem = 1;
	for (i = 0; i < d->w.n; i++) {
		if ((s = shown_line(p, d, i, &len, &width)) == NULL) {
			p->nomem = 1;
			break;
		}
		indent = d->w.lines[i].indent;
		if (indent + width <= p->width)
			print_line(p, indent, s, len, width, d->style[i]);
		else
			print_wide_line(p, indent, s, len, d->style[i]);
	}
	/* What was folded last may have been a note of the self-check. */
	if (p->fold != NULL)
		sc_zero(p->fold, p->foldcap);
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

/* Languages to choose from on the welcome: none when there is one. */
static size_t
welcome_languages(const struct plain *p)
{
	return p->content->nlangs > 1 ? p->content->nlangs : 0;
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
		return welcome_languages(p);
	case PV_LANG:
		return p->content->nlangs;
	case PV_SELFCHECK:
		return 0;	/* sc_prompt() says what it takes */
	default:
		return p->page.nlinks;
	}
}

/* The self-check's topics to read, as its results list them. */
static size_t
sc_topics(const struct plain *p, size_t k, const struct topic **nth)
{
	const struct sc_link *l;
	struct sc_iter it;
	size_t n = 0;

	memset(&it, 0, sizeof(it));
	while ((l = sc_next_topic(p->sc, &it)) != NULL)
		if (l->topic != NULL && ++n == k && nth != NULL)
			*nth = l->topic;
	return n;
}

/* What may be typed in the self-check, as the prompt says it. */
static const char *
sc_prompt(struct plain *p)
{
	const struct sc_question *q;

	if (p->asking) {
		/* TRANSLATORS: asked before the plain interface clears
		 * the self-check's answers.  Name the letter for yes that
		 * the message "y yes" gives first in your language (Spanish
		 * "s/n"); any other answer keeps them. */
		return _("Leave the self-check and clear your answers? y/n");
	}
	if (p->stage == SCS_INTRO) {
		/* TRANSLATORS: the prompts of the self-check in the plain
		 * interface.  "b", "h", "s" and "x" are what the visitor
		 * types: keep those letters. */
		return _("Press Enter to start the self-check. b: back, h: "
		    "help.");
	}
	if (p->stage == SCS_RESULTS)
		return sc_topics(p, 0, NULL) > 0 ?
		    _("Type a number to open a topic to read. s: start "
		    "again, x: leave and clear your answers, b: back to the "
		    "last question, h: help.") :
		    _("s: start again, x: leave and clear your answers, b: "
		    "back to the last question, h: help.");
	q = sc_current(p->sc);
	if (q->kind == SC_ANY)
		return _("Type the numbers of all that apply, with a space "
		    "between them (for example: 1 3), then press Enter. "
		    "0: none of these. b: back, h: help.");
	return _("Type the number of your answer and press Enter. b: back, "
	    "h: help.");
}

static const char *
prompt_text(struct plain *p)
{
	const struct pview *v = top_view(p);

	if (v->kind == PV_SELFCHECK || p->asking)
		return sc_prompt(p);
	/* TRANSLATORS: the prompts of the plain interface.  "b", "h" and
	 * "q" are what the visitor types: keep those letters. */
	if (v->kind == PV_WELCOME && welcome_languages(p) > 0)
		return p->kiosk ? _("Press Enter to start, or type the number "
		    "of a language. h: help.") : _("Press Enter to start, or "
		    "type the number of a language. h: help, q: quit.");
	if (v->kind == PV_WELCOME)
		return p->kiosk ? _("Press Enter to start. h: help.") :
		    _("Press Enter to start. h: help, q: quit.");
	if (v->kind == PV_LANG)
		return _("Type the number of a language and press Enter. b: "
		    "back, h: help.");
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

/* "1. Label", then the summary under the label's text. */
static void
list_item(struct doc *d, size_t n, const char *label, const char *summary)
{
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

/* The languages by number, each in its own name. */
static void
language_list(struct plain *p)
{
	char label[256];
	size_t i;

	for (i = 0; i < p->content->nlangs; i++) {
		doc_language_label(p->content->langs[i], label,
		    sizeof(label));
		list_item(&p->text, i + 1, label, NULL);
	}
}

static void
show_welcome(struct plain *p)
{
	struct doc *d = &p->text;

	doc_line(d, p->lang->title, DOC_TITLE);
	if (p->lang->clinic != NULL)
		doc_line(d, p->lang->clinic->name, DOC_TEXT);
	doc_blank(d);
	doc_body(d, p->lang->welcome);
	/* The content's welcome names no keys: here one types a number
	 * or a letter, then Enter (the screens say arrows, in ui.c). */
	doc_blank(d);
	/* TRANSLATORS: the last paragraph of the plain interface's
	 * welcome, under the welcome text of the content.  The prompts
	 * are the lines that say what may be typed ("Type a number and
	 * press Enter. b: back, h: help."). */
	doc_body(d, _("To choose something, type its number and press "
	    "Enter. After each menu or page, a line says what you can "
	    "type."));
	doc_blank(d);
	doc_line(d, _("General information, not medical advice."), DOC_NOTE);
	if (!i18n_term_utf8()) {
		doc_blank(d);
		doc_line(d, _("This terminal does not use UTF-8: letters are "
		    "shown without accents, and some scripts cannot be "
		    "shown."), DOC_NOTE);
	}
	if (welcome_languages(p) > 0) {
		doc_blank(d);
		doc_line(d, _("Languages"), DOC_HEADING);
		language_list(p);
	}
}

static void
show_languages(struct plain *p)
{
	char buf[512], label[256];

	doc_line(&p->text, _("Language"), DOC_TITLE);
	doc_blank(&p->text);
	language_list(p);
	doc_blank(&p->text);
	doc_language_label(p->lang, label, sizeof(label));
	/* TRANSLATORS: %s is the name of a language in that language:
	 * "English", "Español". */
	snprintf(buf, sizeof(buf), _("In use now: %s."), label);
	doc_line(&p->text, buf, DOC_NOTE);
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

static void
show_list(struct plain *p, const struct pview *v)
{
	const struct faq *q = p->lang->faq;
	size_t i;

	path_line(p);
	doc_blank(&p->text);
	if (v->kind == PV_FAQ && p->lang->faq_fallback)
		doc_fallback_note(&p->text, p->lang->name);
	if (v->kind == PV_FAQ)
		for (i = 0; q != NULL && i < q->n; i++)
			list_item(&p->text, i + 1, q->entries[i].question,
			    NULL);
	else
		for (i = 0; i < v->menu->n; i++)
			list_item(&p->text, i + 1, v->menu->items[i].title,
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

enum help_when {
	HELP_ALWAYS,
	HELP_LANGS,		/* with more than one language */
	HELP_NO_KIOSK,		/* not in kiosk mode */
};

static int
help_shown(const struct plain *p, int when)
{
	return when == HELP_ALWAYS ||
	    (when == HELP_LANGS && p->content->nlangs > 1) ||
	    (when == HELP_NO_KIOSK && !p->kiosk);
}

static void
build_help(struct plain *p, struct doc *d)
{
	static const struct {
		const char *name, *what;
		int when;
	} cmds[] = {
		/* TRANSLATORS: the commands of the plain interface, each
		 * with what it does.  "b", "h", "?", "!", "L" and "q" are
		 * typed as they are: keep them. */
		{ N_("1, 2, 3 ..."), N_("Open the item or the related topic "
		    "with that number"), HELP_ALWAYS },
		{ N_("b"), N_("Go back"), HELP_ALWAYS },
		{ N_("h or ?"), N_("Show this help"), HELP_ALWAYS },
		{ N_("!"), N_("Show that this is general information, not "
		    "medical advice"), HELP_ALWAYS },
		{ N_("L"), N_("Choose another language"), HELP_LANGS },
		{ N_("Enter"), N_("Show the current menu or page again"),
		    HELP_ALWAYS },
		{ N_("q"), N_("Quit"), HELP_NO_KIOSK },
	};
	size_t i, n = sizeof(cmds) / sizeof(cmds[0]);
	int w, col = 0;

	for (i = 0; i < n; i++)
		if (help_shown(p, cmds[i].when) && (w = utf8_width(
		    _(cmds[i].name), strlen(_(cmds[i].name)))) > col)
			col = w;
	doc_line(d, _("Help"), DOC_TITLE);
	doc_blank(d);
	doc_body(d, _("Each menu or page is shown whole, then a line says "
	    "what you can type. Type a number or a letter, then press "
	    "Enter."));
	doc_blank(d);
	doc_line(d, _("Commands"), DOC_HEADING);
	for (i = 0; i < n; i++)
		if (help_shown(p, cmds[i].when))
			help_command(d, _(cmds[i].name), _(cmds[i].what),
			    col + 2);
	if (p->lang->selfcheck != NULL) {
		doc_blank(d);
		doc_line(d, p->lang->selfcheck->title, DOC_HEADING);
		doc_body(d, _("Each question is shown with its answers by "
		    "number. Type the number of your answer. Where you may "
		    "choose more than one, type their numbers with a space "
		    "between them, such as 1 3, or 0 for none of these. b "
		    "goes back to the question before, with your answer "
		    "kept. Your answers are not saved, and they are cleared "
		    "when you leave the self-check."));
	}
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
		/* As on the screens and in --dump: a page the visitor's
		 * language lacks comes from the default one, and says so;
		 * so do the clinic's details on a page. */
		doc_topic_page(d, p->lang, v->topic);
		break;
	case PV_ANSWER:
		doc_answer_page(d, p->lang, v->entry);
		break;
	case PV_DISCLAIMER:
		doc_text(d, v->title, p->lang->disclaimer);
		break;
	case PV_CLINIC:
		if (c != NULL)
			doc_clinic(d, p->lang);
		break;
	case PV_HELP:
		build_help(p, d);
		break;
	default:
		break;
	}
	emit(p, d);
}

/* ---- the self-check: its document ---- */

/* Forgets the self-check: every answer and all printed from them. */
static void
sc_close(struct plain *p)
{
	sc_wipe(p->sc);
	sc_doc_wipe(&p->scdoc);
	p->sc = NULL;
	p->stage = SCS_INTRO;
	p->asking = 0;
	p->then_lang = 0;
}

static int
sc_open(struct plain *p, const struct selfcheck *sc)
{
	size_t links, bytes = sc_doc_bytes(sc, &links);

	sc_close(p);
	doc_init(&p->scdoc, p->width, "- ");
	if (sc_doc_reserve(&p->scdoc, bytes, links) < 0 ||
	    (p->sc = sc_start(sc)) == NULL) {
		sc_close(p);
		return -1;
	}
	return 0;
}

/*
 * The open self-check, moved to the same self-check in another
 * language: answers, place and stage carry over; what was printed from
 * them in the old language is wiped.  Without one there (or memory),
 * the answers are wiped.
 */
static void
sc_relang(struct plain *p, const struct selfcheck *to)
{
	struct sc_session *old = p->sc;
	enum sc_stage stage = p->stage;

	p->sc = NULL;		/* kept from the wipe in sc_open() */
	if (to == NULL || sc_open(p, to) < 0) {
		sc_wipe(old);
		sc_close(p);
		return;
	}
	sc_carry(p->sc, old);
	sc_wipe(old);
	p->stage = stage;
}

/* ---- the self-check: its views ---- */

static void
sc_show_intro(struct plain *p, struct doc *d)
{
	const struct selfcheck *sc = p->lang->selfcheck;

	doc_line(d, sc->title, DOC_TITLE);
	doc_blank(d);
	doc_body(d, sc->introduction);
	doc_blank(d);
	sc_doc_dates(d, sc);
}

/* "Your answer now: 2." or "Your answers now: 1 3.", as one types them. */
static void
sc_chosen_line(struct plain *p, struct doc *d, const struct sc_question *q)
{
	char nums[SC_LIMIT_ANSWERS * 4], line[SC_LIMIT_ANSWERS * 4 + 128];
	size_t i, len = 0, n = 0;

	nums[0] = '\0';
	for (i = 0; i < q->nanswers && len + 8 < sizeof(nums); i++)
		if (sc_is_chosen(p->sc, q, i)) {
			len += (size_t)snprintf(nums + len, sizeof(nums) - len,
			    "%s%zu", n++ > 0 ? " " : "", i + 1);
		}
	if (n == 0)
		return;
	doc_blank(d);
	/* TRANSLATORS: %s is the numbers of the answers chosen, as the
	 * visitor would type them: "2", or "1 3". */
	snprintf(line, sizeof(line), ngettext("Your answer now: %s. Press "
	    "Enter alone to keep it.", "Your answers now: %s. Press Enter "
	    "alone to keep them.", n), nums);
	doc_line(d, line, DOC_TEXT);
	sc_zero(nums, sizeof(nums));
	sc_zero(line, sizeof(line));
}

static void
sc_show_question(struct plain *p, struct doc *d)
{
	const struct sc_question *q = sc_current(p->sc);
	char progress[128];
	size_t i, n, m;

	sc_progress(p->sc, &n, &m);
	/* TRANSLATORS: progress through the self-check, "Question 3 of
	 * 8"; the count can only go down, as answers skip questions. */
	snprintf(progress, sizeof(progress), ngettext("Question %zu of %zu",
	    "Question %zu of %zu", m), n, m);
	doc_line(d, progress, DOC_NOTE);
	if (sc_may_skip(p->sc))
		doc_line(d, sc_doc_may_skip(), DOC_NOTE);
	doc_blank(d);
	doc_line(d, q->text, DOC_HEADING);
	if (q->help != NULL)
		doc_body(d, q->help);
	if (q->kind == SC_ANY)
		doc_line(d, _("You may choose more than one."), DOC_NOTE);
	doc_blank(d);
	for (i = 0; i < q->nanswers; i++)
		list_item(d, i + 1, q->answers[i].label, NULL);
	sc_chosen_line(p, d, q);
}

/* "You said ...: what to do", as one bullet. */
static void
sc_show_note(struct doc *d, const struct sc_note *n)
{
	size_t len = strlen(n->because) + strlen(n->text) + 4, first;
	char *buf = malloc(len);

	if (buf == NULL) {
		d->nomem = 1;
		return;
	}
	snprintf(buf, len, "- %s %s", n->because, n->text);
	first = d->w.n;
	if (wrap_body(&d->w, buf, d->width, 0, d->bullet) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
	sc_zero(buf, len);
	free(buf);
}

static void
sc_show_results(struct plain *p, struct doc *d)
{
	const struct selfcheck *sc = p->lang->selfcheck;
	const struct sc_note *n;
	const struct sc_link *l;
	struct sc_iter it;
	size_t k = 0;
	int panel;

	doc_line(d, _("Your notes"), DOC_TITLE);
	doc_line(d, _("Each note comes from one of your answers. They may "
	    "help when you talk with your doctor or an SMP provider. "
	    "Nothing here is saved."), DOC_NOTE);
	for (panel = 0; panel < SC_NPANELS; panel++) {
		doc_blank(d);
		doc_line(d, sc->panel[panel], DOC_HEADING);
		if (sc_count_notes(p->sc, (enum sc_panel)panel) == 0)
			doc_line(d, _("None of your answers added a note "
			    "here."), DOC_NOTE);
		memset(&it, 0, sizeof(it));
		while ((n = sc_next_note(p->sc, (enum sc_panel)panel,
		    &it)) != NULL)
			sc_show_note(d, n);
	}
	memset(&it, 0, sizeof(it));
	while ((l = sc_next_topic(p->sc, &it)) != NULL) {
		if (l->topic == NULL)
			continue;
		if (k == 0) {
			doc_blank(d);
			doc_line(d, _("Topics to read"), DOC_HEADING);
		}
		list_item(d, ++k, l->topic->title, NULL);
	}
	doc_blank(d);
	doc_line(d, sc->alternatives_title, DOC_HEADING);
	doc_body(d, sc->alternatives);
	doc_blank(d);
	doc_line(d, sc->closing, DOC_TEXT);
	doc_blank(d);
	sc_doc_review(d, sc);
}

static void
sc_show(struct plain *p)
{
	struct doc *d = &p->scdoc;

	doc_reset(d, p->width);
	if (p->stage == SCS_INTRO)
		sc_show_intro(p, d);
	else if (p->stage == SCS_QUESTION && sc_current(p->sc) != NULL)
		sc_show_question(p, d);
	else
		sc_show_results(p, d);
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
	else if (v->kind == PV_LANG)
		show_languages(p);
	else if (v->kind == PV_MENU || v->kind == PV_FAQ)
		show_list(p, v);
	else if (v->kind == PV_SELFCHECK)
		sc_show(p);
	else
		show_page(p, v);
	doc_blank(&p->text);
	if (is_page(v->kind))
		links_line(p);
	prompt(p);
}

/* ---- commands ---- */

/*
 * Topic t (of any language) as the visitor's language shows it: its
 * own, or the default language's; NULL when neither has it.  A link on
 * a page shown from the default language leads back where it can.
 */
static const struct topic *
shown_topic(const struct plain *p, const struct topic *t)
{
	const struct language *def = content_default_language(p->content);
	const struct topic *hit;

	if (t == NULL)
		return NULL;
	if ((hit = language_topic(p->lang, t->id)) != NULL)
		return hit;
	if (def != NULL && (hit = language_topic(def, t->id)) != NULL)
		return hit;
	return NULL;
}

/*
 * Shows topic t; 0 when the visitor's language cannot.  Nothing is
 * counted: a language switch shows again the pages that are open.
 */
static int
show_topic(struct plain *p, const struct topic *t)
{
	if ((t = shown_topic(p, t)) == NULL)
		return 0;
	push(p, PV_TOPIC, t->title);
	top_view(p)->topic = t;
	return 1;
}

/* The visitor opens topic t: shown, and counted (--stats). */
static int
open_topic(struct plain *p, const struct topic *t)
{
	if (!show_topic(p, t))
		return 0;
	stats_topic(top_view(p)->topic->id);
	return 1;
}

static void
open_selfcheck(struct plain *p, const char *title)
{
	if (p->lang->selfcheck == NULL || sc_open(p, p->lang->selfcheck) < 0) {
		p->nomem = p->lang->selfcheck != NULL;
		return;
	}
	push(p, PV_SELFCHECK, title);
}

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
		top_view(p)->from = i;
		return;
	}
	it = &v->menu->items[i];
	switch (it->kind) {
	case MENU_TOPIC:
		if (!open_topic(p, it->topic))
			return;
		break;
	case MENU_SUBMENU:
		push(p, PV_MENU, it->title);
		top_view(p)->menu = it->sub;
		break;
	case MENU_SHOW:
		if (it->show == SHOW_SELFCHECK) {
			open_selfcheck(p, it->title);
			if (top_view(p)->kind != PV_SELFCHECK)
				return;
		} else
			push(p, it->show == SHOW_FAQ ? PV_FAQ :
			    it->show == SHOW_DISCLAIMER ? PV_DISCLAIMER :
			    it->show == SHOW_CLINIC ? PV_CLINIC : PV_HELP,
			    it->title);
		break;
	}
	top_view(p)->from = i;
}

/* Opens choice n (from 1) of the top view. */
static void
open_choice(struct plain *p, size_t n)
{
	if (is_page(top_view(p)->kind))
		open_topic(p, p->page.links[n - 1].topic);
	else
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

static void
disclaimer(struct plain *p)
{
	if (top_view(p)->kind != PV_DISCLAIMER)
		push(p, PV_DISCLAIMER, _("About this information"));
	show(p);
}

/* The number that s spells, or NOWHERE when it is not only digits. */
static size_t
number_or_none(const char *s, size_t len)
{
	size_t n = 0, i;

	if (len == 0 || len > PLAIN_MAX_DIGITS)
		return NOWHERE;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return NOWHERE;
		n = n * 10 + (size_t)(s[i] - '0');
	}
	return n;
}

/* The number that s spells, or 0 when it is not only digits. */
static size_t
number(const char *s)
{
	size_t n = number_or_none(s, strlen(s));

	return n == NOWHERE ? 0 : n;
}

/* Whether line is the one-letter command c, in either case. */
static int
is_command(const char *line, char c)
{
	return line[0] != '\0' && line[1] == '\0' &&
	    (line[0] == c || line[0] == c - 'a' + 'A');
}

/* ---- languages ---- */

/*
 * Pushes, in the new language, the view that old was in the old one,
 * on top of the views already remapped; 0 when that place does not
 * exist there, which ends the remapping.  oldp is the old view below.
 */
static int
remap_view(struct plain *p, const struct pview *oldp, const struct pview *old)
{
	const struct pview *np = top_view(p);
	const struct menu *nm = np->kind == PV_MENU ? np->menu : NULL;
	const struct faq *faq = p->lang->faq;
	size_t j = NOWHERE;

	if (old->from != NOWHERE && oldp->kind == PV_MENU && nm != NULL)
		j = content_map_item(oldp->menu, old->from, nm);
	switch (old->kind) {
	case PV_MENU:
		if (np->kind == PV_WELCOME) {
			open_home(p);
			break;
		}
		if (j == NOWHERE || nm->items[j].kind != MENU_SUBMENU)
			return 0;
		push(p, PV_MENU, nm->items[j].title);
		top_view(p)->menu = nm->items[j].sub;
		break;
	case PV_TOPIC:
		if (!show_topic(p, old->topic))
			return 0;
		break;
	case PV_FAQ:
		if (faq == NULL)
			return 0;
		push(p, PV_FAQ, j != NOWHERE ? nm->items[j].title :
		    faq->title);
		break;
	case PV_ANSWER:
		if (np->kind != PV_FAQ || faq == NULL || old->from >= faq->n)
			return 0;
		push(p, PV_ANSWER, faq->entries[old->from].question);
		top_view(p)->entry = &faq->entries[old->from];
		break;
	case PV_DISCLAIMER:
		push(p, PV_DISCLAIMER, j != NOWHERE ? nm->items[j].title :
		    _("About this information"));
		break;
	case PV_CLINIC:
		if (p->lang->clinic == NULL)
			return 0;
		push(p, PV_CLINIC, j != NOWHERE ? nm->items[j].title :
		    p->lang->clinic->name);
		break;
	case PV_HELP:
		push(p, PV_HELP, j != NOWHERE ? nm->items[j].title :
		    _("Help"));
		break;
	case PV_SELFCHECK:
		if (p->sc == NULL)
			return 0;
		push(p, PV_SELFCHECK, j != NOWHERE ? nm->items[j].title :
		    p->lang->selfcheck->title);
		break;
	default:
		return 0;
	}
	top_view(p)->from = j != NOWHERE ? j : old->from;
	return 1;
}

/*
 * Switches the content and the interface to another language and
 * keeps the visitor's place: each view of the history is looked up in
 * the new language (the same topic, the same menu item) as far as it
 * exists there.  An open self-check moves to the new language with its
 * answers and place (sc_carry()).
 */
static void
switch_language(struct plain *p, struct language *to)
{
	int i, n = p->nviews;

	memcpy(p->old, p->views, (size_t)n * sizeof(p->old[0]));
	if (p->sc != NULL)
		sc_relang(p, to->selfcheck);
	p->lang = to;
	i18n_set_language(to->code);
	p->nviews = 1;
	p->views[0].title = to->title;
	for (i = 1; i < n; i++)
		if (!remap_view(p, &p->old[i - 1], &p->old[i]))
			break;
}

static void
open_languages(struct plain *p)
{
	if (p->content->nlangs < 2) {
		say(p, _("This kiosk has its pages in one language only."));
		return;
	}
	if (top_view(p)->kind != PV_LANG)
		push(p, PV_LANG, _("Language"));
	show(p);
}

static void
pick_language(struct plain *p, size_t n)
{
	if (top_view(p)->kind == PV_LANG)
		p->nviews--;
	switch_language(p, p->content->langs[n - 1]);
	show(p);
}

/* ---- the self-check: commands ---- */

static int
sc_anything_answered(const struct plain *p)
{
	size_t i;

	for (i = 0; i < sc_count(p->sc); i++)
		if (sc_answered(p->sc, sc_question_at(p->sc, i)))
			return 1;
	return 0;
}

/* The view of the self-check in the history, or -1. */
static int
sc_view(const struct plain *p)
{
	int i;

	for (i = p->nviews - 1; i > 0; i--)
		if (p->views[i].kind == PV_SELFCHECK)
			return i;
	return -1;
}

/* Wipes the answers and goes back to below the self-check. */
static void
sc_leave_now(struct plain *p, int then_lang, int said)
{
	int i = sc_view(p);

	sc_close(p);
	if (i > 0)
		p->nviews = i;
	if (said) {
		separate(p);
		doc_line(&p->text, _("Your answers are cleared."), DOC_TEXT);
		emit_text(p);
	}
	if (then_lang)
		open_languages(p);
	else
		show(p);
}

/*
 * Leaves the self-check; with answers given, asks first.  then_lang:
 * the list of languages comes next.
 */
static void
leave_selfcheck(struct plain *p, int then_lang)
{
	if (!sc_anything_answered(p)) {
		sc_leave_now(p, then_lang, 0);
		return;
	}
	p->asking = 1;
	p->then_lang = then_lang;
	prompt(p);
}

/*
 * Whether line is word (of len bytes) but for case: "SÍ" is "sí".
 * Both are UTF-8, as LC_CTYPE is (i18n_init()); a line that is not
 * valid UTF-8 is no word.
 */
static int
same_word(const char *line, const char *word, size_t len)
{
	mbstate_t ls, ws;
	size_t ln, wn, lleft = strlen(line);
	wchar_t lc, wc;

	memset(&ls, 0, sizeof(ls));
	memset(&ws, 0, sizeof(ws));
	while (lleft > 0 && len > 0) {
		ln = mbrtowc(&lc, line, lleft, &ls);
		wn = mbrtowc(&wc, word, len, &ws);
		if (ln == 0 || ln > lleft || wn == 0 || wn > len ||
		    towlower((wint_t)lc) != towlower((wint_t)wc))
			return 0;
		line += ln;
		lleft -= ln;
		word += wn;
		len -= wn;
	}
	return lleft == 0 && len == 0;
}

/*
 * Whether line answers yes to "Leave the self-check ...? y/n": "y" or
 * "yes" in every language, or a word of the visitor's language's
 * list, in either case.
 */
static int
says_yes(const char *line)
{
	/* TRANSLATORS: the answers that mean yes to "Leave the
	 * self-check and clear your answers? y/n" in the plain
	 * interface, separated by spaces: first the letter that question
	 * names, then the word, and the word without its accents when it
	 * has any, which every keyboard can type (Spanish: "s sí si").
	 * Case does not matter, and "y" and "yes" are taken in every
	 * language. */
	const char *words = _("y yes"), *w;
	size_t len;

	if (same_word(line, "y", 1) || same_word(line, "yes", 3))
		return 1;
	for (w = words; *w != '\0'; w += len) {
		w += strspn(w, " ");
		len = strcspn(w, " ");
		if (len > 0 && same_word(line, w, len))
			return 1;
	}
	return 0;
}

/* The answer to "Leave the self-check ...? y/n": only yes leaves. */
static void
sc_asked(struct plain *p, const char *line)
{
	p->asking = 0;
	if (says_yes(line)) {
		sc_leave_now(p, p->then_lang, 1);
		return;
	}
	p->then_lang = 0;
	if (top_view(p)->kind == PV_SELFCHECK)
		say(p, _("You are still in the self-check. Your answers are "
		    "kept."));
	else
		say(p, _("Your answers in the self-check are kept."));
}

/* To the next question, or to the notes after the last. */
static void
sc_go_on(struct plain *p)
{
	if (sc_next(p->sc) < 0) {
		show(p);
		return;
	}
	if (sc_finished(p->sc)) {
		/* Counted without anything of the answers, when --stats asks. */
		if (p->stage != SCS_RESULTS)
			stats_selfcheck_completed();
		p->stage = SCS_RESULTS;
	}
	show(p);
}

/*
 * Reads the answers typed for the current question into want: numbers
 * apart by blanks or commas, 0 for the "none of these" answer.  Returns
 * how many there are, or -1 when the line is not that (or names none).
 */
static int
sc_parse(const struct sc_question *q, const char *line,
    unsigned char want[SC_LIMIT_ANSWERS])
{
	size_t n, len, none = NOWHERE, i;
	int count = 0, alone = 0;

	for (i = 0; i < q->nanswers; i++)
		if (q->answers[i].none)
			none = i;
	memset(want, 0, SC_LIMIT_ANSWERS);
	while (*line != '\0') {
		if (*line == ' ' || *line == '\t' || *line == ',') {
			line++;
			continue;
		}
		len = strcspn(line, " \t,");
		n = number_or_none(line, len);
		line += len;
		if (n == 0 && none != NOWHERE)
			n = none + 1;
		if (n == NOWHERE || n == 0 || n > q->nanswers)
			return -1;
		if (!want[n - 1])
			count++;
		want[n - 1] = 1;
	}
	if (count == 0 || (count > 1 && q->kind == SC_ONE))
		return -1;
	for (i = 0; i < q->nanswers; i++)
		alone |= want[i] && (q->answers[i].none ||
		    q->answers[i].decline);
	if (count > 1 && alone)
		return -1;	/* "none" and "I'd rather not say" go alone */
	return count;
}

/* Makes the answers of the current question those of want. */
static void
sc_set(struct plain *p, const struct sc_question *q,
    const unsigned char want[SC_LIMIT_ANSWERS])
{
	size_t i;

	/* The new first, then the old go: the question is never left
	 * without an answer, which would hide the questions after it. */
	for (i = 0; i < q->nanswers; i++)
		if (want[i] && !sc_is_chosen(p->sc, q, i))
			sc_choose(p->sc, i);
	for (i = 0; i < q->nanswers; i++)
		if (!want[i] && sc_is_chosen(p->sc, q, i))
			sc_choose(p->sc, i);
}

static void
sc_bad_answer(struct plain *p, const struct sc_question *q)
{
	char buf[512];
	size_t i, decline = NOWHERE;

	for (i = 0; i < q->nanswers; i++)
		if (q->answers[i].decline)
			decline = i;
	if (q->kind == SC_ANY && decline != NOWHERE)
		/* TRANSLATORS: the second %zu and %s are the number and
		 * the label of the answer "I'd rather not say". */
		snprintf(buf, sizeof(buf), _("Type numbers from 1 to %zu with "
		    "a space between them, 0 alone for none of these, or %zu "
		    "alone for \"%s\"."), q->nanswers, decline + 1,
		    q->answers[decline].label);
	else if (q->kind == SC_ANY)
		snprintf(buf, sizeof(buf), _("Type numbers from 1 to %zu with "
		    "a space between them, or 0 alone for none of these."),
		    q->nanswers);
	else
		snprintf(buf, sizeof(buf), _("Type one number, from 1 to "
		    "%zu."), q->nanswers);
	say(p, buf);
}

static void
sc_question_line(struct plain *p, const char *line)
{
	const struct sc_question *q = sc_current(p->sc);
	unsigned char want[SC_LIMIT_ANSWERS];

	if (is_command(line, 'b')) {
		if (sc_back(p->sc) < 0)
			p->stage = SCS_INTRO;
		show(p);
		return;
	}
	if (line[0] == '\0') {
		/* Enter alone keeps an answer given before. */
		if (sc_answered(p->sc, q))
			sc_go_on(p);
		else
			show(p);
		return;
	}
	if (sc_parse(q, line, want) < 0) {
		sc_zero(want, sizeof(want));
		sc_bad_answer(p, q);
		return;
	}
	sc_set(p, q, want);
	sc_zero(want, sizeof(want));
	sc_go_on(p);
}

static void
sc_results_line(struct plain *p, const char *line)
{
	const struct topic *t = NULL;
	size_t n;

	if (is_command(line, 'b')) {
		sc_back(p->sc);
		p->stage = SCS_QUESTION;
		show(p);
	} else if (is_command(line, 's')) {
		sc_restart(p->sc);
		p->stage = SCS_QUESTION;
		show(p);
	} else if (is_command(line, 'x'))
		leave_selfcheck(p, 0);
	else if (line[0] == '\0')
		show(p);
	else if ((n = number(line)) >= 1 && sc_topics(p, n, &t) >= n &&
	    t != NULL) {
		open_topic(p, t);
		show(p);
	} else
		say(p, _("That is not one of the choices here."));
}

static void
sc_line(struct plain *p, const char *line)
{
	if (p->stage == SCS_QUESTION && sc_current(p->sc) != NULL)
		sc_question_line(p, line);
	else if (p->stage == SCS_QUESTION || p->stage == SCS_RESULTS)
		sc_results_line(p, line);
	else if (is_command(line, 'b'))
		leave_selfcheck(p, 0);
	else if (line[0] == '\0') {
		p->stage = SCS_QUESTION;
		show(p);
	} else
		say(p, _("That is not one of the choices here."));
}

/* Does what one line (trimmed) asks. */
static void
handle(struct plain *p, const char *line)
{
	struct pview *v = top_view(p);
	size_t n;

	if (p->asking)
		sc_asked(p, line);
	else if (is_command(line, 'h') || strcmp(line, "?") == 0)
		help(p);
	else if (strcmp(line, "!") == 0)
		disclaimer(p);
	else if (is_command(line, 'l')) {
		/* The self-check stays open below the languages: a
		 * switch keeps its answers. */
		open_languages(p);
	} else if (is_command(line, 'q'))
		quit(p);
	else if (v->kind == PV_WELCOME) {
		if ((n = number(line)) >= 1 && n <= welcome_languages(p))
			pick_language(p, n);
		else {
			/* Anything else starts, as any key does on the
			 * screen. */
			open_home(p);
			show(p);
		}
	} else if (v->kind == PV_SELFCHECK)
		sc_line(p, line);
	else if (line[0] == '\0')
		show(p);
	else if (is_command(line, 'b')) {
		if (p->nviews > 1)
			p->nviews--;
		show(p);
	} else if ((n = number(line)) >= 1 && n <= choices(p)) {
		if (v->kind == PV_LANG)
			pick_language(p, n);
		else
			open_choice(p, n);
	} else
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

/*
 * The welcome, then straight on to the home menu; with languages to
 * choose from, the welcome waits, its languages numbered.
 */
static void
start_over(struct plain *p)
{
	p->nviews = 1;
	p->views[0].kind = PV_WELCOME;
	p->views[0].title = p->lang->title;
	p->views[0].from = NOWHERE;
	if (welcome_languages(p) > 0) {
		show(p);
		return;
	}
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
		sc_close(p);
		memset(p->views, 0, sizeof(p->views));
		memset(p->old, 0, sizeof(p->old));
		doc_reset(&p->page, p->width);
		p->used = 0;
		if (p->lang != p->start_lang) {
			p->lang = p->start_lang;
			i18n_set_language(p->lang->code);
		}
		if (ioctl(fileno(p->out), TIOCGWINSZ, &ws) == 0)
			for (i = 0; i < ws.ws_row; i++)
				fputc('\n', p->out);
		log_idle_reset();
		start_over(p);
	}
}

/* ---- the loop ---- */

int
plain_run(struct content *c, struct language *lang, int kiosk,
    int idle_timeout, FILE *in, FILE *out, int width)
{
	struct plain *p;
	char buf[PLAIN_LINE_MAX];
	enum input got;
	int status = EX_OK;

	/* The views make the struct large: not on the stack. */
	if ((p = calloc(1, sizeof(*p))) == NULL)
		return EX_SOFTWARE;
	p->content = c;
	p->lang = p->start_lang = lang;
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
		/* What was typed may have been an answer. */
		sc_zero(buf, sizeof(buf));
	}
	if (p->nomem)
		status = EX_SOFTWARE;
	else if (fflush(out) != 0 || ferror(out))
		status = EX_IOERR;
	tty_unlock();
	sc_close(p);
	doc_free(&p->page);
	doc_free(&p->text);
	free(p->fold);
	free(p);
	return status;
}
