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

#endif
