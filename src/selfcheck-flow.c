/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check's flow, for every interface (see selfcheck-flow.h):
 * its steps, "leave?" and the carrying of answers across languages.
 * The documents of the steps are selfcheck-doc.c.  Written once here,
 * so that a fix to the flow cannot miss one interface.
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
#include "selfcheck-doc.h"
#include "wrap.h"
#include "wipe.h"

void
sc_flow_close(struct sc_flow *f)
{
	doc_wipe(&f->doc);
	if (f->items != NULL) {
		mem_wipe(f->items, f->maxitems * sizeof(*f->items));
		free(f->items);
	}
	sc_wipe(f->s);
	mem_wipe(f, sizeof(*f));
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
	mem_wipe(&n, sizeof(n));
	return 0;
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
