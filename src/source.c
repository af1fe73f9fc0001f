/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <string.h>

#include "decode.h"
#include "source.h"

static const char *const kind_names[SOURCE_NKINDS] = {
	[SOURCE_UNKNOWN] = "unknown",
	[SOURCE_STUDY] = "study",
	[SOURCE_REVIEW] = "review",
	[SOURCE_GUIDELINE] = "guideline",
	[SOURCE_STANDARD] = "standard",
	[SOURCE_HEALTH_SERVICE] = "health-service",
	[SOURCE_REGULATOR] = "regulator",
	[SOURCE_PROFESSIONAL_BODY] = "professional-body",
	[SOURCE_LAW] = "law",
	[SOURCE_CLINIC] = "clinic",
	[SOURCE_INDUSTRY] = "industry",
	[SOURCE_FORUM] = "forum",
};

const char *
source_kind_name(enum source_kind k)
{
	return k < SOURCE_NKINDS ? kind_names[k] : kind_names[0];
}

int
source_kind_is_example(enum source_kind k)
{
	return k == SOURCE_CLINIC || k == SOURCE_INDUSTRY || k == SOURCE_FORUM;
}

int
source_kind_needs_id(enum source_kind k)
{
	return k == SOURCE_STUDY || k == SOURCE_REVIEW;
}

static enum source_kind
dec_kind(struct dec *x, const struct ynode *n)
{
	size_t k;

	if (n == NULL)
		return SOURCE_UNKNOWN;
	if (n->kind == YN_SCALAR)
		for (k = SOURCE_UNKNOWN + 1; k < SOURCE_NKINDS; k++)
			if (strcmp(n->str, kind_names[k]) == 0)
				return (enum source_kind)k;
	dec_error(x, n, "kind must be one of study, review, guideline, "
	    "standard, health-service, regulator, professional-body, law, "
	    "clinic, industry, forum");
	return SOURCE_UNKNOWN;
}

/* A DOI as written bare: "10.", a registrant code, "/", a suffix. */
static const char *
dec_doi(struct dec *x, const struct ynode *n)
{
	const char *s = dec_text(x, n, "doi", 1), *slash;

	if (s == NULL)
		return NULL;
	slash = strchr(s, '/');
	if (strncmp(s, "10.", 3) != 0 || slash == NULL || slash == s + 3 ||
	    slash[1] == '\0' || strchr(s, ' ') != NULL) {
		dec_error(x, n, "doi must be written bare, such as "
		    "10.1111/jocd.70375 (without https://doi.org/)");
		return NULL;
	}
	return s;
}

static const char *
dec_pmid(struct dec *x, const struct ynode *n)
{
	const char *s = dec_text(x, n, "pmid", 1);

	if (s == NULL)
		return NULL;
	if (strspn(s, "0123456789") != strlen(s) || strlen(s) > 9) {
		dec_error(x, n, "pmid must be the PubMed number alone, "
		    "such as 40899372");
		return NULL;
	}
	return s;
}

static void
dec_source(struct dec *x, const struct ynode *n, struct source *s)
{
	static const struct field spec[] = {
		{ "title", 1 }, { "publisher", 0 }, { "year", 0 }, { "url", 0 },
		{ "kind", 0 }, { "doi", 0 }, { "pmid", 0 }, { "conflict", 0 },
	};
	const struct ynode *f[8];

	s->line = n->line;
	s->col = n->col;
	if (dec_fields(x, n, "a source", spec, 8, f) < 0)
		return;
	s->title = dec_text(x, f[0], "the source's title", 1);
	s->publisher = dec_text(x, f[1], "publisher", 1);
	s->year = dec_year(x, f[2]);
	s->url = dec_text(x, f[3], "url", 1);
	if (s->url != NULL && strncmp(s->url, "https://", 8) != 0 &&
	    strncmp(s->url, "http://", 7) != 0)
		dec_error(x, f[3], "url must start with https:// or http://");
	else if (s->url != NULL && strchr(s->url, ' ') != NULL)
		dec_error(x, f[3], "url must not contain spaces");
	s->kind = dec_kind(x, f[4]);
	s->doi = dec_doi(x, f[5]);
	s->pmid = dec_pmid(x, f[6]);
	s->conflict = dec_text(x, f[7], "conflict", 0);
}

void
dec_review(struct dec *x, const struct ynode *at, const struct ynode *sources,
    const struct ynode *reviewed, const struct ynode *next_review,
    const struct ynode *reviewer, int required, struct review *r)
{
	const struct ynode *l, *c;
	size_t i;

	r->line = at != NULL ? at->line : 0;
	r->col = at != NULL ? at->col : 0;
	if ((l = dec_list(x, sources, "sources", required)) != NULL &&
	    (r->sources = dec_alloc(x, l->n, sizeof(*r->sources))) != NULL) {
		r->nsources = l->n;
		for (c = l->child, i = 0; c != NULL; c = c->next, i++)
			dec_source(x, c, &r->sources[i]);
	}
	r->reviewed = dec_date(x, reviewed, "reviewed");
	r->next_review = dec_date(x, next_review, "next_review");
	if (r->reviewed && r->next_review && r->next_review <= r->reviewed)
		dec_error(x, next_review, "next_review must come after reviewed");
	r->reviewer = dec_text(x, reviewer, "reviewer", 1);
}
