/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search view on the screens (VIEW_SEARCH): the box with what is
 * typed, a line under it, and the results (title, menu path, context)
 * with the words found marked.  ui.c draws the header and footer and
 * hands the keys, characters typed and taps here while the view is on
 * top.  The query and results are the session's (session.h), which
 * session_forget() wipes.
 */
#ifndef SMP_UI_SEARCH_H
#define SMP_UI_SEARCH_H

#include <curses.h>
#include <wchar.h>

#include "keys.h"
#include "session.h"

/* How the caller's theme draws the box and the results. */
struct search_look {
	attr_t	 select;	/* the box and the highlighted result */
	attr_t	 title;		/* the other results' titles */
};

/* Draws the view v between the header and the footer, rows x cols. */
void	ui_search_draw(struct session *, struct view *v, int rows, int cols,
	    const struct search_look *);
/*
 * A character typed into the box, and Backspace: the last character
 * goes.  Either searches again (s->nomem when that fails).
 */
void	ui_search_type(struct session *, struct view *v, wchar_t ch);
void	ui_search_erase(struct session *, struct view *v);
/* Up, Down, PgUp, PgDn move the highlight; Enter opens the result. */
void	ui_search_key(struct session *, struct view *v, enum action,
	    int rows);
/* A tap on row y opens the result drawn there. */
void	ui_search_click(struct session *, struct view *v, int y);

#endif
