/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The self-check's document: reserved once, zeroed before it is freed. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "sc-doc.h"

static size_t
text_bytes(const char *s)
{
	return s != NULL ? strlen(s) + 1 : 0;
}

/* An upper bound of the text one view of the self-check can print. */
size_t
sc_doc_bytes(const struct selfcheck *sc, size_t *nlinks)
{
	const struct sc_question *q;
	const struct sc_answer *a;
	size_t n = 0, i;

	*nlinks = 0;
	n += text_bytes(sc->title) + text_bytes(sc->introduction) +
	    text_bytes(sc->alternatives_title) +
	    text_bytes(sc->alternatives) + text_bytes(sc->closing) + 512;
	for (i = 0; i < SC_NPANELS; i++)
		n += text_bytes(sc->panel[i]) + 128;
	n += text_bytes(sc->rev.reviewer) + 1024;
	for (i = 0; i < sc->rev.nsources; i++)
		n += text_bytes(sc->rev.sources[i].title) +
		    text_bytes(sc->rev.sources[i].publisher) +
		    text_bytes(sc->rev.sources[i].url) +
		    text_bytes(sc->rev.sources[i].doi) +
		    text_bytes(sc->rev.sources[i].pmid) +
		    text_bytes(sc->rev.sources[i].conflict) + 256;
	for (q = sc->questions; q != NULL &&
	    q < sc->questions + sc->nquestions; q++) {
		n += text_bytes(q->text) + text_bytes(q->help) + 128;
		for (a = q->answers; a != NULL &&
		    a < q->answers + q->nanswers; a++) {
			n += text_bytes(a->label) + 16;
			for (i = 0; i < a->nnotes; i++)
				n += text_bytes(a->notes[i].because) +
				    text_bytes(a->notes[i].text) + 8;
			for (i = 0; i < a->ntopics; i++)
				if (a->topics[i].topic != NULL)
					n += text_bytes(
					    a->topics[i].topic->title) + 16;
			*nlinks += a->ntopics;
		}
	}
	return n;
}

/*
 * Room for any view at once, so that what d holds is never copied by
 * a realloc: each byte of text comes out as at most 3 (U+FFFD), a line
 * holds more than 4 bytes.
 */
int
sc_doc_reserve(struct doc *d, size_t bytes, size_t links)
{
	d->w.bufcap = 3 * bytes + 8192;
	d->w.cap = bytes / 4 + 1024;
	d->cap = d->w.cap;
	d->linkcap = links + 8;
	d->w.buf = malloc(d->w.bufcap);
	d->w.lines = malloc(d->w.cap * sizeof(*d->w.lines));
	d->style = malloc(d->cap);
	d->link = malloc(d->cap * sizeof(*d->link));
	d->links = malloc(d->linkcap * sizeof(*d->links));
	return d->w.buf && d->w.lines && d->style && d->link && d->links ?
	    0 : -1;
}

/* Zeroes what d holds, at whatever size it grew to, and frees it. */
void
sc_doc_wipe(struct doc *d)
{
	if (d->w.buf != NULL)
		sc_zero(d->w.buf, d->w.bufcap);
	if (d->w.lines != NULL)
		sc_zero(d->w.lines, d->w.cap * sizeof(*d->w.lines));
	if (d->style != NULL)
		sc_zero(d->style, d->cap);
	if (d->link != NULL)
		sc_zero(d->link, d->cap * sizeof(*d->link));
	if (d->links != NULL)
		sc_zero(d->links, d->linkcap * sizeof(*d->links));
	doc_free(d);
}

void
sc_doc_dates(struct doc *d, const struct selfcheck *sc)
{
	if (sc->rev.reviewed == 0)
		return;
	doc_review_dates(d, &sc->rev);
	doc_blank(d);
}

size_t
sc_doc_review(struct doc *d, const struct selfcheck *sc)
{
	size_t first = d->w.n;

	if (sc->rev.nsources > 0 || sc->rev.reviewed != 0)
		doc_review(d, &sc->rev);
	return d->w.n - first;
}

const char *
sc_doc_may_skip(void)
{
	/* TRANSLATORS: under "Question 3 of 12" while later questions
	 * depend on answers not given yet. */
	return _("Your answers may skip some questions, so this number can "
	    "go down.");
}
