/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading the self-check: decoding LANG/selfcheck.yaml and checking
 * the rules between its parts.  Every problem is reported with its
 * position; the engine (selfcheck.c) only ever sees a self-check that
 * passed.  See selfcheck-load.h and smp-kiosk-content(5).
 */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content-limits.h"
#include "selfcheck-load.h"

/*
 * Words that label or score a person.  The self-check describes
 * situations and leaves the decision to the visitor and a clinician.
 * A space matches any run of white space, so a line break inside "not
 * suitable" is still found; "ineligible" and "scores" contain a word.
 */
static const char *const sc_forbidden[] = {
	"candidate", "eligible", "not suitable", "score",
};

/* Does text contain word, ignoring ASCII case? */
static int
has_word(const char *text, const char *word)
{
	const char *t, *w;

	for (; *text != '\0'; text++) {
		for (t = text, w = word; *w != '\0'; w++) {
			if (*w == ' ') {
				if (!isspace((unsigned char)*t))
					break;
				while (isspace((unsigned char)*t))
					t++;
			} else if (tolower((unsigned char)*t) == *w)
				t++;
			else
				break;
		}
		if (*w == '\0')
			return 1;
	}
	return 0;
}

/* ---- decoding ---- */

/* Text, refused if it uses a word that labels or scores the person. */
static const char *
sc_text(struct dec *x, const struct ynode *n, const char *what, int one_line)
{
	const char *s = dec_text(x, n, what, one_line);
	size_t i;

	if (s == NULL)
		return NULL;
	for (i = 0; i < sizeof(sc_forbidden) / sizeof(sc_forbidden[0]); i++)
		if (has_word(s, sc_forbidden[i]))
			dec_error(x, n, "%s must not say \"%s\": the "
			    "self-check describes situations; it never scores "
			    "or labels the person", what, sc_forbidden[i]);
	return s;
}

/* A question or answer id: the same rule as a topic id. */
static const char *
sc_id(struct dec *x, const struct ynode *n, const char *what)
{
	char *p;

	if (n == NULL)
		return NULL;
	if (n->kind != YN_SCALAR || !valid_id(n->str, n->len)) {
		dec_error(x, n, "%s must be an id (1 to %d of a-z, 0-9 and -)",
		    what, LIMIT_ID_CHARS);
		return NULL;
	}
	if ((p = dec_alloc(x, 1, n->len + 1)) == NULL)
		return NULL;
	memcpy(p, n->str, n->len);
	return p;
}

static int
sc_bool(struct dec *x, const struct ynode *n, const char *what)
{
	if (n == NULL)
		return 0;
	if (n->kind == YN_SCALAR && strcmp(n->str, "true") == 0)
		return 1;
	if (n->kind == YN_SCALAR && strcmp(n->str, "false") == 0)
		return 0;
	dec_error(x, n, "%s must be true or false", what);
	return 0;
}

static void
dec_note(struct dec *x, const struct ynode *n, struct sc_note *note)
{
	static const struct field spec[] = {
		{ "panel", 1 }, { "because", 1 }, { "text", 1 },
	};
	const struct ynode *f[3];
	size_t i;

	note->line = n->line;	/* for later messages, even if broken */
	note->col = n->col;
	if (dec_fields(x, n, "a note", spec, 3, f) < 0)
		return;
	if (f[0] != NULL) {
		for (i = 0; i < SC_NPANELS; i++)
			if (f[0]->kind == YN_SCALAR &&
			    strcmp(f[0]->str,
			    sc_panel_id((enum sc_panel)i)) == 0)
				break;
		if (i == SC_NPANELS)
			dec_error(x, f[0], "panel must be discuss, doctor or "
			    "think");
		else
			note->panel = (enum sc_panel)i;
	}
	note->because = sc_text(x, f[1], "because", 1);
	note->text = sc_text(x, f[2], "a note's text", 0);
}

static void
dec_links(struct dec *x, const struct ynode *n, struct sc_link **out,
    size_t *nout)
{
	const struct ynode *l, *c;
	struct sc_link *v;
	size_t i;

	if ((l = dec_list(x, n, "topics", 1)) == NULL ||
	    (v = dec_alloc(x, l->n, sizeof(*v))) == NULL)
		return;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++) {
		v[i].id = dec_id(x, c, "a related topic");
		v[i].line = c->line;
		v[i].col = c->col;
		add_ref(x, c, v[i].id, &v[i].topic);
	}
	*out = v;
	*nout = l->n;
}

static void
dec_answer(struct dec *x, const struct ynode *n, struct sc_answer *a)
{
	static const struct field spec[] = {
		{ "id", 1 }, { "label", 1 }, { "notes", 0 }, { "topics", 0 },
		{ "neutral", 0 }, { "none", 0 }, { "decline", 0 },
	};
	const struct ynode *f[7], *l, *c;
	size_t i;

	a->line = n->line;	/* for later messages, even if broken */
	a->col = n->col;
	if (dec_fields(x, n, "an answer", spec, 7, f) < 0)
		return;
	a->id = sc_id(x, f[0], "an answer's id");
	a->label = sc_text(x, f[1], "label", 1);
	if ((l = dec_list(x, f[2], "notes", 1)) != NULL &&
	    (a->notes = dec_alloc(x, l->n, sizeof(*a->notes))) != NULL) {
		a->nnotes = l->n;
		for (c = l->child, i = 0; c != NULL; c = c->next, i++)
			dec_note(x, c, &a->notes[i]);
	}
	if (f[3] != NULL)
		dec_links(x, f[3], &a->topics, &a->ntopics);
	a->neutral = sc_bool(x, f[4], "neutral");
	a->none = sc_bool(x, f[5], "none");
	a->decline = sc_bool(x, f[6], "decline");
}

static void
dec_clause(struct dec *x, const struct ynode *n, struct sc_clause *c)
{
	static const struct field spec[] = {
		{ "question", 1 }, { "any_of", 1 },
	};
	const struct ynode *f[2], *l, *k;
	size_t i;

	c->question.index = SC_NOWHERE;
	c->line = n->line;	/* for later messages, even if broken */
	c->col = n->col;
	if (dec_fields(x, n, "a show_if condition", spec, 2, f) < 0)
		return;
	if (f[0] != NULL) {
		c->question.id = sc_id(x, f[0], "show_if's question");
		c->question.line = f[0]->line;
		c->question.col = f[0]->col;
	}
	if ((l = dec_list(x, f[1], "any_of", 1)) == NULL ||
	    (c->any_of = dec_alloc(x, l->n, sizeof(*c->any_of))) == NULL)
		return;
	c->nany_of = l->n;
	for (k = l->child, i = 0; k != NULL; k = k->next, i++) {
		c->any_of[i].id = sc_id(x, k, "an answer in any_of");
		c->any_of[i].index = SC_NOWHERE;
		c->any_of[i].line = k->line;
		c->any_of[i].col = k->col;
	}
}

/* show_if: one condition, or a list of conditions that must all hold. */
static void
dec_show_if(struct dec *x, const struct ynode *n, struct sc_question *q)
{
	const struct ynode *l, *c;
	size_t i;

	q->show_line = n->line;
	q->show_col = n->col;
	if (n->kind == YN_MAP) {
		if ((q->show_if = dec_alloc(x, 1,
		    sizeof(*q->show_if))) != NULL) {
			q->nshow_if = 1;
			dec_clause(x, n, q->show_if);
		}
		return;
	}
	if (n->kind != YN_SEQ) {
		dec_error(x, n, "show_if must be a condition (question and "
		    "any_of) or a list of conditions, not %s",
		    ynode_kind_name(n->kind));
		return;
	}
	if ((l = dec_list(x, n, "show_if", 1)) == NULL ||
	    (q->show_if = dec_alloc(x, l->n, sizeof(*q->show_if))) == NULL)
		return;
	q->nshow_if = l->n;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++)
		dec_clause(x, c, &q->show_if[i]);
}

static void
dec_question(struct dec *x, const struct ynode *n, struct sc_question *q)
{
	static const struct field spec[] = {
		{ "id", 1 }, { "text", 1 }, { "help", 0 }, { "choose", 0 },
		{ "show_if", 0 }, { "answers", 1 }, { "sensitive", 0 },
	};
	const struct ynode *f[7], *l, *c;
	size_t i;

	q->line = n->line;	/* for later messages, even if broken */
	q->col = n->col;
	if (dec_fields(x, n, "a question", spec, 7, f) < 0)
		return;
	q->id = sc_id(x, f[0], "a question's id");
	q->text = sc_text(x, f[1], "a question's text", 1);
	q->help = sc_text(x, f[2], "help", 0);
	q->kind = SC_ONE;
	if (f[3] != NULL) {
		if (f[3]->kind == YN_SCALAR && strcmp(f[3]->str, "any") == 0)
			q->kind = SC_ANY;
		else if (f[3]->kind != YN_SCALAR ||
		    strcmp(f[3]->str, "one") != 0)
			dec_error(x, f[3], "choose must be one or any");
	}
	if (f[4] != NULL)
		dec_show_if(x, f[4], q);
	if ((q->sensitive = sc_bool(x, f[6], "sensitive")) != 0) {
		q->sens_line = f[6]->line;
		q->sens_col = f[6]->col;
	}
	if ((l = dec_list(x, f[5], "answers", 1)) == NULL)
		return;
	if (l->n > SC_LIMIT_ANSWERS) {
		dec_error(x, l, "a question may have at most %d answers",
		    SC_LIMIT_ANSWERS);
		return;
	}
	if ((q->answers = dec_alloc(x, l->n, sizeof(*q->answers))) == NULL)
		return;
	q->nanswers = l->n;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++)
		dec_answer(x, c, &q->answers[i]);
}

/*
 * Numbers the answers for the session's table, and points each
 * condition at the earlier question and the answers it names.  What
 * does not resolve stays SC_NOWHERE, for selfcheck_validate() to
 * report.
 */
static void
resolve(struct selfcheck *sc)
{
	struct sc_question *q;
	struct sc_clause *c;
	size_t k, j, p;

	for (k = 0; k < sc->nquestions; k++)
		for (j = 0; j < sc->questions[k].nanswers; j++)
			sc->questions[k].answers[j].flat = sc->nanswers++;
	for (k = 0; k < sc->nquestions; k++) {
		q = &sc->questions[k];
		for (c = q->show_if; c != NULL &&
		    c < q->show_if + q->nshow_if; c++) {
			c->question.index = SC_NOWHERE;
			for (p = 0; p < k && c->question.id != NULL; p++)
				if (sc->questions[p].id != NULL &&
				    strcmp(sc->questions[p].id,
				    c->question.id) == 0) {
					c->question.index = p;
					break;
				}
			p = c->question.index;
			for (j = 0; j < c->nany_of; j++)
				c->any_of[j].index = p != SC_NOWHERE &&
				    c->any_of[j].id != NULL ?
				    sc_answer_index(&sc->questions[p],
				    c->any_of[j].id) : SC_NOWHERE;
		}
	}
}

void
selfcheck_decode(struct dec *x, const struct ynode *root, void *obj)
{
	static const struct field spec[] = {
		{ "title", 1 }, { "introduction", 1 }, { "panels", 1 },
		{ "questions", 1 }, { "alternatives", 1 }, { "closing", 1 },
		{ "reviewed", 0 }, { "next_review", 0 }, { "reviewer", 0 },
		{ "sources", 0 }, { "translates", 0 },
	};
	static const struct field panels[] = {
		{ "discuss", 1 }, { "doctor", 1 }, { "think", 1 },
	};
	static const struct field alts[] = { { "title", 1 }, { "text", 1 } };
	struct selfcheck *sc = obj;
	const struct ynode *f[11], *g[3], *l, *c;
	size_t i;

	if (dec_fields(x, root, "the self-check", spec, 11, f) < 0)
		return;
	sc->decoded = 1;
	sc->translates = dec_translates(x, f[10]);
	sc->title = sc_text(x, f[0], "title", 1);
	sc->introduction = sc_text(x, f[1], "introduction", 0);
	if (f[2] != NULL && dec_fields(x, f[2], "panels", panels, 3, g) == 0)
		for (i = 0; i < SC_NPANELS; i++)
			sc->panel[i] = sc_text(x, g[i], "a panel's heading", 1);
	if ((l = dec_list(x, f[3], "questions", 1)) != NULL) {
		if (l->n > SC_LIMIT_QUESTIONS)
			dec_error(x, l, "a self-check may have at most %d "
			    "questions", SC_LIMIT_QUESTIONS);
		else if ((sc->questions = dec_alloc(x, l->n,
		    sizeof(*sc->questions))) != NULL) {
			sc->nquestions = l->n;
			for (c = l->child, i = 0; c != NULL; c = c->next, i++)
				dec_question(x, c, &sc->questions[i]);
		}
	}
	if (f[4] != NULL && dec_fields(x, f[4], "alternatives", alts, 2,
	    g) == 0) {
		sc->alternatives_title = sc_text(x, g[0],
		    "the alternatives' title", 1);
		sc->alternatives = sc_text(x, g[1], "the alternatives' text",
		    0);
	}
	sc->closing = sc_text(x, f[5], "closing", 1);
	dec_review(x, root, f[9], f[6], f[7], f[8], 0, &sc->rev);
	resolve(sc);
}

/* ---- validation ---- */

static const struct sc_question *
find_question(const struct selfcheck *sc, const char *id, size_t *at)
{
	size_t k;

	for (k = 0; id != NULL && k < sc->nquestions; k++)
		if (sc->questions[k].id != NULL &&
		    strcmp(sc->questions[k].id, id) == 0) {
			*at = k;
			return &sc->questions[k];
		}
	return NULL;
}

static void
error_at(struct dec *x, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
error_at(struct dec *x, int line, int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(x->d, DIAG_ERROR, x->file, line, col, fmt, ap);
	va_end(ap);
	x->errors++;
}

static void
check_answers(struct dec *x, const struct sc_question *q)
{
	const struct sc_answer *a, *b;
	size_t nnone = 0, ndecline = 0;

	if (q->nanswers == 1)
		error_at(x, q->line, q->col, "question \"%s\" needs at least "
		    "two answers to choose from", q->id ? q->id : "");
	for (a = q->answers; a != NULL && a < q->answers + q->nanswers; a++) {
		for (b = q->answers; b < a && a->id != NULL; b++)
			if (b->id != NULL && strcmp(a->id, b->id) == 0) {
				error_at(x, a->line, a->col, "answer id \"%s\" "
				    "is used twice in question \"%s\" (also "
				    "at line %d)", a->id, q->id ? q->id : "",
				    b->line);
				break;
			}
		if (a->neutral && a->nnotes > 0)
			error_at(x, a->line, a->col, "answer \"%s\" is marked "
			    "\"neutral: true\" but has notes",
			    a->id ? a->id : "");
		else if (!a->neutral && a->nnotes == 0 && a->ntopics == 0)
			error_at(x, a->line, a->col, "answer \"%s\" leads "
			    "nowhere: give it a note or a topic, or mark it "
			    "\"neutral: true\"", a->id ? a->id : "");
		if (a->decline && a->nnotes == 0)
			error_at(x, a->line, a->col, "answer \"%s\": a "
			    "\"decline: true\" answer must add a note that "
			    "says where to read more in private",
			    a->id ? a->id : "");
		if (a->decline && a->none)
			error_at(x, a->line, a->col, "answer \"%s\" cannot "
			    "be both \"none: true\" and \"decline: true\"",
			    a->id ? a->id : "");
		else if (a->decline && ++ndecline == 2)
			error_at(x, a->line, a->col, "question \"%s\" has "
			    "more than one \"decline: true\" answer",
			    q->id ? q->id : "");
		if (a->none && q->kind != SC_ANY)
			error_at(x, a->line, a->col, "answer \"%s\": \"none: "
			    "true\" is only for questions with \"choose: "
			    "any\"; in a choose: one question every answer "
			    "excludes the others", a->id ? a->id : "");
		else if (a->none && ++nnone == 2)
			error_at(x, a->line, a->col, "question \"%s\" has "
			    "more than one \"none: true\" answer",
			    q->id ? q->id : "");
	}
	if (q->sensitive && ndecline == 0 && q->nanswers > 0)
		error_at(x, q->sens_line, q->sens_col, "question \"%s\" is "
		    "sensitive but has no \"decline: true\" answer, such as "
		    "\"I'd rather not say\"; no one should have to tell a "
		    "screen about their health, a pregnancy, cancer or money",
		    q->id ? q->id : "");
	if (q->kind == SC_ANY && nnone == 0 && q->nanswers > 0)
		error_at(x, q->line, q->col, "question \"%s\" (choose: any) "
		    "needs a \"none: true\" answer, such as \"None of "
		    "these\", so that a visitor to whom nothing applies can "
		    "go on", q->id ? q->id : "");
}

/*
 * Does question from depend on question target through its show_if
 * conditions, followed by id whatever the order (seen: per question)?
 */
static int
depends_on(const struct selfcheck *sc, size_t from, size_t target,
    unsigned char *seen)
{
	const struct sc_question *q = &sc->questions[from];
	const struct sc_clause *c;
	size_t at;

	if (seen[from])
		return 0;
	seen[from] = 1;
	for (c = q->show_if; c != NULL && c < q->show_if + q->nshow_if; c++)
		if (find_question(sc, c->question.id, &at) != NULL &&
		    (at == target || depends_on(sc, at, target, seen)))
			return 1;
	return 0;
}

static int
loops(const struct selfcheck *sc, size_t from, size_t target)
{
	unsigned char seen[SC_LIMIT_QUESTIONS];

	memset(seen, 0, sizeof(seen));
	return depends_on(sc, from, target, seen);
}

/* Reports what a condition names that does not exist or may not be
 * named; returns 0 if the condition is sound. */
static int
check_clause(struct dec *x, const struct selfcheck *sc, size_t k,
    const struct sc_clause *c)
{
	const struct sc_question *p;
	size_t at, i, j;
	int bad = 0;

	if (c->question.id == NULL || c->any_of == NULL)
		return -1;		/* decoding reported it */
	if (c->question.index == SC_NOWHERE) {
		if (find_question(sc, c->question.id, &at) == NULL)
			error_at(x, c->question.line, c->question.col,
			    "show_if: no question \"%s\" in this file",
			    c->question.id);
		else if (at == k)
			error_at(x, c->question.line, c->question.col,
			    "show_if: question \"%s\" cannot depend on "
			    "itself; a question can only depend on the "
			    "questions before it", c->question.id);
		else if (loops(sc, at, k))
			error_at(x, c->question.line, c->question.col,
			    "show_if: the conditions loop: question \"%s\" "
			    "depends on question \"%s\", which depends on "
			    "\"%s\"; a question can only depend on the "
			    "questions before it", sc->questions[k].id,
			    c->question.id, sc->questions[k].id);
		else
			error_at(x, c->question.line, c->question.col,
			    "show_if: question \"%s\" comes later; a "
			    "question can only depend on the questions "
			    "before it", c->question.id);
		return -1;
	}
	p = &sc->questions[c->question.index];
	for (i = 0; i < c->nany_of; i++) {
		if (c->any_of[i].id == NULL) {
			bad = -1;
			continue;
		}
		if (c->any_of[i].index == SC_NOWHERE) {
			error_at(x, c->any_of[i].line, c->any_of[i].col,
			    "show_if: question \"%s\" has no answer \"%s\"",
			    p->id, c->any_of[i].id);
			bad = -1;
			continue;
		}
		for (j = 0; j < i; j++)
			if (c->any_of[j].index == c->any_of[i].index) {
				error_at(x, c->any_of[i].line,
				    c->any_of[i].col, "show_if: answer \"%s\" "
				    "is listed twice", c->any_of[i].id);
				break;
			}
	}
	return bad;
}

enum reach {
	REACH_OK,
	REACH_NEVER,		/* reported: no answers can show it */
	REACH_BROKEN,		/* a condition with an error, reported */
};

/* The answers of question p that a condition accepts, as a bit mask. */
static uint32_t
clause_mask(const struct sc_clause *c)
{
	uint32_t m = 0;
	size_t i;

	for (i = 0; i < c->nany_of; i++)
		if (c->any_of[i].index < SC_LIMIT_ANSWERS)
			m |= (uint32_t)1 << c->any_of[i].index;
	return m;
}

static uint32_t
none_mask(const struct sc_question *q)
{
	uint32_t m = 0;
	size_t i;

	for (i = 0; i < q->nanswers && i < SC_LIMIT_ANSWERS; i++)
		if (q->answers[i].none)
			m |= (uint32_t)1 << i;
	return m;
}

/*
 * Can question k ever be shown?  Conditions are "all of these hold",
 * each "one of these answers of an earlier question is chosen", and
 * that question must itself be shown.  So showing k needs every
 * question its conditions reach, transitively, each with an answer
 * that meets every condition on it; and a question's own answer never
 * changes whether it is shown.  That makes the test exact: for each
 * question needed, gather the conditions on it and ask whether one
 * answer set meets them all.  A choose: one question needs an answer
 * common to every condition; a choose: any question can meet them all
 * with ordinary answers if each condition accepts one, or with its
 * "none" answer if each accepts that.
 */
static int
reach_conflict(const struct selfcheck *sc, size_t k, size_t *conflict)
{
	uint32_t allow[SC_LIMIT_QUESTIONS], nm, m;
	unsigned char need[SC_LIMIT_QUESTIONS], other[SC_LIMIT_QUESTIONS];
	unsigned char none[SC_LIMIT_QUESTIONS];
	size_t stack[SC_LIMIT_QUESTIONS], n = 0, j, p;
	const struct sc_question *q;
	const struct sc_clause *c;

	memset(need, 0, sizeof(need));
	stack[n++] = k;
	while (n > 0) {
		q = &sc->questions[stack[--n]];
		for (c = q->show_if; c != NULL &&
		    c < q->show_if + q->nshow_if; c++) {
			p = c->question.index;
			m = clause_mask(c);
			nm = none_mask(&sc->questions[p]);
			if (!need[p]) {
				need[p] = 1;
				allow[p] = ~(uint32_t)0;
				other[p] = none[p] = 1;
				stack[n++] = p;
			}
			allow[p] &= m;
			other[p] &= (m & ~nm) != 0;
			none[p] &= (m & nm) != 0;
		}
	}
	for (j = 0; j < k; j++) {
		if (!need[j])
			continue;
		if (sc->questions[j].kind == SC_ONE ? allow[j] == 0 :
		    !other[j] && !none[j]) {
			*conflict = j;
			return 1;
		}
	}
	return 0;
}

/*
 * Reports the questions that can never be shown.  state[k] comes in as
 * REACH_BROKEN for a question whose own conditions have errors; the
 * questions that depend on it are left out quietly too.
 */
static void
check_reach(struct dec *x, const struct selfcheck *sc, unsigned char *state)
{
	const struct sc_question *q;
	const struct sc_clause *c;
	size_t k, conflict;

	for (k = 0; k < sc->nquestions; k++) {
		q = &sc->questions[k];
		if (state[k] == REACH_BROKEN)
			continue;
		for (c = q->show_if; c != NULL &&
		    c < q->show_if + q->nshow_if; c++)
			if (state[k] == REACH_OK &&
			    state[c->question.index] != REACH_OK)
				state[k] = state[c->question.index] ==
				    REACH_NEVER ? REACH_NEVER : REACH_BROKEN;
		if (state[k] == REACH_BROKEN)
			continue;	/* only the first error is useful */
		if (state[k] == REACH_NEVER) {
			for (c = q->show_if; state[c->question.index] !=
			    REACH_NEVER; c++)
				;
			error_at(x, q->show_line, q->show_col, "question "
			    "\"%s\" can never be shown: it depends on "
			    "question \"%s\", which is never shown", q->id,
			    sc->questions[c->question.index].id);
		} else if (reach_conflict(sc, k, &conflict)) {
			state[k] = REACH_NEVER;
			error_at(x, q->show_line, q->show_col, "question "
			    "\"%s\" can never be shown: its show_if "
			    "conditions need answers to question \"%s\" that "
			    "cannot be chosen together", q->id,
			    sc->questions[conflict].id);
		}
	}
}

void
selfcheck_validate(struct dec *x, const struct selfcheck *sc)
{
	unsigned char state[SC_LIMIT_QUESTIONS];
	const struct sc_question *q, *p;
	const struct sc_clause *c;
	size_t k;
	int bad;

	if (sc == NULL || !sc->decoded || sc->nquestions > SC_LIMIT_QUESTIONS)
		return;
	for (k = 0; k < sc->nquestions; k++) {
		q = &sc->questions[k];
		for (p = sc->questions; p < q && q->id != NULL; p++)
			if (p->id != NULL && strcmp(p->id, q->id) == 0) {
				error_at(x, q->line, q->col, "question id "
				    "\"%s\" is used twice (also at line %d)",
				    q->id, p->line);
				break;
			}
		check_answers(x, q);
		bad = q->id == NULL || q->nanswers > SC_LIMIT_ANSWERS;
		for (c = q->show_if; c != NULL &&
		    c < q->show_if + q->nshow_if; c++)
			if (check_clause(x, sc, k, c) < 0)
				bad = 1;
		state[k] = bad ? REACH_BROKEN : REACH_OK;
	}
	check_reach(x, sc, state);
}

void
selfcheck_load(struct dec *x, const char *path, struct selfcheck *sc)
{
	dec_file(x, path, selfcheck_decode, sc);
	selfcheck_validate(x, sc);
}
