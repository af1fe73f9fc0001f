/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The visitor's list of questions (myq.h).
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <string.h>

#include "myq.h"
#include "wipe.h"

void
myq_init(struct myq *q)
{
	memset(q, 0, sizeof *q);
}

size_t
myq_find(const struct myq *q, const struct topic *t, size_t index)
{
	size_t i;

	for (i = 0; i < q->n; i++)
		if (q->item[i].index == index &&
		    (q->item[i].topic == t ||
		    strcmp(q->item[i].topic->id, t->id) == 0))
			return i;
	return (size_t)-1;
}

enum myq_added
myq_add(struct myq *q, const struct topic *t, size_t index)
{
	if (t == NULL || index >= t->nask)
		return MYQ_NO_SUCH;
	if (myq_find(q, t, index) != (size_t)-1)
		return MYQ_ALREADY;
	if (q->n == MYQ_MAX)
		return MYQ_FULL;
	q->item[q->n].topic = t;
	q->item[q->n].index = index;
	q->n++;
	return MYQ_ADDED;
}

void
myq_remove(struct myq *q, size_t i)
{
	if (i >= q->n)
		return;
	memmove(&q->item[i], &q->item[i + 1],
	    (q->n - i - 1) * sizeof q->item[0]);
	q->n--;
	memset(&q->item[q->n], 0, sizeof q->item[0]);
}

void
myq_clear(struct myq *q)
{
	mem_wipe(q, sizeof *q);
}

const char *
myq_text(const struct myq *q, size_t i)
{
	const struct myq_item *it = &q->item[i];

	return it->topic->ask[it->index];
}

void
myq_switch_language(struct myq *q, const struct language *to)
{
	const struct topic *t;
	size_t i;

	for (i = 0; i < q->n; i++) {
		t = language_topic(to, q->item[i].topic->id);
		if (t != NULL && q->item[i].index < t->nask)
			q->item[i].topic = t;
	}
}

size_t
myq_missing(const struct myq *q, const struct topic *t)
{
	size_t i, n = 0;

	for (i = 0; i < t->nask; i++)
		if (myq_find(q, t, i) == (size_t)-1)
			n++;
	return n;
}
