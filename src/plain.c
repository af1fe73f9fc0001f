/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plain interface: the same menus and pages as ui.c, line by line,
 * a renderer of the same session (session.h).  The top view is printed
 * once, whole, followed by a prompt that says what may be typed, and
 * then one line is read and looked up in the command table (keys.h): a
 * number opens an item or a related topic, b goes back, h helps, !
 * shows the notice that this is general information, L lists the
 * languages, q quits.  Every line printed is laid out by doc.c and
 * wrap.c, so it is valid UTF-8 without control characters whatever the
 * content files held (folded to ASCII, as the screens fold theirs, on a
 * terminal that is not UTF-8), and what the visitor typed is never
 * echoed back.
 *
 * The self-check is one view: its introduction, one question at a time
 * and the notes, driven by its flow (selfcheck-flow.h), which holds the
 * answers and the document laid out from them; the session zeroes both
 * when the visitor leaves the self-check, at the idle reset and at the
 * end, and nothing of them is written anywhere but to the visitor's
 * terminal.
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
#include "keys.h"
#include "log.h"
#include "page.h"
#include "plain.h"
#include "session.h"
#include "wrap.h"
#include "wipe.h"

#define PLAIN_LINE_MAX	256	/* a longer input line is refused whole */
#define PLAIN_MAX_DIGITS 6	/* a longer number is no choice */
#define PLAIN_MIN_WIDTH	20
#define PLAIN_WIDTH	80	/* when the caller gives no width */
#define NOWHERE		SESSION_NOWHERE

/*
 * The visitor is in s (session.h), with the self-check's flow; the
 * rest is how this interface prints and reads.
 */
struct plain {
	struct session s;
	FILE	*in, *out;
	int	 width;
	struct doc page;	/* the top view's page, for its links */
	struct doc text;	/* menus, prompts and messages */
	int	 printed;	/* something is on out: separate views */
	int	 nomem;
	int	 quit;
	int	 idle_timeout;	/* seconds; 0: never reset */
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

/*
 * What a kind of view does in this interface: how it is printed, and
 * what a line typed on it does (act: the command the line is, from the
 * command table, or ACT_NONE).  pscreen_for() picks one by a switch
 * without a default, so a new kind of view is a -Wswitch warning.
 */
struct pscreen {
	void	(*show)(struct plain *, struct view *);
	void	(*line)(struct plain *, struct view *, enum action,
		    const char *line);
	/* list_line(): the number n (1 to choices()) typed; else NULL. */
	void	(*open)(struct plain *, size_t n);
};

static const struct pscreen *pscreen_for(enum view_kind);
static void	forget_screen(struct plain *);
static void	show(struct plain *);

static int may_leave;		/* see plain_set_leave() */

void
plain_set_leave(int leave)
{
	may_leave = leave;
}


static struct view *
top_view(struct plain *p)
{
	return session_top(&p->s);
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
		mem_wipe_free(p->fold, p->foldcap);
		p->fold = nf;
		p->foldcap = need;
	}
	*len = i18n_fold(s, *len, p->fold, p->foldcap);
	*width = utf8_width(p->fold, *len);
	return p->fold;
}

/* One line at its indent. */
static void
print_line(struct plain *p, int indent, const char *s, size_t len)
{
	fprintf(p->out, "%*s%.*s\n", indent, "", (int)len, s);
}

/* Under a title "=", under a heading "-", as wide as its widest line. */
static void
underline(struct plain *p, int style, int width)
{
	int j;

	for (j = 0; j < width; j++)
		fputc(style == DOC_TITLE ? '=' : '-', p->out);
	fputc('\n', p->out);
}

/*
 * Prints a line that folding made wider than the width ("«" is "<<"):
 * broken after the last blank that fits, each piece at the indent.
 * Returns the width of the widest piece.
 */
static int
print_wide_line(struct plain *p, int indent, const char *s, size_t len)
{
	int room = p->width - indent > 1 ? p->width - indent : 1, w = 0;
	size_t fit, cut;

	while (len > 0) {
		fit = utf8_fit(s, len, room);
		if (fit < len) {
			for (cut = fit; cut > 0 && s[cut] != ' '; cut--)
				;
			fit = cut > 0 ? cut : fit > 0 ? fit : 1;
		}
		print_line(p, indent, s, fit);
		if (utf8_width(s, fit) > w)
			w = utf8_width(s, fit);
		for (s += fit, len -= fit; len > 0 && *s == ' '; s++, len--)
			;
	}
	return w;
}

/*
 * Line s (len bytes) with the words that match query between stars,
 * as a plain terminal shows a highlight: *scar*.  Into buf (size
 * bytes, with room for the stars); returns the length.
 */
static size_t
mark_words(const struct plain *p, const char *query, const char *s,
    size_t len, char *buf, size_t size)
{
	struct search_span sp[32];
	size_t n, i, at = 0, from = 0;

	n = search_spans(p->s.search, query, s, len, sp, 32);
	for (i = 0; i < n && i < 32 && at + sp[i].len + 4 +
	    (sp[i].start - from) < size; i++) {
		memcpy(buf + at, s + from, sp[i].start - from);
		at += sp[i].start - from;
		buf[at++] = '*';
		memcpy(buf + at, s + sp[i].start, sp[i].len);
		at += sp[i].len;
		buf[at++] = '*';
		from = sp[i].start + sp[i].len;
	}
	if (at + len - from >= size)
		len = from + (size - at - 1);
	memcpy(buf + at, s + from, len - from);
	at += len - from;
	buf[at] = '\0';
	return at;
}

/*
 * Prints a laid-out document.  A title or heading that wrapped is
 * underlined once, under its last line.  With query, the words that
 * match it are marked (mark_words()).
 */
static void
emit_marked(struct plain *p, const struct doc *d, const char *query)
{
	const char *s;
	size_t i, len;
	int indent, width, widest = 0, style;
	char marked[1024];

	if (d->nomem)
		p->nomem = 1;
	for (i = 0; i < d->w.n; i++) {
		if ((s = shown_line(p, d, i, &len, &width)) == NULL) {
			p->nomem = 1;
			break;
		}
		if (query != NULL && p->s.search != NULL &&
		    len * 3 + 16 < sizeof(marked)) {
			size_t n = mark_words(p, query, s, len, marked,
			    sizeof(marked));

			if (n != len) {
				s = marked;
				len = n;
				width = utf8_width(s, len);
			}
		}
		indent = d->w.lines[i].indent;
		if (indent + width <= p->width)
			print_line(p, indent, s, len);
		else
			width = print_wide_line(p, indent, s, len);
		style = d->style[i];
		if (style != DOC_TITLE && style != DOC_HEADING)
			continue;
		if (width > widest)
			widest = width;
		if (doc_heading_ends(d, i)) {
			underline(p, style, widest);
			widest = 0;
		}
	}
	/* What was folded last may have been a note of the self-check. */
	if (p->fold != NULL)
		mem_wipe(p->fold, p->foldcap);
	mem_wipe(marked, sizeof(marked));
}

static void
emit(struct plain *p, const struct doc *d)
{
	emit_marked(p, d, NULL);
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
	return p->s.content->nlangs > 1 ? p->s.content->nlangs : 0;
}

/* The numbers the top view takes: 1 to this. */
static size_t
choices(struct plain *p)
{
	const struct view *v = top_view(p);

	switch (v->kind) {
	case VIEW_MENU:
	case VIEW_FAQ:
	case VIEW_LANG:
	case VIEW_SEARCH:
		return session_list_count(&p->s, v);
	case VIEW_WELCOME:
		return welcome_languages(p);
	case VIEW_SELFCHECK:
		return 0;	/* sc_prompt() says what it takes */
	case VIEW_MYQ:
		return p->s.myq.n;	/* a number removes that question */
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_CODE:		/* codes are for the screens: never here */
		break;
	}
	return p->page.nlinks;
}

/* The self-check's topics to read, as its notes list them. */
static size_t
sc_topics(const struct plain *p)
{
	size_t n;

	sc_flow_topic(&p->s.sc, 0, &n);
	return n;
}

/* The lead of the self-check's prompt, and where its commands are. */
static const char *
sc_lead(struct plain *p, unsigned *where)
{
	const struct sc_question *q;

	*where = PL_SC;
	/* TRANSLATORS: the prompts of the plain interface say what may
	 * be typed: this sentence, then the commands of the table
	 * ("b: back, h: help."). */
	if (p->s.sc.stage == SC_INTRO)
		return _("Press Enter to start the self-check.");
	if (p->s.sc.stage == SC_RESULTS ||
	    (q = sc_current(p->s.sc.s)) == NULL) {
		*where = PL_SC_NOTES;
		return sc_topics(p) > 0 ?
		    _("Type a number to open a topic to read.") : NULL;
	}
	if (q->kind == SC_ANY)
		return _("Type the numbers of all that apply, with a space "
		    "between them (for example: 1 3), then press Enter. 0: "
		    "none of these.");
	return _("Type the number of your answer and press Enter.");
}

/* The lead of the top view's prompt, and where its commands are. */
static const char *
prompt_lead(struct plain *p, unsigned *where)
{
	switch (top_view(p)->kind) {
	case VIEW_WELCOME:
		*where = PL_WELCOME;
		return welcome_languages(p) > 0 ? _("Press Enter to start, or "
		    "type the number of a language.") :
		    _("Press Enter to start.");
	case VIEW_MENU:
	case VIEW_FAQ:
		*where = PL_LIST;
		return _("Type a number and press Enter.");
	case VIEW_LANG:
		*where = PL_LANG;
		return _("Type the number of a language and press Enter.");
	case VIEW_SELFCHECK:
		return sc_lead(p, where);
	case VIEW_SEARCH:
		*where = PL_LIST;
		return choices(p) > 0 ? _("Type the number of a result to "
		    "open it, or / and other words to search again.") :
		    _("Type / and other words to search again.");
	case VIEW_MYQ:
		*where = PL_MYQ;
		return p->s.myq.n > 0 ? _("Type the number of a question to "
		    "remove it.") : NULL;
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_CODE:		/* codes are for the screens: never here */
		break;
	}
	if (choices(p) > 0) {
		*where = PL_PAGE;
		return _("Type a number to open a related topic.");
	}
	*where = PL_PAGE_BARE;
	return _("Type b and press Enter to go back.");
}

/*
 * The prompt: what may be typed on the top view, its commands from the
 * command table; or the question "leave the self-check?".
 */
static void
prompt(struct plain *p)
{
	char cmds[256], line[768];
	const char *lead;
	unsigned where = 0;

	if (p->s.asking_quit)
		snprintf(line, sizeof(line), "%s", command_quit_question());
	else if (p->s.sc.asking)
		/* TRANSLATORS: asked before the plain interface clears
		 * the self-check's answers.  Name the letter for yes that
		 * the message "y yes" gives first in your language (Spanish
		 * "s/n"); any other answer keeps them. */
		snprintf(line, sizeof(line), "%s", _("Leave the self-check "
		    "and clear your answers? y/n"));
	else {
		lead = prompt_lead(p, &where);
		command_prompt(cmds, sizeof(cmds), where,
		    !session_quit_offered(&p->s));
		snprintf(line, sizeof(line), "%s%s%s.", lead != NULL ? lead :
		    "", lead != NULL ? " " : "", cmds);
	}
	doc_line(&p->text, line, DOC_TEXT);
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

	for (i = 0; i < p->s.content->nlangs; i++) {
		doc_language_label(p->s.content->langs[i], label,
		    sizeof(label));
		list_item(&p->text, i + 1, label, NULL);
	}
}

static void
show_welcome(struct plain *p, struct view *v)
{
	struct doc *d = &p->text;

	(void)v;
	doc_line(d, p->s.lang->title, DOC_TITLE);
	if (p->s.lang->clinic != NULL)
		doc_line(d, p->s.lang->clinic->name, DOC_TEXT);
	doc_blank(d);
	doc_body(d, p->s.lang->welcome);
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
show_languages(struct plain *p, struct view *v)
{
	char buf[512], label[256];

	(void)v;
	doc_line(&p->text, _("Language"), DOC_TITLE);
	doc_blank(&p->text);
	language_list(p);
	doc_blank(&p->text);
	doc_language_label(p->s.lang, label, sizeof(label));
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

	for (i = 1; i < p->s.nviews; i++)
		len += strlen(p->s.views[i].title) + strlen(sep);
	if ((path = malloc(len)) == NULL) {
		p->nomem = 1;
		return;
	}
	path[0] = '\0';
	for (i = 1; i < p->s.nviews; i++) {
		if (i > 1)
			strcat(path, sep);
		strcat(path, p->s.views[i].title);
	}
	doc_line(&p->text, path, DOC_TITLE);
	free(path);
}

static void
show_list(struct plain *p, struct view *v)
{
	const struct faq *q = p->s.lang->faq;
	size_t i;

	path_line(p);
	doc_blank(&p->text);
	if (v->kind == VIEW_FAQ && p->s.lang->faq_fallback)
		doc_fallback_note(&p->text, p->s.lang->name);
	if (v->kind == VIEW_FAQ)
		for (i = 0; q != NULL && i < q->n; i++)
			list_item(&p->text, i + 1, q->entries[i].question,
			    NULL);
	else
		for (i = 0; i < session_list_count(&p->s, v); i++)
			list_item(&p->text, i + 1,
			    session_list_label(&p->s, v, i), i < v->menu->n ?
			    v->menu->items[i].summary : NULL);
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

/*
 * The page of v (page.h), printed whole.  Opened from a search: where
 * the result is first, and the words marked on the page.
 */
static void
show_page(struct plain *p, struct view *v)
{
	struct page_opts o = { PAGE_PLAIN, !session_quit_offered(&p->s), 0,
	    p->s.content->nlangs, 0 };
	const char *q = session_query_of(v);
	char buf[512];

	doc_reset(&p->page, p->width);
	page_build(&p->page, p->s.lang, v, &o);
	if (q != NULL && !v->landed && v->kind == VIEW_TOPIC &&
	    v->land != NOWHERE && v->land < v->topic->nsections &&
	    v->topic->sections[v->land].heading != NULL) {
		/* TRANSLATORS: before a page opened from a search: %s is
		 * the heading of the section the result is in. */
		snprintf(buf, sizeof(buf), _("Found in the section \"%s\"; "
		    "the words are marked *like this*."),
		    v->topic->sections[v->land].heading);
		doc_line(&p->text, buf, DOC_NOTE);
		emit_text(p);
	} else if (q != NULL && !v->landed) {
		doc_line(&p->text, _("The words are marked *like this*."),
		    DOC_NOTE);
		emit_text(p);
	}
	v->landed = 1;
	emit_marked(p, &p->page, q);
}

/* ---- search ---- */

/* The results of the search view, by number, with their context. */
static void
show_search(struct plain *p, struct view *v)
{
	const struct search_results *r = &p->s.results;
	const char *q = r->suggestion[0] != '\0' ? r->suggestion : v->query;
	char path[256], line[1024], ctx[512];
	size_t i, n, first;

	path_line(p);
	doc_blank(&p->text);
	/* TRANSLATORS: %s is what the visitor typed after "/". */
	snprintf(line, sizeof(line), _("Search for: %s"), v->query);
	doc_line(&p->text, line, DOC_TEXT);
	if (r->n == 0)
		doc_line(&p->text, _("Nothing found. Try another word."),
		    DOC_TEXT);
	else if (r->suggestion[0] != '\0') {
		snprintf(line, sizeof(line), _("Did you mean \"%s\"? Showing "
		    "its results."), r->suggestion);
		doc_line(&p->text, line, DOC_TEXT);
	}
	doc_blank(&p->text);
	for (i = 0; i < r->n; i++) {
		const struct search_hit *h = &r->hits[i];

		list_item(&p->text, i + 1, h->title, NULL);
		search_menu_path(p->s.lang, h, path, sizeof(path));
		if (h->kind == SEARCH_GLOSSARY)
			snprintf(line, sizeof(line), "%s > %s", path, h->title);
		else
			snprintf(line, sizeof(line), "%s", path);
		first = p->text.w.n;
		if (wrap_paragraph(&p->text.w, line, strlen(line),
		    p->text.width, 3) < 0)
			p->text.nomem = 1;
		doc_tag(&p->text, first, DOC_NOTE);
		/* The context: the paragraph of the first match, at most
		 * some 200 bytes of it, words marked. */
		n = search_context(p->s.search, q, h->context, 120, line, 200);
		n = mark_words(p, q, line, n, ctx, sizeof(ctx));
		first = p->text.w.n;
		if (wrap_paragraph(&p->text.w, ctx, n, p->text.width, 3) < 0)
			p->text.nomem = 1;
		doc_tag(&p->text, first, DOC_TEXT);
	}
	emit_text(p);
	mem_wipe(ctx, sizeof(ctx));
	mem_wipe(line, sizeof(line));
}

/* A search from any view but the self-check: "/scar". */
static void
search_line(struct plain *p, const char *words)
{
	if (!session_open_search(&p->s, NULL))
		return;
	snprintf(top_view(p)->query, sizeof(top_view(p)->query), "%s",
	    words + strspn(words, " "));
	top_view(p)->sel = 0;
	if (session_search(&p->s) < 0)
		p->nomem = 1;
	show(p);
}

/* "My questions" as numbered text (page.h); no code for a reader. */
static void
show_myq(struct plain *p, struct view *v)
{
	struct page_opts o = { PAGE_PLAIN, !session_quit_offered(&p->s), 0,
	    p->s.content->nlangs, 0 };

	(void)v;
	doc_reset(&p->page, p->width);
	page_myq(&p->page, p->s.lang, &p->s.myq, NULL, 0, &o);
	emit(p, &p->page);
}

/* Under a topic page: its questions to ask, and how to keep them. */
static void
ask_line(struct plain *p)
{
	char buf[256];
	size_t n;

	if ((n = session_view_questions_missing(&p->s)) == 0)
		return;
	if (session_in_notes(&p->s)) {
		snprintf(buf, sizeof(buf), ngettext("The topics in your notes "
		    "have %zu question to ask that is not in My questions: "
		    "type a to add it.", "The topics in your notes have %zu "
		    "questions to ask that are not in My questions: type a to "
		    "add them.", (unsigned long)n), n);
		doc_line(&p->text, buf, DOC_TEXT);
		return;
	}
	snprintf(buf, sizeof(buf), ngettext("This page has %zu question to "
	    "ask that is not in My questions: type a to add it.", "This page "
	    "has %zu questions to ask that are not in My questions: type a "
	    "to add them.", (unsigned long)n), n);
	doc_line(&p->text, buf, DOC_TEXT);
}

/* a: the topic's questions go to "My questions". */
static void
add_questions(struct plain *p)
{
	char buf[256];
	size_t n;
	int full;

	if (!session_add_view_questions(&p->s, &n, &full)) {
		say(p, _("This page has no questions to add."));
		return;
	}
	if (n > 0)
		snprintf(buf, sizeof(buf), ngettext("%zu question added to My "
		    "questions: type m to see them.", "%zu questions added to "
		    "My questions: type m to see them.", (unsigned long)n), n);
	else
		snprintf(buf, sizeof(buf), "%s", full ? _("My questions is "
		    "full: remove some there first.") : _("This page's "
		    "questions are in My questions already."));
	say(p, buf);
}

/* ---- the self-check ---- */

/* The current step of the self-check, laid out by its flow. */
static void
sc_show(struct plain *p, struct view *v)
{
	struct sc_flow *f = &p->s.sc;

	(void)v;
	sc_flow_layout(f, p->width, SC_LAYOUT_PLAIN);
	emit(p, &f->doc);
}

/* Prints the top view whole, and its prompt. */
static void
show(struct plain *p)
{
	struct view *v = top_view(p);

	separate(p);
	pscreen_for(v->kind)->show(p, v);
	doc_blank(&p->text);
	if (session_is_page(v->kind))
		links_line(p);
	ask_line(p);
	prompt(p);
}

/* ---- commands ---- */

/* Opens choice n (from 1) of the top view. */
/* Item n of a menu or the FAQ. */
static void
open_item(struct plain *p, size_t n)
{
	if (session_open_item(&p->s, n - 1) < 0)
		p->nomem = 1;
	show(p);
}

/* Related topic n of a page. */
static void
open_link(struct plain *p, size_t n)
{
	session_open_topic(&p->s, p->page.links[n - 1].topic);
	show(p);
}

/* Result n of a search. */
static void
open_result(struct plain *p, size_t n)
{
	if (session_open_result(&p->s, n - 1) < 0)
		p->nomem = 1;
	show(p);
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
	switch (session_quit(&p->s)) {
	case SESSION_QUIT_NOW:
		p->quit = 1;
		return;
	case SESSION_QUIT_ASKED:
		separate(p);
		prompt(p);
		return;
	case SESSION_QUIT_REFUSED:
		say(p, _("This kiosk stays open for the next person. Type b "
		    "to go back, or h for help."));
		return;
	}
}

/* Help, the notice or the languages, on top of where the visitor is. */
static void
open_view(struct plain *p, enum view_kind kind)
{
	session_open(&p->s, kind);
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

/* ---- languages ---- */

static void
open_languages(struct plain *p)
{
	if (p->s.content->nlangs < 2) {
		say(p, _("This kiosk has its pages in one language only."));
		return;
	}
	open_view(p, VIEW_LANG);
}

static void
pick_language(struct plain *p, size_t n)
{
	if (top_view(p)->kind == VIEW_LANG)
		session_pop(&p->s);
	if (session_switch_language(&p->s, p->s.content->langs[n - 1]) < 0)
		say(p, session_language_unavailable());
	else
		show(p);
}

/* ---- the self-check: commands ---- */

/* Says so when the answers were cleared, then the view that follows. */
static void
sc_left(struct plain *p, int said)
{
	if (said) {
		forget_screen(p);
		separate(p);
		doc_line(&p->text, _("Your answers are cleared."), DOC_TEXT);
		emit_text(p);
	}
	show(p);
}

/* Leaves the self-check; with answers given, asks first. */
static void
leave_selfcheck(struct plain *p)
{
	if (session_leave_selfcheck(&p->s, SC_THEN_BACK))
		sc_left(p, 0);
	else
		prompt(p);
}

/* The answer to "Leave the self-check ...? y/n": only yes leaves. */
static void
sc_asked(struct plain *p, const char *line)
{
	if (session_answer_leave(&p->s, command_is_yes(line))) {
		sc_left(p, 1);
		return;
	}
	say(p, _("You are still in the self-check. Your answers are kept."));
}

/* To the next question, or to the notes after the last. */
static void
sc_go_on(struct plain *p)
{
	sc_flow_go_on(&p->s.sc);
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
		if (want[i] && !sc_is_chosen(p->s.sc.s, q, i))
			sc_choose(p->s.sc.s, i);
	for (i = 0; i < q->nanswers; i++)
		if (!want[i] && sc_is_chosen(p->s.sc.s, q, i))
			sc_choose(p->s.sc.s, i);
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
sc_question_line(struct plain *p, enum action act, const char *line)
{
	const struct sc_question *q = sc_current(p->s.sc.s);
	unsigned char want[SC_LIMIT_ANSWERS];

	if (act == ACT_BACK) {
		/* From the first question: its introduction. */
		if (sc_flow_back(&p->s.sc) < 0)
			p->s.sc.stage = SC_INTRO;
		show(p);
		return;
	}
	if (act == ACT_REDRAW) {
		/* Enter alone keeps an answer given before. */
		if (sc_answered(p->s.sc.s, q))
			sc_go_on(p);
		else
			show(p);
		return;
	}
	if (sc_parse(q, line, want) < 0) {
		mem_wipe(want, sizeof(want));
		sc_bad_answer(p, q);
		return;
	}
	sc_set(p, q, want);
	mem_wipe(want, sizeof(want));
	sc_go_on(p);
}

static void
sc_results_line(struct plain *p, enum action act, const char *line)
{
	const struct topic *t;

	switch (act) {
	case ACT_BACK:
		sc_flow_back(&p->s.sc);
		show(p);
		return;
	case ACT_RESTART:
		sc_flow_restart(&p->s.sc);
		show(p);
		return;
	case ACT_LEAVE:
		leave_selfcheck(p);
		return;
	case ACT_REDRAW:
		show(p);
		return;
	default:
		break;
	}
	if ((t = sc_flow_topic(&p->s.sc, number(line), NULL)) != NULL) {
		session_open_topic(&p->s, t);
		show(p);
	} else
		say(p, _("That is not one of the choices here."));
}

static void
selfcheck_line(struct plain *p, struct view *v, enum action act,
    const char *line)
{
	(void)v;
	if (p->s.sc.stage == SC_QUESTION && sc_current(p->s.sc.s) != NULL)
		sc_question_line(p, act, line);
	else if (p->s.sc.stage == SC_QUESTION || p->s.sc.stage == SC_RESULTS)
		sc_results_line(p, act, line);
	else if (act == ACT_BACK)
		leave_selfcheck(p);
	else if (act == ACT_REDRAW) {
		sc_flow_start(&p->s.sc);
		show(p);
	} else
		say(p, _("That is not one of the choices here."));
}

/* ---- one row per kind of view ---- */

static void
welcome_line(struct plain *p, struct view *v, enum action act,
    const char *line)
{
	size_t n;

	(void)v;
	(void)act;
	if ((n = number(line)) >= 1 && n <= welcome_languages(p))
		pick_language(p, n);
	else {
		/* Anything else starts, as any key does on the screen. */
		session_open_home(&p->s);
		show(p);
	}
}

/* "My questions": a number removes that question; c clears. */
static void
myq_line(struct plain *p, struct view *v, enum action act, const char *line)
{
	size_t n;

	(void)v;
	if (act == ACT_REDRAW)
		show(p);
	else if (act == ACT_BACK) {
		session_pop(&p->s);
		show(p);
	} else if (act == ACT_CLEAR_QUESTIONS) {
		myq_clear(&p->s.myq);
		show(p);
	} else if ((n = number(line)) >= 1 && n <= p->s.myq.n) {
		myq_remove(&p->s.myq, n - 1);
		show(p);
	} else
		not_a_choice(p);
}

/* Menus, the FAQ, the languages and pages: a number, or back. */
static void
list_line(struct plain *p, struct view *v, enum action act, const char *line)
{
	size_t n;

	if (act == ACT_REDRAW)
		show(p);
	else if (act == ACT_BACK) {
		session_pop(&p->s);
		show(p);
	} else if ((n = number(line)) >= 1 && n <= choices(p))
		pscreen_for(v->kind)->open(p, n);
	else
		not_a_choice(p);
}

static const struct pscreen welcome_pscreen = {
	show_welcome, welcome_line, NULL
};
static const struct pscreen list_pscreen = {
	show_list, list_line, open_item
};
static const struct pscreen lang_pscreen = {
	show_languages, list_line, pick_language
};
static const struct pscreen page_pscreen = {
	show_page, list_line, open_link
};
static const struct pscreen selfcheck_pscreen = {
	sc_show, selfcheck_line, NULL
};
static const struct pscreen search_pscreen = {
	show_search, list_line, open_result
};
static const struct pscreen myq_pscreen = { show_myq, myq_line, NULL };

static const struct pscreen *
pscreen_for(enum view_kind k)
{
	switch (k) {
	case VIEW_WELCOME:
		return &welcome_pscreen;
	case VIEW_MENU:
	case VIEW_FAQ:
		return &list_pscreen;
	case VIEW_LANG:
		return &lang_pscreen;
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_CODE:		/* codes are for the screens: never here */
		return &page_pscreen;
	case VIEW_SELFCHECK:
		return &selfcheck_pscreen;
	case VIEW_SEARCH:
		return &search_pscreen;
	case VIEW_MYQ:
		return &myq_pscreen;
	}
	return &page_pscreen;
}

/*
 * Does what one line (trimmed) asks: the commands of every view here,
 * the rest by the top view's row.
 */
static void
handle(struct plain *p, const char *line)
{
	enum action act = command_for_word(line);
	struct view *v = top_view(p);

	if (p->s.asking_quit) {
		if (session_answer_quit(&p->s, command_is_yes(line)))
			p->quit = 1;
		else
			prompt(p);
		return;
	}
	if (p->s.sc.asking) {
		sc_asked(p, line);
		return;
	}
	if (line[0] == '/' && v->kind != VIEW_SELFCHECK) {
		search_line(p, line + 1);
		return;
	}
	switch (act) {
	case ACT_HELP:
		open_view(p, VIEW_HELP);
		return;
	case ACT_DISCLAIMER:
		open_view(p, VIEW_DISCLAIMER);
		return;
	case ACT_LANGUAGE:
		open_languages(p);	/* the self-check's answers carry over */
		return;
	case ACT_QUIT:
		quit(p);
		return;
	case ACT_MY_QUESTIONS:
		if (v->kind != VIEW_WELCOME) {
			open_view(p, VIEW_MYQ);
			return;
		}
		break;
	case ACT_ADD_QUESTIONS:
		if (session_adds_questions(&p->s)) {
			add_questions(p);
			return;
		}
		break;
	default:
		break;
	}
	pscreen_for(v->kind)->line(p, v, act, line);
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
 * line editing of the terminal stays.  Every signal whose default
 * action ends the process puts the terminal back first.
 */
static int tty_fd = -1;
static struct termios tty_saved;
static const int tty_signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT,
    SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGIO,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
    SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS };
static struct sigaction tty_old[sizeof(tty_signals) / sizeof(int)];

static void
tty_on_signal(int sig)
{
	tcsetattr(tty_fd, TCSANOW, &tty_saved);
	raise(sig);		/* SA_RESETHAND: the default action now */
}

/* The real-time signals, SIGRTMIN to SIGRTMAX, to sa (they end us too). */
static void
tty_rt_signals(const struct sigaction *sa)
{
	int sig;

	for (sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		sigaction(sig, sa, NULL);
}

/* Every signal back to what it did before tty_lock(). */
static void
tty_release_signals(void)
{
	struct sigaction dfl;
	size_t i;

	for (i = 0; i < sizeof(tty_signals) / sizeof(int); i++)
		sigaction(tty_signals[i], &tty_old[i], NULL);
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	tty_rt_signals(&dfl);
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
	tty_rt_signals(&sa);
	if (tcsetattr(fd, TCSANOW, &t) < 0) {
		tty_release_signals();
		tty_fd = -1;
	}
}

static void
tty_unlock(void)
{
	if (tty_fd < 0)
		return;
	tcsetattr(tty_fd, TCSANOW, &tty_saved);
	tty_release_signals();
	tty_fd = -1;
}

/* ---- idle reset ---- */

static const char *erase_saved;	/* see plain_set_erase_saved() */

void
plain_set_erase_saved(const char *seq)
{
	erase_saved = seq;
}

/*
 * When out is a terminal: blank lines push every row of the screen up
 * into the terminal's history, where the control that erases saved
 * lines (if the terminal has one) takes them.
 */
static void
forget_screen(struct plain *p)
{
	struct winsize ws;
	int i;

	if (ioctl(fileno(p->out), TIOCGWINSZ, &ws) != 0)
		return;
	for (i = 0; i < ws.ws_row; i++)
		fputc('\n', p->out);
	if (erase_saved != NULL)
		fputs(erase_saved, p->out);
}

/*
 * The welcome, then straight on to the home menu; with languages to
 * choose from, the welcome waits, its languages numbered.
 */
static void
start_over(struct plain *p)
{
	if (welcome_languages(p) > 0) {
		show(p);
		return;
	}
	separate(p);
	show_welcome(p, top_view(p));
	emit_text(p);
	session_open_home(&p->s);
	show(p);
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
	int warn = session_idle_warning_secs(p->idle_timeout);

	while (p->s.used && !input_within(p->in, p->idle_timeout - warn)) {
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
		session_forget(&p->s);
		/* The last page and text printed: a visitor's questions,
		 * their search. */
		doc_wipe(&p->page);
		doc_wipe(&p->text);
		doc_init(&p->page, p->width, "- ");
		doc_init(&p->text, p->width, "- ");
		forget_screen(p);
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
	session_init(&p->s, c, lang, "- ");
	session_set_quit(&p->s, kiosk, may_leave);
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
	while (!p->quit && !p->nomem && !p->s.nomem && !ferror(out)) {
		if (p->idle_timeout > 0)
			wait_or_reset(p);
		if ((got = read_line(in, buf, sizeof(buf))) == IN_END)
			break;
		p->s.used = 1;
		if (got == IN_JUNK)
			not_a_choice(p);
		else
			handle(p, trim(buf));
		/* What was typed may have been an answer. */
		mem_wipe(buf, sizeof(buf));
	}
	if (p->nomem || p->s.nomem)
		status = EX_SOFTWARE;
	else if (fflush(out) != 0 || ferror(out))
		status = EX_IOERR;
	tty_unlock();
	session_end(&p->s);
	doc_wipe(&p->page);
	doc_wipe(&p->text);
	free(p->fold);
	free(p);
	return status;
}
