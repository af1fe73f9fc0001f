/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the query path of search (src/search.c).  The
 * first byte picks the language of the shipped content (en, es, fr);
 * the rest is what a visitor typed, any bytes at all, searched as
 * search_run() does on each key.  It aborts when the engine reports
 * an error (the query reached FTS5's syntax, or SQLite failed), when a
 * hit points outside the content, when a suggestion is not a query
 * that finds something, or when a match span of a hit's context falls
 * outside the text or splits a UTF-8 character.
 *
 * The content is read once from FUZZ_CONTENT, the source tree's
 * content folder given when the target is built.
 */
#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "search.h"

#ifndef FUZZ_CONTENT
#define FUZZ_CONTENT "content"
#endif

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct content content;
static struct search *index_of[3];

static _Noreturn void
broken(const char *what)
{
	fprintf(stderr, "fuzz-search: %s\n", what);
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const codes[] = { "en", "es", "fr" };
	const char *roots[1];
	struct diags d;
	size_t i;

	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	roots[0] = getenv("FUZZ_CONTENT") ? getenv("FUZZ_CONTENT") :
	    FUZZ_CONTENT;
	diags_init(&d);
	if (content_load(&content, roots, 1, &d) != CONTENT_OK)
		broken("the shipped content does not load");
	diags_free(&d);
	for (i = 0; i < 3; i++) {
		struct language *l = content_language(&content, codes[i]);

		if (l == NULL || (index_of[i] = search_open(l)) == NULL)
			broken("no index");
	}
	return 0;
}

static int
is_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

static void
check_hit(struct search *s, const char *q, const struct search_hit *h)
{
	const struct language *lang = search_language(s);
	struct search_span sp[16];
	size_t n, i, len;

	switch (h->kind) {
	case SEARCH_TOPIC:
	case SEARCH_GLOSSARY:
		if (h->topic == NULL || !language_owns_topic(lang, h->topic))
			broken("a hit outside the language");
		if (h->section != SEARCH_NO_SECTION &&
		    h->section >= h->topic->nsections)
			broken("a section past the topic's");
		break;
	case SEARCH_FAQ:
		if (lang->faq == NULL || h->faq >= lang->faq->n)
			broken("an FAQ entry past the FAQ");
		break;
	}
	if (h->title == NULL || h->context == NULL)
		broken("a hit without its title or context");
	len = strlen(h->context);
	n = search_spans(s, q, h->context, len, sp, 16);
	for (i = 0; i < n && i < 16; i++) {
		if (sp[i].len == 0 || sp[i].start + sp[i].len > len)
			broken("a span outside the text");
		if (is_cont((unsigned char)h->context[sp[i].start]) ||
		    is_cont((unsigned char)h->context[sp[i].start + sp[i].len]))
			broken("a span splits a character");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct search_results r;
	struct search *s;
	char q[SEARCH_MAX_QUERY * 2];
	size_t i, n;

	if (size == 0)
		return 0;
	s = index_of[data[0] % 3];
	n = size - 1 < sizeof q - 1 ? size - 1 : sizeof q - 1;
	memcpy(q, data + 1, n);
	q[n] = '\0';
	if (search_run(s, q, &r) != 0)
		broken("the engine failed");
	if (r.n > SEARCH_MAX_HITS)
		broken("too many hits");
	for (i = 0; i < r.n; i++)
		check_hit(s, r.suggestion[0] ? r.suggestion : q, &r.hits[i]);
	if (r.suggestion[0] != '\0' && r.n == 0)
		broken("a suggestion that finds nothing");
	return 0;
}
