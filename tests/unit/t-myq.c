/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the visitor's list of questions (myq.c): adding,
 * removing, clearing (nothing left in memory), the limit, and the
 * list in another language.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <string.h>

#include "myq.h"
#include "tap.h"

static const char *en_cost_ask[] = {
	"What will it cost?", "Are touch-ups included?",
};
static const char *en_heal_ask[] = {
	"How long does healing take?", "Can I go to work the next day?",
	"When can I swim?",
};
static const char *es_cost_ask[] = {
	"\xc2\xbf" "Cu\xc3\xa1nto costar\xc3\xa1?",
	"\xc2\xbfLos retoques est\xc3\xa1n incluidos?",
};
static const char *es_heal_ask[] = {	/* one question fewer */
	"\xc2\xbf" "Cu\xc3\xa1nto tarda en curar?",
};

/* Topics sorted by id, as the loader keeps them. */
static struct topic en_topics[2], es_topics[2];
static struct language en, es;

static void
setup(void)
{
	en_topics[0].id = "cost";
	en_topics[0].ask = en_cost_ask;
	en_topics[0].nask = 2;
	en_topics[1].id = "healing";
	en_topics[1].ask = en_heal_ask;
	en_topics[1].nask = 3;
	es_topics[0].id = "cost";
	es_topics[0].ask = es_cost_ask;
	es_topics[0].nask = 2;
	es_topics[1].id = "healing";
	es_topics[1].ask = es_heal_ask;
	es_topics[1].nask = 1;
	en.topics = en_topics;
	en.ntopics = 2;
	es.topics = es_topics;
	es.ntopics = 2;
}

/* Is every byte of the list zero? */
static int
all_zero(const struct myq *q)
{
	const unsigned char *p = (const unsigned char *)q;
	size_t i;

	for (i = 0; i < sizeof *q; i++)
		if (p[i] != 0)
			return 0;
	return 1;
}

int
main(void)
{
	struct myq q;
	struct topic many;
	static const char *many_ask[MYQ_MAX + 1];
	size_t i;

	tap_plan_none();
	setup();
	myq_init(&q);
	ok(q.n == 0 && all_zero(&q), "a new list is empty");

	ok(myq_add(&q, &en_topics[1], 0) == MYQ_ADDED, "add a question");
	ok(myq_add(&q, &en_topics[0], 1) == MYQ_ADDED, "add another");
	ok(myq_add(&q, &en_topics[1], 2) == MYQ_ADDED, "and a third");
	ok(myq_add(&q, &en_topics[1], 0) == MYQ_ALREADY,
	    "the same question again: already there");
	ok(myq_add(&q, &es_topics[1], 0) == MYQ_ALREADY,
	    "the same question in Spanish: already there");
	ok(myq_add(&q, &en_topics[1], 3) == MYQ_NO_SUCH,
	    "a question the topic does not have");
	ok(myq_add(&q, NULL, 0) == MYQ_NO_SUCH, "no topic");
	is_int((long)q.n, 3, "three questions");
	is_str(myq_text(&q, 0), "How long does healing take?",
	    "in the order they were added (1)");
	is_str(myq_text(&q, 1), "Are touch-ups included?", "(2)");
	is_int((long)myq_missing(&q, &en_topics[1]), 1,
	    "one of the healing questions is not in the list");
	is_int((long)myq_find(&q, &en_topics[0], 1), 1, "found by topic");

	myq_switch_language(&q, &es);
	is_str(myq_text(&q, 0), es_heal_ask[0],
	    "in Spanish where the content has it");
	is_str(myq_text(&q, 1), es_cost_ask[1], "(2)");
	is_str(myq_text(&q, 2), "When can I swim?",
	    "kept as it was where the translation lacks it");
	myq_switch_language(&q, &en);
	is_str(myq_text(&q, 0), en_heal_ask[0], "back in English");

	myq_remove(&q, 0);
	is_int((long)q.n, 2, "removed one");
	is_str(myq_text(&q, 0), "Are touch-ups included?",
	    "the next moved up");
	myq_remove(&q, 5);
	is_int((long)q.n, 2, "removing past the end does nothing");
	myq_remove(&q, 1);
	ok(q.n == 1 && q.item[1].topic == NULL,
	    "removing the last leaves nothing of it behind");

	myq_clear(&q);
	ok(q.n == 0 && all_zero(&q), "cleared: every byte is zero");

	memset(&many, 0, sizeof many);
	many.id = "many";
	for (i = 0; i <= MYQ_MAX; i++)
		many_ask[i] = "a question";
	many.ask = many_ask;
	many.nask = MYQ_MAX + 1;
	for (i = 0; i < MYQ_MAX; i++)
		myq_add(&q, &many, i);
	is_int((long)q.n, MYQ_MAX, "the list holds MYQ_MAX questions");
	ok(myq_add(&q, &many, MYQ_MAX) == MYQ_FULL, "then it is full");
	myq_clear(&q);
	ok(all_zero(&q), "a full list cleared: every byte is zero");
	return tap_done();
}
