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

/* What the terminal on stdout can do, from TERM and terminfo. */
enum ui_terminal {
	UI_TERM_SCREEN,		/* cursor addressing: the curses screens */
	UI_TERM_LINES,		/* none (TERM=dumb): the plain interface */
	UI_TERM_UNKNOWN,	/* TERM unset, or not in terminfo */
};

enum ui_terminal ui_probe_terminal(void);

/*
 * Runs the interactive kiosk on the terminal of stdin/stdout until the
 * visitor quits, a signal arrives or the terminal goes away.  Returns
 * an exit status (sysexits).  main() has checked that stdin and stdout
 * are terminals and that ui_probe_terminal() gives UI_TERM_SCREEN.
 */
int	ui_run(struct content *, struct language *start,
	    const struct ui_options *);

#endif
