/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check's flow, for every interface: the introduction, one
 * question at a time, the notes, and the "leave?" question asked before
 * answers are cleared.  It holds one visitor's answers (the engine's
 * session, selfcheck.c) and everything laid out from them: the document
 * of the current step and the items on it, reserved once when the
 * self-check opens so that nothing is copied by a realloc, and zeroed
 * by sc_flow_close().  The interfaces draw flow->doc and turn keys or
 * typed lines into the calls below.  No curses here.
 */
#ifndef SMP_SELFCHECK_FLOW_H
#define SMP_SELFCHECK_FLOW_H

#include <stddef.h>

#include "doc.h"
#include "selfcheck.h"

enum sc_stage {
	SC_INTRO,
	SC_QUESTION,
	SC_RESULTS,
};

/* What an item of the laid-out step does when it is chosen. */
enum sc_item_kind {
	SC_IT_START,		/* the introduction's "start" */
	SC_IT_ANSWER,		/* answer number index */
	SC_IT_TOPIC,		/* a topic to read */
	SC_IT_RESTART,
	SC_IT_LEAVE,
};

struct sc_item {
	enum sc_item_kind kind;
	size_t	 index;			/* SC_IT_ANSWER */
	const struct topic *topic;	/* SC_IT_TOPIC */
	size_t	 line, end;		/* its lines: [line, end) */
};

/* How the steps are laid out: for the screens, or printed whole. */
enum sc_layout {
	SC_LAYOUT_SCREEN,	/* answers marked (*), [x]; actions as links */
	SC_LAYOUT_PLAIN,	/* answers and topics by number */
};

/* What follows when the visitor leaves (after "leave?", if asked). */
enum sc_then {
	SC_THEN_BACK,		/* the view below the self-check */
	SC_THEN_LANGUAGES,	/* and then the list of languages */
};

#define SC_NONE	((size_t)-1)

struct sc_flow {
	const struct selfcheck *sc;
	const struct language *lang;	/* whose self-check: its sign-off */
	struct sc_session *s;	/* NULL: the self-check is closed */
	enum sc_stage stage;
	int	 asking;	/* "leave?" waits for its answer */
	enum sc_then then;	/* what leaving leads to */
	struct doc doc;		/* the current step, laid out */
	struct sc_item *items;	/* what on it can be chosen */
	size_t	 nitems, maxitems;
	/* The renderer's place on the step; wiped with the rest. */
	size_t	 hl;		/* highlighted item, or SC_NONE */
	size_t	 scroll;	/* first line shown */
	int	 ask_leave;	/* in "leave?": 1 "Leave", 0 "Stay" */
	int	 msg;		/* a message under the step, or 0 */
};

/*
 * Opens lang's self-check at the introduction, its document reserved
 * for any step at once; bullet marks bullet items.  -1 when out of
 * memory (the flow is closed then).
 */
int	sc_flow_open(struct sc_flow *, const struct language *lang,
	    const char *bullet);
/* Zeroes every answer and everything laid out from them; the whole
 * struct is zero after it.  Safe to repeat. */
void	sc_flow_close(struct sc_flow *);
int	sc_flow_is_open(const struct sc_flow *);
int	sc_flow_anything_answered(const struct sc_flow *);

/* From the introduction, or again from the notes: the first question. */
void	sc_flow_start(struct sc_flow *);
void	sc_flow_restart(struct sc_flow *);
/*
 * Goes on from the current question: to the next one, or to the notes
 * after the last (counted once for --stats, without the answers).
 * -1 while the question has no answer: nothing moves.
 */
int	sc_flow_go_on(struct sc_flow *);
/*
 * One step back: from the notes to the last question, from a question
 * to the one before, answers kept.  -1 at the first question and at
 * the introduction, where nothing moves.
 */
int	sc_flow_back(struct sc_flow *);
/*
 * The visitor asks to leave, after which then follows: 1 when they may
 * leave now (nothing was answered; the flow is closed), 0 when "leave?"
 * is asked first (asking is set).
 */
int	sc_flow_leave(struct sc_flow *, enum sc_then then);
/* The answer to "leave?": 1 yes (the flow is closed), 0 stay. */
int	sc_flow_answer(struct sc_flow *, int leave);

/*
 * The same self-check in another language (question and answer ids are
 * the same in every language): the answers and the step are carried
 * over as far as the questions match.  -1 when out of memory (the flow
 * is closed then).
 */
int	sc_flow_remap(struct sc_flow *, const struct language *to);

/* ---- the documents of the steps (selfcheck-doc.c) ---- */

/*
 * Lays out the current step at width: flow->doc and flow->items.  The
 * highlight is kept on an item.  Returns -1 when out of memory
 * (flow->doc.nomem is set).
 */
int	sc_flow_layout(struct sc_flow *, int width, enum sc_layout);
/* Topic k (from 1) of the notes' "Topics to read", or NULL; *n gets
 * how many there are when n is not NULL. */
const struct topic *sc_flow_topic(const struct sc_flow *, size_t k,
	    size_t *n);

#endif
