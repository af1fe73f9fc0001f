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

#endif
