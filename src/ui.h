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
	/*
	 * When set, ui_run() was given only the welcome screen's content
	 * (content_load_welcome()), to show its first frame at once; right
	 * after that frame it calls load_rest to replace the content with
	 * all of it and *start with the same language there.  If load_rest
	 * returns anything but 0, ui_run() returns UI_RELOAD.
	 */
	int	(*load_rest)(void *ctx, struct content *, struct language **);
	void	*load_ctx;
};

#define UI_RELOAD	(-1)	/* load_rest failed: see ui_options */

/*
 * Runs the interactive kiosk on the terminal of stdin/stdout until the
 * visitor quits, a signal arrives or the terminal goes away.  Returns
 * an exit status (sysexits).
 */
int	ui_run(struct content *, struct language *start,
	    const struct ui_options *);

#endif
