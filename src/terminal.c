/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/* Does terminfo have an entry for name, with cursor addressing? */
static int
has_entry(const char *name)
{
	const char *cup;
	int err = 0, ok;

	if (setupterm(name, STDOUT_FILENO, &err) != OK)
		return 0;
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}

static int
ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && strcmp(s + n - m, tail) == 0;
}

const char *
ui_terminal_fallback(void)
{
	/* Terminals that are not in an older host's terminfo, by what
	 * their names say they are; then the VT100 family, which every
	 * terminal emulator understands. */
	static const struct {
		const char *prefix;
		const char *entry;
	} family[] = {
		{ "xterm-", "xterm" },
		{ "screen", "screen" },
		{ "tmux", "screen" },
		{ "rxvt", "rxvt" },
		{ "vt2", "vt220" },
		{ "vt3", "vt220" },
		{ "vt4", "vt220" },
		{ "linux", "linux" },
		{ "alacritty", "xterm-256color" },
		{ "foot", "xterm-256color" },
		{ "wezterm", "xterm-256color" },
		{ "kitty", "xterm-256color" },
		{ "ghostty", "xterm-256color" },
		{ "contour", "xterm-256color" },
	};
	static const char *const safe[] = { "vt220", "vt100", "ansi" };
	const char *term = getenv("TERM");
	size_t i;
	int err = 0;

	if (term != NULL && *term != '\0') {
		if (setupterm(NULL, STDOUT_FILENO, &err) == OK) {
			del_curterm(cur_term);
			return NULL;	/* known: nothing to choose */
		}
		if (err == 1)
			return NULL;	/* known, and hard-copy or dumb */
		if (ends_with(term, "-256color") &&
		    has_entry("xterm-256color"))
			return "xterm-256color";
		for (i = 0; i < sizeof(family) / sizeof(family[0]); i++)
			if (strncmp(term, family[i].prefix,
			    strlen(family[i].prefix)) == 0 &&
			    has_entry(family[i].entry))
				return family[i].entry;
	}
	for (i = 0; i < sizeof(safe) / sizeof(safe[0]); i++)
		if (has_entry(safe[i]))
			return safe[i];
	return NULL;
}
