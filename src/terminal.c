/*
 * What the terminal can do, asked of terminfo before curses starts.  In
 * a file of its own because <term.h> defines names such as "lines" and
 * "columns" as macros.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

static int
has_cap(const char *s)
{
	return s != NULL && s != (char *)-1 && *s != '\0';
}

const char *
ui_saved_lines_erase(int screens)
{
	static char seq[32];
	const char *e3, *ed, *smcup;
	int err = 0;

	seq[0] = '\0';
	if (getenv("TERM") == NULL ||
	    setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return NULL;
	e3 = tigetstr("E3");
	ed = tigetstr("ed");
	smcup = tigetstr("smcup");
	/* On the alternate screen nothing scrolls into the history, and
	 * the lines there are the visitor's own. */
	if (!screens || !has_cap(smcup)) {
		if (has_cap(e3))
			snprintf(seq, sizeof(seq), "%s", e3);
		else if (has_cap(ed) && strncmp(ed, "\033[J", 3) == 0)
			snprintf(seq, sizeof(seq), "\033[3J");
	}
	del_curterm(cur_term);
	return seq[0] != '\0' ? seq : NULL;
}
