/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Translation status of a page: which version of the default
 * language's page a translation was made from.  A translated topic,
 * faq.yaml or selfcheck.yaml records it in its "translates" key: the
 * default language's code and a fingerprint of that page's text,
 * written by --mark-translated when the translator is done.  From that,
 * and the text itself, a page of a translation is missing, an
 * untranslated copy, outdated (the source changed since), not marked,
 * or current.  No curses here.
 */
#ifndef SMP_TRANSLATION_H
#define SMP_TRANSLATION_H

#include <stdint.h>

#include "content.h"

/* Bytes of a fingerprint written as text: 16 hex digits and a NUL. */
#define TR_FP_CHARS	17

/*
 * A 64-bit FNV-1a hash of what a visitor reads on the page: title,
 * summary, sections, evidence and questions, white space runs taken as
 * one (a blank line stays a paragraph break), so that re-wrapping the
 * YAML changes nothing while any edit to the words does.
 */
uint64_t tr_fingerprint(const struct topic *);
/* The same, of the sections alone: equal for a copy with a new title. */
uint64_t tr_body_fingerprint(const struct topic *);
/*
 * The same of the FAQ (its title, then each question and answer) and
 * of the self-check (every text a visitor reads in it, in order, with
 * each question's kind and the panel of each note): faq.yaml and
 * selfcheck.yaml record theirs as a topic does.
 */
uint64_t tr_faq_fingerprint(const struct faq *);
struct selfcheck;
uint64_t tr_selfcheck_fingerprint(const struct selfcheck *);
void	tr_fp_format(uint64_t, char buf[TR_FP_CHARS]);
/*
 * Reads a "translates" value, "en 0123456789abcdef": returns 0 and
 * fills code (16 bytes) and *fp, or -1 when it is not so written.
 */
int	tr_parse(const char *value, char code[16], uint64_t *fp);

/*
 * The status of lang's own topic t against src, the default language's
 * topic of the same id (NULL: none).
 */
enum tr_status	tr_topic_status(const struct topic *t, const struct topic *src,
	    const char *def_code);
/*
 * A translation that is not a copy, by its "translates" value (NULL:
 * none) against its source's fingerprint now: not marked, outdated or
 * current.
 */
enum tr_status	tr_marked_status(const char *translates, uint64_t src_fp,
	    const char *def_code);

/* Sets every topic's status (struct topic.tr) once content is loaded. */
void	tr_resolve(struct content *);
/*
 * The same for one language, against def, the default language: its
 * topics', and its FAQ's and self-check's (faq_tr, selfcheck_tr).
 */
void	tr_resolve_language(struct language *, const struct language *def);
/*
 * "missing", "untranslated", "outdated", "not marked", "current":
 * English, marked for gettext (pass it through _() to show it).
 */
const char *tr_status_name(enum tr_status);

#endif
