/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor-curses: the ncursesw floor of the benchmarks.  It starts curses
 * as the kiosk does (newterm() on the terminal, cbreak, noecho, keypad),
 * draws one line and waits.  Each key but q rewrites a second line with
 * a count, so it is also the floor of a key's latency and CPU, and of
 * the memory of many sessions.  It exits on q, and at a hang-up (the
 * default action of SIGHUP, or end of input).
 */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <curses.h>

#include "bench.h"

int
main(void)
{
	SCREEN *scr;
	unsigned long keys = 0;
	wint_t wch;
	int rc;

	if (setlocale(LC_ALL, "") == NULL)
		setlocale(LC_ALL, "C.UTF-8");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("floor-curses: needs a terminal\n", stderr);
		return 64;
	}
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		fputs("floor-curses: unknown terminal type\n", stderr);
		return 70;
	}
	set_term(scr);
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	mvaddstr(0, 0, FLOOR_READY);
	refresh();
	for (;;) {
		rc = get_wch(&wch);
		if (rc == ERR || (rc == OK && wch == 'q'))
			break;
		mvprintw(1, 0, "key %05lu", ++keys);
		refresh();
	}
	endwin();
	delscreen(scr);
	return 0;
}
