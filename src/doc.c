#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clinic.h"
#include "doc.h"
#include "i18n.h"

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
doc_reset(struct doc *d, int width)
{
	wrap_clear(&d->w);
	d->nlinks = 0;
	d->sources = 0;
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

static void
source_line(struct doc *d, const struct source *s)
{
	char buf[1024], year[16] = "";
	size_t first = d->w.n, tl = strlen(s->title);
	/* "Title. Publisher", but "Question? Publisher". */
	const char *sep = tl > 0 && strchr(".?!", s->title[tl - 1]) ? " " :
	    ". ";

	if (s->year)
		snprintf(year, sizeof(year), ", %d", s->year);
	snprintf(buf, sizeof(buf), "- %s%s%s%s", s->title,
	    s->publisher ? sep : "", s->publisher ? s->publisher : "", year);
	if (wrap_body(&d->w, buf, d->width, 0, d->bullet) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_TEXT);
	if (s->url) {
		first = d->w.n;
		if (wrap_paragraph(&d->w, s->url, strlen(s->url), d->width,
		    2) < 0)
			d->nomem = 1;
		doc_tag(d, first, DOC_NOTE);
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
doc_topic_notes(struct doc *d, const struct language *lang,
    const struct topic *t)
{
	if (!language_owns_topic(lang, t))
		doc_fallback_note(d, lang->name);
	else if (lang->clinic_fallback && has_clinic_section(t))
		clinic_fallback_note(d, lang->name);
}

int
doc_topic(struct doc *d, const struct topic *t, const struct clinic *c)
{
	char line[256], a[11], b[11];
	size_t i;

	doc_line(d, t->title, DOC_TITLE);
	doc_line(d, t->summary, DOC_NOTE);
	for (i = 0; i < t->nsections; i++)
		section(d, &t->sections[i], c);
	doc_blank(d);
	d->sources = d->w.n;
	doc_line(d, _("Sources"), DOC_HEADING);
	for (i = 0; i < t->rev.nsources; i++)
		source_line(d, &t->rev.sources[i]);
	doc_blank(d);
	date_format(t->rev.reviewed, a);
	date_format(t->rev.next_review, b);
	/* TRANSLATORS: %s are dates written YYYY-MM-DD. */
	snprintf(line, sizeof(line), _("Page last reviewed: %s. Next review "
	    "due: %s."), a, b);
	doc_line(d, line, DOC_NOTE);
	/* TRANSLATORS: %s is a role, such as "content editor". */
	snprintf(line, sizeof(line), _("Reviewed by: %s."), t->rev.reviewer);
	doc_line(d, line, DOC_NOTE);
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
doc_faq_entry(struct doc *d, const struct faq_entry *e)
{
	doc_line(d, e->question, DOC_TITLE);
	doc_blank(d);
	doc_body(d, e->answer);
	if (e->topic != NULL) {
		doc_blank(d);
		doc_line(d, _("More on this"), DOC_HEADING);
		numbered_link(d, 1, e->topic);
	}
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
	return d->w.buf + d->w.lines[i].off;
}

/* Prints a laid-out document, underlining titles and headings. */
int
doc_print(const struct doc *d, int *any, FILE *fp)
{
	const char *s;
	size_t i, len;
	int j;

	if (*any)
		fputc('\n', fp);
	*any = 1;
	for (i = 0; i < d->w.n; i++) {
		s = doc_text_at(d, i, &len);
		fprintf(fp, "%*s%.*s\n", d->w.lines[i].indent, "",
		    (int)len, s);
		if (d->style[i] == DOC_TITLE || d->style[i] == DOC_HEADING) {
			for (j = 0; j < d->w.lines[i].width; j++)
				fputc(d->style[i] == DOC_TITLE ? '=' : '-',
				    fp);
			fputc('\n', fp);
		}
	}
	return d->nomem ? -1 : 0;
}
