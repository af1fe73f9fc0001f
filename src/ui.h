/* SPDX-License-Identifier: GPL-3.0-or-later */
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
	int	 leave;		/* kiosk, but q leaves after a question (SSH) */
	int	 idle_timeout;	/* seconds before an idle session resets; 0: never */
	int	 mouse;		/* mouse and touch input */
	int	 speech;	/* --speech: read aloud is offered */
	enum theme_name theme;	/* NO_COLOR or a terminal without colour: mono */
	const char *erase_saved;	/* see ui_saved_lines_erase() */
	/*
	 * When set, ui_run() was given only the welcome screen's content
	 * (content_load_welcome()), to show its first frame at once.  Right
	 * after that frame, before the first key, it calls load_rest, which
	 * replaces the content with all of it and sets *start to the
	 * language to go on in there, then draws again what changed.  If
	 * load_rest returns anything but 0 (no language to run in),
	 * ui_run() leaves the screen and returns UI_RELOAD, with the
	 * content as load_rest left it.
	 */
	int	(*load_rest)(void *ctx, struct content *, struct language **start);
	void	*load_ctx;
};

#define UI_RELOAD	(-1)	/* load_rest failed: see ui_options */

/* What the terminal on stdout can do, from TERM and terminfo. */
enum ui_terminal {
	UI_TERM_SCREEN,		/* cursor addressing: the curses screens */
	UI_TERM_LINES,		/* none (TERM=dumb): the plain interface */
	UI_TERM_UNKNOWN,	/* TERM unset, or not in terminfo */
};

enum ui_terminal ui_probe_terminal(void);
/*
 * When TERM is unset or terminfo has no entry for it: the name of a
 * related entry this host has (xterm-256color for "*-256color", xterm
 * for "xterm-*", and so on), else a VT100-class one.  NULL when TERM is
 * known, or when no entry would do (the plain interface is left).
 */
const char *ui_terminal_fallback(void);

/*
 * The control that erases the terminal's saved lines (its history, or
 * scrollback), or NULL where none is known: terminfo's E3, else ED 3
 * (ESC [ 3 J) on a terminal whose "ed" is ECMA-48's ED (xterm and its
 * kin take it so; the others ignore a parameter they lack).  For the
 * screens (screens = 1), NULL on a terminal with an alternate screen:
 * nothing of theirs gets into its history, and what is there is not
 * the kiosk's.  Call it before curses starts.
 */
const char *ui_saved_lines_erase(int screens);

/*
 * Runs the interactive kiosk on the terminal of stdin/stdout until the
 * visitor quits, a signal arrives or the terminal goes away.  Returns
 * an exit status (sysexits).  main() has checked that stdin and stdout
 * are terminals and that ui_probe_terminal() gives UI_TERM_SCREEN.
 */
int	ui_run(struct content *, struct language *start,
	    const struct ui_options *);

#endif
