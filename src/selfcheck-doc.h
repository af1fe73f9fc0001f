/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check's documents (selfcheck-doc.c): laying out each step
 * is sc_flow_layout() in selfcheck-flow.h; this is the one document the
 * steps are laid out in, for the flow that holds it.  What it holds is
 * printed from a visitor's answers, so it is reserved once, big enough
 * for any step, never copied by a realloc, and zeroed before it is
 * freed.  No curses here.
 */
#ifndef SMP_SELFCHECK_DOC_H
#define SMP_SELFCHECK_DOC_H

#include <stddef.h>

#include "doc.h"
#include "selfcheck-flow.h"
#include "selfcheck.h"

/*
 * An upper bound of the text one step of the self-check can print, in
 * bytes; *nlinks gets the number of its answers' topic links.
 */
size_t	sc_doc_bytes(const struct selfcheck *, size_t *nlinks);
/*
 * Room in d (fresh from doc_init()) for any step of the self-check at
 * once, so that what it holds is never copied by a realloc: each byte
 * of text comes out as at most 3 (U+FFFD), and at the narrowest text
 * width (MIN 36 columns) a line holds far more than 4 bytes.  Returns
 * 0, or -1 when out of memory (doc_wipe() frees what was had).
 */
int	sc_doc_reserve(struct doc *d, size_t bytes, size_t links);

#endif
