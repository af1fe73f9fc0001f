/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check's documents, for every interface: the introduction,
 * a question (with its answers marked or numbered), and the notes
 * (panels, topics to read, sources), each item's lines recorded in
 * flow->items; and the one document they are laid out in, reserved
 * when the self-check opens so that what is printed from a visitor's
 * answers is never copied by a realloc, and zeroed before it is freed.
 * See selfcheck-doc.h and selfcheck-flow.h.  No curses here.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "selfcheck-doc.h"
#include "wrap.h"
#include "wipe.h"

/* ---- the document, reserved once ---- */

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
	/* 256 more: the note of an outdated translation. */
	n += text_bytes(sc->title) + text_bytes(sc->introduction) +
	    text_bytes(sc->alternatives_title) +
	    text_bytes(sc->alternatives) + text_bytes(sc->closing) + 768;
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

/* The review dates and the reviewer, when the self-check gives them. */
static void
dates(struct doc *d, const struct selfcheck *sc)
{
	if (sc->rev.reviewed == 0)
		return;
	doc_review_dates(d, &sc->rev);
	doc_blank(d);
}

/*
 * The sources, review dates and reviewer, when the self-check gives
 * them; returns how many lines that took (0: none given).
 */
static size_t
review(struct doc *d, const struct selfcheck *sc)
{
	size_t first = d->w.n;

	if (sc->rev.nsources > 0 || sc->rev.reviewed != 0)
		doc_review(d, &sc->rev);
	return d->w.n - first;
}

/* The note under "Question n of m" while m may still go down. */
static const char *
may_skip_note(void)
{
	/* TRANSLATORS: under "Question 3 of 12" while later questions
	 * depend on answers not given yet. */
	return _("Your answers may skip some questions, so this number can "
	    "go down.");
}

/* ---- the documents of the steps ---- */

static void
add_item(struct sc_flow *f, enum sc_item_kind kind, size_t index,
    const struct topic *t, size_t first)
{
	struct sc_item *it;

	if (f->nitems == f->maxitems)
		return;
	it = &f->items[f->nitems++];
	it->kind = kind;
	it->index = index;
	it->topic = t;
	it->line = first;
	it->end = f->doc.w.n;
}

/* One paragraph after a marker ("1. ", "2 (*) "), tagged with a style. */
static void
hanging(struct doc *d, const char *marker, const char *text,
    enum doc_style style)
{
	size_t first = d->w.n;

	if (wrap_hanging(&d->w, text, strlen(text), d->width, 0,
	    marker) < 0)
		d->nomem = 1;
	doc_tag(d, first, style);
}

/* Body text in the quieter style of notes. */
static void
note(struct doc *d, const char *text)
{
	size_t first = d->w.n;

	if (wrap_body(&d->w, text, d->width, 0, d->bullet) < 0)
		d->nomem = 1;
	doc_tag(d, first, DOC_NOTE);
}

static void
action(struct sc_flow *f, enum sc_item_kind kind, const char *label)
{
	size_t first = f->doc.w.n;

	doc_link(&f->doc, label, NULL);
	add_item(f, kind, 0, NULL, first);
}

/*
 * What the layouts do differently, each choice written out for each
 * layout: a new layout is a -Wswitch error in style_of() until it has
 * its own.
 */
struct sc_style {
	int	 actions;	/* Start, Start again, Leave: items to choose */
	int	 numbered;	/* answers "3. " and topics "1. ", not marks
				 * and links */
	int	 inline_notes;	/* "you may skip" and the help as lines, not
				 * boxed notes */
	int	 key_hints;	/* says which keys mark answers */
	int	 chosen_line;	/* "Your answer now: 2." under the answers */
	int	 review_gap;	/* a blank line after the review */
	enum doc_style question;	/* the question's text */
	enum doc_style closing;		/* the results' last words */
};

static const struct sc_style *
style_of(enum sc_layout how)
{
	static const struct sc_style screen = {
		.actions = 1, .key_hints = 1, .review_gap = 1,
		.question = DOC_TITLE, .closing = DOC_TITLE,
	};
	static const struct sc_style plain = {
		.numbered = 1, .inline_notes = 1, .chosen_line = 1,
		.question = DOC_HEADING, .closing = DOC_TEXT,
	};

	switch (how) {
	case SC_LAYOUT_SCREEN:
		return &screen;
	case SC_LAYOUT_PLAIN:
		return &plain;
	}
	return &screen;		/* not an enum sc_layout */
}

static void
layout_intro(struct sc_flow *f, const struct sc_style *st)
{
	doc_line(&f->doc, f->sc->title, DOC_TITLE);
	doc_blank(&f->doc);
	if (f->lang != NULL && f->lang->selfcheck_tr == TR_OUTDATED)
		doc_outdated_note(&f->doc, f->lang->name);
	doc_body(&f->doc, f->sc->introduction);
	doc_blank(&f->doc);
	dates(&f->doc, f->sc);	/* when it was reviewed */
	if (st->actions)
		action(f, SC_IT_START, _("Start the self-check"));
}

/* "Your answer now: 2." or "Your answers now: 1 3.", as one types them. */
static void
chosen_line(struct sc_flow *f, const struct sc_question *q)
{
	char nums[SC_LIMIT_ANSWERS * 4], line[SC_LIMIT_ANSWERS * 4 + 128];
	size_t i, len = 0, n = 0;

	nums[0] = '\0';
	for (i = 0; i < q->nanswers && len + 8 < sizeof(nums); i++)
		if (sc_is_chosen(f->s, q, i))
			len += (size_t)snprintf(nums + len, sizeof(nums) - len,
			    "%s%zu", n++ > 0 ? " " : "", i + 1);
	if (n == 0)
		return;
	doc_blank(&f->doc);
	/* TRANSLATORS: %s is the numbers of the answers chosen, as the
	 * visitor would type them: "2", or "1 3". */
	snprintf(line, sizeof(line), ngettext("Your answer now: %s. Press "
	    "Enter alone to keep it.", "Your answers now: %s. Press Enter "
	    "alone to keep them.", n), nums);
	doc_line(&f->doc, line, DOC_TEXT);
	mem_wipe(nums, sizeof(nums));
	mem_wipe(line, sizeof(line));
}

/*
 * The marker of answer i: "3. " printed whole; on the screens "1 (*) "
 * for the chosen answer of a question with one answer, "2 [x] " for
 * each marked answer of the others.
 */
static void
answer_marker(const struct sc_flow *f, const struct sc_question *q,
    size_t i, const struct sc_style *st, char *buf, size_t size)
{
	int on = sc_is_chosen(f->s, q, i), any = q->kind == SC_ANY;
	char num[8];

	if (st->numbered) {
		snprintf(buf, size, "%zu. ", i + 1);
		return;
	}
	if (i < 9)
		snprintf(num, sizeof(num), "%zu ", i + 1);
	else
		snprintf(num, sizeof(num), "  ");
	snprintf(buf, size, "%s%s ", num, any ? (on ? "[x]" : "[ ]") :
	    (on ? "(*)" : "( )"));
}

static void
layout_question(struct sc_flow *f, const struct sc_style *st)
{
	const struct sc_question *q = sc_current(f->s);
	char marker[32], progress[128];
	size_t i, n, m, first;

	sc_progress(f->s, &n, &m);
	/* TRANSLATORS: progress through the self-check, "Question 3 of
	 * 8"; the count can only go down, as answers skip questions. */
	snprintf(progress, sizeof(progress), ngettext("Question %zu of %zu",
	    "Question %zu of %zu", m), n, m);
	doc_line(&f->doc, progress, DOC_NOTE);
	if (sc_may_skip(f->s) && st->inline_notes)
		doc_line(&f->doc, may_skip_note(), DOC_NOTE);
	else if (sc_may_skip(f->s))
		note(&f->doc, may_skip_note());
	doc_blank(&f->doc);
	doc_line(&f->doc, q->text, st->question);
	if (q->help != NULL && st->inline_notes)
		doc_body(&f->doc, q->help);
	else if (q->help != NULL)
		note(&f->doc, q->help);
	if (q->kind == SC_ANY)
		doc_line(&f->doc, st->key_hints ?
		    _("You may choose more than one: Space marks an answer, "
		    "Enter goes on.") :
		    _("You may choose more than one."), DOC_NOTE);
	doc_blank(&f->doc);
	for (i = 0; i < q->nanswers; i++) {
		answer_marker(f, q, i, st, marker, sizeof(marker));
		first = f->doc.w.n;
		hanging(&f->doc, marker, q->answers[i].label, DOC_TEXT);
		add_item(f, SC_IT_ANSWER, i, NULL, first);
	}
	mem_wipe(marker, sizeof(marker));
	if (st->chosen_line)
		chosen_line(f, q);
}

/* "You said ...: what to do", as one bullet. */
static void
layout_note(struct doc *d, const struct sc_note *n)
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
	mem_wipe(buf, len);
	free(buf);
}

static void
layout_results(struct sc_flow *f, const struct sc_style *st)
{
	struct doc *d = &f->doc;
	const struct sc_note *n;
	const struct sc_link *l;
	struct sc_iter it;
	char label[512];
	size_t first, k = 0;
	int p;

	doc_line(d, _("Your notes"), DOC_TITLE);
	doc_line(d, _("Each note comes from one of your answers. They may "
	    "help when you talk with your doctor or an SMP provider. "
	    "Nothing here is saved."), DOC_NOTE);
	for (p = 0; p < SC_NPANELS; p++) {
		doc_blank(d);
		doc_line(d, f->sc->panel[p], DOC_HEADING);
		if (sc_count_notes(f->s, (enum sc_panel)p) == 0)
			doc_line(d, _("None of your answers added a note "
			    "here."), DOC_NOTE);
		memset(&it, 0, sizeof(it));
		while ((n = sc_next_note(f->s, (enum sc_panel)p, &it)) != NULL)
			layout_note(d, n);
	}
	memset(&it, 0, sizeof(it));
	while ((l = sc_next_topic(f->s, &it)) != NULL) {
		if (l->topic == NULL)
			continue;
		if (k == 0) {
			doc_blank(d);
			doc_line(d, _("Topics to read"), DOC_HEADING);
		}
		first = d->w.n;
		if (st->numbered) {
			snprintf(label, sizeof(label), "%zu. ", ++k);
			hanging(d, label, l->topic->title, DOC_TEXT);
		} else {
			snprintf(label, sizeof(label), "%zu. %s", ++k,
			    l->topic->title);
			doc_link(d, label, l->topic);
		}
		add_item(f, SC_IT_TOPIC, 0, l->topic, first);
	}
	doc_blank(d);
	doc_line(d, f->sc->alternatives_title, DOC_HEADING);
	doc_body(d, f->sc->alternatives);
	doc_blank(d);
	doc_line(d, f->sc->closing, st->closing);
	doc_blank(d);
	/* Its sources and review, as a topic page ends, and the clinic's
	 * sign-off when one covers the self-check. */
	if (review(d, f->sc) > 0 && st->review_gap)
		doc_blank(d);
	doc_sign_off(d, f->lang, "selfcheck", f->sc->rev.reviewed, 0);
	if (st->actions) {
		action(f, SC_IT_RESTART, _("Start again"));
		action(f, SC_IT_LEAVE,
		    _("Leave the self-check and clear my answers"));
	}
	mem_wipe(label, sizeof(label));
}

int
sc_flow_layout(struct sc_flow *f, int width, enum sc_layout how)
{
	const struct sc_style *st = style_of(how);

	doc_reset(&f->doc, width);
	f->nitems = 0;
	if (f->stage == SC_INTRO)
		layout_intro(f, st);
	else if (f->stage == SC_QUESTION && sc_current(f->s) != NULL)
		layout_question(f, st);
	else
		layout_results(f, st);
	if (f->hl != SC_NONE && f->hl >= f->nitems)
		f->hl = f->nitems > 0 ? f->nitems - 1 : SC_NONE;
	return f->doc.nomem ? -1 : 0;
}
