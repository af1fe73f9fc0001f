/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "diag.h"
#include "doc.h"
#include "dump.h"
#include "i18n.h"
#include "page.h"
#include "selfcheck.h"

struct dumper {
	struct doc doc;
	FILE	*fp;
	int	 width;
	unsigned char *seen;	/* topics printed, by index */
	int	 nomem;
	const struct language *lang;
	int	 any;
	const struct topic **shown;	/* default-language topics printed */
	size_t	 nshown;
};

/* Prints a laid-out document, underlining titles and headings. */
/* Pages print as the plain interface prints them (page.h). */
static const struct page_opts dump_opts = { PAGE_PLAIN, 1, 0, 1, 0 };

static void
print_doc(struct dumper *p)
{
	if (doc_print(&p->doc, &p->any, p->fp) < 0)
		p->nomem = 1;
	doc_reset(&p->doc, p->width);
}

/* Marks a topic printed; 0 when it was already. */
static int
first_time(struct dumper *p, const struct topic *t)
{
	const struct topic **v;
	size_t i;

	if (language_owns_topic(p->lang, t)) {
		i = (size_t)(t - p->lang->topics);
		if (p->seen[i])
			return 0;
		p->seen[i] = 1;
		return 1;
	}
	/* Shown from the default language: a short list will do. */
	for (i = 0; i < p->nshown; i++)
		if (p->shown[i] == t)
			return 0;
	if ((v = realloc(p->shown, (p->nshown + 1) * sizeof(*v))) == NULL) {
		p->nomem = 1;
		return 0;
	}
	p->shown = v;
	p->shown[p->nshown++] = t;
	return 1;
}

static void
dump_topic(struct dumper *p, const struct topic *t)
{
	struct view v = { .kind = VIEW_TOPIC, .topic = t };

	if (!first_time(p, t))
		return;
	page_build(&p->doc, p->lang, &v, &dump_opts);
	print_doc(p);
}

static void
dump_faq(struct dumper *p)
{
	const struct faq *q = p->lang->faq;
	size_t i;

	if (p->lang->faq_fallback)
		doc_fallback_note(&p->doc, p->lang->name);
	else if (p->lang->faq_tr == TR_OUTDATED)
		doc_outdated_note(&p->doc, p->lang->name);
	doc_line(&p->doc, q->title, DOC_TITLE);
	print_doc(p);
	for (i = 0; i < q->n; i++) {
		doc_faq_entry(&p->doc, &q->entries[i]);
		print_doc(p);
	}
	/* The FAQ's sources once, not under every answer. */
	doc_faq_review(&p->doc, p->lang);
	if (p->doc.w.n > 0)
		print_doc(p);
}

/* The contact page, noted when the details are the default language's. */
static void
dump_clinic(struct dumper *p)
{
	struct view v = { .kind = VIEW_CLINIC };

	page_build(&p->doc, p->lang, &v, &dump_opts);
	print_doc(p);
}

static void
dump_menu(struct dumper *p, const struct menu *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->items[i].kind == MENU_TOPIC)
			dump_topic(p, m->items[i].topic);
		else if (m->items[i].kind == MENU_SUBMENU)
			dump_menu(p, m->items[i].sub);
}

static void
dump_all(struct dumper *p)
{
	size_t i;

	doc_text(&p->doc, p->lang->title, p->lang->welcome);
	print_doc(p);
	doc_text(&p->doc, _("About this information"), p->lang->disclaimer);
	print_doc(p);
	dump_menu(p, &p->lang->home);
	/* Topics reachable only through links still belong in a handout. */
	for (i = 0; i < p->lang->ntopics; i++)
		dump_topic(p, &p->lang->topics[i]);
	if (p->lang->faq != NULL)
		dump_faq(p);
	if (p->lang->clinic != NULL)
		dump_clinic(p);
}

int
dump(const struct language *lang, const struct language *fallback,
    const char *what, int width, FILE *fp)
{
	struct dumper p;
	const struct topic *t = NULL;
	int status = EX_OK;

	if (what != NULL && strcmp(what, "selfcheck") == 0) {
		if (lang->selfcheck != NULL)
			return selfcheck_dump(lang->selfcheck,
			    lang->selfcheck_tr == TR_OUTDATED ? lang->name :
			    NULL, width, fp);
		fprintf(stderr, _("smp-kiosk: --dump: %s has no self-check\n"),
		    lang->code);
		return EX_USAGE;
	}
	if (what != NULL && strcmp(what, "faq") != 0 &&
	    strcmp(what, "disclaimer") != 0 && strcmp(what, "clinic") != 0 &&
	    (t = language_topic(lang, what)) == NULL &&
	    (fallback == NULL || (t = language_topic(fallback, what)) == NULL)) {
		char *q = diag_quote(what);	/* any bytes may come */

		fprintf(stderr, _("smp-kiosk: --dump: no topic \"%s\" in %s\n"),
		    q != NULL ? q : "?", lang->code);
		free(q);
		return EX_USAGE;
	}
	if (what != NULL && strcmp(what, "clinic") == 0 &&
	    lang->clinic == NULL) {
		fprintf(stderr, _("smp-kiosk: --dump: %s has no clinic file\n"),
		    lang->code);
		return EX_USAGE;
	}
	if (what != NULL && strcmp(what, "faq") == 0 && lang->faq == NULL) {
		fprintf(stderr, _("smp-kiosk: --dump: %s has no FAQ\n"),
		    lang->code);
		return EX_USAGE;
	}
	memset(&p, 0, sizeof(p));
	p.fp = fp;
	p.width = width;
	p.lang = lang;
	doc_init(&p.doc, width, "- ");
	/* A reader types an address off paper: never break one. */
	p.doc.w.whole_urls = 1;
	if ((p.seen = calloc(lang->ntopics + 1, 1)) == NULL) {
		doc_free(&p.doc);
		return EX_SOFTWARE;
	}
	if (t != NULL)
		dump_topic(&p, t);
	else if (what != NULL && strcmp(what, "faq") == 0)
		dump_faq(&p);
	else if (what != NULL && strcmp(what, "clinic") == 0)
		dump_clinic(&p);
	else if (what != NULL) {
		doc_text(&p.doc, _("About this information"), lang->disclaimer);
		print_doc(&p);
	} else
		dump_all(&p);
	/* A handout leaves the kiosk: it says what it is, whatever part
	 * of the content it holds. */
	doc_line(&p.doc, _("General information, not medical advice."),
	    DOC_NOTE);
	print_doc(&p);
	if (p.nomem)
		status = EX_SOFTWARE;
	free(p.seen);
	free(p.shown);
	doc_free(&p.doc);
	return status;
}
