/*
 * The editorial checks of --check, run over content that loaded
 * cleanly: readability per topic and language, review dates that have
 * passed, phrases a medical page must not use, and topics that no menu
 * or link reaches, and per translation the topics it lacks, adds, or
 * has reviewed before its source in the default language, and whether
 * it lacks its FAQ or the clinic's details.  Problems
 * are warnings; --strict makes them errors.
 * No curses here.
 */
#ifndef SMP_CHECK_H
#define SMP_CHECK_H

#include <stdio.h>

#include "content.h"
#include "diag.h"

struct check_opts {
	double	 max_grade;	/* Flesch-Kincaid grade warned above */
	double	 min_ease;	/* reading ease warned below (non-English);
				 * 0: each language's own threshold */
	int	 today;		/* YYYYMMDD, for review dates */
	FILE	*report;	/* the per-topic table, or NULL */
	FILE	*summary;	/* per language: what a translation lacks */
};

void	content_check(const struct content *, const struct check_opts *,
	    struct diags *);

#endif
