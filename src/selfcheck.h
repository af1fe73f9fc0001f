/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check "Is SMP worth discussing for me?": its model (loaded
 * from LANG/selfcheck.yaml by selfcheck-load.h) and one visitor's
 * session.  The session keeps the answers in memory only; nothing here
 * writes them anywhere, and sc_wipe() zeroes them before the memory
 * goes back.  There is no
 * score: an answer can only add notes to three neutral panels and
 * topics to read.  No curses here.
 */
#ifndef SMP_SELFCHECK_H
#define SMP_SELFCHECK_H

#include <stddef.h>
#include <stdio.h>

#include "source.h"

/* Limits on one self-check (a screen shows one question at a time). */
#define SC_LIMIT_QUESTIONS	64
#define SC_LIMIT_ANSWERS	32	/* per question */

/* Where a note goes on the results screen. */
enum sc_panel {
	SC_DISCUSS,		/* worth discussing with an SMP provider */
	SC_DOCTOR,		/* talk to your doctor or care team first */
	SC_THINK,		/* things to think about */
};
#define SC_NPANELS	3

enum sc_kind {
	SC_ONE,			/* choose: one */
	SC_ANY,			/* choose: any ("choose all that apply") */
};

#define SC_NOWHERE	((size_t)-1)	/* an id that names nothing */

struct topic;

/* A related topic; the loader fills topic in once every topic is loaded. */
struct sc_link {
	const char *id;
	struct topic *topic;
	int	 line, col;
};

struct sc_note {
	enum sc_panel panel;
	const char *because;	/* "You said ...": names the answer */
	const char *text;	/* body text */
	int	 line, col;
};

struct sc_answer {
	const char *id;
	const char *label;
	struct sc_note *notes;
	size_t	 nnotes;
	struct sc_link *topics;
	size_t	 ntopics;
	int	 neutral;	/* neutral: true - adds no note on purpose */
	int	 none;		/* none: true - "none of these", exclusive */
	int	 decline;	/* decline: true - "I'd rather not say", exclusive */
	size_t	 flat;		/* index among all answers of the self-check */
	int	 line, col;
};

/* An id as written in a condition, and what it names (or SC_NOWHERE). */
struct sc_idref {
	const char *id;
	size_t	 index;
	int	 line, col;
};

/* "show_if: {question: Q, any_of: [A, ...]}": one of the answers chosen. */
struct sc_clause {
	struct sc_idref question;	/* index: an earlier question */
	struct sc_idref *any_of;	/* index: an answer of that question */
	size_t	 nany_of;
	int	 line, col;
};

struct sc_question {
	const char *id;
	const char *text;
	const char *help;	/* may be NULL */
	enum sc_kind kind;
	int	 sensitive;	/* sensitive: true - needs a decline answer */
	struct sc_answer *answers;
	size_t	 nanswers;
	struct sc_clause *show_if;	/* all must hold; none: always shown */
	size_t	 nshow_if;
	int	 line, col;
	int	 show_line, show_col;	/* the show_if value */
	int	 sens_line, sens_col;	/* the sensitive value */
};

struct selfcheck {
	const char *title;
	const char *introduction;	/* body text */
	const char *panel[SC_NPANELS];	/* the panels' headings */
	struct sc_question *questions;
	size_t	 nquestions;
	size_t	 nanswers;	/* of all questions */
	const char *alternatives_title;
	const char *alternatives;	/* body text */
	const char *closing;
	struct review rev;	/* sources, review dates, reviewer */
	const char *translates;	/* as a topic's (content.h), or NULL */
	int	 decoded;	/* the file held a mapping */
};

/* ---- the model (selfcheck.c) ---- */

const struct sc_question *selfcheck_question(const struct selfcheck *,
	    const char *id);
/* The index of the answer with this id, or SC_NOWHERE. */
size_t	sc_answer_index(const struct sc_question *, const char *id);
/* The id used in the YAML for a panel: "discuss", "doctor", "think". */
const char *sc_panel_id(enum sc_panel);

/*
 * Prints everything a visitor may see, for review (selfcheck-dump.c);
 * outdated: the name of a translation's language whose source changed
 * since (the note a visitor sees), or NULL.
 */
int	selfcheck_dump(const struct selfcheck *, const char *outdated,
	    int width, FILE *);

/* ---- one visitor's session ---- */

struct sc_session;

/* A new session at the first question; NULL when out of memory. */
struct sc_session *sc_start(const struct selfcheck *);
/* Zeroes every byte of the session (answers included), then frees it. */
void	sc_wipe(struct sc_session *);

/*
 * The same with memory the caller owns: sc_size() bytes, aligned as
 * malloc() aligns.  sc_erase() zeroes all of them; the session must be
 * started again with sc_init() before any other use.
 */
size_t	sc_size(const struct selfcheck *);
struct sc_session *sc_init(void *mem, size_t size, const struct selfcheck *);
void	sc_erase(struct sc_session *);

/* Forgets every answer and goes back to the first question. */
void	sc_restart(struct sc_session *);

/* The questions shown now, given the answers so far, in order. */
size_t	sc_count(const struct sc_session *);
const struct sc_question *sc_question_at(const struct sc_session *,
	    size_t i);
/* The question on screen; NULL once finished. */
const struct sc_question *sc_current(const struct sc_session *);
/* 0-based position of the current question among sc_count(). */
size_t	sc_index(const struct sc_session *);
/*
 * "Question n of m": m counts every question that can still be shown
 * given the answers so far (those shown now, and the later ones whose
 * conditions wait on a question not yet answered); n is the position
 * of the current question among them.  So n goes up by one with each
 * question passed and never back, answers only ever take questions out
 * of m, and n is m at the last question and once finished.
 */
void	sc_progress(const struct sc_session *, size_t *n, size_t *m);
/*
 * Can m still change as the visitor answers: is a later question's
 * showing still waiting on an answer not given yet?
 */
int	sc_may_skip(const struct sc_session *);
/*
 * Gives the session to's answers and place from session from, of the
 * same self-check in another language: the same question ids and
 * answer ids (what --check compares between languages).  Answers
 * without a match are left out.  Returns 0, or -1 when to has no room.
 */
int	sc_carry(struct sc_session *to, const struct sc_session *from);

int	sc_is_chosen(const struct sc_session *, const struct sc_question *,
	    size_t answer);
/* Has the question an answer (at least one, for choose: any)? */
int	sc_answered(const struct sc_session *, const struct sc_question *);
/*
 * Chooses answer i of the current question.  choose: one replaces the
 * answer; choose: any toggles it, where a none: true or decline: true
 * answer clears the others and any other answer clears it.  Questions that the change
 * hides lose their answers.  Returns -1 if finished or i is no answer.
 */
int	sc_choose(struct sc_session *, size_t i);
/* To the next question; -1 (nothing moves) while unanswered or finished. */
int	sc_next(struct sc_session *);
/* To the previous question, answers kept; -1 at the first question. */
int	sc_back(struct sc_session *);
/* Every question shown has been answered and passed with sc_next(). */
int	sc_finished(const struct sc_session *);

/*
 * The results: the notes of the chosen answers of the questions shown,
 * panel by panel in question order, and their related topics, each
 * topic once.  Start with a zeroed struct sc_iter; after each call,
 * question and answer say where the note or topic came from.
 */
struct sc_iter {
	const struct sc_question *question;
	const struct sc_answer *answer;
	size_t	 v, a, i;	/* position: shown question, answer, item */
};

const struct sc_note *sc_next_note(const struct sc_session *,
	    enum sc_panel, struct sc_iter *);
size_t	sc_count_notes(const struct sc_session *, enum sc_panel);
const struct sc_link *sc_next_topic(const struct sc_session *,
	    struct sc_iter *);

#endif
