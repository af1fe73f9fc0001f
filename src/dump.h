/* --dump: content as plain wrapped text, for handouts and review. */
#ifndef SMP_DUMP_H
#define SMP_DUMP_H

#include <stdio.h>

#include "content.h"

/*
 * Prints a topic, "faq", "disclaimer", "clinic", "selfcheck" (every
 * question and every note it can give, for review), or with what NULL
 * everything in menu order, wrapped at width columns.  Returns an exit
 * status.
 */
int	dump(const struct language *, const char *what, int width, FILE *);

#endif
