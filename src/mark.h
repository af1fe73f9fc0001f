/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * --mark-translated: records in a translated topic, faq.yaml or
 * selfcheck.yaml which version of the default language's it translates
 * (translation.h), by writing its "translates" line.  No curses here.
 */
#ifndef SMP_MARK_H
#define SMP_MARK_H

#include <stdio.h>

#include "content.h"

/*
 * Marks the topic file, faq.yaml or selfcheck.yaml path of content c
 * (loaded from the folders the file is in) as a translation of the
 * default language's as it is now.  Says what it did on out, or why
 * not on err; returns a sysexits status.
 */
int	mark_translated(const struct content *c, const char *path, FILE *out,
	    FILE *err);

#endif
