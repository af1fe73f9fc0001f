/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * --dump selfcheck: every word of the self-check that a visitor may
 * see, for clinicians to review: the introduction, each question with
 * when it is shown, each answer with every note it can add (its panel
 * and its "because") and its topics, the alternatives and the closing
 * line.  No curses here.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "content.h"
#include "doc.h"
#include "i18n.h"
#include "selfcheck.h"

struct sc_dumper {
	struct doc doc;
	FILE	*fp;
	int	 width;
	int	 nomem;
	int	 any;
};

/* Prints the document laid out so far, underlining titles and headings. */
static void
flush_doc(struct sc_dumper *p)
{
	if (doc_print(&p->doc, &p->any, p->fp) < 0)
		p->nomem = 1;
	doc_reset(&p->doc, p->width);
}

/* One paragraph at an indent, the lines after the first under marker's text. */
static void
para(struct sc_dumper *p, int indent, const char *marker, const char *text,
    enum doc_style style)
{
	size_t first = p->doc.w.n;

	if (wrap_hanging(&p->doc.w, text, strlen(text), p->width, indent,
	    marker) < 0)
		p->doc.nomem = 1;
	doc_tag(&p->doc, first, style);
}

/* Body text (paragraphs and bullets) at an indent. */
static void
body(struct sc_dumper *p, int indent, const char *text)
{
	size_t first = p->doc.w.n;

	if (wrap_body(&p->doc.w, text, p->width, indent, "- ") < 0)
		p->doc.nomem = 1;
	doc_tag(&p->doc, first, DOC_TEXT);
}

/* Appends to a string in buf (size bytes, *n used), cutting it short. */
static void __attribute__((format(printf, 4, 5)))
append(char *buf, size_t size, size_t *n, const char *fmt, ...)
{
	va_list ap;
	int w;

	if (*n + 1 >= size)
		return;
	va_start(ap, fmt);
	w = vsnprintf(buf + *n, size - *n, fmt, ap);
	va_end(ap);
	if (w > 0)
		*n = *n + (size_t)w < size ? *n + (size_t)w : size - 1;
}

static const char *
panel_heading(const struct selfcheck *sc, enum sc_panel panel)
{
	return sc->panel[panel] != NULL ? sc->panel[panel] :
	    sc_panel_id(panel);
}

/* "Shown only if the answer to question 1 (reason) is: A or B." */
static void
dump_condition(struct sc_dumper *p, const struct selfcheck *sc,
    const struct sc_clause *c)
{
	const struct sc_question *q;
	char buf[2048];
	size_t i, n = 0, k = c->question.index;

	if (k >= sc->nquestions)
		return;
	q = &sc->questions[k];
	/* TRANSLATORS: %zu is a question's number, %s its id. */
	append(buf, sizeof(buf), &n, _("Shown only if the answer to question "
	    "%zu (%s) is:"), k + 1, q->id);
	for (i = 0; i < c->nany_of; i++)
		if (c->any_of[i].index < q->nanswers)
			append(buf, sizeof(buf), &n, "%s \"%s\"",
			    /* TRANSLATORS: joins the answers that show a
			     * question. */
			    i == 0 ? "" : _(" or"),
			    q->answers[c->any_of[i].index].label);
	append(buf, sizeof(buf), &n, ".");
	para(p, 0, NULL, buf, DOC_NOTE);
}

static void
dump_answer(struct sc_dumper *p, const struct selfcheck *sc,
    enum sc_kind kind, const struct sc_answer *a)
{
	char buf[1024];
	size_t i, n = 0;

	snprintf(buf, sizeof(buf), "%s [%s]%s%s", a->label, a->id,
	    /* TRANSLATORS: marks the answer "I'd rather not say". */
	    a->decline ? _(" (declines to answer)") : "",
	    /* TRANSLATORS: marks the answer "None of these", and "I'd
	     * rather not say" in a question with more than one answer. */
	    a->none || (a->decline && kind == SC_ANY) ?
	    _(" (clears the other answers)") : "");
	para(p, 0, "- ", buf, DOC_TEXT);
	if (a->neutral)
		para(p, 4, NULL, _("Adds no note."), DOC_NOTE);
	for (i = 0; i < a->nnotes; i++) {
		/* TRANSLATORS: %s is a panel's heading. */
		snprintf(buf, sizeof(buf), _("Note in \"%s\":"),
		    panel_heading(sc, a->notes[i].panel));
		para(p, 4, NULL, buf, DOC_TEXT);
		/* TRANSLATORS: the "You said ..." phrase of a note. */
		snprintf(buf, sizeof(buf), _("Because: %s"),
		    a->notes[i].because);
		para(p, 6, NULL, buf, DOC_NOTE);
		body(p, 6, a->notes[i].text);
	}
	if (a->ntopics > 0) {
		/* TRANSLATORS: followed by the titles of topics. */
		append(buf, sizeof(buf), &n, "%s", _("Read more:"));
		for (i = 0; i < a->ntopics; i++)
			if (a->topics[i].topic != NULL)
				append(buf, sizeof(buf), &n, "%s %s (%s)",
				    i == 0 ? "" : ";",
				    a->topics[i].topic->title,
				    a->topics[i].id);
			else
				append(buf, sizeof(buf), &n, "%s %s",
				    i == 0 ? "" : ";", a->topics[i].id);
		para(p, 4, NULL, buf, DOC_NOTE);
	}
}

static void
dump_question(struct sc_dumper *p, const struct selfcheck *sc, size_t k)
{
	const struct sc_question *q = &sc->questions[k];
	char buf[1024];
	size_t i;

	snprintf(buf, sizeof(buf), "%zu. %s", k + 1, q->text);
	doc_line(&p->doc, buf, DOC_HEADING);
	snprintf(buf, sizeof(buf), "[%s] %s%s", q->id, q->kind == SC_ANY ?
	    _("Choose all that apply.") : _("Choose one answer."),
	    /* TRANSLATORS: after "Choose one answer." in --dump. */
	    q->sensitive ? _(" Sensitive: it offers \"I'd rather not say\".") :
	    "");
	para(p, 0, NULL, buf, DOC_NOTE);
	if (q->nshow_if == 0)
		para(p, 0, NULL, _("Always shown."), DOC_NOTE);
	for (i = 0; i < q->nshow_if; i++)
		dump_condition(p, sc, &q->show_if[i]);
	if (q->help != NULL) {
		doc_blank(&p->doc);
		body(p, 0, q->help);
	}
	doc_blank(&p->doc);
	for (i = 0; i < q->nanswers; i++)
		dump_answer(p, sc, q->kind, &q->answers[i]);
	flush_doc(p);
}

int
selfcheck_dump(const struct selfcheck *sc, const char *outdated, int width,
    FILE *fp)
{
	struct sc_dumper p;
	char buf[512];
	size_t k;
	int i;

	memset(&p, 0, sizeof(p));
	p.fp = fp;
	p.width = width;
	doc_init(&p.doc, width, "- ");
	if (outdated != NULL)	/* the name of a translation's language */
		doc_outdated_note(&p.doc, outdated);
	doc_text(&p.doc, sc->title, sc->introduction);
	flush_doc(&p);
	/* TRANSLATORS: heading above the three panels of the results. */
	doc_line(&p.doc, _("The panels of the results"), DOC_HEADING);
	for (i = 0; i < SC_NPANELS; i++) {
		snprintf(buf, sizeof(buf), "%s (%s)",
		    panel_heading(sc, (enum sc_panel)i),
		    sc_panel_id((enum sc_panel)i));
		para(&p, 0, "- ", buf, DOC_TEXT);
	}
	flush_doc(&p);
	for (k = 0; k < sc->nquestions; k++)
		dump_question(&p, sc, k);
	doc_text(&p.doc, sc->alternatives_title, sc->alternatives);
	flush_doc(&p);
	para(&p, 0, NULL, sc->closing, DOC_TEXT);
	flush_doc(&p);
	if (sc->rev.nsources > 0 || sc->rev.reviewed != 0) {
		doc_review(&p.doc, &sc->rev);
		flush_doc(&p);
	}
	doc_free(&p.doc);
	if (fflush(fp) != 0 || ferror(fp))
		return EX_IOERR;
	return p.nomem ? EX_SOFTWARE : EX_OK;
}
