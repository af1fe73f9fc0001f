/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --dump: content as plain wrapped text, for handouts and review. */
#ifndef SMP_DUMP_H
#define SMP_DUMP_H

#include <stdio.h>

#include "content.h"

/*
 * Prints a topic, "faq", "disclaimer", "clinic", "selfcheck" (every
 * question and every note it can give, for review), or with what NULL
 * everything in menu order, wrapped at width columns.  A topic the
 * language lacks comes from fallback (the default language; may be
 * NULL) with a note.  Returns an exit status.
 */
int	dump(const struct language *, const struct language *fallback,
	    const char *what, int width, FILE *);

#endif
