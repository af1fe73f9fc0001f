/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check's model queries and one visitor's session: the
 * answers engine.  Loading LANG/selfcheck.yaml is selfcheck-load.c.
 * See selfcheck.h.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "selfcheck.h"
#include "wipe.h"

static const char *const panel_ids[SC_NPANELS] = {
	"discuss", "doctor", "think",
};

const char *
sc_panel_id(enum sc_panel p)
{
	return (unsigned)p < SC_NPANELS ? panel_ids[p] : "?";
}

const struct sc_question *
selfcheck_question(const struct selfcheck *sc, const char *id)
{
	size_t k;

	for (k = 0; id != NULL && k < sc->nquestions; k++)
		if (sc->questions[k].id != NULL &&
		    strcmp(sc->questions[k].id, id) == 0)
			return &sc->questions[k];
	return NULL;
}

size_t
sc_answer_index(const struct sc_question *q, const char *id)
{
	size_t i;

	for (i = 0; i < q->nanswers; i++)
		if (q->answers[i].id != NULL &&
		    strcmp(q->answers[i].id, id) == 0)
			return i;
	return SC_NOWHERE;
}

/* ---- one visitor's session ---- */

/*
 * One block of memory: this header, the questions shown (in order),
 * then a byte per answer and a byte per question.  Nothing in it is
 * ever written out; sc_erase() zeroes all of it.
 */
struct sc_session {
	const struct selfcheck *sc;
	size_t	 size;		/* bytes of the whole block */
	size_t	*visible;	/* indices of the questions shown */
	size_t	 nvisible;
	size_t	 cur;		/* in visible; nvisible: finished */
	unsigned char *chosen;	/* per answer, by its flat index */
	unsigned char *shown;	/* per question */
};

#define HEADER_BYTES \
	((sizeof(struct sc_session) + sizeof(max_align_t) - 1) / \
	sizeof(max_align_t) * sizeof(max_align_t))

size_t
sc_size(const struct selfcheck *sc)
{
	return HEADER_BYTES + sc->nquestions * sizeof(size_t) +
	    sc->nanswers + sc->nquestions + 1;
}

/* Is one of the answers a condition names chosen? */
static int
clause_holds(const struct sc_session *s, const struct sc_clause *c)
{
	const struct sc_question *p = &s->sc->questions[c->question.index];
	size_t i;

	for (i = 0; i < c->nany_of; i++)
		if (c->any_of[i].index < p->nanswers &&
		    s->chosen[p->answers[c->any_of[i].index].flat])
			return 1;
	return 0;
}

/* Is question k shown, given the questions before it? */
static int
shows(const struct sc_session *s, size_t k)
{
	const struct sc_question *q = &s->sc->questions[k];
	const struct sc_clause *c;

	for (c = q->show_if; c != NULL && c < q->show_if + q->nshow_if; c++)
		if (c->question.index >= k || !s->shown[c->question.index] ||
		    !clause_holds(s, c))
			return 0;
	return 1;
}

static void
clear_answers(struct sc_session *s, const struct sc_question *q)
{
	size_t i;

	for (i = 0; i < q->nanswers; i++)
		s->chosen[q->answers[i].flat] = 0;
}

/*
 * Works out which questions are shown, in order, so that a hidden
 * question's answers are cleared before later conditions look at them.
 */
static void
update(struct sc_session *s)
{
	const struct selfcheck *sc = s->sc;
	size_t k, cq = s->cur < s->nvisible ? s->visible[s->cur] : SC_NOWHERE;
	int finished = s->nvisible > 0 && s->cur >= s->nvisible;

	s->nvisible = 0;
	for (k = 0; k < sc->nquestions; k++) {
		s->shown[k] = (unsigned char)shows(s, k);
		if (s->shown[k])
			s->visible[s->nvisible++] = k;
		else
			clear_answers(s, &sc->questions[k]);
	}
	if (finished)
		s->cur = s->nvisible;
	else if (cq == SC_NOWHERE)
		s->cur = 0;
	else
		for (s->cur = 0; s->cur < s->nvisible &&
		    s->visible[s->cur] < cq; s->cur++)
			;
}

struct sc_session *
sc_init(void *mem, size_t size, const struct selfcheck *sc)
{
	struct sc_session *s = mem;
	unsigned char *p = mem;

	if (mem == NULL || size < sc_size(sc))
		return NULL;
	memset(mem, 0, sc_size(sc));
	s->sc = sc;
	s->size = sc_size(sc);
	s->visible = (size_t *)(void *)(p + HEADER_BYTES);
	s->chosen = p + HEADER_BYTES + sc->nquestions * sizeof(size_t);
	s->shown = s->chosen + sc->nanswers;
	update(s);
	return s;
}

struct sc_session *
sc_start(const struct selfcheck *sc)
{
	void *mem = malloc(sc_size(sc));
	struct sc_session *s = sc_init(mem, sc_size(sc), sc);

	if (s == NULL)
		free(mem);
	return s;
}

void
sc_erase(struct sc_session *s)
{
	if (s != NULL)
		mem_wipe(s, s->size);
}

void
sc_wipe(struct sc_session *s)
{
	if (s == NULL)
		return;
	sc_erase(s);
	free(s);
}

void
sc_restart(struct sc_session *s)
{
	mem_wipe(s->chosen, s->sc->nanswers);
	s->cur = 0;
	s->nvisible = 0;
	update(s);
}

size_t
sc_count(const struct sc_session *s)
{
	return s->nvisible;
}

const struct sc_question *
sc_question_at(const struct sc_session *s, size_t i)
{
	return i < s->nvisible ? &s->sc->questions[s->visible[i]] : NULL;
}

const struct sc_question *
sc_current(const struct sc_session *s)
{
	return sc_question_at(s, s->cur);
}

size_t
sc_index(const struct sc_session *s)
{
	return s->cur;
}

enum maybe {
	MAYBE_NEVER,		/* its conditions fail on answers given */
	MAYBE_WAITING,		/* a condition waits on an unanswered question */
	MAYBE_SHOWN,
};

/*
 * Which questions can still be shown, given the answers so far.  A
 * condition on a question that is shown but not answered yet could
 * still hold (every answer it names can be chosen: validation saw to
 * that); one on a question answered holds or fails now; one on a
 * question that can no longer be shown fails.  Returns how many
 * questions can still be shown; *waiting gets how many of them are
 * not shown yet.
 */
static size_t
maybe_shown(const struct sc_session *s, size_t *waiting)
{
	unsigned char st[SC_LIMIT_QUESTIONS];
	const struct sc_question *q;
	const struct sc_clause *c;
	size_t k, n = 0, p;

	*waiting = 0;
	for (k = 0; k < s->sc->nquestions && k < SC_LIMIT_QUESTIONS; k++) {
		q = &s->sc->questions[k];
		st[k] = s->shown[k] ? MAYBE_SHOWN : MAYBE_WAITING;
		for (c = q->show_if; !s->shown[k] && c != NULL &&
		    c < q->show_if + q->nshow_if; c++) {
			p = c->question.index;
			if (p >= k || st[p] == MAYBE_NEVER ||
			    (st[p] == MAYBE_SHOWN &&
			    sc_answered(s, &s->sc->questions[p]) &&
			    !clause_holds(s, c)))
				st[k] = MAYBE_NEVER;
		}
		if (st[k] != MAYBE_NEVER)
			n++;
		if (st[k] == MAYBE_WAITING)
			(*waiting)++;
	}
	return n;
}

void
sc_progress(const struct sc_session *s, size_t *n, size_t *m)
{
	size_t waiting;

	*m = maybe_shown(s, &waiting);
	*n = s->cur < s->nvisible ? s->cur + 1 : *m;
}

int
sc_may_skip(const struct sc_session *s)
{
	size_t waiting;

	maybe_shown(s, &waiting);
	return waiting > 0;
}

int
sc_carry(struct sc_session *to, const struct sc_session *from)
{
	const struct sc_question *q, *tq;
	const struct sc_question *cur = sc_current(from);
	size_t k, i, j;

	mem_wipe(to->chosen, to->sc->nanswers);
	for (k = 0; k < from->sc->nquestions; k++) {
		q = &from->sc->questions[k];
		if (!from->shown[k] || q->id == NULL ||
		    (tq = selfcheck_question(to->sc, q->id)) == NULL)
			continue;
		for (i = 0; i < q->nanswers; i++)
			if (from->chosen[q->answers[i].flat] &&
			    q->answers[i].id != NULL && (j = sc_answer_index(tq,
			    q->answers[i].id)) != SC_NOWHERE)
				to->chosen[tq->answers[j].flat] = 1;
	}
	to->cur = 0;
	to->nvisible = 0;
	update(to);
	if (sc_finished(from) && from->nvisible > 0) {
		to->cur = to->nvisible;
		return 0;
	}
	for (i = 0; cur != NULL && cur->id != NULL && i < to->nvisible; i++)
		if (strcmp(to->sc->questions[to->visible[i]].id, cur->id) == 0) {
			to->cur = i;
			break;
		}
	return 0;
}

int
sc_is_chosen(const struct sc_session *s, const struct sc_question *q,
    size_t answer)
{
	return answer < q->nanswers && s->chosen[q->answers[answer].flat];
}

int
sc_answered(const struct sc_session *s, const struct sc_question *q)
{
	size_t i;

	for (i = 0; i < q->nanswers; i++)
		if (s->chosen[q->answers[i].flat])
			return 1;
	return 0;
}

int
sc_choose(struct sc_session *s, size_t i)
{
	const struct sc_question *q = sc_current(s);
	const struct sc_answer *a;
	size_t j;

	if (q == NULL || i >= q->nanswers)
		return -1;
	a = &q->answers[i];
	if (q->kind == SC_ONE) {
		clear_answers(s, q);
		s->chosen[a->flat] = 1;
	} else if (s->chosen[a->flat])
		s->chosen[a->flat] = 0;
	else {
		for (j = 0; j < q->nanswers; j++)
			if (a->none || a->decline || q->answers[j].none ||
			    q->answers[j].decline)
				s->chosen[q->answers[j].flat] = 0;
		s->chosen[a->flat] = 1;
	}
	update(s);
	return 0;
}

int
sc_next(struct sc_session *s)
{
	const struct sc_question *q = sc_current(s);

	if (q == NULL || !sc_answered(s, q))
		return -1;
	s->cur++;
	return 0;
}

int
sc_back(struct sc_session *s)
{
	if (s->cur == 0)
		return -1;
	if (s->cur > s->nvisible)
		s->cur = s->nvisible;
	s->cur--;
	return 0;
}

int
sc_finished(const struct sc_session *s)
{
	return s->cur >= s->nvisible;
}

/* ---- results ---- */

/*
 * Steps it to the next chosen answer of a shown question (or keeps it
 * on the current one); returns that answer, or NULL at the end.
 */
static const struct sc_answer *
iter_answer(const struct sc_session *s, struct sc_iter *it)
{
	const struct sc_question *q;
	const struct sc_answer *a;

	for (; it->v < s->nvisible; it->v++, it->a = 0, it->i = 0) {
		q = &s->sc->questions[s->visible[it->v]];
		for (; it->a < q->nanswers; it->a++, it->i = 0) {
			a = &q->answers[it->a];
			if (s->chosen[a->flat]) {
				it->question = q;
				return a;
			}
		}
	}
	return NULL;
}

const struct sc_note *
sc_next_note(const struct sc_session *s, enum sc_panel panel,
    struct sc_iter *it)
{
	const struct sc_answer *a;
	const struct sc_note *n;

	while ((a = iter_answer(s, it)) != NULL) {
		while (it->i < a->nnotes) {
			n = &a->notes[it->i++];
			if (n->panel == panel) {
				it->answer = a;
				return n;
			}
		}
		it->a++;
		it->i = 0;
	}
	return NULL;
}

size_t
sc_count_notes(const struct sc_session *s, enum sc_panel panel)
{
	struct sc_iter it;
	size_t n = 0;

	memset(&it, 0, sizeof(it));
	while (sc_next_note(s, panel, &it) != NULL)
		n++;
	return n;
}

/* Was a topic with this id returned before the position of it? */
static int
topic_seen(const struct sc_session *s, const struct sc_iter *upto,
    const char *id)
{
	const struct sc_answer *a;
	struct sc_iter it;
	size_t i;

	memset(&it, 0, sizeof(it));
	while ((a = iter_answer(s, &it)) != NULL) {
		for (i = 0; i < a->ntopics; i++) {
			if (it.v == upto->v && it.a == upto->a && i + 1 >=
			    upto->i)
				return 0;
			if (a->topics[i].id != NULL &&
			    strcmp(a->topics[i].id, id) == 0)
				return 1;
		}
		it.a++;
	}
	return 0;
}

const struct sc_link *
sc_next_topic(const struct sc_session *s, struct sc_iter *it)
{
	const struct sc_answer *a;
	const struct sc_link *l;

	while ((a = iter_answer(s, it)) != NULL) {
		while (it->i < a->ntopics) {
			l = &a->topics[it->i++];
			if (l->id != NULL && !topic_seen(s, it, l->id)) {
				it->answer = a;
				return l;
			}
		}
		it->a++;
		it->i = 0;
	}
	return NULL;
}
