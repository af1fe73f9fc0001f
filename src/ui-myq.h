/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * "My questions" on the screens: the list as text and as a QR code of
 * plain text for a phone's camera (qr.h), dark modules on light
 * whatever the theme.  ui.c draws the header and footer and hands the
 * keys and taps here while the view is on top.  The list is the
 * session's (session.myq), which session_forget() wipes.
 */
#ifndef SMP_UI_MYQ_H
#define SMP_UI_MYQ_H

#include <curses.h>
#include <wchar.h>

#include "keys.h"
#include "page.h"
#include "session.h"

/* How the caller's theme draws the list and the code. */
struct myq_look {
	attr_t	 bar;		/* the header */
	attr_t	 select;	/* the highlighted question */
	attr_t	 title;
	attr_t	 warn;		/* "only the first N fit" */
	attr_t	 code;		/* half blocks: dark ink on light */
	attr_t	 code_light, code_dark;	/* reverse-video cells */
	int	 light_is_ink;	/* no colours: the light part is the ink */
};

/*
 * Draws the view v of "My questions" above the footer: the code from
 * the top left corner, over the header's path, and the text beside it.
 * -1 when out of memory.
 */
int	ui_myq_draw(struct session *, struct view *v, int rows, int cols,
	    const struct myq_look *, const struct page_opts *);
/* A key; returns the topic to open (Enter on a question), or NULL. */
const struct topic *ui_myq_key(struct session *, struct view *v,
	    enum action, wchar_t ch);
/* A tap on row y highlights the question (or address) drawn there. */
void	ui_myq_click(struct session *, struct view *v, int y);

/*
 * The codes' view (VIEW_CODE): the addresses of the page below it
 * (page_codes()), the highlighted one as a code.  -1 when out of
 * memory.
 */
int	ui_code_draw(struct session *, struct view *v, int rows, int cols,
	    const struct myq_look *);
void	ui_code_key(struct session *, struct view *v, enum action,
	    wchar_t ch);
/* How many addresses the top view's page offers as codes. */
int	ui_code_count(const struct session *);

#endif
