/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The editorial checks of --check, run over content that loaded
 * cleanly: readability per topic and language, review dates that have
 * passed, phrases a medical page must not use, and topics that no menu
 * or link reaches, and per translation the topics it lacks, adds, or
 * has reviewed before its source in the default language, and whether
 * it lacks its FAQ or the clinic's details.  Problems
 * are warnings; --strict makes them errors.  Errors: a source without
 * its kind, a study or review without a DOI or PubMed id, a link to a
 * domain of checks.yaml's bad_domains, an FAQ without review data, a
 * sign-off naming a page that does not exist, and with
 * require_sign_off a page no sign-off of the clinic covers.
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
	int	 require_sign_off;	/* a page without a clinic's sign-off
					 * dated after its review is an error */
	const char *translator;	/* a language code: print on report what
				 * it still needs instead of the tables */
};

void	content_check(const struct content *, const struct check_opts *,
	    struct diags *);

#endif
