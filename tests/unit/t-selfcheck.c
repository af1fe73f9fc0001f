/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the self-check engine (src/selfcheck.c) and its
 * loading (src/load.c): every branch of the shipped questions
 * (content/en/selfcheck.yaml, with tests/fixtures/selfcheck-screen laid
 * over it for topics the shipped topics link to), choose: any with
 * none, one and all answers, going back and changing an answer, the
 * results, the wipe, the overlay rule, --dump selfcheck, and one bad
 * fixture per validation error (tests/fixtures/selfcheck-bad).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "diag.h"
#include "readability.h"
#include "selfcheck.h"
#include "tap.h"
#include "wipe.h"

static const char *srcdir;

struct load {
	struct content c;
	struct diags d;
	enum content_status st;
	char	 roots[2][4096];
};

static void
load(struct load *l, const char *a, const char *b)
{
	const char *roots[2];
	size_t n = 0;

	memset(l, 0, sizeof(*l));
	snprintf(l->roots[0], sizeof(l->roots[0]), "%s/%s", srcdir, a);
	roots[n++] = l->roots[0];
	if (b != NULL) {
		snprintf(l->roots[1], sizeof(l->roots[1]), "%s/%s", srcdir, b);
		roots[n++] = l->roots[1];
	}
	diags_init(&l->d);
	l->st = content_load(&l->c, roots, n, &l->d);
}

static void
load_end(struct load *l)
{
	content_free(&l->c);
	diags_free(&l->d);
}

static void
show_diags(const struct diags *d)
{
	char *s;
	size_t i;

	for (i = 0; i < d->n; i++) {
		if ((s = diag_format(&d->v[i])) != NULL)
			diag("  %s", s);
		free(s);
	}
}

/* ---- the shipped self-check ---- */

static const struct selfcheck *SC;

static const struct sc_question *
Q(const char *id)
{
	const struct sc_question *q = selfcheck_question(SC, id);

	if (q == NULL) {
		diag("no question \"%s\" in the shipped self-check", id);
		exit(1);
	}
	return q;
}

static size_t
A(const char *qid, const char *aid)
{
	size_t i = sc_answer_index(Q(qid), aid);

	if (i == SC_NOWHERE) {
		diag("no answer \"%s\" in question \"%s\"", aid, qid);
		exit(1);
	}
	return i;
}

/* The ids of the questions shown now, joined by spaces. */
static const char *
shown(const struct sc_session *s)
{
	static char buf[1024];
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < sc_count(s); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s",
		    i ? " " : "", sc_question_at(s, i)->id);
	return buf;
}

/* Chooses answer aid of the current question, which must be qid. */
static int
pick(struct sc_session *s, const char *qid, const char *aid)
{
	const struct sc_question *q = sc_current(s);

	if (q == NULL || strcmp(q->id, qid) != 0) {
		diag("expected question \"%s\", found \"%s\"", qid,
		    q ? q->id : "(finished)");
		return -1;
	}
	return sc_choose(s, A(qid, aid));
}

/* pick() then sc_next(). */
static int
step(struct sc_session *s, const char *qid, const char *aid)
{
	if (pick(s, qid, aid) < 0)
		return -1;
	return sc_next(s);
}

/* Is there a note in panel p whose because is because, from qid/aid? */
static int
has_note(const struct sc_session *s, enum sc_panel p, const char *because,
    const char *qid, const char *aid)
{
	const struct sc_note *n;
	struct sc_iter it;

	memset(&it, 0, sizeof(it));
	while ((n = sc_next_note(s, p, &it)) != NULL)
		if (strcmp(n->because, because) == 0)
			return strcmp(it.question->id, qid) == 0 &&
			    strcmp(it.answer->id, aid) == 0;
	return 0;
}

static size_t
count_topic(const struct sc_session *s, const char *id)
{
	const struct sc_link *l;
	struct sc_iter it;
	size_t n = 0;

	memset(&it, 0, sizeof(it));
	while ((l = sc_next_topic(s, &it)) != NULL)
		n += strcmp(l->id, id) == 0;
	return n;
}

/* The questions after the reason, answered with no note. */
static int
quiet_tail(struct sc_session *s)
{
	return step(s, "skin", "no") | step(s, "cautions", "none") |
	    step(s, "skin-history", "none") | step(s, "hairstyle", "short") | step(s, "permanence", "fine") |
	    step(s, "cost", "yes") | step(s, "sure", "ready");
}

static void
test_shipped_shape(void)
{
	static const char *const ids[] = { "reason", "cause-known",
	    "changing", "cancer-timing", "scar", "skin", "cautions",
	    "skin-history", "hairstyle", "permanence", "cost", "sure" };
	size_t i;

	is_int(SC->nquestions, 12, "shipped: 12 questions in the file");
	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		ok(strcmp(SC->questions[i].id, ids[i]) == 0,
		    "  question %zu is %s", i + 1, ids[i]);
	ok(SC->questions[4].kind == SC_ANY && SC->questions[6].kind == SC_ANY &&
	    SC->questions[7].kind == SC_ANY && SC->questions[11].kind == SC_ANY,
	    "scar, cautions, skin-history and sure are choose: any");
	ok(strstr(SC->alternatives, "Doing nothing") != NULL,
	    "the alternatives include doing nothing");
	is_str(SC->closing, "This check cannot tell you if SMP is right for "
	    "you.", "the closing line");
	ok(Q("cancer-timing")->nshow_if == 1 &&
	    Q("cancer-timing")->show_if[0].nany_of == 1 &&
	    Q("scar")->nshow_if == 1 && Q("scar")->show_if[0].nany_of == 1,
	    "the cancer and scar questions each have one condition");
}

/*
 * The reason decides which of the four conditional questions show:
 * each condition on and off.
 */
static void
test_reason_branches(void)
{
	static const struct {
		const char *answer, *shown;
		size_t n;
	} want[] = {
		{ "pattern", "reason cause-known changing skin cautions "
		    "skin-history hairstyle permanence cost sure", 10 },
		{ "scar", "reason scar skin cautions skin-history hairstyle "
		    "permanence cost sure", 9 },
		{ "cancer", "reason cancer-timing skin cautions skin-history "
		    "hairstyle permanence cost sure", 9 },
		{ "patchy", "reason cause-known changing skin cautions "
		    "skin-history hairstyle permanence cost sure", 10 },
		{ "unknown-cause", "reason changing skin cautions skin-history "
		    "hairstyle permanence cost sure", 9 },
		{ "other", "reason cause-known changing skin cautions "
		    "skin-history hairstyle permanence cost sure", 10 },
		{ "decline", "reason cause-known changing skin cautions "
		    "skin-history hairstyle permanence cost sure", 10 },
	};
	struct sc_session *s = sc_start(SC);
	size_t i, n, m;

	is_str(shown(s), "reason skin cautions skin-history hairstyle "
	    "permanence cost sure",
	    "before any answer: the questions without conditions");
	sc_progress(s, &n, &m);
	ok(n == 1 && m == 12 && sc_may_skip(s), "  ... \"Question 1 of 12\": "
	    "every question may still come, and the count may go down");
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		pick(s, "reason", want[i].answer);
		ok(strcmp(shown(s), want[i].shown) == 0, "reason %s shows: %s",
		    want[i].answer, want[i].shown);
		sc_progress(s, &n, &m);
		ok(n == 1 && m == want[i].n && !sc_may_skip(s),
		    "  ... \"Question 1 of %zu\", settled", want[i].n);
	}
	sc_wipe(s);
}

/* Cancer treatment: each timing, with its notes. */
static void
test_cancer(void)
{
	static const struct {
		const char *answer;
		enum sc_panel panel;
		const char *because;
	} want[] = {
		{ "ongoing", SC_DOCTOR, "You said your cancer treatment is "
		    "still going on." },
		{ "under-6-months", SC_DOCTOR, "You said you finished cancer "
		    "treatment less than 6 months ago." },
		{ "over-6-months-thin", SC_DISCUSS, "You said your hair has "
		    "not grown back fully more than 6 months after cancer "
		    "treatment." },
		{ "over-6-months-regrown", SC_THINK, "You said your hair has "
		    "grown back after cancer treatment." },
		{ "decline", SC_DOCTOR, "You chose not to say where you are "
		    "with your cancer treatment." },
	};
	struct sc_session *s;
	size_t i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		s = sc_start(SC);
		ok(step(s, "reason", "cancer") == 0 &&
		    step(s, "cancer-timing", want[i].answer) == 0 &&
		    quiet_tail(s) == 0 && sc_finished(s),
		    "cancer, %s: finished", want[i].answer);
		ok(has_note(s, want[i].panel, want[i].because, "cancer-timing",
		    want[i].answer), "  ... the note names the answer, in "
		    "\"%s\"", sc_panel_id(want[i].panel));
		ok(count_topic(s, "chemo-hair-loss") == 1,
		    "  ... the cancer treatment topic, once");
		sc_wipe(s);
	}
	s = sc_start(SC);
	step(s, "reason", "cancer");
	step(s, "cancer-timing", "over-6-months-thin");
	quiet_tail(s);
	is_int(sc_count_notes(s, SC_DOCTOR), 1, "more than 6 months, thin: "
	    "the cancer team's clearance too");
	is_int(sc_count_notes(s, SC_DISCUSS), 2, "  ... and worth discussing "
	    "(with the short hairstyle)");
	sc_wipe(s);
}

/* The scar: choose: any with one, two, all and "none of these". */
static void
test_scar(void)
{
	const struct sc_question *q = Q("scar");
	struct sc_session *s = sc_start(SC);
	size_t i;

	step(s, "reason", "scar");
	is_str(sc_current(s)->id, "scar", "scar: its question comes second");
	ok(sc_next(s) < 0, "  ... and cannot be passed with nothing marked");
	pick(s, "scar", "recent");
	pick(s, "scar", "raised");
	ok(sc_is_chosen(s, q, A("scar", "recent")) &&
	    sc_is_chosen(s, q, A("scar", "raised")), "two answers marked");
	pick(s, "scar", "raised");
	ok(sc_is_chosen(s, q, A("scar", "recent")) &&
	    !sc_is_chosen(s, q, A("scar", "raised")), "choosing again unmarks");
	pick(s, "scar", "raised");
	pick(s, "scar", "mature");
	ok(sc_is_chosen(s, q, A("scar", "mature")) &&
	    !sc_is_chosen(s, q, A("scar", "recent")) &&
	    !sc_is_chosen(s, q, A("scar", "raised")),
	    "\"none of these\" clears the others");
	pick(s, "scar", "unsure");
	ok(!sc_is_chosen(s, q, A("scar", "mature")) &&
	    sc_is_chosen(s, q, A("scar", "unsure")),
	    "another answer clears \"none of these\"");
	pick(s, "scar", "unsure");
	for (i = 0; i < q->nanswers; i++)
		if (!q->answers[i].none && !q->answers[i].decline)
			sc_choose(s, i);
	ok(sc_next(s) == 0 && quiet_tail(s) == 0, "all marked, finished");
	ok(has_note(s, SC_DOCTOR, "You said your scar is less than 1 year old.",
	    "scar", "recent") && has_note(s, SC_DOCTOR, "You said your scar "
	    "is red, raised or thick.", "scar", "raised") &&
	    has_note(s, SC_DOCTOR, "You said you don't know how well your "
	    "scar has healed.", "scar", "unsure"),
	    "all: three notes for the doctor, each naming its answer");
	is_int(sc_count_notes(s, SC_DOCTOR), 3, "  ... and no other");
	ok(count_topic(s, "scars") == 1, "  ... the scars topic once");
	sc_wipe(s);

	s = sc_start(SC);
	step(s, "reason", "scar");
	step(s, "scar", "mature");
	quiet_tail(s);
	ok(has_note(s, SC_DISCUSS, "You said your scar is more than 1 year "
	    "old, flat and pale.", "scar", "mature"),
	    "none (old, flat and pale): worth discussing");
	is_int(sc_count_notes(s, SC_DOCTOR), 0, "  ... nothing for the doctor");
	sc_wipe(s);
}

/* The cautions: none, each one alone, all. */
static void
test_cautions(void)
{
	const struct sc_question *q = Q("cautions");
	const struct sc_answer *a;
	struct sc_session *s;
	size_t i, nother = 0;

	for (i = 0; i < q->nanswers; i++) {
		s = sc_start(SC);
		step(s, "reason", "pattern");
		step(s, "cause-known", "yes");
		step(s, "changing", "no");
		step(s, "skin", "no");
		sc_choose(s, i);
		ok(sc_next(s) == 0, "cautions: %s alone goes on",
		    q->answers[i].id);
		step(s, "skin-history", "none");
		step(s, "hairstyle", "longer");
		step(s, "permanence", "fine");
		step(s, "cost", "yes");
		step(s, "sure", "ready");
		if (q->answers[i].none)
			is_int(sc_count_notes(s, SC_DOCTOR), 0,
			    "  ... none: no note for the doctor");
		else if (q->answers[i].decline) {
			a = &q->answers[i];
			ok(sc_count_notes(s, SC_DOCTOR) == 1 &&
			    has_note(s, SC_DOCTOR, a->notes[0].because,
			    "cautions", a->id) && strstr(a->notes[0].text,
			    "\"Talk to a doctor first\" on your own") != NULL &&
			    count_topic(s, "talk-to-doctor-first") == 1,
			    "  ... declined: the note sends to the list, to read "
			    "in private");
		} else {
			nother++;
			a = &q->answers[i];
			ok(sc_count_notes(s, SC_DOCTOR) == 1 &&
			    has_note(s, SC_DOCTOR, a->notes[0].because,
			    "cautions", a->id) && (strstr(a->notes[0].text,
			    "doesn't always rule SMP out") != NULL ||
			    strcmp(a->id, "under-18") == 0),
			    "  ... one note for the doctor, naming it, and not "
			    "a verdict");
		}
		sc_wipe(s);
	}
	s = sc_start(SC);
	step(s, "reason", "pattern");
	step(s, "cause-known", "yes");
	step(s, "changing", "no");
	step(s, "skin", "no");
	for (i = 0; i < q->nanswers; i++)
		if (!q->answers[i].none && !q->answers[i].decline)
			sc_choose(s, i);
	ok(!sc_is_chosen(s, q, A("cautions", "none")) &&
	    !sc_is_chosen(s, q, A("cautions", "decline")),
	    "all: none and decline unmarked");
	sc_next(s);
	step(s, "skin-history", "none");
	step(s, "hairstyle", "longer");
	step(s, "permanence", "fine");
	step(s, "cost", "yes");
	step(s, "sure", "ready");
	is_int(sc_count_notes(s, SC_DOCTOR), nother, "all cautions: a note "
	    "for each");
	is_int(count_topic(s, "talk-to-doctor-first"), 1,
	    "  ... the topic they share is listed once");
	sc_wipe(s);
}

/* The answer to c that meets want's condition on it, or the first. */
static size_t
meet(const struct sc_question *want, const struct sc_question *c)
{
	size_t i, at = (size_t)(c - SC->questions);

	for (i = 0; i < want->nshow_if; i++)
		if (want->show_if[i].question.index == at)
			return want->show_if[i].any_of[0].index;
	return 0;
}

/* Every answer of every question, on a path that shows it. */
static void
test_every_answer(void)
{
	const struct sc_question *c, *want;
	const struct sc_answer *a;
	struct sc_session *s;
	size_t k, j, i;
	int shown_ok, notes_ok;

	for (k = 0; k < SC->nquestions; k++) {
		want = &SC->questions[k];
		for (j = 0; j < want->nanswers; j++) {
			a = &want->answers[j];
			s = sc_start(SC);
			shown_ok = 0;
			while ((c = sc_current(s)) != NULL) {
				if (c == want) {
					shown_ok = 1;
					sc_choose(s, j);
				} else {
					/* Meet the conditions that show it. */
					sc_choose(s, meet(want, c));
				}
				if (sc_next(s) < 0)
					break;
			}
			notes_ok = sc_finished(s);
			for (i = 0; i < a->nnotes && notes_ok; i++)
				notes_ok = has_note(s, a->notes[i].panel,
				    a->notes[i].because, want->id, a->id);
			for (i = 0; i < a->ntopics && notes_ok; i++)
				notes_ok = count_topic(s, a->topics[i].id) == 1;
			ok(shown_ok && notes_ok, "%s: %s is shown, and its %zu "
			    "notes and %zu topics are in the results", want->id,
			    a->id, a->nnotes, a->ntopics);
			sc_wipe(s);
		}
	}
}

/* The valid answer sets of a question: one answer, or for choose: any
 * every non-empty set of ordinary answers, the "none" answer alone and
 * the decline answer alone. */
static size_t
answer_sets(const struct sc_question *q, unsigned long *sets, size_t max)
{
	unsigned long none = 0, all = 0, m;
	size_t i, n = 0;

	unsigned long decline = 0;

	for (i = 0; i < q->nanswers; i++)
		if (q->answers[i].none)
			none |= 1UL << i;
		else if (q->answers[i].decline)
			decline |= 1UL << i;
		else
			all |= 1UL << i;
	if (q->kind == SC_ONE) {
		for (i = 0; i < q->nanswers && n < max; i++)
			sets[n++] = 1UL << i;
		return n;
	}
	for (m = all; m != 0 && n < max; m = (m - 1) & all)
		sets[n++] = m;
	if (none != 0 && n < max)
		sets[n++] = none;
	if (decline != 0 && n < max)
		sets[n++] = decline;
	return n;
}

/* Chooses the answers in set for the current question and goes on. */
static int
choose_set(struct sc_session *s, unsigned long set)
{
	const struct sc_question *q = sc_current(s);
	size_t i;

	for (i = 0; q != NULL && i < q->nanswers; i++)
		if (set & (1UL << i))
			sc_choose(s, i);
	return sc_next(s);
}

/*
 * Every path through the conditional questions: for each reason, every
 * combination of answers to the questions it shows, with the same quiet
 * answers to the six questions every visitor sees.  Each path must
 * finish, and its results must hold exactly the notes of its answers.
 */
static void
test_all_paths(void)
{
	const struct sc_question *reason = Q("reason"), *cq[4], *q;
	unsigned long sets[4][64], pick_set[4];
	size_t nsets[4], ncq, r, i, k, paths = 0, bad = 0, want, got, combo;
	size_t total;
	struct sc_session *s;
	int p;

	for (r = 0; r < reason->nanswers; r++) {
		/* Which questions does this reason show before the tail? */
		s = sc_start(SC);
		sc_choose(s, r);
		for (ncq = 0, i = 1; i < sc_count(s); i++) {
			q = sc_question_at(s, i);
			if (q->nshow_if > 0 && ncq < 4) {
				cq[ncq] = q;
				nsets[ncq] = answer_sets(q, sets[ncq], 64);
				ncq++;
			}
		}
		sc_wipe(s);
		for (total = 1, k = 0; k < ncq; k++)
			total *= nsets[k];
		for (combo = 0; combo < total; combo++) {
			size_t c = combo;

			for (k = 0; k < ncq; k++) {
				pick_set[k] = sets[k][c % nsets[k]];
				c /= nsets[k];
			}
			s = sc_start(SC);
			sc_choose(s, r);
			sc_next(s);
			for (k = 0; k < ncq; k++)
				if (sc_current(s) != cq[k] ||
				    choose_set(s, pick_set[k]) < 0)
					break;
			if (k < ncq || quiet_tail(s) != 0 || !sc_finished(s)) {
				bad++;
				sc_wipe(s);
				continue;
			}
			/* The notes: the reason's, the conditional answers',
			 * and the short hairstyle's (the rest of the tail
			 * adds none). */
			want = reason->answers[r].nnotes +
			    Q("hairstyle")->answers[A("hairstyle",
			    "short")].nnotes;
			for (k = 0; k < ncq; k++)
				for (i = 0; i < cq[k]->nanswers; i++)
					if (pick_set[k] & (1UL << i)) {
						const struct sc_answer *a =
						    &cq[k]->answers[i];
						size_t j;

						want += a->nnotes;
						for (j = 0; j < a->nnotes; j++)
							if (!has_note(s,
							    a->notes[j].panel,
							    a->notes[j].because,
							    cq[k]->id, a->id))
								bad++;
					}
			for (got = 0, p = 0; p < SC_NPANELS; p++)
				got += sc_count_notes(s, (enum sc_panel)p);
			if (got != want)
				bad++;
			paths++;
			sc_wipe(s);
		}
	}
	diag("%zu paths through the conditional questions", paths);
	is_int(paths, 65, "65 paths: 36 for pattern, patchy or other "
	    "(3 x 4 x 3), 3 for an unknown cause, 5 after cancer, 9 for a "
	    "scar (7 sets, none, decline), 12 when the reason is declined");
	is_int(bad, 0, "every path finishes with exactly the notes of its "
	    "answers");
}

/* The words a visitor reads, for the reading grade. */
static void
test_reading_grade(void)
{
	const struct sc_question *q;
	const struct sc_answer *a;
	struct text_stats st;
	size_t i;
	double g;

	memset(&st, 0, sizeof(st));
	text_stats_add(&st, SC->introduction, RD_ENGLISH);
	text_stats_add(&st, SC->alternatives, RD_ENGLISH);
	for (q = SC->questions; q < SC->questions + SC->nquestions; q++) {
		text_stats_add(&st, q->text, RD_ENGLISH);
		for (a = q->answers; a < q->answers + q->nanswers; a++)
			for (i = 0; i < a->nnotes; i++) {
				text_stats_add(&st, a->notes[i].because,
				    RD_ENGLISH);
				text_stats_add(&st, a->notes[i].text,
				    RD_ENGLISH);
			}
	}
	g = flesch_kincaid_grade(&st);
	diag("self-check: %lu words, %lu sentences, Flesch-Kincaid grade "
	    "%.1f", st.words, st.sentences, g);
	ok(g <= 8.0, "the self-check reads at grade %.1f (the checker's limit "
	    "is 8, the aim 6)", g);
}

/* Back keeps answers; changing one hides questions and clears them. */
static void
test_back_and_change(void)
{
	struct sc_session *s = sc_start(SC);
	size_t n, m;

	ok(sc_back(s) < 0, "Back at the first question does nothing");
	step(s, "reason", "cancer");
	step(s, "cancer-timing", "under-6-months");
	step(s, "skin", "yes");
	sc_progress(s, &n, &m);
	ok(n == 4 && m == 9, "at the cautions: 4 of 9");
	ok(sc_back(s) == 0 && strcmp(sc_current(s)->id, "skin") == 0 &&
	    sc_is_chosen(s, Q("skin"), A("skin", "yes")),
	    "Back: the skin question, its answer kept");
	sc_back(s);
	ok(strcmp(sc_current(s)->id, "cancer-timing") == 0 &&
	    sc_is_chosen(s, Q("cancer-timing"), A("cancer-timing",
	    "under-6-months")), "Back: the timing, its answer kept");
	sc_back(s);
	ok(sc_answered(s, Q("reason")) && sc_index(s) == 0,
	    "Back to the first question");
	pick(s, "reason", "scar");
	ok(!sc_is_chosen(s, Q("cancer-timing"), A("cancer-timing",
	    "under-6-months")), "changing the reason to scar clears the "
	    "hidden timing answer");
	ok(sc_is_chosen(s, Q("skin"), A("skin", "yes")),
	    "  ... but keeps the answers of questions still shown");
	is_str(shown(s), "reason scar skin cautions skin-history hairstyle "
	    "permanence cost sure", "  ... and shows the scar question "
	    "instead");
	sc_next(s);
	is_str(sc_current(s)->id, "scar", "next: the scar question");
	sc_back(s);
	pick(s, "reason", "cancer");
	sc_next(s);
	ok(strcmp(sc_current(s)->id, "cancer-timing") == 0 &&
	    !sc_answered(s, Q("cancer-timing")),
	    "back to cancer: the timing question again, unanswered");
	sc_back(s);
	pick(s, "reason", "pattern");
	sc_next(s);
	step(s, "cause-known", "no");
	step(s, "changing", "yes");
	step(s, "skin", "yes");
	step(s, "cautions", "none");
	step(s, "skin-history", "none");
	step(s, "hairstyle", "short");
	step(s, "permanence", "uneasy");
	step(s, "cost", "no");
	pick(s, "sure", "unsure-risks");
	pick(s, "sure", "unsure-support");
	sc_next(s);
	ok(sc_finished(s), "finished");
	sc_progress(s, &n, &m);
	ok(n == 10 && m == 10, "  ... progress 10 of 10");
	ok(sc_choose(s, 0) < 0 && sc_next(s) < 0,
	    "  ... nothing to choose or pass once finished");
	ok(has_note(s, SC_DOCTOR, "You said a doctor has not told you the "
	    "cause of your hair loss.", "cause-known", "no") &&
	    has_note(s, SC_THINK, "You said your hair loss has changed a lot "
	    "in the last 6 to 12 months.", "changing", "yes") &&
	    has_note(s, SC_THINK, "You said the cost would be hard to manage.",
	    "cost", "no") &&
	    has_note(s, SC_THINK, "You said you don't feel you know the "
	    "benefits and risks.", "sure", "unsure-risks") &&
	    has_note(s, SC_THINK, "You said you don't have enough support or "
	    "advice.", "sure", "unsure-support"),
	    "the notes of the final answers");
	ok(!has_note(s, SC_DOCTOR, "You said you finished cancer treatment "
	    "less than 6 months ago.", "cancer-timing", "under-6-months"),
	    "  ... and none from an answer that was changed");
	ok(sc_back(s) == 0 && strcmp(sc_current(s)->id, "sure") == 0 &&
	    sc_is_chosen(s, Q("sure"), A("sure", "unsure-risks")),
	    "Back from the results: the last question, still marked");
	sc_restart(s);
	ok(sc_index(s) == 0 && !sc_answered(s, Q("reason")) &&
	    sc_count(s) == 8, "restart forgets every answer");
	sc_wipe(s);
}

/* The wipe zeroes every byte of a session. */
static void
test_wipe(void)
{
	size_t size = sc_size(SC), i, nonzero = 0;
	unsigned char *mem = malloc(size);
	struct sc_session *s;

	s = sc_init(mem, size, SC);
	ok(s != NULL, "a session in memory the test owns");
	ok(sc_init(mem, size - 1, SC) == NULL, "  ... refused when too small");
	s = sc_init(mem, size, SC);
	step(s, "reason", "cancer");
	step(s, "cancer-timing", "under-6-months");
	pick(s, "skin", "yes");
	for (i = 0; i < size; i++)
		nonzero += mem[i] != 0;
	ok(nonzero > 0, "answers are in it (%zu bytes set)", nonzero);
	sc_erase(s);
	for (i = 0, nonzero = 0; i < size; i++)
		nonzero += mem[i] != 0;
	is_int(nonzero, 0, "sc_erase() leaves every byte zero");
	memset(mem, 0xa5, size);
	mem_wipe(mem, size);
	for (i = 0, nonzero = 0; i < size; i++)
		nonzero += mem[i] != 0;
	is_int(nonzero, 0, "mem_wipe() zeroes");
	free(mem);
}

/* No word that labels or scores anywhere in the shipped file. */
static void
test_words(void)
{
	static const char *const bad[] = { "candidate", "eligible",
	    "suitable", "score" };
	char path[4096], buf[1 << 16];
	size_t n, i, j;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/content/en/selfcheck.yaml", srcdir);
	if ((fp = fopen(path, "r")) == NULL) {
		ok(0, "cannot read %s", path);
		return;
	}
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	for (i = 0; i < n; i++)
		buf[i] = (char)(buf[i] >= 'A' && buf[i] <= 'Z' ? buf[i] + 32 :
		    buf[i]);
	for (j = 0; j < sizeof(bad) / sizeof(bad[0]); j++)
		ok(strstr(buf, bad[j]) == NULL, "the shipped self-check never "
		    "says \"%s\"", bad[j]);
}

static void
test_dump(void)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	is_int(selfcheck_dump(SC, NULL, 500, fp), 0, "--dump selfcheck: status 0");
	fclose(fp);
	ok(strstr(text, "What is the main reason you are looking at SMP?") &&
	    strstr(text, "Shown only if the answer to question 1 (reason) is: "
	    "\"I lost hair after cancer treatment\".") &&
	    strstr(text, "Because: You said you finished cancer treatment less "
	    "than 6 months ago.") && strstr(text, "This check cannot tell you "
	    "if SMP is right for you."),
	    "  ... questions, conditions, every note and the closing line");
	free(text);
}

/* The program itself: --dump selfcheck, and without a self-check. */
static void
test_dump_command(void)
{
	const char *kiosk = getenv("SMP_KIOSK");
	char cmd[16384], line[4096];
	size_t because = 0, questions = 0;
	FILE *p;
	int st;

	if (kiosk == NULL) {
		diag("SMP_KIOSK not set: the command is not run");
		return;
	}
	snprintf(cmd, sizeof(cmd), "'%s' --dump selfcheck -c '%s/content' "
	    "2>&1", kiosk, srcdir);
	if ((p = popen(cmd, "r")) == NULL) {
		ok(0, "popen");
		return;
	}
	while (fgets(line, sizeof(line), p) != NULL) {
		because += strstr(line, "Because: You said") != NULL;
		questions += strncmp(line, "[", 1) == 0 &&
		    strstr(line, "] Choose") != NULL;
	}
	st = pclose(p);
	ok(WIFEXITED(st) && WEXITSTATUS(st) == 0, "smp-kiosk --dump selfcheck "
	    "exits 0");
	is_int(questions, SC->nquestions, "  ... prints every question");
	ok(because >= 30, "  ... and every note (%zu)", because);
	snprintf(cmd, sizeof(cmd), "'%s' --dump selfcheck -c "
	    "'%s/tests/fixtures/screen' 2>&1", kiosk, srcdir);
	if ((p = popen(cmd, "r")) == NULL)
		return;
	line[0] = '\0';
	if (fgets(line, sizeof(line), p) == NULL)
		line[0] = '\0';
	st = pclose(p);
	ok(WIFEXITED(st) && WEXITSTATUS(st) == 64 &&
	    strstr(line, "--dump: en has no self-check") != NULL,
	    "without a self-check: a usage error, 64");
}

/* ---- "I'd rather not say", the count, a switch of language ---- */

static const struct selfcheck *LANGS[3];	/* en, es, fr */
static const char *const LANG_CODES[3] = { "en", "es", "fr" };

/* The decline answer of q, or SC_NOWHERE. */
static size_t
decline_of(const struct sc_question *q)
{
	size_t i;

	for (i = 0; i < q->nanswers; i++)
		if (q->answers[i].decline)
			return i;
	return SC_NOWHERE;
}

/*
 * Walks sc from the start to the end: the answers that show want, and
 * answer j there; a quiet first answer elsewhere.  Checks the count on
 * the way: n goes up by one with each question, m never goes up, n is
 * at most m, and at the last question n is m with nothing left to skip.
 * Returns 0 when all of that held and the walk finished.
 */
static int
walk(struct sc_session *s, const struct selfcheck *sc,
    const struct sc_question *want, size_t j, int *shown_it)
{
	const struct sc_question *c;
	size_t n, m, lastn = 0, lastm = (size_t)-1, i, at;
	int bad = 0;

	*shown_it = 0;
	while ((c = sc_current(s)) != NULL) {
		sc_progress(s, &n, &m);
		if (n != lastn + 1 || m > lastm || n > m)
			bad = 1;
		if (sc_index(s) + 1 == sc_count(s) && !sc_may_skip(s) &&
		    n != m)
			bad = 1;
		lastn = n;
		lastm = m;
		if (c == want) {
			*shown_it = 1;
			sc_choose(s, j);
		} else {
			at = 0;
			for (i = 0; i < want->nshow_if; i++)
				if (&sc->questions[want->show_if[i].question.
				    index] == c)
					at = want->show_if[i].any_of[0].index;
			sc_choose(s, at);
		}
		/* The count after the answer, before going on. */
		sc_progress(s, &n, &m);
		if (m > lastm || n != lastn)
			bad = 1;
		lastm = m;
		if (sc_next(s) < 0)
			return -1;
	}
	sc_progress(s, &n, &m);
	if (sc_may_skip(s) || n != m || m != sc_count(s))
		bad = 1;
	return bad ? -1 : 0;
}

/*
 * Every sensitive question of every language offers "I'd rather not
 * say", and choosing it leads to its neutral note: in the doctor panel
 * with the "Talk to a doctor first" list, or for money in "think" with
 * the cost page.  Every non-sensitive question that asks about health
 * is listed here too, so that one made sensitive or not shows up.
 */
static void
test_decline_every_language(void)
{
	static const char *const sensitive[] = { "reason", "cause-known",
	    "cancer-timing", "scar", "skin", "cautions", "skin-history",
	    "cost" };
	const struct selfcheck *sc;
	const struct sc_question *q;
	const struct sc_answer *a;
	struct sc_session *s;
	size_t l, k, d = SC_NOWHERE, i, nsens;
	int shown_it, fine;

	for (l = 0; l < 3; l++) {
		sc = LANGS[l];
		if (!ok(sc != NULL, "%s: the shipped self-check loads",
		    LANG_CODES[l]))
			continue;
		for (k = 0, nsens = 0; k < sc->nquestions; k++)
			nsens += sc->questions[k].sensitive;
		ok(nsens == sizeof(sensitive) / sizeof(sensitive[0]),
		    "%s: %zu sensitive questions", LANG_CODES[l], nsens);
		for (i = 0; i < sizeof(sensitive) / sizeof(sensitive[0]); i++) {
			q = selfcheck_question(sc, sensitive[i]);
			if (!ok(q != NULL && q->sensitive &&
			    (d = decline_of(q)) != SC_NOWHERE,
			    "%s: %s is sensitive and offers a decline",
			    LANG_CODES[l], sensitive[i]))
				continue;
			a = &q->answers[d];
			s = sc_start(sc);
			fine = walk(s, sc, q, d, &shown_it) == 0 && shown_it &&
			    sc_finished(s) && a->nnotes == 1 &&
			    sc_count_notes(s, a->notes[0].panel) >= 1;
			if (fine) {
				struct sc_iter it;
				const struct sc_note *n;

				memset(&it, 0, sizeof(it));
				fine = 0;
				while ((n = sc_next_note(s, a->notes[0].panel,
				    &it)) != NULL)
					if (n == &a->notes[0])
						fine = 1;
			}
			ok(fine, "%s: %s, \"%s\": its note is in the results",
			    LANG_CODES[l], q->id, a->label);
			if (strcmp(q->id, "cost") == 0)
				ok(a->notes[0].panel == SC_THINK &&
				    count_topic(s, "cost") == 1,
				    "  ... money: a thing to think about, with "
				    "the cost page");
			else
				ok(a->notes[0].panel == SC_DOCTOR &&
				    count_topic(s, "talk-to-doctor-first") == 1,
				    "  ... in the doctor panel, with \"Talk to a "
				    "doctor first\" to read");
			sc_wipe(s);
		}
	}
	ok(strstr(Q("reason")->answers[decline_of(Q("reason"))].notes[0].text,
	    "\"Talk to a doctor first\" on your own") != NULL,
	    "en: the note says to read the list in private");
}

/* Every note links the page that explains it, in every language. */
static void
test_notes_link(void)
{
	const struct sc_question *q;
	const struct sc_answer *a;
	size_t l, bare = 0;

	for (l = 0; l < 3; l++)
		for (q = LANGS[l] != NULL ? LANGS[l]->questions : NULL;
		    q != NULL && q < LANGS[l]->questions +
		    LANGS[l]->nquestions; q++)
			for (a = q->answers; a < q->answers + q->nanswers; a++)
				if (a->nnotes > 0 && a->ntopics == 0) {
					diag("%s: %s/%s has a note and no page",
					    LANG_CODES[l], q->id, a->id);
					bare++;
				}
	is_int(bare, 0, "every answer with a note links a page, in en, es "
	    "and fr");
}

/* In a choose: any question, "I'd rather not say" goes alone. */
static void
test_decline_alone(void)
{
	const struct sc_question *q = Q("cautions");
	struct sc_session *s = sc_start(SC);
	size_t d = decline_of(q);

	step(s, "reason", "pattern");
	step(s, "cause-known", "yes");
	step(s, "changing", "no");
	step(s, "skin", "no");
	pick(s, "cautions", "bleeding");
	pick(s, "cautions", "pregnant");
	sc_choose(s, d);
	ok(sc_is_chosen(s, q, d) && !sc_is_chosen(s, q, A("cautions",
	    "bleeding")) && !sc_is_chosen(s, q, A("cautions", "pregnant")),
	    "decline clears the marks");
	pick(s, "cautions", "bleeding");
	ok(!sc_is_chosen(s, q, d) && sc_is_chosen(s, q, A("cautions",
	    "bleeding")), "another mark clears decline");
	pick(s, "cautions", "none");
	sc_choose(s, d);
	ok(sc_is_chosen(s, q, d) && !sc_is_chosen(s, q, A("cautions", "none")),
	    "decline and \"none of these\" clear each other");
	sc_wipe(s);
}

/*
 * "Question n of m" on every answer's path in every language: n goes
 * up by one, m never goes up, and they meet at the last question.
 */
static void
test_count(void)
{
	const struct selfcheck *sc;
	const struct sc_question *q;
	struct sc_session *s;
	size_t l, k, j, paths = 0, bad = 0, n, m;
	int shown_it;

	for (l = 0; l < 3; l++) {
		if ((sc = LANGS[l]) == NULL)
			continue;
		for (k = 0; k < sc->nquestions; k++) {
			q = &sc->questions[k];
			for (j = 0; j < q->nanswers; j++) {
				s = sc_start(sc);
				if (walk(s, sc, q, j, &shown_it) < 0 ||
				    !shown_it)
					bad++;
				paths++;
				sc_wipe(s);
			}
		}
	}
	ok(paths == 3 * SC->nanswers && bad == 0, "the count on %zu paths, "
	    "one per answer and language: n up by one, m never up, equal at "
	    "the end (%zu bad)", paths, bad);
	/* The reason decides what is left. */
	s = sc_start(SC);
	sc_progress(s, &n, &m);
	ok(n == 1 && m == 12 && sc_may_skip(s), "at the start: 1 of 12, "
	    "and the count may go down");
	pick(s, "reason", "cancer");
	sc_progress(s, &n, &m);
	ok(n == 1 && m == 9 && !sc_may_skip(s), "cancer: 1 of 9, settled");
	sc_next(s);
	sc_progress(s, &n, &m);
	ok(n == 2 && m == 9, "  ... next: 2 of 9");
	sc_back(s);
	pick(s, "reason", "pattern");
	sc_next(s);
	sc_progress(s, &n, &m);
	ok(n == 2 && m == 10, "back, pattern instead: 2 of 10 (changing an "
	    "earlier answer is the only way m goes up)");
	sc_wipe(s);
}

/* A switch of language keeps the answers, decline included, and the place. */
static void
test_carry(void)
{
	struct sc_session *en, *es, *fr;
	size_t n1, m1, n2, m2;

	if (LANGS[1] == NULL || LANGS[2] == NULL) {
		ok(0, "es and fr load");
		return;
	}
	en = sc_start(SC);
	step(en, "reason", "decline");
	step(en, "cause-known", "decline");
	step(en, "changing", "no");
	step(en, "skin", "decline");
	pick(en, "cautions", "decline");
	es = sc_start(LANGS[1]);
	ok(sc_carry(es, en) == 0 && sc_current(es) != NULL &&
	    strcmp(sc_current(es)->id, "cautions") == 0,
	    "to Spanish: the same question on screen");
	sc_progress(en, &n1, &m1);
	sc_progress(es, &n2, &m2);
	ok(n1 == n2 && m1 == m2, "  ... the same count (%zu of %zu)", n2, m2);
	ok(sc_is_chosen(es, selfcheck_question(LANGS[1], "reason"),
	    decline_of(selfcheck_question(LANGS[1], "reason"))) &&
	    sc_is_chosen(es, selfcheck_question(LANGS[1], "cautions"),
	    decline_of(selfcheck_question(LANGS[1], "cautions"))) &&
	    sc_is_chosen(es, selfcheck_question(LANGS[1], "skin"),
	    decline_of(selfcheck_question(LANGS[1], "skin"))),
	    "  ... \"Prefiero no decirlo\" where \"I'd rather not say\" was");
	fr = sc_start(LANGS[2]);
	sc_next(es);
	ok(sc_carry(fr, es) == 0 && strcmp(sc_current(fr)->id,
	    "skin-history") == 0 && sc_is_chosen(fr,
	    selfcheck_question(LANGS[2], "cautions"),
	    decline_of(selfcheck_question(LANGS[2], "cautions"))),
	    "then to French, one question on: still declined");
	sc_wipe(en);
	sc_wipe(es);
	sc_wipe(fr);
}

/* ---- loading and validation ---- */

static void
test_overlay(void)
{
	struct load l;
	struct language *en;

	load(&l, "tests/fixtures/selfcheck-overlay/base", NULL);
	en = content_language(&l.c, "en");
	ok(l.st == CONTENT_OK && en != NULL && en->selfcheck != NULL &&
	    en->selfcheck->nquestions == 2, "a good self-check loads");
	ok(en != NULL && en->selfcheck != NULL &&
	    en->selfcheck->questions[0].answers[1].topics[0].topic ==
	    language_topic(en, "t"), "  ... its topics resolve");
	ok(en != NULL && en->home.items[0].kind == MENU_SHOW &&
	    en->home.items[0].show == SHOW_SELFCHECK,
	    "  ... \"show: selfcheck\" in the menu");
	load_end(&l);
	load(&l, "tests/fixtures/selfcheck-overlay/base",
	    "tests/fixtures/selfcheck-overlay/top");
	en = content_language(&l.c, "en");
	ok(l.st == CONTENT_OK && en != NULL && en->selfcheck != NULL &&
	    strcmp(en->selfcheck->title, "The clinic's self-check") == 0 &&
	    en->selfcheck->nquestions == 1,
	    "a later root replaces selfcheck.yaml");
	load_end(&l);
}

static void
bad(const char *name, int line, int col, const char *msg, size_t nerrors)
{
	char rel[256], file[4200];
	const struct diag *dg = NULL;
	struct load l;
	size_t i;

	snprintf(rel, sizeof(rel), "tests/fixtures/selfcheck-bad/%s", name);
	load(&l, rel, NULL);
	snprintf(file, sizeof(file), "%s/en/%s", l.roots[0],
	    strcmp(name, "missing") == 0 ? "index.yaml" : "selfcheck.yaml");
	for (i = 0; i < l.d.n && dg == NULL; i++)
		if (strcmp(l.d.v[i].msg, msg) == 0 && l.d.v[i].file != NULL &&
		    strcmp(l.d.v[i].file, file) == 0)
			dg = &l.d.v[i];
	if (!ok(l.st == CONTENT_ERRORS && l.c.nlangs == 0 && dg != NULL,
	    "%s: en is left out, with \"%s\"", name, msg))
		show_diags(&l.d);
	else if (!ok(dg->line == line && dg->col == col &&
	    l.d.errors == nerrors, "  ... at %d:%d, %zu error%s", line, col,
	    nerrors, nerrors == 1 ? "" : "s"))
		show_diags(&l.d);
	load_end(&l);
}

static void
test_bad(void)
{
	bad("unknown-question", 22, 25, "show_if: no question \"nosuch\" in "
	    "this file", 1);
	bad("later-question", 22, 25, "show_if: question \"third\" comes "
	    "later; a question can only depend on the questions before it", 1);
	bad("self", 22, 25, "show_if: question \"second\" cannot depend on "
	    "itself; a question can only depend on the questions before it", 1);
	bad("loop", 22, 25, "show_if: the conditions loop: question \"second\" "
	    "depends on question \"third\", which depends on \"second\"; a "
	    "question can only depend on the questions before it", 1);
	bad("unknown-answer", 22, 44, "show_if: question \"first\" has no "
	    "answer \"zz\"", 1);
	bad("unreachable", 22, 14, "question \"second\" can never be shown: "
	    "its show_if conditions need answers to question \"first\" that "
	    "cannot be chosen together", 1);
	bad("unreachable-chain", 32, 14, "question \"third\" can never be "
	    "shown: it depends on question \"second\", which is never shown",
	    2);
	bad("nowhere", 26, 9, "answer \"d\" leads nowhere: give it a note or a "
	    "topic, or mark it \"neutral: true\"", 1);
	bad("neutral-notes", 26, 9, "answer \"d\" is marked \"neutral: true\" "
	    "but has notes", 1);
	bad("none-in-one", 26, 9, "answer \"d\": \"none: true\" is only for "
	    "questions with \"choose: any\"; in a choose: one question every "
	    "answer excludes the others", 1);
	bad("any-without-none", 20, 5, "question \"second\" (choose: any) "
	    "needs a \"none: true\" answer, such as \"None of these\", so that a "
	    "visitor to whom nothing applies can go on", 1);
	bad("two-none", 31, 9, "question \"second\" has more than one \"none: "
	    "true\" answer", 1);
	bad("one-answer", 20, 5, "question \"second\" needs at least two "
	    "answers to choose from", 1);
	bad("duplicate-question", 20, 5, "question id \"first\" is used twice "
	    "(also at line 8)", 1);
	bad("duplicate-answer", 26, 9, "answer id \"c\" is used twice in "
	    "question \"second\" (also at line 23)", 1);
	bad("forbidden-word", 27, 16, "label must not say \"candidate\": the "
	    "self-check describes situations; it never scores or labels the "
	    "person", 1);
	bad("unknown-topic", 28, 18, "no topic \"nosuch\" in en (expected a "
	    "file topics/nosuch.yaml)", 1);
	bad("bad-panel", 29, 20, "panel must be discuss, doctor or think", 1);
	bad("missing", 6, 5, "the menu shows the self-check, but en has no "
	    "selfcheck.yaml", 1);
	bad("sensitive-no-decline", 10, 16, "question \"first\" is sensitive "
	    "but has no \"decline: true\" answer, such as \"I'd rather not "
	    "say\"; no one should have to tell a screen about their health, "
	    "a pregnancy, cancer or money", 1);
	bad("decline-no-note", 15, 9, "answer \"decline\": a \"decline: "
	    "true\" answer must add a note that says where to read more in "
	    "private", 1);
	bad("two-decline", 22, 9, "question \"first\" has more than one "
	    "\"decline: true\" answer", 1);
	bad("decline-none", 16, 9, "answer \"none\" cannot be both \"none: "
	    "true\" and \"decline: true\"", 2);
}

int
main(void)
{
	struct load l;
	struct language *en;
	size_t i;

	if ((srcdir = getenv("SMP_SRCDIR")) == NULL)
		srcdir = ".";
	load(&l, "content", NULL);
	en = content_language(&l.c, "en");
	if (!ok(en != NULL && en->selfcheck != NULL,
	    "the shipped self-check loads")) {
		show_diags(&l.d);
		load_end(&l);
		return tap_done();
	}
	SC = en->selfcheck;
	for (i = 0; i < 3; i++) {
		struct language *lg = content_language(&l.c, LANG_CODES[i]);

		LANGS[i] = lg != NULL ? lg->selfcheck : NULL;
	}
	test_shipped_shape();
	test_reason_branches();
	test_cancer();
	test_scar();
	test_cautions();
	test_every_answer();
	test_all_paths();
	test_reading_grade();
	test_back_and_change();
	test_wipe();
	test_words();
	test_dump();
	test_dump_command();
	test_decline_every_language();
	test_decline_alone();
	test_notes_link();
	test_count();
	test_carry();
	load_end(&l);
	test_overlay();
	test_bad();
	return tap_done();
}
