/*
 * What the terminal can do, asked of terminfo before curses starts.  In
 * a file of its own because <term.h> defines names such as "lines" and
 * "columns" as macros.
 */
#include <config.h>

#include <stdlib.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "ui.h"

enum ui_terminal
ui_probe_terminal(void)
{
	const char *term = getenv("TERM");
	const char *cup;
	int err = 0;

	if (term == NULL || *term == '\0')
		return UI_TERM_UNKNOWN;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return err == 1 ? UI_TERM_LINES : UI_TERM_UNKNOWN;
	cup = tigetstr("cup");
	/* Cursor addressing is what curses needs; without it (dumb, a
	 * printing terminal) the screens would pile up on one line. */
	cup = cup == NULL || cup == (char *)-1 ? NULL : cup;
	del_curterm(cur_term);
	return cup == NULL ? UI_TERM_LINES : UI_TERM_SCREEN;
}
