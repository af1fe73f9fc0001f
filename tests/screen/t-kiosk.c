/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * t-kiosk.c: the kiosk on terminals of every kind and when they go away.
 *
 * The real smp-kiosk in a pseudo-terminal (tests/screen.h): the plain
 * interface for TERM=dumb, the message for an unknown TERM, colours
 * read cell by cell through libvterm (none with NO_COLOR, eight on the
 * Linux console), hang-ups at every stage with the time and CPU they
 * took, the terminal as SIGTERM leaves it, and the memory of one
 * process.  A few cases need plain pipes instead of a terminal: those
 * run the program with fork and exec and read what it wrote.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

/* The first item of the home menu. */
#define HOME	"1  Alpha page"

#define HANGUP_MS	1000	/* the kiosk must be gone by then */
#define HANGUP_CPU_MS	50	/* and have used less CPU than this */
#define OUT_MAX		(64 * 1024)

static char *kiosk, *fixture;

static struct scr *
start_env(char *const argv_extra[], char *const env[])
{
	return kiosk_start_on(80, 24, fixture, argv_extra, env);
}

static struct scr *
start(char *const argv_extra[])
{
	return kiosk_start_on(80, 24, fixture, argv_extra, NULL);
}

/*
 * Closes the master side, as a dropped SSH connection does, and checks
 * that the kiosk is gone within HANGUP_MS having used little CPU.
 */
static void
hang_up(struct scr *s, const char *when)
{
	long start, took, cpu;
	int status;

	start = clock_ms();
	scr_close_master(s);
	if (!ok(scr_wait_exit(s, slow_run() ? -1 : HANGUP_MS, &status),
	    "hang-up %s: the kiosk is gone within %d ms", when, HANGUP_MS))
		return;
	took = clock_ms() - start;
	cpu = scr_cpu_ms(s);
	diag("hang-up %s: gone after %ld ms, %ld ms of CPU in all", when,
	    took, cpu);
	if (!slow_run())
		ok(cpu < HANGUP_CPU_MS, "hang-up %s: it used %ld ms of CPU "
		    "(under %d)", when, cpu, HANGUP_CPU_MS);
}

/* Every cell of the screen: colours in [lo, hi], or default (-1). */
static int
colours_within(struct scr *s, int lo, int hi, int *coloured)
{
	int row, col, fg, bg;

	*coloured = 0;
	for (row = 0; row < 24; row++)
		for (col = 0; col < 80; col++) {
			if (!scr_cell_colors(s, row, col, &fg, &bg))
				return 0;
			if ((fg != -1 && (fg < lo || fg > hi)) ||
			    (bg != -1 && (bg < lo || bg > hi))) {
				diag("cell %d,%d: colours %d on %d", row, col,
				    fg, bg);
				return 0;
			}
			if (fg != -1 || bg != -1)
				(*coloured)++;
		}
	return 1;
}

/* ---- terminals ---- */

static void
test_dumb_terminal(void)
{
	struct scr *s;
	int status = -1;

	s = start_env(NULL, (char *[]){ "LANG=C.UTF-8", "TERM=dumb", NULL });
	ok(scr_wait_text(s, "Type a number and press Enter", -1),
	    "TERM=dumb: the plain interface asks for a number");
	ok(scr_contains(s, "1. Alpha page") && scr_contains(s, "Home\n===="),
	    "TERM=dumb: a numbered menu under its title");
	ok(!scr_altscreen(s) && scr_mouse_mode(s) == 0,
	    "TERM=dumb: no alternate screen, no mouse reporting");
	scr_type(s, "3\r");
	ok(scr_wait_text(s, "Paragraph 40 of the long page.", -1),
	    "TERM=dumb: a number opens the page, printed whole");
	ok(scr_wait_text(s, "Related topics: type 1 to 3 to open one.", -1),
	    "TERM=dumb: with its links numbered at the end");
	scr_type(s, "q\r");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "TERM=dumb: q quits with status 0");
	scr_free(s);

	s = start((char *[]){ "--plain", NULL });
	ok(scr_wait_text(s, "Type a number and press Enter", -1) &&
	    !scr_altscreen(s), "--plain on xterm: the plain interface");
	scr_free(s);

	s = start_env((char *[]){ "--kiosk", NULL },
	    (char *[]){ "LANG=C.UTF-8", "TERM=dumb", NULL });
	ok(scr_wait_text(s, "Type a number and press Enter", -1),
	    "TERM=dumb --kiosk: plain interface");
	scr_key(s, "C-c");
	scr_key(s, "C-z");
	scr_key(s, "C-\\");
	scr_key(s, "C-d");
	scr_type(s, "q\r2\r");
	ok(scr_wait_text(s, "Home > Group of pages", -1) && scr_running(s),
	    "TERM=dumb --kiosk: Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-D and q leave "
	    "it running and answering");
	hang_up(s, "in the plain interface");
	scr_free(s);

	s = start_env((char *[]){ "--kiosk", "--idle-timeout", "2", NULL },
	    (char *[]){ "LANG=C.UTF-8", "TERM=dumb", NULL });
	ok(scr_wait_text(s, "Type a number and press Enter", -1),
	    "TERM=dumb, idle 2 s: plain interface");
	scr_type(s, "3\r");
	ok(scr_wait_text(s, "Paragraph 40 of the long page.", -1),
	    "TERM=dumb, idle 2 s: a visitor reads a page");
	ok(scr_wait_text(s, "Still there? Resetting in 1 s — press Enter",
	    -1), "TERM=dumb, idle 2 s: a warning");
	/* 24 rows hold the end of the welcome (its line on how to
	 * choose) and the home menu under it. */
	ok(scr_wait_gone(s, "Paragraph", -1) &&
	    scr_wait_text(s, "Home\n====", -1) &&
	    scr_contains(s, "To choose something, type its number and press "
	    "Enter."),
	    "TERM=dumb, idle 2 s: the page is pushed off, the welcome and "
	    "home menu are back");
	scr_type(s, "b\r");
	ok(scr_wait_text(s, "Press Enter to start", -1),
	    "TERM=dumb, idle 2 s: no history: back goes to the welcome");
	scr_free(s);
}

/*
 * Starts the kiosk in kiosk mode with env, its standard error going to
 * the file err (where the line about the terminal is read back: on a
 * terminal with no alternate screen the first frame clears it at
 * once).  With no_terminfo, in a mount namespace where the terminfo
 * folders are empty (ncurses searches its compiled-in folders whatever
 * TERMINFO_DIRS says); that needs root and unshare(1).
 */
static struct scr *
start_term(char *const env[], const char *err, int no_terminfo)
{
	char *argv[16];
	size_t n = 0;

	if (no_terminfo) {
		argv[n++] = "/usr/bin/unshare";
		argv[n++] = "-m";
	}
	argv[n++] = "/bin/sh";
	argv[n++] = "-c";
	argv[n++] = no_terminfo ?
	    "for d in /etc/terminfo /lib/terminfo /usr/share/terminfo; do "
	    "[ ! -d $d ] || mount -t tmpfs none $d || exit 1; done; "
	    "f=$1; shift; exec \"$@\" 2>\"$f\"" :
	    "f=$1; shift; exec \"$@\" 2>\"$f\"";
	argv[n++] = "sh";
	argv[n++] = (char *)err;
	argv[n++] = kiosk;
	argv[n++] = "--kiosk";
	argv[n++] = "--content";
	argv[n++] = fixture;
	argv[n] = NULL;
	return scr_start(80, 24, argv, env);
}

/* Does the file hold text? */
static int
file_has(const char *path, const char *text)
{
	char buf[4096];
	size_t n;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL)
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return strstr(buf, text) != NULL;
}

/*
 * A terminal this host's terminfo does not know still gets the screens,
 * through a related entry, with one line naming it; with no entry at
 * all, the plain interface.  Never an exit: over SSH the visitor could
 * not give --plain.
 */
static void
test_unknown_terminal(void)
{
	static const struct {
		const char *term, *said;
	} cases[] = {
		{ "TERM=xterm-no-such-kind", "\"xterm-no-such-kind\" is not "
		    "known here: using \"xterm\"" },
		{ "TERM=no-such-emulator-256color", "using \"xterm-256color\"" },
		{ "TERM=no-such-terminal-type", "using \"vt220\"" },
		{ "TERM", "TERM is not set: using \"vt220\"" },
		{ "TERM=xterm-\033]0;pwned\007", "type \"xterm-\\x1B]0;pwned"
		    "\\x07\" is not known here: using \"xterm\"" },
	};
	char dir[] = "/tmp/smp-term-XXXXXX", err[64];
	struct scr *s;
	size_t i;

	if (mkdtemp(dir) == NULL) {
		ok(0, "unknown TERM: a temporary folder");
		return;
	}
	snprintf(err, sizeof(err), "%s/stderr", dir);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		s = start_term((char *[]){ "LANG=C.UTF-8",
		    (char *)cases[i].term, NULL }, err, 0);
		ok(to_home(s, HOME), "%s, kiosk: the home menu is shown",
		    i == 4 ? "TERM with control bytes" : cases[i].term);
		ok(file_has(err, cases[i].said), "%s: one line says %s",
		    i == 4 ? "TERM with control bytes" : cases[i].term,
		    cases[i].said);
		kill(scr_pid(s), SIGTERM);
		scr_wait_exit(s, -1, NULL);
		scr_free(s);
		unlink(err);
	}

	/* No terminfo entry at all: lines of text. */
	if (geteuid() != 0 || access("/usr/bin/unshare", X_OK) != 0) {
		ok(1, "no terminfo at all # SKIP needs root and unshare(1)");
		rmdir(dir);
		return;
	}
	s = start_term((char *[]){ "LANG=C.UTF-8",
	    "TERM=no-such-terminal-type", NULL }, err, 1);
	ok(scr_wait_text(s, "Type a number and press Enter", -1),
	    "no terminfo at all: the plain interface's home menu");
	ok(file_has(err, "using the plain interface"),
	    "no terminfo at all: one line says the plain interface is used");
	ok(scr_running(s), "no terminfo at all, kiosk: still running");
	kill(scr_pid(s), SIGTERM);
	scr_wait_exit(s, -1, NULL);
	scr_free(s);
	unlink(err);
	rmdir(dir);
}

static void
test_colours(void)
{
	struct scr *s;
	int rev, coloured, fg, bg, within;

	s = start_env(NULL, (char *[]){ "LANG=C.UTF-8", "NO_COLOR=1", NULL });
	to_home(s, HOME);
	ok(colours_within(s, 0, -1, &coloured) && coloured == 0,
	    "NO_COLOR: not one cell has a colour");
	ok(scr_cell_attrs(s, 0, 1, NULL, &rev, NULL, NULL) && rev,
	    "NO_COLOR: the header in reverse");
	ok(scr_cell_attrs(s, 2, 10, NULL, &rev, NULL, NULL) && rev,
	    "NO_COLOR: the highlighted item in reverse");
	ok(scr_cell_attrs(s, 3, 10, NULL, &rev, NULL, NULL) && !rev,
	    "NO_COLOR: the others not");
	scr_free(s);

	s = start_env(NULL, (char *[]){ "LANG=C.UTF-8", "TERM=vt100", NULL });
	to_home(s, HOME);
	ok(colours_within(s, 0, -1, &coloured) && coloured == 0 &&
	    scr_cell_attrs(s, 2, 10, NULL, &rev, NULL, NULL) && rev,
	    "TERM=vt100, a terminal without colours: mono, the highlight in "
	    "reverse");
	scr_free(s);

	s = start_env((char *[]){ "--theme", "mono", NULL }, NULL);
	to_home(s, HOME);
	ok(colours_within(s, 0, -1, &coloured) && coloured == 0 &&
	    scr_cell_attrs(s, 2, 10, NULL, &rev, NULL, NULL) && rev,
	    "--theme mono: no colour, the highlight in reverse");
	scr_free(s);

	s = start_env(NULL, (char *[]){ "LANG=C.UTF-8", "TERM=linux", NULL });
	to_home(s, HOME);
	within = colours_within(s, 0, 7, &coloured);
	ok(within && coloured > 0, "TERM=linux: colours, all of them among "
	    "the console's 8 (%d cells coloured)", coloured);
	ok(scr_cell_colors(s, 2, 10, &fg, &bg) && bg >= 0 && bg < 8 &&
	    scr_cell_colors(s, 3, 10, NULL, &bg) && bg == -1,
	    "TERM=linux: the highlight has a background of its own");
	scr_free(s);

	s = start(NULL);
	to_home(s, HOME);
	within = colours_within(s, 0, 7, &coloured);
	ok(within && coloured > 0, "xterm-256color: the same 8 colours (%d "
	    "cells coloured)", coloured);
	scr_free(s);

	s = start((char *[]){ "--theme", "high-contrast", NULL });
	to_home(s, HOME);
	ok(scr_cell_colors(s, 2, 10, &fg, &bg) && fg == 0 && bg == 3,
	    "--theme high-contrast: black on yellow for the highlight");
	scr_free(s);
}

/* The locale of an SSH client may not exist here: UTF-8 all the same. */
static void
test_missing_locale(void)
{
	struct scr *s;

	s = start_env(NULL, (char *[]){ "LC_ALL=xx_XX.UTF-8", NULL });
	to_home(s, HOME);
	scr_type(s, "3");
	scr_key(s, "End");
	ok(scr_wait_text(s, "漢字の文章", -1), "a locale that is not "
	    "installed: the kiosk runs, and wide text is drawn");
	scr_free(s);
}

/* ---- signals and hang-ups ---- */

static void
test_signals(void)
{
	struct scr *s;
	int status = -1;

	s = start((char *[]){ "--kiosk", NULL });
	to_home(s, HOME);
	scr_key(s, "Down");
	ok(scr_wait_cursor(s, 3, 2, -1) && scr_mouse_mode(s) != 0,
	    "kiosk: an item highlighted, mouse reporting on");
	kill(scr_pid(s), SIGTERM);
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "SIGTERM: the kiosk ends with status 0");
	ok(!scr_altscreen(s), "SIGTERM: the normal screen is back");
	ok(scr_cursor_visible(s), "SIGTERM: the cursor is visible");
	ok(scr_mouse_mode(s) == 0, "SIGTERM: mouse reporting is off");
	ok(scr_pen_plain(s), "SIGTERM: attributes and colours are reset");
	scr_free(s);

	s = start((char *[]){ "--kiosk", NULL });
	to_home(s, HOME);
	kill(scr_pid(s), SIGHUP);
	ok(scr_wait_exit(s, slow_run() ? -1 : HANGUP_MS, &status) &&
	    WIFEXITED(status),
	    "SIGHUP: the kiosk ends within %d ms", HANGUP_MS);
	ok(!scr_altscreen(s) && scr_mouse_mode(s) == 0 &&
	    scr_cursor_visible(s), "SIGHUP: the terminal is restored");
	scr_free(s);
}

static void
test_hangups(void)
{
	struct scr *s;

	s = start((char *[]){ "--kiosk", NULL });
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "a kiosk waits on its welcome screen");
	hang_up(s, "while waiting for a key");
	scr_free(s);

	s = start((char *[]){ "--kiosk", "--idle-timeout", "4", NULL });
	to_home(s, HOME);
	ok(scr_wait_text(s, "Still there? Resetting in", -1),
	    "the countdown is shown");
	hang_up(s, "during the countdown");
	scr_free(s);

	s = start((char *[]){ "--kiosk", NULL });
	to_home(s, HOME);
	scr_type(s, "3");
	scr_key(s, "PgDn");
	ok(scr_wait_text(s, "Lines 21-40", -1), "a page half read");
	hang_up(s, "in the middle of a page");
	scr_free(s);
}

/* The countdown says what it will do, then the next visitor starts clean. */
static void
test_idle_reset(void)
{
	struct scr *s;

	s = start((char *[]){ "--kiosk", "--idle-timeout", "2", NULL });
	to_home(s, HOME);
	scr_key(s, "Down");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Home > Group of pages", -1),
	    "idle 2 s: a visitor opens a submenu");
	ok(scr_wait_text(s, "Still there? Resetting in 1 s — press any key",
	    -1), "idle 2 s: the countdown");
	ok(scr_wait_text(s, "Press any key to start", -1) &&
	    !scr_contains(s, "Group of pages") && !scr_contains(s, "Still"),
	    "idle 2 s: back to a clean welcome screen");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Alpha page", -1) &&
	    scr_wait_cursor(s, 2, 2, -1) && scr_wait_row(s, 0, "Home", -1) &&
	    !scr_contains(s, "Group of pages >"),
	    "idle 2 s: the next visitor starts with no history, at the top");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "idle 2 s: and Esc goes back to the welcome, not to the old "
	    "submenu");
	scr_free(s);
}

/*
 * A broken translation: the visitor of a kiosk is not shown its errors
 * (they go to the log); someone running it by hand still sees them.
 * What was printed before the screens shows again once they end.
 */
static void
test_content_problems(void)
{
	char mixed[4200];
	char *argv[] = { kiosk, "--kiosk", "--log", "syslog", "--content",
	    mixed, NULL };
	struct scr *s;

	snprintf(mixed, sizeof(mixed), "%s/../mixed", fixture);
	s = scr_start(80, 24, argv, (char *[]){ "LANG=C.UTF-8", NULL });
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "broken translation: the kiosk starts in the language that works");
	kill(scr_pid(s), SIGTERM);
	ok(scr_wait_exit(s, -1, NULL) && !scr_contains(s, "next_review"),
	    "broken translation: its error is not shown to the kiosk's "
	    "visitors");
	scr_free(s);

	/* Wide enough that the error's path, long in a deep build tree,
	 * stays on one row. */
	argv[1] = "--no-mouse";
	s = scr_start(300, 24, argv, (char *[]){ "LANG=C.UTF-8", NULL });
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "broken translation, not a kiosk: the screens start");
	scr_type(s, "q");
	ok(scr_wait_exit(s, -1, NULL) && scr_contains(s, "fr/topics/a.yaml"),
	    "broken translation, not a kiosk: the error is on the terminal");
	scr_free(s);
}

/* Touch alone, no keyboard: in, down a page, and back out. */
static void
test_touch_only(void)
{
	struct scr *s = start((char *[]){ "--kiosk", NULL });
	char *footer;
	int col;

	ok(scr_wait_text(s, "Press any key to start", -1), "touch: welcome");
	tap(s, 40, 12);
	ok(scr_wait_text(s, "1  Alpha page", -1), "touch: a tap starts");
	tap(s, 8, 4);
	ok(scr_wait_text(s, "Lines 1-20 of", -1), "touch: a tap opens a page");
	scr_wait_row(s, 23, "Space More", -1);
	footer = scr_row(s, 23);
	col = strstr(footer, "Space More") != NULL ?
	    (int)(strstr(footer, "Space More") - footer) : -1;
	free(footer);
	ok(col > 0, "touch: the footer of a page offers Space More");
	tap(s, col + 7, 23);
	ok(scr_wait_text(s, "Lines 21-40 of", -1),
	    "touch: tapping More goes down a page");
	tap(s, 2, 0);
	ok(scr_wait_text(s, "1  Alpha page", -1) &&
	    scr_wait_row(s, 0, "Home", -1),
	    "touch: tapping Home in the header goes back");
	ok(scr_running(s), "touch: still running");
	scr_free(s);
}

/* ---- memory ---- */

/* Reads "Rss:" and "Pss:" of pid from /proc, in KiB; 0 if not there. */
static void
memory_kib(pid_t pid, long *rss, long *pss)
{
	char path[64], line[256];
	FILE *fp;

	*rss = *pss = 0;
	snprintf(path, sizeof(path), "/proc/%ld/smaps_rollup", (long)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (strncmp(line, "Rss:", 4) == 0)
			*rss = strtol(line + 4, NULL, 10);
		else if (strncmp(line, "Pss:", 4) == 0)
			*pss = strtol(line + 4, NULL, 10);
	}
	fclose(fp);
}

static void
test_memory(void)
{
	struct scr *s[2];
	long rss, pss;

	s[0] = start((char *[]){ "--kiosk", NULL });
	s[1] = start((char *[]){ "--kiosk", NULL });
	to_home(s[0], HOME);
	to_home(s[1], HOME);
	scr_type(s[0], "3");
	ok(scr_wait_text(s[0], "Paragraph 01", -1), "memory: a page shown");
	memory_kib(scr_pid(s[0]), &rss, &pss);
	if (getenv("SMP_KIOSK_BIN") != NULL)
		ok(1, "memory # SKIP not measured through a wrapper");
	else if (rss == 0)
		ok(1, "memory # SKIP no /proc/PID/smaps_rollup here");
	else
		ok(rss < 16 * 1024, "memory: one kiosk process of two: "
		    "%ld KiB resident, %ld KiB proportional", rss, pss);
	scr_free(s[0]);
	scr_free(s[1]);
}

/* ---- without a terminal ---- */

/*
 * Runs the kiosk with argv on pipes: in as standard input, standard
 * output and error read into out and err.  Returns the wait status.
 */
static void
test_no_terminal(void)
{
	char *argv[] = { kiosk, "--content", fixture, NULL };
	char *out = malloc(OUT_MAX), *err = malloc(OUT_MAX), *nl;
	int status;

	status = run_piped(argv, NULL, "", out, err, OUT_MAX);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 64,
	    "no terminal: exit status 64");
	nl = strchr(err, '\n');
	ok(strstr(err, "needs a terminal") != NULL && nl != NULL &&
	    nl[1] == '\0', "no terminal: a one-line message");
	ok(out[0] == '\0', "no terminal: nothing on standard output");
	free(out);
	free(err);
}

/* The log says what IT needs, and nothing a visitor typed. */
static void
test_log_and_stats(void)
{
	char stats[] = "/tmp/smp-kiosk-stats-XXXXXX";
	char *argv[] = { kiosk, "--plain", "--log", "stderr", "--stats",
	    stats, "--content", fixture, NULL };
	char *env[] = { "SSH_ORIGINAL_COMMAND=echo SMP-ASKED-FOR", NULL };
	char *out = malloc(OUT_MAX), *err = malloc(OUT_MAX);
	char line[256];
	int fd, status, topics = 0, other = 0;
	FILE *fp;

	if ((fd = mkstemp(stats)) < 0) {
		ok(0, "log: a temporary file for the counters");
		return;
	}
	close(fd);
	status = run_piped(argv, env, "SMP-TYPED-SECRET\n1\nb\n3\nq\n", out,
	    err, OUT_MAX);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "log: the plain interface on pipes ends with status 0");
	ok(strstr(err, "<6>smp-kiosk: start version=") != NULL,
	    "log: start, with its priority for the journal");
	ok(strstr(err, "content-loaded languages=1 left-out=0 topics=") !=
	    NULL && strstr(err, "content-language lang=en topics=") != NULL,
	    "log: the content loaded, with its languages and counts");
	ok(strstr(err, "command-ignored") != NULL,
	    "log: a command asked for over SSH is noted as ignored");
	ok(strstr(err, "exit reason=end status=0") != NULL,
	    "log: why it ended");
	ok(strstr(err, "SMP-TYPED-SECRET") == NULL &&
	    strstr(out, "SMP-TYPED-SECRET") == NULL &&
	    strstr(err, "SMP-ASKED-FOR") == NULL,
	    "log: nothing typed and not the command itself, anywhere");
	if (!ok(strstr(out, "Alpha body text.") != NULL,
	    "the visitor saw a topic"))
		diag("stdout: %.400s", out);
	if ((fp = fopen(stats, "r")) != NULL) {
		while (fgets(line, sizeof(line), fp) != NULL) {
			if (strlen(line) == 23 && line[4] == '-' &&
			    strcmp(line + 10, " topic alpha\n") == 0)
				topics++;
			else if (strlen(line) == 27 &&
			    strcmp(line + 10, " topic long-page\n") == 0)
				topics++;
			else
				other++;
		}
		fclose(fp);
	}
	ok(topics == 2 && other == 0, "stats: one line per topic opened, "
	    "day and id only (%d, %d other)", topics, other);
	unlink(stats);

	argv[5] = "/nonexistent/folder/stats";
	status = run_piped(argv, NULL, "q\n", out, err, OUT_MAX);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 73 &&
	    strstr(err, "--stats /nonexistent/folder/stats") != NULL,
	    "stats: a file that cannot be written is an error, status 73");
	free(out);
	free(err);
}

/*
 * As the account's login shell, sshd runs "smp-kiosk -c COMMAND": the
 * command must not be taken for a content folder, or run.
 */
static void
test_login_shell(void)
{
	char shell[4200];
	char *argv[] = { kiosk, "-c", fixture, NULL };
	char *env[] = { shell, NULL };
	char *out = malloc(OUT_MAX), *err = malloc(OUT_MAX);
	int status;

	/* Through a wrapper (valgrind), the program's own name differs. */
	snprintf(shell, sizeof(shell), "SHELL=%s", getenv("SMP_KIOSK_BIN") ?
	    getenv("SMP_KIOSK_BIN") : kiosk);
	status = run_piped(argv, env, "", out, err, OUT_MAX);
	ok(WIFEXITED(status) && WEXITSTATUS(status) != 0 &&
	    strstr(err, fixture) == NULL && strstr(err, "Alpha") == NULL &&
	    out[0] == '\0', "login shell: -c COMMAND is not read as a "
	    "content folder (status %d)", WEXITSTATUS(status));

	env[0] = "SHELL=/bin/sh";
	argv[1] = "-c";
	status = run_piped((char *[]){ kiosk, "--dump", "-c", fixture, NULL },
	    env, "", out, err, OUT_MAX);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
	    strstr(out, "Alpha body text.") != NULL,
	    "not a login shell: -c is --content as usual");
	free(out);
	free(err);
}

int
main(void)
{
	kiosk = kiosk_path();
	/* A kiosk that refuses its options ends before it reads its
	 * input: writing that input must not end the test. */
	signal(SIGPIPE, SIG_IGN);
	fixture = fixture_path("screen");
	test_dumb_terminal();
	test_unknown_terminal();
	test_colours();
	test_missing_locale();
	test_signals();
	test_hangups();
	test_idle_reset();
	test_content_problems();
	test_touch_only();
	test_memory();
	test_no_terminal();
	test_log_and_stats();
	test_login_shell();
	return tap_done();
}
