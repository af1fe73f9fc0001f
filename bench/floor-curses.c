/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor-curses: the ncursesw floor of the benchmarks.  It starts curses
 * as the kiosk does (newterm() on the terminal, cbreak, noecho, keypad),
 * draws one line and waits.  Each key but q rewrites a second line with
 * a count, so it is also the floor of a key's latency and CPU, and of
 * the memory of many sessions.  It exits on q, and at a hang-up (the
 * default action of SIGHUP, or end of input).
 *
 *   floor-curses [SCREEN]
 *
 * With SCREEN, a file of lines of text, the first key instead clears
 * the screen, draws those lines from the top and puts the cursor on
 * row 2, column 2 (where the kiosk leaves it on a menu's first item):
 * the floor of drawing a whole new screen, such as the kiosk's home
 * menu after a key on its welcome screen.
 */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>

#include "bench.h"

#define FLOOR_SCREEN_ROWS	200

/* Reads the lines of a screen file; returns how many, or -1. */
static int
read_screen(const char *path, char *lines[FLOOR_SCREEN_ROWS])
{
	char buf[4096];
	size_t len;
	FILE *fp;
	int n = 0;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (n < FLOOR_SCREEN_ROWS && fgets(buf, sizeof(buf), fp) != NULL) {
		len = strcspn(buf, "\n");
		buf[len] = '\0';
		if ((lines[n] = strdup(buf)) == NULL)
			break;
		n++;
	}
	fclose(fp);
	return n;
}

/* The first key with a screen file: the whole screen drawn anew. */
static void
draw_screen(char *const lines[], int n)
{
	int i;

	erase();
	for (i = 0; i < n && i < LINES; i++)
		mvaddstr(i, 0, lines[i]);
	move(2, 2);
	refresh();
}

int
main(int argc, char **argv)
{
	SCREEN *scr;
	unsigned long keys = 0;
	char *lines[FLOOR_SCREEN_ROWS];
	wint_t wch;
	int rc, nlines = -1, i;

	if (setlocale(LC_ALL, "") == NULL)
		setlocale(LC_ALL, "C.UTF-8");
	if (argc > 1 && (nlines = read_screen(argv[1], lines)) < 0) {
		fprintf(stderr, "floor-curses: cannot read %s\n", argv[1]);
		return 66;
	}
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
		if (keys++ == 0 && nlines >= 0) {
			draw_screen(lines, nlines);
			continue;
		}
		mvprintw(1, 0, "key %05lu", keys);
		refresh();
	}
	endwin();
	delscreen(scr);
	for (i = 0; i < nlines; i++)
		free(lines[i]);
	return 0;
}
