/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Sources and review data: what a page rests on, when it was checked
 * and by whom.  Topics, the FAQ and the self-check share them, and so
 * share one decoder.  No curses here.
 */
#ifndef SMP_SOURCE_H
#define SMP_SOURCE_H

#include <stddef.h>

struct dec;
struct ynode;

/* What kind of thing a source is; --check holds each kind to its rules. */
enum source_kind {
	SOURCE_UNKNOWN,		/* not given: --check reports it */
	SOURCE_STUDY,
	SOURCE_REVIEW,
	SOURCE_GUIDELINE,
	SOURCE_STANDARD,
	SOURCE_HEALTH_SERVICE,
	SOURCE_REGULATOR,
	SOURCE_PROFESSIONAL_BODY,
	SOURCE_LAW,
	SOURCE_CLINIC,		/* these three are examples only, */
	SOURCE_INDUSTRY,	/* and pages label them so */
	SOURCE_FORUM,
	SOURCE_NKINDS
};

struct source {
	const char *title;
	const char *publisher;	/* or journal; may be NULL */
	const char *url;	/* may be NULL */
	const char *doi;	/* "10.xxxx/...", may be NULL */
	const char *pmid;	/* digits, may be NULL */
	const char *conflict;	/* a conflict of interest, may be NULL */
	enum source_kind kind;
	int	 year;		/* 0 when not given */
	int	 line, col;	/* where it is defined, for messages */
};

/* When a page was last checked, by whom, and its sources. */
struct review {
	struct source *sources;
	size_t	 nsources;
	int	 reviewed;	/* YYYYMMDD, 0 when not given */
	int	 next_review;	/* YYYYMMDD, 0 when not given */
	const char *reviewer;	/* the reviewer's role */
	int	 line, col;	/* where the file's review data starts */
};

/* The name of a kind as written in the content ("health-service"). */
const char *source_kind_name(enum source_kind);
/* Is the kind only an example (clinic, industry, forum material)? */
int	source_kind_is_example(enum source_kind);
/* Does the kind need a DOI or PubMed id (studies and reviews)? */
int	source_kind_needs_id(enum source_kind);

/*
 * Decodes the four review fields of a file (any of them may be NULL
 * when the file leaves it out; required says whether that is an error)
 * into r, whose line and column are set from at.
 */
void	dec_review(struct dec *, const struct ynode *at,
	    const struct ynode *sources, const struct ynode *reviewed,
	    const struct ynode *next_review, const struct ynode *reviewer,
	    int required, struct review *r);

#endif
