/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document of a page view, for every interface (see page.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keys.h"
#include "page.h"
#include "qr.h"
#include "wrap.h"

/* The widest column of key names; names wider go on lines of their own. */
#define HELP_KEY_COLS_MAX	40

/* ---- the screens' help: keys ---- */

/* Whether the screens' help lists this binding. */
static int
screen_lists(const struct page_opts *o, const struct key_binding *b)
{
	return b->help != NULL && !(b->act == ACT_QUIT && o->kiosk) &&
	    (o->speech || (b->act != ACT_SPEAK && b->act != ACT_SPEAK_RATE));
}

/* Columns of the widest key name the help screen lists. */
static int
help_key_width(const struct page_opts *o)
{
	const char *name;
	int w, widest = 0;
	unsigned i;

	for (i = 0; i < key_table_len; i++) {
		if (!screen_lists(o, &key_table[i]))
			continue;
		name = key_help_name(&key_table[i]);
		w = utf8_width(name, strlen(name));
		if (w > widest)
			widest = w;
	}
	return widest;
}

/*
 * The help screen, from the key table.  Each key's name stands in a
 * column as wide as the widest translated name, its text beside it;
 * where that would leave the text less than half the width (a narrow
 * window, long names), the name gets a line of its own and the text
 * goes under it, indented.
 */
static void
screen_help(struct doc *d, const struct page_opts *o)
{
	const struct key_binding *b;
	const char *help, *name;
	char key[4 * HELP_KEY_COLS_MAX + 8];	/* UTF-8: 4 bytes a column */
	size_t first, len;
	int col = help_key_width(o) + 1, stacked;
	unsigned i;

	stacked = d->width - col < d->width / 2 || col > HELP_KEY_COLS_MAX;
	doc_line(d, _("Help"), DOC_TITLE);
	doc_blank(d);
	doc_line(d, _("Keys"), DOC_HEADING);
	for (i = 0; i < key_table_len; i++) {
		b = &key_table[i];
		if (!screen_lists(o, b))
			continue;
		help = _(b->help);
		name = key_help_name(b);
		first = d->w.n;
		if (stacked) {
			if (wrap_paragraph(&d->w, name, strlen(name),
			    d->width, 0) < 0 ||
			    wrap_paragraph(&d->w, help, strlen(help),
			    d->width, 4) < 0)
				d->nomem = 1;
			doc_tag(d, first, DOC_TEXT);
			continue;
		}
		/* Padded by columns, not bytes: "Échap" is 5 of each. */
		snprintf(key, sizeof(key), "%s", name);
		for (len = strlen(key); utf8_width(key, len) < col &&
		    len + 1 < sizeof(key); len++)
			key[len] = ' ';
		key[len] = '\0';
		if (wrap_hanging(&d->w, help, strlen(help), d->width, 0,
		    key) < 0)
			d->nomem = 1;
		doc_tag(d, first, DOC_TEXT);
	}
	if (o->mouse) {
		doc_blank(d);
		doc_line(d, _("Mouse and touch"), DOC_HEADING);
		doc_body(d, _("Tap or click an item or a link to open it. Tap a "
		    "part of the path at the top to go back to it. Tap a key "
		    "name at the bottom to use that key. The wheel scrolls."));
	}
}

/* ---- the plain interface's help: commands ---- */

/* Whether the plain help lists command b: it is offered and it works. */
static int
plain_lists(const struct page_opts *o, const struct key_binding *b)
{
	if (b->pname == NULL)
		return 0;
	if (b->act == ACT_LANGUAGE)
		return o->nlangs > 1;
	if (b->act == ACT_QUIT)
		return !o->kiosk;
	return 1;
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

/* The plain interface's help: the commands from the command table. */
static void
plain_help(struct doc *d, const struct language *lang,
    const struct page_opts *o)
{
	const struct key_binding *b;
	unsigned i;
	int w, col = 0;

	for (i = 0; i < key_table_len; i++)
		if (plain_lists(o, &key_table[i]) && (w = utf8_width(
		    _(key_table[i].pname), strlen(_(key_table[i].pname)))) >
		    col)
			col = w;
	doc_line(d, _("Help"), DOC_TITLE);
	doc_blank(d);
	doc_body(d, _("Each menu or page is shown whole, then a line says "
	    "what you can type. Type a number or a letter, then press "
	    "Enter."));
	doc_blank(d);
	doc_line(d, _("Commands"), DOC_HEADING);
	for (i = 0; i < key_table_len; i++) {
		b = &key_table[i];
		if (plain_lists(o, b))
			help_command(d, _(b->pname), _(b->phelp), col + 2);
	}
	if (lang->selfcheck != NULL) {
		doc_blank(d);
		doc_line(d, lang->selfcheck->title, DOC_HEADING);
		doc_body(d, _("Each question is shown with its answers by "
		    "number. Type the number of your answer. Where you may "
		    "choose more than one, type their numbers with a space "
		    "between them, such as 1 3, or 0 for none of these. b "
		    "goes back to the question before, with your answer "
		    "kept. Your answers are not saved, and they are cleared "
		    "when you leave the self-check."));
	}
}

static void
help_page(struct doc *d, const struct language *lang,
    const struct page_opts *o)
{
	switch (o->reader) {
	case PAGE_SCREEN:
		screen_help(d, o);
		break;
	case PAGE_PLAIN:
		plain_help(d, lang, o);
		break;
	}
	doc_blank(d);
	doc_line(d, _("About this information"), DOC_HEADING);
	doc_body(d, lang->disclaimer);
}

int
page_myq(struct doc *d, const struct language *lang, const struct myq *q,
    const char *note, int code, const struct page_opts *o)
{
	char buf[64];
	size_t i, len;
	char *label;
	const char *text;

	(void)lang;
	doc_reset(d, d->width);
	doc_line(d, _("My questions"), DOC_TITLE);
	doc_blank(d);
	if (q->n == 0) {
		doc_body(d, o->reader == PAGE_PLAIN ?
		    _("Your list is empty. On a topic page with questions to "
		    "ask, type a to add them.") :
		    _("Your list is empty. On a topic page with questions to "
		    "ask, press a to add them."));
		return d->nomem ? -1 : 0;
	}
	/* What the code leaves out comes first, where it is seen. */
	if (note != NULL) {
		doc_line(d, note, DOC_NOTE);
		doc_blank(d);
	}
	for (i = 0; i < q->n; i++) {
		text = myq_text(q, i);
		snprintf(buf, sizeof(buf), "%zu. ", i + 1);
		len = strlen(buf) + strlen(text) + 1;
		if ((label = malloc(len)) == NULL) {
			d->nomem = 1;
			return -1;
		}
		snprintf(label, len, "%s%s", buf, text);
		doc_link(d, label, (struct topic *)q->item[i].topic);
		free(label);
	}
	if (code) {
		doc_blank(d);
		doc_body(d, _("Scan the code with your phone's camera to take "
		    "this list home as text. Nothing is stored or sent."));
	}
	return d->nomem ? -1 : 0;
}

char *
page_myq_payload(const struct language *lang, const struct myq *q, size_t n)
{
	const char *texts[MYQ_MAX];
	const struct clinic *c = lang->clinic;
	size_t i;

	for (i = 0; i < n && i < q->n; i++)
		texts[i] = myq_text(q, i);
	return qr_list_text(_("My questions"), texts, i,
	    c != NULL ? c->name : NULL, c != NULL ? c->phone : NULL);
}

/* Adds a code to out unless full; the label and text are cut to fit. */
static size_t
add_code(struct page_code *out, size_t n, size_t max, const char *label,
    const char *text)
{
	if (n == max)
		return n;
	snprintf(out[n].label, sizeof(out[n].label), "%s", label);
	snprintf(out[n].text, sizeof(out[n].text), "%s", text);
	return n + 1;
}

/* The sources' addresses: the link, else the DOI's, else PubMed's. */
static size_t
source_codes(const struct review *r, struct page_code *out, size_t n,
    size_t max)
{
	char link[PAGE_CODE_TEXT];
	const struct source *src;
	size_t i;

	for (i = 0; i < r->nsources; i++) {
		src = &r->sources[i];
		if (src->url != NULL)
			snprintf(link, sizeof(link), "%s", src->url);
		else if (src->doi != NULL)
			snprintf(link, sizeof(link), "https://doi.org/%s",
			    src->doi);
		else if (src->pmid != NULL)
			snprintf(link, sizeof(link),
			    "https://pubmed.ncbi.nlm.nih.gov/%s/", src->pmid);
		else
			continue;
		n = add_code(out, n, max, src->title, link);
	}
	return n;
}

/* "tel:" and the number's digits, with a leading + kept. */
static void
tel_uri(const char *phone, char *buf, size_t size)
{
	size_t n;

	n = (size_t)snprintf(buf, size, "tel:");
	for (; *phone != '\0' && n + 1 < size; phone++)
		if ((*phone >= '0' && *phone <= '9') ||
		    (*phone == '+' && n == 4))
			buf[n++] = *phone;
	buf[n < size ? n : size - 1] = '\0';
}

size_t
page_codes(const struct language *lang, const struct view *v,
    struct page_code *out, size_t max)
{
	const struct clinic *c = lang->clinic;
	char label[PAGE_CODE_LABEL], text[PAGE_CODE_TEXT];
	size_t n = 0;

	switch (v->kind) {
	case VIEW_CLINIC:
		if (c == NULL)
			break;
		if (c->phone != NULL) {
			/* TRANSLATORS: a code of the clinic's phone. */
			snprintf(label, sizeof(label), _("Phone: %s"),
			    c->phone);
			tel_uri(c->phone, text, sizeof(text));
			n = add_code(out, n, max, label, text);
		}
		if (c->web != NULL) {
			/* TRANSLATORS: a code of the clinic's web address. */
			snprintf(label, sizeof(label), _("Web: %s"), c->web);
			n = add_code(out, n, max, label, c->web);
		}
		break;
	case VIEW_TOPIC:
		n = source_codes(&v->topic->rev, out, n, max);
		break;
	case VIEW_ANSWER:
		if (lang->faq != NULL)
			n = source_codes(&lang->faq->rev, out, n, max);
		break;
	case VIEW_WELCOME:
	case VIEW_MENU:
	case VIEW_FAQ:
	case VIEW_DISCLAIMER:
	case VIEW_HELP:
	case VIEW_SELFCHECK:
	case VIEW_LANG:
	case VIEW_MYQ:
	case VIEW_CODE:
	case VIEW_SEARCH:
		break;
	}
	return n;
}

int
page_build(struct doc *d, const struct language *lang, const struct view *v,
    const struct page_opts *o)
{
	doc_reset(d, d->width);
	switch (v->kind) {
	case VIEW_TOPIC:
		doc_topic_page(d, lang, v->topic);
		break;
	case VIEW_ANSWER:
		doc_answer_page(d, lang, v->entry);
		break;
	case VIEW_DISCLAIMER:
		doc_text(d, v->title, lang->disclaimer);
		break;
	case VIEW_CLINIC:
		if (lang->clinic != NULL)
			doc_clinic(d, lang);
		break;
	case VIEW_HELP:
		help_page(d, lang, o);
		break;
	case VIEW_WELCOME:
	case VIEW_MENU:
	case VIEW_FAQ:
	case VIEW_SELFCHECK:
	case VIEW_LANG:
	case VIEW_SEARCH:
	case VIEW_MYQ:		/* page_myq(), beside its code */
	case VIEW_CODE:		/* page_codes(), one beside its code */
		break;
	}
	return d->nomem ? -1 : 0;
}

size_t
page_next_match(const struct doc *d, const struct search *idx,
    const char *query, size_t from, int dir)
{
	struct search_span sp;
	const char *s;
	size_t i, len;

	if (idx == NULL || query == NULL)
		return SESSION_NOWHERE;
	for (i = from; i < d->w.n; i += (size_t)dir) {
		s = doc_text_at(d, i, &len);
		if (search_spans(idx, query, s, len, &sp, 1) > 0)
			return i;
		if (dir < 0 && i == 0)
			break;
	}
	return SESSION_NOWHERE;
}

size_t
page_land(const struct doc *d, const struct view *v, const struct search *idx)
{
	const struct section *sec;
	const char *s;
	size_t i, len, n, m;

	if (v->kind == VIEW_TOPIC && v->land != SESSION_NOWHERE &&
	    v->land < v->topic->nsections &&
	    (sec = &v->topic->sections[v->land])->heading != NULL) {
		n = strlen(sec->heading);
		for (i = 0; i < d->w.n; i++) {
			if (d->style[i] != DOC_HEADING)
				continue;
			s = doc_text_at(d, i, &len);
			m = len < n ? len : n;
			if (m > 0 && strncmp(s, sec->heading, m) == 0)
				return i;
		}
	}
	i = page_next_match(d, idx, session_query_of(v), 0, 1);
	return i != SESSION_NOWHERE ? i : 0;
}
