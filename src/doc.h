/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Documents: what a page shows, laid out for a width.  A topic, an FAQ
 * answer or the help text becomes lines with a style and, for links,
 * the topic they open.  The screens draw these lines and --dump prints
 * them, so both show the same words.  No curses here.
 */
#ifndef SMP_DOC_H
#define SMP_DOC_H

#include <stddef.h>
#include <stdio.h>

#include "content.h"
#include "wrap.h"

enum doc_style {
	DOC_TEXT,
	DOC_TITLE,
	DOC_HEADING,
	DOC_LINK,
	DOC_NOTE,		/* summaries, review dates: quieter text */
};

struct doc_link {
	struct topic *topic;
	size_t	 line;		/* first line of the link */
};

struct doc {
	struct wrap w;		/* the lines and their text */
	unsigned char *style;	/* per line: enum doc_style */
	int	*link;		/* per line: index into links, or -1 */
	size_t	 cap;
	struct doc_link *links;
	size_t	 nlinks, linkcap;
	size_t	 sources;	/* first line of the sources, or 0 */
	/* A topic's questions to ask: question i takes the lines from
	 * ask_at[i] to ask_at[i + 1] (a tap adds it to My questions);
	 * the first DOC_ASK_MAX only. */
#define DOC_ASK_MAX	32
	size_t	 ask_at[DOC_ASK_MAX + 1];
	size_t	 nask;
	int	 width;
	const char *bullet;	/* marker for bullet items */
	int	 nomem;
};

void	doc_init(struct doc *, int width, const char *bullet);
void	doc_free(struct doc *);
/* Zeroes all that d holds, at the size it grew to, then frees it: for
 * documents with a visitor's traces (their questions, their search). */
void	doc_wipe(struct doc *);
/* Starts again at another width, keeping nothing. */
void	doc_reset(struct doc *, int width);

void	doc_line(struct doc *, const char *text, enum doc_style);
void	doc_body(struct doc *, const char *text);
void	doc_blank(struct doc *);
void	doc_link(struct doc *, const char *label, struct topic *);

/* Styles the lines added to d->w since line first (for callers that
 * lay out text with the wrap functions directly). */
void	doc_tag(struct doc *, size_t first, enum doc_style);

/*
 * The note above a topic shown from the default language because the
 * visitor's language lacks it; name is that language's own name.
 */
void	doc_fallback_note(struct doc *, const char *name);
/* "This page in <name> may be out of date: ...", a translation whose
 * original changed since (TR_OUTDATED). */
void	doc_outdated_note(struct doc *, const char *name);
/* The words of that note, for a screen that shows it on one line. */
void	doc_fallback_text(char *buf, size_t size, const char *name);
/*
 * The notes above topic t as lang shows it: the page is the default
 * language's (doc_fallback_note), or it is lang's own but shows clinic
 * details from the default language (clinic_fallback).  A
 * page shown from the default language needs no clinic note: the
 * details are in the language of the page.
 */
void	doc_topic_notes(struct doc *, const struct language *lang,
	    const struct topic *t);

/*
 * A language as the visitor sees it, on the screens and in the plain
 * interface: its own name ("Español").  On a terminal that is not
 * UTF-8 a name that has no ASCII form ("中文" becomes "??") also
 * shows its code.
 */
void	doc_language_label(const struct language *, char *buf, size_t size);

/*
 * "Page last reviewed: ... Next review due: ...", and the reviewer;
 * each line only when the review data gives it.
 */
void	doc_review_dates(struct doc *, const struct review *);
/*
 * "Sources" and each source (its kind's label when it is an example
 * only, its link or DOI or PubMed record, its conflict of interest),
 * then the review dates and the reviewer.
 */
void	doc_review(struct doc *, const struct review *);

/* Whole documents; each returns 0, or -1 when out of memory. */
/*
 * A topic; sections marked for clinics use c, which may be NULL.
 * Before its sources: how strong the evidence is, and the questions
 * to ask.
 */
int	doc_topic(struct doc *, const struct topic *, const struct clinic *c);
/*
 * A topic as a visitor of lang sees it: its notes (doc_topic_notes),
 * the page with lang's clinic details, and the clinic's sign-off.
 */
int	doc_topic_page(struct doc *, const struct language *lang,
	    const struct topic *t);
/*
 * An FAQ answer as a visitor of lang sees it: a note when the FAQ is
 * the default language's, the answer, the FAQ's sources, review data
 * and sign-off (doc_faq_review), and the link to its topic.
 */
int	doc_answer_page(struct doc *, const struct language *lang,
	    const struct faq_entry *);
/* The sources, review data and sign-off of lang's FAQ, if it has any. */
int	doc_faq_review(struct doc *, const struct language *lang);
/*
 * The line that says who reviewed page (a topic id, "faq",
 * "selfcheck"), reviewed on reviewed (YYYYMMDD), for lang's clinic,
 * if a sign-off covers it; from_default says the page is shown from
 * the default language.  See clinic_sign_off().
 */
void	doc_sign_off(struct doc *, const struct language *lang,
	    const char *page, int reviewed, int from_default);
/*
 * The contact page of lang's clinic (lang->clinic, not NULL), under a
 * note when the details are the default language's (clinic_fallback).
 */
int	doc_clinic(struct doc *, const struct language *lang);
/* A question, its answer and the link to its topic, without the
 * FAQ's review data, which --dump prints once at the end. */
int	doc_faq_entry(struct doc *, const struct faq_entry *);
int	doc_text(struct doc *, const char *title, const char *body);

/* The question to ask that line i belongs to, or -1. */
int	doc_ask_at(const struct doc *, size_t line);
/* The text of line i, and its length in bytes. */
const char *doc_text_at(const struct doc *, size_t i, size_t *len);

/*
 * The place of line on a page, as it holds in another language (the
 * same section and paragraph); 0 for none.  doc_anchor_line() finds it
 * in another document: the first line of that paragraph, or of the
 * last one before it when the section has fewer.
 */
size_t	doc_anchor(const struct doc *, size_t line);
size_t	doc_anchor_line(const struct doc *, size_t anchor);

/*
 * Whether line i (a title or heading) is the last line of it: a title
 * or heading that wrapped is underlined once, under that line.
 */
int	doc_heading_ends(const struct doc *, size_t i);

/*
 * Prints the lines of d to fp as plain text (--dump), each at its
 * indent, a title underlined with "=" and a heading with "-".  *any
 * says whether something was printed before, which a blank line then
 * separates; it is set.  Returns -1 when d ran out of memory while it
 * was laid out (what it holds is printed all the same), else 0.
 */
int	doc_print(const struct doc *d, int *any, FILE *fp);

#endif
