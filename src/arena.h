/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A region allocator: everything loaded for one language lives in one
 * arena and is released with one call, so a loader that fails part-way
 * has nothing to unwind.
 */
#ifndef SMP_ARENA_H
#define SMP_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
	size_t used;		/* bytes handed out, for reports */
};

void	 arena_init(struct arena *);
void	 arena_free(struct arena *);
void	*arena_alloc(struct arena *, size_t);	/* zeroed; NULL if out of memory */
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_strdup(struct arena *, const char *);

#endif
