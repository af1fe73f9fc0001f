/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plain interface: the kiosk line by line, without curses, for
 * screen readers, braille displays and terminals without cursor
 * addressing (TERM=dumb, --plain).  Menus are numbered lists, pages are
 * printed whole, and the visitor types a number or a letter and Enter.
 * It offers what the screens offer: the self-check, the notice that
 * this is general information ("!") and the languages ("L").
 */
#ifndef SMP_PLAIN_H
#define SMP_PLAIN_H

#include <stdio.h>

#include "content.h"

/*
 * Runs the plain interface, starting in lang (one of c's languages, among
 * which the visitor may switch), reading lines from in and writing
 * to out, text wrapped at width columns (COLUMNS, or 80).  In kiosk mode
 * "q" does not quit, and when in is a terminal Ctrl-C, Ctrl-\, Ctrl-Z
 * and Ctrl-D are made ordinary characters until it returns (a signal
 * whose default action ends the process puts them back first).  After
 * idle_timeout seconds (0: never) without a line, a warning, then the
 * visitor is forgotten (the self-check's answers zeroed, the first language
 * back) and it starts over.  Ends at "q", at the end of
 * in or on a read error.  Returns an exit status (sysexits): EX_OK,
 * EX_IOERR when out fails, EX_SOFTWARE when out of memory.
 */
int	plain_run(struct content *c, struct language *lang, int kiosk,
	    int idle_timeout, FILE *in, FILE *out, int width);

/*
 * The control that erases the saved lines (the history) of the terminal
 * on out, or NULL (the default) for none: at an idle reset, and when
 * the visitor leaves the self-check, the screen's rows are pushed up
 * into the history and then this erases them.  A terminal that keeps
 * lines and takes no such control keeps the previous visitor's.
 */
void	plain_set_erase_saved(const char *seq);

/*
 * Whether "q" in kiosk mode leaves after a question ("Leave the kiosk?
 * y/n"), as for a visitor over SSH; 0 (the default): it does not.
 */
void	plain_set_leave(int leave);

#endif
