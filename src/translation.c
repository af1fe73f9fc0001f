/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "selfcheck.h"
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

uint64_t
tr_faq_fingerprint(const struct faq *q)
{
	uint64_t h = FNV_OFFSET;
	size_t i;

	h = fnv_text(h, q->title);
	for (i = 0; i < q->n; i++) {
		h = fnv_text(h, q->entries[i].question);
		h = fnv_text(h, q->entries[i].answer);
	}
	return h;
}

uint64_t
tr_selfcheck_fingerprint(const struct selfcheck *sc)
{
	const struct sc_question *q;
	const struct sc_answer *a;
	uint64_t h = FNV_OFFSET;
	size_t i, j, k;

	h = fnv_text(h, sc->title);
	h = fnv_text(h, sc->introduction);
	for (i = 0; i < SC_NPANELS; i++)
		h = fnv_text(h, sc->panel[i]);
	for (i = 0; i < sc->nquestions; i++) {
		q = &sc->questions[i];
		/* "Choose one" or "all that apply" is read as well. */
		h = fnv_byte(h, (unsigned char)('0' + q->kind));
		h = fnv_text(h, q->text);
		h = fnv_text(h, q->help);
		for (j = 0; j < q->nanswers; j++) {
			a = &q->answers[j];
			h = fnv_text(h, a->label);
			for (k = 0; k < a->nnotes; k++) {
				/* The panel a note shows under. */
				h = fnv_byte(h, (unsigned char)('0' +
				    a->notes[k].panel));
				h = fnv_text(h, a->notes[k].because);
				h = fnv_text(h, a->notes[k].text);
			}
		}
	}
	h = fnv_text(h, sc->alternatives_title);
	h = fnv_text(h, sc->alternatives);
	return fnv_text(h, sc->closing);
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
	if (t == NULL)
		return TR_MISSING;
	if (src == NULL || src == t)
		return TR_SOURCE;
	if (tr_fingerprint(t) == tr_fingerprint(src) ||
	    (t->nsections > 0 && tr_body_fingerprint(t) ==
	    tr_body_fingerprint(src)))
		return TR_UNTRANSLATED;
	return tr_marked_status(t->translates, tr_fingerprint(src), def_code);
}

enum tr_status
tr_marked_status(const char *translates, uint64_t src_fp,
    const char *def_code)
{
	char code[16];
	uint64_t fp;

	if (tr_parse(translates, code, &fp) < 0 ||
	    strcmp(code, def_code) != 0)
		return TR_UNMARKED;
	return fp == src_fp ? TR_CURRENT : TR_OUTDATED;
}

static int
same_text(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/*
 * The self-check and the FAQ of lang against def's: missing, a copy
 * (their first texts are the same), or as tr_marked_status();
 * TR_CURRENT when def has none.
 */
static enum tr_status
selfcheck_status(const struct language *lang, const struct language *def)
{
	if (def->selfcheck == NULL)
		return TR_CURRENT;
	if (lang->selfcheck == NULL)
		return TR_MISSING;
	if (same_text(lang->selfcheck->introduction,
	    def->selfcheck->introduction) || (lang->selfcheck->nquestions > 0 &&
	    def->selfcheck->nquestions > 0 &&
	    same_text(lang->selfcheck->questions[0].text,
	    def->selfcheck->questions[0].text)))
		return TR_UNTRANSLATED;
	return tr_marked_status(lang->selfcheck->translates,
	    tr_selfcheck_fingerprint(def->selfcheck), def->code);
}

static enum tr_status
faq_status(const struct language *lang, const struct language *def)
{
	if (def->faq == NULL)
		return TR_CURRENT;
	if (lang->faq_fallback || lang->faq == NULL)
		return TR_MISSING;
	if (lang->faq->n > 0 && def->faq->n > 0 &&
	    same_text(lang->faq->entries[0].answer, def->faq->entries[0].answer))
		return TR_UNTRANSLATED;
	return tr_marked_status(lang->faq->translates,
	    tr_faq_fingerprint(def->faq), def->code);
}

void
tr_resolve_language(struct language *lang, const struct language *def)
{
	size_t k;

	lang->faq_tr = lang->selfcheck_tr = TR_SOURCE;
	if (lang != def && def != NULL) {
		lang->faq_tr = faq_status(lang, def);
		lang->selfcheck_tr = selfcheck_status(lang, def);
	}
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
