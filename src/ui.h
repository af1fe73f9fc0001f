/* The curses interface. */
#ifndef SMP_UI_H
#define SMP_UI_H

#include "content.h"

enum theme_name {
	THEME_DEFAULT,
	THEME_HIGH_CONTRAST,
	THEME_MONO,
};

struct ui_options {
	int	 kiosk;		/* no key leaves; Ctrl-C and the like do nothing */
	int	 idle_timeout;	/* seconds before an idle session resets; 0: never */
	int	 mouse;		/* mouse and touch input */
	enum theme_name theme;	/* NO_COLOR or a terminal without colour: mono */
};

/*
 * Runs the interactive kiosk on the terminal of stdin/stdout until the
 * visitor quits, a signal arrives or the terminal goes away.  Returns
 * an exit status (sysexits).
 */
int	ui_run(struct content *, struct language *start,
	    const struct ui_options *);

#endif
