/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Decoding a YAML tree into typed values, with every problem reported
 * at its position: the helpers that the content loader and the other
 * files of a language (such as the self-check) share.  No curses here.
 */
#ifndef SMP_DECODE_H
#define SMP_DECODE_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "ytree.h"

struct topic;

/* A reference to a topic, resolved once every topic is loaded. */
struct ref {
	const char *id;
	const char *file;
	int	 line, col;
	struct topic **slot;
};

struct refs {
	struct ref *v;
	size_t	 n, cap;
};

/* State while decoding one file of one language. */
struct dec {
	struct diags *d;
	const char *file;
	struct arena *a;
	struct refs *refs;
	size_t	 errors;
	int	 nomem;
};

struct field {
	const char *name;
	int	 required;
};

typedef void decode_fn(struct dec *, const struct ynode *, void *);

/* Is s (len bytes) a topic id: 1 to LIMIT_ID_CHARS of a-z, 0-9, '-'? */
int	valid_id(const char *s, size_t len);

void	dec_error(struct dec *, const struct ynode *, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Memory from the language's arena; reports running out once. */
void	*dec_alloc(struct dec *, size_t n, size_t size);
char	*dec_strndup(struct dec *, const char *, size_t len);
/*
 * Matches a mapping against the keys it may hold: out[i] receives the
 * value of spec[i] or NULL.  Unknown keys (with the closest known key
 * as a suggestion) and missing required keys are reported.  Returns -1
 * if the node is not a mapping at all.
 */
int	dec_fields(struct dec *, const struct ynode *map, const char *what,
	    const struct field *spec, size_t nspec, const struct ynode **out);
/* Text: a non-empty scalar without tabs, trailing newlines dropped. */
const char *dec_text(struct dec *, const struct ynode *, const char *what,
	    int one_line);
const char *dec_id(struct dec *, const struct ynode *, const char *what);
/*
 * "translates: en 0123456789abcdef", as --mark-translated writes it
 * into a topic, faq.yaml or selfcheck.yaml: the text, or NULL.
 */
const char *dec_translates(struct dec *, const struct ynode *);
/* A date written YYYY-MM-DD, returned as YYYYMMDD, or 0. */
int	dec_date(struct dec *, const struct ynode *, const char *what);
int	dec_year(struct dec *, const struct ynode *);
/* Checks that n is a list (with an item, if nonempty); returns it or NULL. */
const struct ynode *dec_list(struct dec *, const struct ynode *,
	    const char *what, int nonempty);
/* Notes a reference to a topic id, resolved once every topic is loaded. */
void	add_ref(struct dec *, const struct ynode *, const char *id,
	    struct topic **slot);
/* Parses the file at path and decodes its tree into obj with fn. */
void	dec_file(struct dec *, const char *path, decode_fn *fn, void *obj);

#endif
