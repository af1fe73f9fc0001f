/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Search of one language's pages: topics (title, summary, headings,
 * body), the FAQ's questions and answers and the glossary's entries.
 * Case- and accent-insensitive, with the language's Snowball stemmer
 * when there is one, prefix matching of the last word, ranking titles
 * over headings over body text, and a "did you mean" from the
 * content's own words when nothing matches.
 *
 * The index is SQLite's FTS5 in a private in-memory database whose
 * tokenizer is the one below; it is built by search_open(), which the
 * kiosk calls when a visitor first searches a language.  What the
 * visitor typed is never given to FTS5's query syntax: each word is
 * quoted, everything else is dropped.  search_close() frees the
 * database, and every byte SQLite ever allocated is zeroed when it is
 * freed (its allocator wipes with mem_wipe(), wipe.h), so that no query
 * outlives the session.
 * No curses here.
 */
#ifndef SMP_SEARCH_H
#define SMP_SEARCH_H

#include <stddef.h>

#include "content.h"

#define SEARCH_MAX_QUERY	128	/* bytes of a query, with its NUL */
#define SEARCH_MAX_WORDS	16	/* words of a query used */
#define SEARCH_MAX_WORD		64	/* bytes of one folded word */
#define SEARCH_MAX_HITS		50	/* results kept */
#define SEARCH_NO_SECTION	((size_t)-1)

enum search_kind {
	SEARCH_TOPIC,		/* a topic, at section or at its top */
	SEARCH_GLOSSARY,	/* an entry (section) of the glossary */
	SEARCH_FAQ,		/* a question of the FAQ */
};

struct search_hit {
	enum search_kind kind;
	const struct topic *topic;	/* TOPIC, GLOSSARY */
	size_t	 section;	/* landed on, or SEARCH_NO_SECTION */
	size_t	 faq;		/* FAQ: the entry's index */
	const char *title;	/* topic title, glossary word or question */
	const char *context;	/* the matched text a context line shows */
};

struct search_results {
	struct search_hit hits[SEARCH_MAX_HITS];
	size_t	 n;
	/* When nothing matched and the content has a word close to a
	 * typed one: the query with it, whose results are the hits. */
	char	 suggestion[SEARCH_MAX_QUERY];
};

struct search;

/* A byte range of a text that matches a word of the query. */
struct search_span {
	size_t	 start, len;
};

/*
 * Builds the index of lang's pages; NULL when out of memory or when
 * SQLite fails.  lang must outlive it.
 */
struct search *search_open(const struct language *lang);
/* Frees the index; what it held is zeroed.  NULL is fine. */
void	search_close(struct search *);
const struct language *search_language(const struct search *);

/*
 * Searches for the words of query (any bytes; the last word is a
 * prefix).  Returns 0, or -1 when the engine failed (out of memory).
 * No words, no hits.
 */
int	search_run(struct search *, const char *query, struct search_results *);

/*
 * The words of text that match query, in order, at most max; returns
 * how many there are in all.  The same rules as search_run().
 */
size_t	search_spans(const struct search *, const char *query,
	    const char *text, size_t len, struct search_span *spans,
	    size_t max);

/*
 * Where a context line of text starts: at the paragraph or line (or,
 * when the first match is further than before bytes into it, the word)
 * before the first match of query.  Returns the offset.
 */
size_t	search_excerpt(const struct search *, const char *query,
	    const char *text, size_t before);

/*
 * A context line of text into buf: from search_excerpt() to the end of
 * its paragraph, its lines joined, at most size - 1 bytes (whole
 * characters).  Returns its length.
 */
size_t	search_context(const struct search *, const char *query,
	    const char *text, size_t before, char *buf, size_t size);

/*
 * The menu path of a hit: the titles of the menus that lead to it,
 * joined by " > ", into buf.  Empty when no menu leads there.
 */
void	search_menu_path(const struct language *, const struct search_hit *,
	    char *buf, size_t size);

/*
 * Glossary entries (sections of the topic "glossary" after the first)
 * whose word no other page of the language uses.  Calls dead() with
 * each; returns how many, or SEARCH_FAILED when the engine could not
 * answer.
 */
#define SEARCH_FAILED	((size_t)-1)
size_t	search_dead_glossary(struct search *,
	    void (*dead)(const struct topic *, size_t section, void *),
	    void *ctx);

/*
 * 1 when the engine (SQLite, loaded at run time) can be used; then
 * search_open() fails only for want of memory.
 */
int	search_available(void);

/*
 * The bytes SQLite holds in all, for tests; 0 before the first
 * search_open() loads it.
 */
size_t	search_engine_bytes(void);

/* Size of the index in bytes (SQLite's and the vocabulary's). */
size_t	search_memory(const struct search *);

/*
 * Folds a word to its search form: lower case without accents; at
 * most size - 1 bytes.  Returns the length.  For tests.
 */
size_t	search_fold(const char *word, size_t len, char *out, size_t size);

#endif
