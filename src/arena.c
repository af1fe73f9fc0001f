/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define CHUNK_BYTES	(32 * 1024)

struct arena_chunk {
	struct arena_chunk *next;
	size_t size;		/* bytes in data[] */
	size_t fill;		/* bytes used in data[] */
	max_align_t data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_chunk *c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	arena_init(a);
}

/*
 * n bytes from the arena, starting at a multiple of align (a power of
 * two); not cleared.  Text is taken with an alignment of 1: rounding
 * every string up to max_align_t (16 bytes) cost about 0.8 MiB of a
 * 10,000-topic load.
 */
static void *
take(struct arena *a, size_t n, size_t align)
{
	struct arena_chunk *c = a->head;
	size_t size, at = 0;

	if (n == 0)
		n = 1;
	if (n > SIZE_MAX - sizeof(max_align_t) - sizeof(*c))
		return NULL;
	if (c != NULL)
		at = (c->fill + align - 1) & ~(align - 1);
	if (c == NULL || at > c->size || c->size - at < n) {
		size = n > CHUNK_BYTES ? n : CHUNK_BYTES;
		c = malloc(sizeof(*c) + size);
		if (c == NULL)
			return NULL;
		c->size = size;
		c->fill = 0;
		at = 0;
		/* A large block gets its own chunk behind the current one. */
		if (a->head != NULL && size > CHUNK_BYTES) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	c->fill = at + n;
	a->used += n;
	return (char *)c->data + at;
}

/* Returns zeroed memory aligned for any type. */
void *
arena_alloc(struct arena *a, size_t n)
{
	void *p = take(a, n, sizeof(max_align_t));

	if (p != NULL)
		memset(p, 0, n);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p;

	if (len == SIZE_MAX || (p = take(a, len + 1, 1)) == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}
