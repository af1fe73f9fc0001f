/* The curses interface. */
#ifndef SMP_UI_H
#define SMP_UI_H

#include "content.h"

/*
 * Runs the interactive kiosk on the terminal of stdin/stdout until the
 * visitor quits, a signal arrives or the terminal goes away.  Returns
 * an exit status (sysexits).
 */
int	ui_run(struct content *, struct language *start);

#endif
