/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The document of a page view, for every interface: a topic, an FAQ
 * answer, the notice, the clinic's contact page, and the help page,
 * generated from the command table for the interface that asks.  The
 * screens draw it, the plain interface and --dump print it.  No curses
 * here.
 */
#ifndef SMP_PAGE_H
#define SMP_PAGE_H

#include "doc.h"
#include "session.h"

/* Who reads the page, for its help. */
enum page_reader {
	PAGE_SCREEN,		/* keys, and touch when mouse is set */
	PAGE_PLAIN,		/* commands typed as words */
};

struct page_opts {
	enum page_reader reader;
	int	 kiosk;		/* q is no command */
	int	 mouse;		/* the screens take taps and clicks */
	size_t	 nlangs;	/* L is a command with more than one */
	int	 speech;	/* read aloud is offered: R and V */
};

/*
 * Lays out the page of view v (session_is_page()) of language lang into
 * d, reset to its width first.  Returns -1 when out of memory (d->nomem
 * is set; what fitted is there), else 0.
 */
int	page_build(struct doc *d, const struct language *lang,
	    const struct view *v, const struct page_opts *o);

/*
 * A page opened from a search: the line it lands on (the heading of
 * the section of the result, else the first line with a match), and
 * the next line from from on (dir 1) or back (dir -1) with a word of
 * query, or SESSION_NOWHERE.
 */
size_t	page_land(const struct doc *d, const struct view *v,
	    const struct search *idx);
size_t	page_next_match(const struct doc *d, const struct search *idx,
	    const char *query, size_t from, int dir);

/*
 * The text of "My questions" (session.myq) for the visitor of lang:
 * its title, note (the code does not hold them all; may be NULL), the
 * questions numbered, each a link to its topic, and, with a code
 * beside it, what the code is.  The screens draw it beside the
 * QR code; the plain interface prints it.  -1 when out of memory.
 */
int	page_myq(struct doc *d, const struct language *lang,
	    const struct myq *q, const char *note, int code,
	    const struct page_opts *o);

/*
 * The text a code of the first n questions of q holds (qr.h): the
 * title, the questions, and lang's clinic's name and phone when it has
 * them.  A new string to free, or NULL when out of memory.
 */
char	*page_myq_payload(const struct language *lang, const struct myq *q,
	    size_t n);

/* An address a page offers as a QR code: what it is, and the text. */
#define PAGE_CODE_LABEL	256
#define PAGE_CODE_TEXT	512
#define PAGE_CODES_MAX	32
struct page_code {
	char	 label[PAGE_CODE_LABEL];	/* "Phone: ...", a source's title */
	char	 text[PAGE_CODE_TEXT];	/* "tel:+44...", an address */
};

/*
 * The addresses the page of view v offers as codes, into out (at most
 * max): the clinic's phone (as a tel: address) and web address on its
 * contact page; each source's link (or its DOI's or PubMed record's)
 * on a topic or an FAQ answer.  Returns how many.
 */
size_t	page_codes(const struct language *lang, const struct view *v,
	    struct page_code *out, size_t max);

#endif
