/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "My questions": the questions to ask a practitioner that a visitor
 * picked from the topics' ask: lists, to take home as text or as a QR
 * code (qr.h).  The list lives in the session's memory only, is never
 * logged or counted, and myq_clear() wipes it.  No curses here.
 */
#ifndef SMP_MYQ_H
#define SMP_MYQ_H

#include <stddef.h>

#include "content.h"

#define MYQ_MAX		20	/* questions a visitor can keep */

/* A question: the index-th of topic's ask: list. */
struct myq_item {
	const struct topic *topic;
	size_t	 index;
};

struct myq {
	struct myq_item item[MYQ_MAX];
	size_t	 n;
};

enum myq_added {
	MYQ_ADDED,
	MYQ_ALREADY,		/* the list has it */
	MYQ_FULL,		/* MYQ_MAX questions already */
	MYQ_NO_SUCH,		/* the topic has no such question */
};

/* An empty list. */
void	myq_init(struct myq *);
/* Adds the index-th question of t at the end of the list. */
enum myq_added myq_add(struct myq *, const struct topic *t, size_t index);
/*
 * Where the list has the index-th question of topic t (the same topic
 * id in any language), or (size_t)-1.
 */
size_t	myq_find(const struct myq *, const struct topic *t, size_t index);
/* Removes question i (from 0); the ones after it move up. */
void	myq_remove(struct myq *, size_t i);
/* Empties the list, leaving nothing of it in memory. */
void	myq_clear(struct myq *);
/* The text of question i. */
const char *myq_text(const struct myq *, size_t i);
/*
 * Shows the questions in language to: each becomes the same question
 * (topic id and index) of to's topic where to has it, and stays as it
 * was otherwise.
 */
void	myq_switch_language(struct myq *, const struct language *to);
/* How many of t's questions the list does not have yet. */
size_t	myq_missing(const struct myq *, const struct topic *t);

#endif
