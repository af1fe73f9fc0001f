/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "translation.h"

#define FNV_OFFSET	0xcbf29ce484222325ULL
#define FNV_PRIME	0x100000001b3ULL

static uint64_t
fnv_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * FNV_PRIME;
}

/*
 * Adds one text: leading and trailing white space dropped, a run of
 * spaces and single newlines as one space, a run holding a blank line
 * as one paragraph break.  A field ends with a NUL so that moving a
 * word from one field to the next changes the hash.
 */
static uint64_t
fnv_text(uint64_t h, const char *s)
{
	int space = 0, newlines = 0, started = 0;

	for (; s != NULL && *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
			space = 1;
			newlines += *s == '\n';
			continue;
		}
		if (space && started) {
			h = fnv_byte(h, newlines > 1 ? '\n' : ' ');
			if (newlines > 1)
				h = fnv_byte(h, '\n');
		}
		space = newlines = 0;
		started = 1;
		h = fnv_byte(h, (unsigned char)*s);
	}
	return fnv_byte(h, 0);
}

static uint64_t
fnv_sections(uint64_t h, const struct topic *t)
{
	size_t i;

	for (i = 0; i < t->nsections; i++) {
		h = fnv_byte(h, (unsigned char)('0' + t->sections[i].when));
		h = fnv_text(h, t->sections[i].heading);
		h = fnv_text(h, t->sections[i].body);
	}
	return h;
}

uint64_t
tr_fingerprint(const struct topic *t)
{
	uint64_t h = FNV_OFFSET;
	size_t i;

	h = fnv_text(h, t->title);
	h = fnv_text(h, t->summary);
	h = fnv_sections(h, t);
	h = fnv_text(h, t->evidence);
	for (i = 0; i < t->nask; i++)
		h = fnv_text(h, t->ask[i]);
	return h;
}

uint64_t
tr_body_fingerprint(const struct topic *t)
{
	return fnv_sections(FNV_OFFSET, t);
}

void
tr_fp_format(uint64_t fp, char buf[TR_FP_CHARS])
{
	snprintf(buf, TR_FP_CHARS, "%016llx", (unsigned long long)fp);
}

int
tr_parse(const char *value, char code[16], uint64_t *fp)
{
	const char *sp;
	size_t n, i;
	char *end;

	if (value == NULL || (sp = strchr(value, ' ')) == NULL)
		return -1;
	n = (size_t)(sp - value);
	if (n == 0 || n >= 16 || strlen(sp + 1) != 16)
		return -1;
	for (i = 0; i < n; i++)
		if (!((value[i] >= 'a' && value[i] <= 'z') ||
		    (value[i] >= 'A' && value[i] <= 'Z') || value[i] == '_'))
			return -1;
	for (i = 1; i <= 16; i++)
		if (!strchr("0123456789abcdef", sp[i]) || sp[i] == '\0')
			return -1;
	*fp = (uint64_t)strtoull(sp + 1, &end, 16);
	memcpy(code, value, n);
	code[n] = '\0';
	return 0;
}

enum tr_status
tr_topic_status(const struct topic *t, const struct topic *src,
    const char *def_code)
{
	char code[16];
	uint64_t fp;

	if (t == NULL)
		return TR_MISSING;
	if (src == NULL || src == t)
		return TR_SOURCE;
	if (tr_fingerprint(t) == tr_fingerprint(src) ||
	    (t->nsections > 0 && tr_body_fingerprint(t) ==
	    tr_body_fingerprint(src)))
		return TR_UNTRANSLATED;
	if (tr_parse(t->translates, code, &fp) < 0 ||
	    strcmp(code, def_code) != 0)
		return TR_UNMARKED;
	return fp == tr_fingerprint(src) ? TR_CURRENT : TR_OUTDATED;
}

void
tr_resolve_language(struct language *lang, const struct language *def)
{
	size_t k;

	for (k = 0; k < lang->ntopics; k++)
		lang->topics[k].tr = lang == def || def == NULL ? TR_SOURCE :
		    tr_topic_status(&lang->topics[k],
		    language_topic(def, lang->topics[k].id), def->code);
}

void
tr_resolve(struct content *c)
{
	const struct language *def = content_default_language(c);
	size_t i;

	for (i = 0; i < c->nlangs; i++)
		tr_resolve_language(c->langs[i], def);
}

const char *
tr_status_name(enum tr_status s)
{
	switch (s) {
	case TR_SOURCE:
		return N_("source");
	case TR_MISSING:
		return N_("missing");
	case TR_UNTRANSLATED:
		return N_("untranslated");
	case TR_UNMARKED:
		return N_("not marked");
	case TR_OUTDATED:
		return N_("outdated");
	case TR_CURRENT:
		return N_("current");
	}
	return "?";
}
