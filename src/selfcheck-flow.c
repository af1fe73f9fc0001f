/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check's flow and the documents of its steps, for every
 * interface (see selfcheck-flow.h).  Written once here, so that a fix
 * to the flow cannot miss one interface.
 *
 * Privacy: the answers live in the engine's session, and all that is
 * laid out from them in flow->doc and flow->items, reserved once when
 * the self-check opens so that they are never copied by a realloc.
 * sc_flow_close() zeroes all of it before it is freed.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "log.h"
#include "sc-doc.h"
#include "selfcheck-flow.h"
#include "wrap.h"

void
sc_flow_close(struct sc_flow *f)
{
	sc_doc_wipe(&f->doc);
	if (f->items != NULL) {
		sc_zero(f->items, f->maxitems * sizeof(*f->items));
		free(f->items);
	}
	sc_wipe(f->s);
	sc_zero(f, sizeof(*f));
}

int
sc_flow_open(struct sc_flow *f, const struct language *lang,
    const char *bullet)
{
	const struct selfcheck *sc = lang->selfcheck;
	size_t bytes, ntopics;

	sc_flow_close(f);
	bytes = sc_doc_bytes(sc, &ntopics);
	doc_init(&f->doc, WRAP_MIN_WIDTH, bullet);
	f->sc = sc;
	f->lang = lang;
	f->maxitems = SC_LIMIT_ANSWERS + ntopics + 4;
	f->items = calloc(f->maxitems, sizeof(*f->items));
	if (sc_doc_reserve(&f->doc, bytes, ntopics) < 0 || f->items == NULL ||
	    (f->s = sc_start(sc)) == NULL) {
		sc_flow_close(f);
		return -1;
	}
	f->stage = SC_INTRO;
	f->hl = 0;
	return 0;
}

int
sc_flow_is_open(const struct sc_flow *f)
{
	return f->s != NULL;
}

int
sc_flow_anything_answered(const struct sc_flow *f)
{
	size_t i;

	if (f->s == NULL)
		return 0;
	for (i = 0; i < sc_count(f->s); i++)
		if (sc_answered(f->s, sc_question_at(f->s, i)))
			return 1;
	return 0;
}

/* At the current question: the chosen answer highlighted, or the first. */
static void
to_question(struct sc_flow *f)
{
	const struct sc_question *q = sc_current(f->s);
	size_t i;

	f->stage = SC_QUESTION;
	f->hl = 0;
	f->scroll = 0;
	for (i = 0; q != NULL && i < q->nanswers; i++)
		if (sc_is_chosen(f->s, q, i)) {
			f->hl = i;
			break;
		}
}

void
sc_flow_start(struct sc_flow *f)
{
	to_question(f);
}

void
sc_flow_restart(struct sc_flow *f)
{
	sc_restart(f->s);
	to_question(f);
}

int
sc_flow_go_on(struct sc_flow *f)
{
	if (sc_next(f->s) < 0)
		return -1;
	if (sc_finished(f->s)) {
		/* Counted without anything of the answers, when --stats asks. */
		if (f->stage != SC_RESULTS)
			stats_selfcheck_completed();
		f->stage = SC_RESULTS;
		f->hl = SC_NONE;
		f->scroll = 0;
	} else
		to_question(f);
	return 0;
}

int
sc_flow_back(struct sc_flow *f)
{
	switch (f->stage) {
	case SC_INTRO:
		return -1;
	case SC_QUESTION:
		if (sc_back(f->s) < 0)
			return -1;
		break;
	case SC_RESULTS:
		sc_back(f->s);
		break;
	}
	to_question(f);
	return 0;
}

int
sc_flow_leave(struct sc_flow *f, enum sc_then then)
{
	if (!sc_flow_anything_answered(f)) {
		sc_flow_close(f);
		return 1;
	}
	f->asking = 1;
	f->ask_leave = 0;
	f->then = then;
	return 0;
}

int
sc_flow_answer(struct sc_flow *f, int leave)
{
	if (leave) {
		sc_flow_close(f);
		return 1;
	}
	f->asking = 0;
	f->then = SC_THEN_BACK;
	return 0;
}

int
sc_flow_remap(struct sc_flow *f, const struct language *to)
{
	struct sc_flow n;

	memset(&n, 0, sizeof(n));
	/* The same question and answer ids in every language (sc_carry()):
	 * the answers, the place and the stage carry over. */
	if (sc_flow_open(&n, to, f->doc.bullet) < 0 ||
	    sc_carry(n.s, f->s) < 0) {
		sc_flow_close(&n);
		sc_flow_close(f);
		return -1;
	}
	n.stage = f->stage;
	if (n.stage == SC_RESULTS && !sc_finished(n.s))
		n.stage = SC_QUESTION;
	if (n.stage == SC_QUESTION && sc_current(n.s) == NULL)
		n.stage = SC_RESULTS;
	n.asking = f->asking;
	n.ask_leave = f->ask_leave;
	n.then = f->then;
	n.hl = f->hl;
	sc_flow_close(f);
	*f = n;
	sc_zero(&n, sizeof(n));
	return 0;
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

static void
layout_intro(struct sc_flow *f, enum sc_layout how)
{
	doc_line(&f->doc, f->sc->title, DOC_TITLE);
	doc_blank(&f->doc);
	doc_body(&f->doc, f->sc->introduction);
	doc_blank(&f->doc);
	sc_doc_dates(&f->doc, f->sc);	/* when it was reviewed */
	if (how == SC_LAYOUT_SCREEN)
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
	sc_zero(nums, sizeof(nums));
	sc_zero(line, sizeof(line));
}

/*
 * The marker of answer i: "3. " printed whole; on the screens "1 (*) "
 * for the chosen answer of a question with one answer, "2 [x] " for
 * each marked answer of the others.
 */
static void
answer_marker(const struct sc_flow *f, const struct sc_question *q,
    size_t i, enum sc_layout how, char *buf, size_t size)
{
	int on = sc_is_chosen(f->s, q, i), any = q->kind == SC_ANY;
	char num[8];

	if (how == SC_LAYOUT_PLAIN) {
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
layout_question(struct sc_flow *f, enum sc_layout how)
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
	if (sc_may_skip(f->s) && how == SC_LAYOUT_PLAIN)
		doc_line(&f->doc, sc_doc_may_skip(), DOC_NOTE);
	else if (sc_may_skip(f->s))
		note(&f->doc, sc_doc_may_skip());
	doc_blank(&f->doc);
	doc_line(&f->doc, q->text, how == SC_LAYOUT_PLAIN ? DOC_HEADING :
	    DOC_TITLE);
	if (q->help != NULL && how == SC_LAYOUT_PLAIN)
		doc_body(&f->doc, q->help);
	else if (q->help != NULL)
		note(&f->doc, q->help);
	if (q->kind == SC_ANY)
		doc_line(&f->doc, how == SC_LAYOUT_PLAIN ?
		    _("You may choose more than one.") :
		    _("You may choose more than one: Space marks an answer, "
		    "Enter goes on."), DOC_NOTE);
	doc_blank(&f->doc);
	for (i = 0; i < q->nanswers; i++) {
		answer_marker(f, q, i, how, marker, sizeof(marker));
		first = f->doc.w.n;
		hanging(&f->doc, marker, q->answers[i].label, DOC_TEXT);
		add_item(f, SC_IT_ANSWER, i, NULL, first);
	}
	sc_zero(marker, sizeof(marker));
	if (how == SC_LAYOUT_PLAIN)
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
	sc_zero(buf, len);
	free(buf);
}

static void
layout_results(struct sc_flow *f, enum sc_layout how)
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
		if (how == SC_LAYOUT_PLAIN) {
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
	doc_line(d, f->sc->closing, how == SC_LAYOUT_PLAIN ? DOC_TEXT :
	    DOC_TITLE);
	doc_blank(d);
	/* Its sources and review, as a topic page ends, and the clinic's
	 * sign-off when one covers the self-check. */
	if (sc_doc_review(d, f->sc) > 0 && how == SC_LAYOUT_SCREEN)
		doc_blank(d);
	doc_sign_off(d, f->lang, "selfcheck", f->sc->rev.reviewed, 0);
	if (how == SC_LAYOUT_SCREEN) {
		action(f, SC_IT_RESTART, _("Start again"));
		action(f, SC_IT_LEAVE,
		    _("Leave the self-check and clear my answers"));
	}
	sc_zero(label, sizeof(label));
}

int
sc_flow_layout(struct sc_flow *f, int width, enum sc_layout how)
{
	doc_reset(&f->doc, width);
	f->nitems = 0;
	if (f->stage == SC_INTRO)
		layout_intro(f, how);
	else if (f->stage == SC_QUESTION && sc_current(f->s) != NULL)
		layout_question(f, how);
	else
		layout_results(f, how);
	if (f->hl != SC_NONE && f->hl >= f->nitems)
		f->hl = f->nitems > 0 ? f->nitems - 1 : SC_NONE;
	return f->doc.nomem ? -1 : 0;
}

const struct topic *
sc_flow_topic(const struct sc_flow *f, size_t k, size_t *count)
{
	const struct topic *hit = NULL;
	const struct sc_link *l;
	struct sc_iter it;
	size_t n = 0;

	memset(&it, 0, sizeof(it));
	while ((l = sc_next_topic(f->s, &it)) != NULL)
		if (l->topic != NULL && ++n == k)
			hit = l->topic;
	if (count != NULL)
		*count = n;
	return hit;
}
