/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A YAML file as a small tree of scalars, sequences and mappings, with
 * the position of every node.  Built from libyaml's event API with the
 * limits of content-limits.h checked as each event arrives; anchors,
 * aliases, tags, merge keys, duplicate keys, NUL bytes, control characters,
 * invalid UTF-8 and UTF-16/32 input are refused.  No curses here.
 */
#ifndef SMP_YTREE_H
#define SMP_YTREE_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"

enum ynode_kind {
	YN_SCALAR,
	YN_SEQ,
	YN_MAP,
};

struct ynode {
	enum ynode_kind kind;
	int	 line, col;	/* 1-based position of the node */
	const char *str;	/* YN_SCALAR: NUL-terminated value */
	size_t	 len;		/* YN_SCALAR: bytes in str */
	struct ynode *child;	/* YN_SEQ: items; YN_MAP: key, value, key, ... */
	struct ynode *next;	/* next sibling */
	size_t	 n;		/* YN_SEQ: items; YN_MAP: pairs */
};

struct ytree {
	struct arena arena;
	struct ynode *root;	/* NULL for an empty file */
};

/*
 * Parses len bytes of buf as the content file named file.  Returns 0 on
 * success, -1 when the file could not be read into a tree; either way
 * every problem found is added to d.  On success the tree may still be
 * accompanied by errors (a duplicate key) that leave it usable for
 * reporting further problems.  ytree_free() must be called either way.
 */
int	ytree_parse(struct ytree *, const char *file, const char *buf,
	    size_t len, struct diags *d);
/* Reads and parses a file, refusing anything larger than the limit. */
int	ytree_load(struct ytree *, const char *path, struct diags *d);
void	ytree_free(struct ytree *);
/*
 * The value of one top-level key of a mapping file, read only as far as
 * that key (for the welcome screen, which names languages whose files
 * are read whole right after).  A malloc()ed copy, or NULL when the file
 * cannot be read, is not a mapping, has a problem before the key or no
 * such key, or the value is not one line of printable text; the full
 * read reports any problem.
 */
char	*ytree_peek(const char *path, const char *key);

/* Finds the value of key in a mapping, or NULL. */
const struct ynode *ynode_get(const struct ynode *map, const char *key);
const char *ynode_kind_name(enum ynode_kind);

#endif
