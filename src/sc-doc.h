/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The document a step of the self-check is laid out in, held by its
 * flow (selfcheck-flow.c) for every interface.
 * What it holds is printed from a visitor's answers, so it is reserved
 * once, big enough for any view, never copied by a realloc, and zeroed
 * before it is freed.  No curses here.
 */
#ifndef SMP_SC_DOC_H
#define SMP_SC_DOC_H

#include <stddef.h>

#include "doc.h"
#include "selfcheck.h"

/*
 * An upper bound of the text one view of the self-check can print, in
 * bytes; *nlinks gets the number of its answers' topic links.
 */
size_t	sc_doc_bytes(const struct selfcheck *, size_t *nlinks);
/*
 * Room in d (fresh from doc_init()) for any view of the self-check at
 * once, so that what it holds is never copied by a realloc: each byte
 * of text comes out as at most 3 (U+FFFD), and at the narrowest text
 * width (MIN 36 columns) a line holds far more than 4 bytes.  Returns
 * 0, or -1 when out of memory (sc_doc_wipe() frees what was had).
 */
int	sc_doc_reserve(struct doc *d, size_t bytes, size_t links);
/* Zeroes what d holds, at whatever size it grew to, and frees it. */
void	sc_doc_wipe(struct doc *d);

/* The review dates and the reviewer, when the self-check gives them. */
void	sc_doc_dates(struct doc *d, const struct selfcheck *sc);
/*
 * The sources, review dates and reviewer, when the self-check gives
 * them; returns how many lines that took (0: none given).
 */
size_t	sc_doc_review(struct doc *d, const struct selfcheck *sc);
/* The note under "Question n of m" while m may still go down. */
const char *sc_doc_may_skip(void);

#endif
