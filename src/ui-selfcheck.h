/*
 * The self-check screens: the introduction, one question per screen,
 * the results in three panels, and the "leave?" question.  ui.c draws
 * the header and the footer and hands keys and clicks here while the
 * self-check is the top view.  The answers and everything laid out
 * from them live in one struct in ui-selfcheck.c, which
 * ui_selfcheck_wipe() zeroes.
 */
#ifndef SMP_UI_SELFCHECK_H
#define SMP_UI_SELFCHECK_H

#include <curses.h>
#include <wchar.h>

#include "content.h"
#include "keys.h"
#include "selfcheck.h"

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
	SCO_LEAVE,		/* close it: the answers are wiped already */
	SCO_TOPIC,		/* open *topic above the self-check */
};

/* Starts at the introduction; -1 when out of memory. */
int	ui_selfcheck_open(const struct selfcheck *, const char *bullet);
/* Draws rows 2 to rows-2 (the header and footer are the caller's). */
void	ui_selfcheck_draw(int rows, int cols, const struct sc_look *);
enum sc_outcome ui_selfcheck_key(enum action, wchar_t ch,
	    const struct topic **topic);
/* A click or tap at (y, x) in the body or the row above the footer. */
enum sc_outcome ui_selfcheck_click(int y, int x, const struct topic **topic);
/* The visitor asked to leave some other way: asks first if anything
 * is answered (SCO_STAY), else wipes and gives SCO_LEAVE. */
enum sc_outcome ui_selfcheck_leave(void);
/* Zeroes every answer and everything drawn from them; safe to repeat. */
void	ui_selfcheck_wipe(void);
/*
 * Moves the open self-check to the same self-check in another language,
 * answers and place kept; -1 (answers wiped) when out of memory.
 */
int	ui_selfcheck_relang(const struct selfcheck *to, const char *bullet);
/* Is a self-check open (not wiped)? */
int	ui_selfcheck_active(void);

#endif
