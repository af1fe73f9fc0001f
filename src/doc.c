/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clinic.h"
#include "doc.h"
#include "i18n.h"
#include "wipe.h"

void
doc_init(struct doc *d, int width, const char *bullet)
{
	memset(d, 0, sizeof(*d));
	wrap_init(&d->w);
	d->width = width;
	d->bullet = bullet;
}

void
doc_free(struct doc *d)
{
	wrap_free(&d->w);
	free(d->style);
	free(d->link);
	free(d->links);
	memset(d, 0, sizeof(*d));
}

void
doc_wipe(struct doc *d)
{
	mem_wipe(d->w.buf, d->w.bufcap);
	mem_wipe(d->w.lines, d->w.cap * sizeof(*d->w.lines));
	mem_wipe(d->style, d->cap);
	mem_wipe(d->link, d->cap * sizeof(*d->link));
	mem_wipe(d->links, d->linkcap * sizeof(*d->links));
	doc_free(d);
}

void
doc_reset(struct doc *d, int width)
{
	wrap_clear(&d->w);
	d->nlinks = 0;
	d->sources = 0;
	d->nask = 0;
	d->width = width;
	d->nomem = 0;
}

/* Gives the lines added since first their style and link. */
static void
tag_link(struct doc *d, size_t first, enum doc_style style, int link)
{
	unsigned char *ns;
	size_t i, cap;
	int *nl;

	if (d->w.n > d->cap) {
		cap = d->w.cap;
		ns = realloc(d->style, cap);
		if (ns != NULL)
			d->style = ns;
		nl = realloc(d->link, cap * sizeof(*nl));
		if (nl != NULL)
			d->link = nl;
		if (ns == NULL || nl == NULL) {
			d->nomem = 1;
			d->w.n = first;		/* drop untagged lines */
			return;
		}
		d->cap = cap;
	}
	for (i = first; i < d->w.n; i++) {
		d->style[i] = (unsigned char)style;
		d->link[i] = link;
	}
}

void
doc_tag(struct doc *d, size_t first, enum doc_style style)
{
	tag_link(d, first, style, -1);
}

void
doc_line(struct doc *d, const char *text, enum doc_style style)
{
	size_t first = d->w.n;

	if (wrap_paragraph(&d->w, text, strlen(text), d->width, 0) < 0)
		d->nomem = 1;
	doc_tag(d, first, style);
}

void
doc_body(struct doc *d, const char *text)
{
	size_t first = d->w.n;

	if (wrap_body(&d->w, text, d->width, 0, d->bullet) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
}

void
doc_blank(struct doc *d)
{
	size_t first = d->w.n;

	if (wrap_blank(&d->w) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
}

void
doc_link(struct doc *d, const char *label, struct topic *t)
{
	struct doc_link *nv;
	size_t first = d->w.n, cap;

	if (d->nlinks == d->linkcap) {
		cap = d->linkcap ? d->linkcap * 2 : 8;
		if ((nv = realloc(d->links, cap * sizeof(*nv))) == NULL) {
			d->nomem = 1;
			return;
		}
		d->links = nv;
		d->linkcap = cap;
	}
	if (wrap_paragraph(&d->w, label, strlen(label), d->width, 0) < 0)
		d->nomem = 1;
	d->links[d->nlinks].topic = t;
	d->links[d->nlinks].line = first;
	tag_link(d, first, DOC_LINK, (int)d->nlinks);
	d->nlinks++;
}

/* "1. Side effects and risks": links are numbered for the digit keys. */
static void
numbered_link(struct doc *d, size_t n, struct topic *t)
{
	char buf[512];

	snprintf(buf, sizeof(buf), "%zu. %s", n, t->title);
	doc_link(d, buf, t);
}

/* The label a source of an example-only kind carries, or NULL. */
static const char *
kind_label(enum source_kind k)
{
	switch (k) {
	case SOURCE_CLINIC:
		/* TRANSLATORS: after a source on a page, in brackets: what
		 * a clinic says of itself is shown only as an example. */
		return _("clinic material, an example only");
	case SOURCE_INDUSTRY:
		return _("industry material, an example only");
	case SOURCE_FORUM:
		return _("forum posts, an example only");
	default:
		return NULL;
	}
}

/* A line under a source, indented: its link or its conflict note. */
static void
source_note(struct doc *d, const char *text)
{
	size_t first = d->w.n;

	if (wrap_paragraph(&d->w, text, strlen(text), d->width, 2) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_NOTE);
}

/*
 * "- Title. Publisher, 2024 (clinic material, an example only)", then
 * its link: the url, else the DOI's, else PubMed's; then a conflict
 * of interest.
 */
static void
source_line(struct doc *d, const struct source *s)
{
	char buf[1024], year[16] = "", label[256] = "", link[256];
	size_t first = d->w.n, tl = strlen(s->title);
	/* "Title. Publisher", but "Question? Publisher". */
	const char *sep = tl > 0 && strchr(".?!", s->title[tl - 1]) ? " " :
	    ". ";
	const char *kind = kind_label(s->kind);

	if (s->year)
		snprintf(year, sizeof(year), ", %d", s->year);
	if (kind != NULL)
		snprintf(label, sizeof(label), " (%s)", kind);
	snprintf(buf, sizeof(buf), "- %s%s%s%s%s", s->title,
	    s->publisher ? sep : "", s->publisher ? s->publisher : "", year,
	    label);
	if (wrap_body(&d->w, buf, d->width, 0, d->bullet) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
	if (s->url != NULL)
		source_note(d, s->url);
	else if (s->doi != NULL) {
		snprintf(link, sizeof(link), "https://doi.org/%s", s->doi);
		source_note(d, link);
	} else if (s->pmid != NULL) {
		snprintf(link, sizeof(link),
		    "https://pubmed.ncbi.nlm.nih.gov/%s/", s->pmid);
		source_note(d, link);
	}
	if (s->conflict != NULL) {
		/* TRANSLATORS: under a source; %s says who sells or funds
		 * what, in the content's words. */
		snprintf(buf, sizeof(buf), _("Conflict of interest: %s"),
		    s->conflict);
		source_note(d, buf);
	}
}

/* A section for clinics shows with their details filled in. */
static void
section(struct doc *d, const struct section *s, const struct clinic *c)
{
	char *heading, *body;

	if ((s->when == WHEN_CLINIC && c == NULL) ||
	    (s->when == WHEN_NO_CLINIC && c != NULL))
		return;
	doc_blank(d);
	if (s->when != WHEN_CLINIC) {
		doc_line(d, s->heading, DOC_HEADING);
		doc_body(d, s->body);
		return;
	}
	heading = clinic_expand(c, s->heading);
	body = clinic_expand(c, s->body);
	if (heading == NULL || body == NULL)
		d->nomem = 1;
	else {
		doc_line(d, heading, DOC_HEADING);
		doc_body(d, body);
	}
	free(heading);
	free(body);
}

void
doc_fallback_text(char *buf, size_t size, const char *name)
{
	/* TRANSLATORS: %s is the name of the visitor's language in that
	 * language: "Español", "Français". */
	snprintf(buf, size, _("This page is not yet available in %s."), name);
}

void
doc_language_label(const struct language *l, char *buf, size_t size)
{
	char ascii[256];
	const char *name = l->name != NULL ? l->name : l->code;

	if (!i18n_term_utf8()) {
		i18n_fold(name, strlen(name), ascii, sizeof(ascii));
		if (strchr(ascii, '?') != NULL) {
			snprintf(buf, size, "%s (%s)", ascii, l->code);
			return;
		}
	}
	snprintf(buf, size, "%s", name);
}

void
doc_fallback_note(struct doc *d, const char *name)
{
	char note[256];

	doc_fallback_text(note, sizeof(note), name);
	doc_line(d, note, DOC_HEADING);
	doc_blank(d);
}

/*
 * The note above the clinic's details when they come from the default
 * language's clinic.yaml, the visitor's language having none; name is
 * the visitor's language's own name.
 */
static void
clinic_fallback_note(struct doc *d, const char *name)
{
	char note[256];

	/* TRANSLATORS: %s is the name of the visitor's language in that
	 * language: "Español", "Français".  The clinic's details then show
	 * in the language the clinic wrote them in. */
	snprintf(note, sizeof(note), _("The clinic's details are not yet "
	    "available in %s."), name);
	doc_line(d, note, DOC_HEADING);
	doc_blank(d);
}

/* Whether t has a section that shows only with the clinic's details. */
static int
has_clinic_section(const struct topic *t)
{
	size_t i;

	for (i = 0; i < t->nsections; i++)
		if (t->sections[i].when == WHEN_CLINIC)
			return 1;
	return 0;
}

void
doc_outdated_note(struct doc *d, const char *name)
{
	char note[256];

	/* TRANSLATORS: above a translated page whose original has
	 * changed since it was translated; %s is the name of the
	 * visitor's language in that language. */
	snprintf(note, sizeof(note), _("This page in %s may be out of date: "
	    "the original has changed since it was translated."), name);
	doc_line(d, note, DOC_HEADING);
	doc_blank(d);
}

void
doc_topic_notes(struct doc *d, const struct language *lang,
    const struct topic *t)
{
	/* A copy of the default language's page is that page, and says
	 * so as one shown from there does. */
	if (!language_owns_topic(lang, t) || t->tr == TR_UNTRANSLATED)
		doc_fallback_note(d, lang->name);
	else if (t->tr == TR_OUTDATED)
		doc_outdated_note(d, lang->name);
	if (language_owns_topic(lang, t) && t->tr != TR_UNTRANSLATED &&
	    lang->clinic_fallback && has_clinic_section(t))
		clinic_fallback_note(d, lang->name);
}

/*
 * "Reviewed for Clinic by Dr Name, Role, on 2026-12-01." under a page,
 * from the clinic's latest sign-off of it dated on or after the page's
 * review.  A clinic file covers the pages of its own language; one
 * that a language borrows from the default language (clinic_fallback)
 * covers only the pages that language also shows from the default
 * one (from_default), for those were what its reviewer read.
 */
void
doc_sign_off(struct doc *d, const struct language *lang, const char *page,
    int reviewed, int from_default)
{
	const struct sign_off *s;
	char line[512], date[11];

	if (lang == NULL || lang->clinic == NULL ||
	    (lang->clinic_fallback && !from_default) ||
	    (s = clinic_sign_off(lang->clinic, page, reviewed)) == NULL)
		return;
	date_format(s->date, date);
	/* TRANSLATORS: under a page: the clinic's name, the name and role
	 * of who reviewed the page for it, and the date (YYYY-MM-DD). */
	snprintf(line, sizeof(line), _("Reviewed for %s by %s, %s, on %s."),
	    lang->clinic->name, s->name, s->role, date);
	doc_line(d, line, DOC_NOTE);
}

void
doc_review_dates(struct doc *d, const struct review *r)
{
	char line[512], a[11], b[11];

	if (r->reviewed != 0 || r->next_review != 0) {
		date_format(r->reviewed, a);
		date_format(r->next_review, b);
		/* TRANSLATORS: %s are dates written YYYY-MM-DD. */
		snprintf(line, sizeof(line), _("Page last reviewed: %s. Next "
		    "review due: %s."), a, b);
		doc_line(d, line, DOC_NOTE);
	}
	if (r->reviewer != NULL) {
		/* TRANSLATORS: %s is a role, such as "content editor". */
		snprintf(line, sizeof(line), _("Reviewed by: %s."),
		    r->reviewer);
		doc_line(d, line, DOC_NOTE);
	}
}

void
doc_review(struct doc *d, const struct review *r)
{
	size_t i;

	doc_line(d, _("Sources"), DOC_HEADING);
	for (i = 0; i < r->nsources; i++)
		source_line(d, &r->sources[i]);
	doc_blank(d);
	doc_review_dates(d, r);
}

/* A page's review data after a blank line; the "s" key jumps to it. */
static void
review(struct doc *d, const struct review *r)
{
	if (d->w.n > 0)
		doc_blank(d);
	d->sources = d->w.n;
	doc_review(d, r);
}

/* Whether a file gave any review data: an old FAQ may give none. */
static int
has_review(const struct review *r)
{
	return r->nsources > 0 || r->reviewed != 0 || r->next_review != 0 ||
	    r->reviewer != NULL;
}

/* The evidence statement and the questions to ask, before the sources. */
static void
evidence_and_ask(struct doc *d, const struct topic *t)
{
	size_t i, first;

	if (t->evidence != NULL) {
		doc_blank(d);
		/* TRANSLATORS: a heading on a topic page, above a
		 * paragraph on how much research backs the page. */
		doc_line(d, _("How strong the evidence is"), DOC_HEADING);
		doc_body(d, t->evidence);
	}
	if (t->nask == 0)
		return;
	doc_blank(d);
	/* TRANSLATORS: a heading on a topic page, above questions a
	 * visitor may ask a practitioner or a doctor. */
	doc_line(d, _("Questions to ask"), DOC_HEADING);
	for (i = 0; i < t->nask; i++) {
		first = d->w.n;
		if (i <= DOC_ASK_MAX)
			d->ask_at[i] = first;
		if (wrap_hanging(&d->w, t->ask[i], strlen(t->ask[i]), d->width,
		    0, d->bullet) < 0)
			d->nomem = 1;
		doc_tag(d, first, DOC_TEXT);
	}
	if (t->nask <= DOC_ASK_MAX)
		d->ask_at[t->nask] = d->w.n;
	d->nask = t->nask < DOC_ASK_MAX ? t->nask : DOC_ASK_MAX;
}

int
doc_ask_at(const struct doc *d, size_t line)
{
	size_t i;

	for (i = 0; i < d->nask; i++)
		if (line >= d->ask_at[i] && line < d->ask_at[i + 1])
			return (int)i;
	return -1;
}

/* A topic; with lang, the clinic's sign-off of it too. */
static int
topic_doc(struct doc *d, const struct language *lang, const struct topic *t,
    const struct clinic *c)
{
	size_t i;

	doc_line(d, t->title, DOC_TITLE);
	doc_line(d, t->summary, DOC_NOTE);
	for (i = 0; i < t->nsections; i++)
		section(d, &t->sections[i], c);
	evidence_and_ask(d, t);
	review(d, &t->rev);
	doc_sign_off(d, lang, t->id, t->rev.reviewed,
	    lang != NULL && !language_owns_topic(lang, t));
	/* Last, so that End shows every link the page offers. */
	if (t->nrelated > 0) {
		doc_blank(d);
		doc_line(d, _("Related topics"), DOC_HEADING);
		for (i = 0; i < t->nrelated; i++)
			numbered_link(d, i + 1, t->related[i]);
	}
	return d->nomem ? -1 : 0;
}

int
doc_topic(struct doc *d, const struct topic *t, const struct clinic *c)
{
	return topic_doc(d, NULL, t, c);
}

int
doc_topic_page(struct doc *d, const struct language *lang,
    const struct topic *t)
{
	doc_topic_notes(d, lang, t);
	return topic_doc(d, lang, t, lang->clinic);
}

int
doc_faq_review(struct doc *d, const struct language *lang)
{
	const struct faq *q = lang->faq;

	if (q == NULL || !has_review(&q->rev))
		return d->nomem ? -1 : 0;
	review(d, &q->rev);
	doc_sign_off(d, lang, "faq", q->rev.reviewed, lang->faq_fallback);
	return d->nomem ? -1 : 0;
}

/* A question and its answer. */
static void
answer(struct doc *d, const struct faq_entry *e)
{
	doc_line(d, e->question, DOC_TITLE);
	doc_blank(d);
	doc_body(d, e->answer);
}

static void
more_on_this(struct doc *d, const struct faq_entry *e)
{
	if (e->topic != NULL) {
		doc_blank(d);
		doc_line(d, _("More on this"), DOC_HEADING);
		numbered_link(d, 1, e->topic);
	}
}

int
doc_faq_entry(struct doc *d, const struct faq_entry *e)
{
	answer(d, e);
	more_on_this(d, e);
	return d->nomem ? -1 : 0;
}

int
doc_answer_page(struct doc *d, const struct language *lang,
    const struct faq_entry *e)
{
	if (lang->faq_fallback)
		doc_fallback_note(d, lang->name);
	else if (lang->faq_tr == TR_OUTDATED)
		doc_outdated_note(d, lang->name);
	answer(d, e);
	doc_faq_review(d, lang);
	more_on_this(d, e);
	return d->nomem ? -1 : 0;
}

int
doc_text(struct doc *d, const char *title, const char *body)
{
	if (title != NULL) {
		doc_line(d, title, DOC_TITLE);
		doc_blank(d);
	}
	doc_body(d, body);
	return d->nomem ? -1 : 0;
}

/* One detail of the contact page, under its label. */
static void
detail(struct doc *d, const char *label, const char *value)
{
	if (value == NULL)
		return;
	doc_blank(d);
	doc_line(d, label, DOC_HEADING);
	doc_body(d, value);
}

int
doc_clinic(struct doc *d, const struct language *lang)
{
	const struct clinic *c = lang->clinic;
	char *prices;

	if (lang->clinic_fallback)
		clinic_fallback_note(d, lang->name);
	doc_line(d, c->name, DOC_TITLE);
	detail(d, _("Address"), c->address);
	detail(d, _("Phone"), c->phone);
	detail(d, _("Web"), c->web);
	detail(d, _("Opening hours"), c->hours);
	detail(d, _("Practitioner training and licence"), c->credentials);
	if (c->nprices > 0) {
		if ((prices = clinic_expand(c, "{clinic.prices}")) == NULL)
			d->nomem = 1;
		detail(d, _("Prices"), prices);
		free(prices);
	}
	detail(d, _("This clinic and this kiosk"), c->relationship);
	return d->nomem ? -1 : 0;
}

const char *
doc_text_at(const struct doc *d, size_t i, size_t *len)
{
	*len = d->w.lines[i].len;
	/* A document of blank lines only has no text buffer at all. */
	return d->w.buf != NULL ? d->w.buf + d->w.lines[i].off : "";
}

int
doc_heading_ends(const struct doc *d, size_t i)
{
	return i + 1 >= d->w.n || d->style[i + 1] != d->style[i] ||
	    d->w.lines[i + 1].width == 0;
}

/* Prints a laid-out document, underlining titles and headings. */
int
doc_print(const struct doc *d, int *any, FILE *fp)
{
	const char *s;
	size_t i, len;
	int j, widest = 0;

	if (*any)
		fputc('\n', fp);
	*any = 1;
	for (i = 0; i < d->w.n; i++) {
		s = doc_text_at(d, i, &len);
		fprintf(fp, "%*s%.*s\n", d->w.lines[i].indent, "",
		    (int)len, s);
		if (d->style[i] != DOC_TITLE && d->style[i] != DOC_HEADING)
			continue;
		if (d->w.lines[i].width > widest)
			widest = d->w.lines[i].width;
		if (!doc_heading_ends(d, i))
			continue;
		/* Once, under the last line of a heading that wrapped. */
		for (j = 0; j < widest; j++)
			fputc(d->style[i] == DOC_TITLE ? '=' : '-', fp);
		fputc('\n', fp);
		widest = 0;
	}
	return d->nomem ? -1 : 0;
}

/*
 * Places on a page that hold across languages: the section (counted by
 * its headings) and the paragraph in it (counted by the blank lines
 * and headings before it), not the line, since a translation wraps to
 * other lines.  An anchor is 1 + section * DOC_ANCHOR_PARAS + paragraph;
 * 0 is none.
 */
#define DOC_ANCHOR_PARAS	4096

static int
is_heading(const struct doc *d, size_t i)
{
	return d->style[i] == DOC_HEADING || d->style[i] == DOC_TITLE;
}

static int
is_blank(const struct doc *d, size_t i)
{
	return d->w.lines[i].width == 0;
}

struct anchor_state {
	size_t	 sec, para;
};

/* The anchor of line i, the lines before it having been stepped. */
static size_t
anchor_step(const struct doc *d, size_t i, struct anchor_state *st)
{
	if (is_heading(d, i) && (i == 0 || !is_heading(d, i - 1))) {
		st->sec++;
		st->para = 0;
	} else if (!is_heading(d, i) && !is_blank(d, i) && i > 0 &&
	    (is_blank(d, i - 1) || is_heading(d, i - 1)))
		st->para++;
	return 1 + st->sec * DOC_ANCHOR_PARAS + st->para;
}

size_t
doc_anchor(const struct doc *d, size_t line)
{
	struct anchor_state st = { 0, 0 };
	size_t i, a = 0;

	for (i = 0; i <= line && i < d->w.n; i++)
		a = anchor_step(d, i, &st);
	return a;
}

size_t
doc_anchor_line(const struct doc *d, size_t want)
{
	struct anchor_state st = { 0, 0 };
	size_t i, a, prev = 0, best = 0;

	for (i = 0; want != 0 && i < d->w.n; i++) {
		a = anchor_step(d, i, &st);
		if (a != prev && !is_blank(d, i)) {
			if (a == want)
				return i;
			if (a > want)
				break;	/* the section has fewer here */
			best = i;
		}
		prev = a;
	}
	return best;
}
