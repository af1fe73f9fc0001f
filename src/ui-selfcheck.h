/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The self-check screens: the introduction, one question per screen,
 * the results in three panels, and the "leave?" question.  ui.c draws
 * the header and the footer and hands keys and clicks here while the
 * self-check is the top view.  The answers and everything laid out
 * from them live in the session's flow (selfcheck-flow.h), which
 * session_forget() wipes.
 */
#ifndef SMP_UI_SELFCHECK_H
#define SMP_UI_SELFCHECK_H

#include <curses.h>
#include <wchar.h>

#include "content.h"
#include "keys.h"
#include "session.h"

/* The attributes of the caller's theme that these screens use. */
struct sc_look {
	attr_t	 select;	/* highlighted answer or item */
	attr_t	 title;
	attr_t	 heading;
	attr_t	 link;
	attr_t	 warn;		/* the "leave?" box */
};

/* What the caller does after a key or a click. */
enum sc_outcome {
	SCO_STAY,		/* redraw the self-check */
	SCO_LEFT,		/* the session left it: the answers are wiped */
	SCO_TOPIC,		/* open *topic above the self-check */
};

/*
 * Draws the flow of s (its self-check view is on top) on rows 2 to
 * rows-2; the header and footer are the caller's.  -1 when its step
 * could not be laid out (out of memory).
 */
int	ui_selfcheck_draw(struct session *, int rows, int cols,
	    const struct sc_look *);
enum sc_outcome ui_selfcheck_key(struct session *, enum action, wchar_t ch,
	    const struct topic **topic);
/* A click or tap at (y, x) in the body or the row above the footer. */
enum sc_outcome ui_selfcheck_click(struct session *, int y, int x,
	    const struct topic **topic);

#endif
