/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * t-harness.c: tests of the screen harness itself, using /bin/sh as the
 * program under test.
 */
#include <sys/wait.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

/* Run a shell script in a terminal of cols x rows. */
static struct scr *
start_sh(int cols, int rows, const char *script, char *const env[])
{
	char	*argv[] = { "/bin/sh", "-c", (char *)script, NULL };

	return scr_start(cols, rows, argv, env);
}

/* Check that the child exited with code want. */
static void
check_exit(struct scr *s, int want, const char *name)
{
	int	status = 0;

	if (!ok(scr_wait_exit(s, -1, &status), "%s: exits", name))
		return;
	ok(WIFEXITED(status) && WEXITSTATUS(status) == want,
	    "%s: exit status %d (status 0x%x)", name, want, status);
}

/* Text with wide and combining characters, the cursor, a line of input. */
static void
test_text(void)
{
	struct scr	*s;
	char		*row;
	long		 start;
	int		 r, c;

	s = start_sh(80, 24, "printf '\\033[2J\\033[5;10Hhello wide "
	    "\xe6\xbc\xa2\xe5\xad\x97 e\\314\\201'; read x; "
	    "printf '\\ngot %s' \"$x\"", NULL);
	ok(s != NULL, "text: started");
	ok(scr_pid(s) > 0, "text: has a pid");
	ok(scr_wait_text(s, "hello", -1), "text: hello appears");
	ok(scr_wait_row(s, 4, "e\xcc\x81", -1), "text: row 4 is complete");
	row = scr_row(s, 4);
	is_str(row, "         hello wide \xe6\xbc\xa2\xe5\xad\x97 e\xcc\x81",
	    "text: row 4 with wide and combining characters");
	free(row);
	row = scr_row(s, 0);
	is_str(row, "", "text: row 0 is empty");
	free(row);
	row = scr_row(s, 24);
	is_str(row, "", "text: a row off the screen is empty");
	free(row);
	scr_cursor(s, &r, &c);
	is_int(r, 4, "text: cursor row");
	is_int(c, 26, "text: cursor column counts wide cells twice");
	ok(scr_contains(s, "\xe6\xbc\xa2\xe5\xad\x97"), "text: contains CJK");
	ok(!scr_contains(s, "absent"), "text: does not contain absent");
	ok(scr_bytes(s) > 0, "text: bytes counted");
	scr_type(s, "hi there");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "got hi there", -1), "text: line read by child");
	check_exit(s, 0, "text");
	start = clock_ms();
	ok(!scr_wait_text(s, "never", 2000), "text: absent after exit");
	ok(clock_ms() - start < 1000, "text: no waiting once output ended");
	scr_free(s);
}

/* A wait for absent text times out after about the time given. */
static void
test_timeout(void)
{
	struct scr	*s;
	long		 start, took;
	int		 r;

	s = start_sh(40, 5, "echo waiting; read x", NULL);
	ok(scr_wait_text(s, "waiting", -1), "timeout: child ready");
	start = clock_ms();
	diag("a screen dump is expected here:");
	r = scr_wait_text(s, "absent", 200);
	took = clock_ms() - start;
	ok(!r, "timeout: absent text not found");
	ok(took >= 190 && took < 2000, "timeout: took %ld ms for 200", took);
	scr_free(s);	/* kills the child still reading */
}

/* Named keys arrive as the bytes of xterm-256color's terminfo. */
static void
test_keys(void)
{
	struct scr	*s;

	s = start_sh(80, 24, "stty raw -echo; echo ready; "
	    "od -An -tx1 -N 16; read x", NULL);
	ok(scr_wait_text(s, "ready", -1), "keys: raw mode set");
	scr_key(s, "Up");
	scr_key(s, "C-a");
	scr_key(s, "F5");
	scr_key(s, "BackTab");
	scr_key(s, "Home");
	scr_key(s, "Backspace");
	ok(scr_wait_text(s, "1b 4f 41 01 1b 5b 31 35 7e 1b 5b 5a 1b 4f 48 7f",
	    -1), "keys: Up C-a F5 BackTab Home Backspace");
	scr_free(s);
}

/* Queries such as DA are answered by libvterm through the master. */
static void
test_query(void)
{
	struct scr	*s;

	s = start_sh(80, 24, "stty raw -echo; printf '\\033[c'; "
	    "od -An -tx1 -N 3; read x", NULL);
	ok(scr_wait_text(s, "1b 5b 3f", -1), "query: DA answered");
	scr_free(s);
}

/* The child sees a new size and the screen grows. */
static void
test_resize(void)
{
	struct scr	*s;
	char		*row;

	s = start_sh(80, 24, "stty size; read x; stty size; "
	    "printf '\\033[30;95Hedge'; read x", NULL);
	ok(scr_wait_text(s, "24 80", -1), "resize: starts at 24 80");
	scr_resize(s, 100, 30);
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "30 100", -1), "resize: child sees 30 100");
	ok(scr_wait_row(s, 29, "edge", -1), "resize: last row and column");
	row = scr_row(s, 29);
	is_int((long)strlen(row), 98, "resize: row 29 is 98 columns long");
	free(row);
	scr_free(s);
}

/* Alternate screen, cursor visibility, mouse mode and attributes. */
static void
test_modes(void)
{
	struct scr	*s;
	int		 bold, rev, fg, bg;

	s = start_sh(80, 24, "printf 'primary\\033[?1049h\\033[?25l"
	    "\\033[?1000h\\033[H\\033[1;7mB\\033[0m\\033[31mR\\033[0m'; "
	    "read x; printf '\\033[?1000l\\033[?25h\\033[?1049l'; read x",
	    NULL);
	ok(scr_wait_text(s, "BR", -1), "modes: drawn");
	ok(scr_altscreen(s), "modes: alternate screen");
	ok(!scr_contains(s, "primary"), "modes: primary screen hidden");
	ok(!scr_cursor_visible(s), "modes: cursor hidden");
	is_int(scr_mouse_mode(s), 1, "modes: mouse clicks reported");
	ok(scr_cell_attrs(s, 0, 0, &bold, &rev, &fg, &bg), "modes: cell 0 0");
	ok(bold && rev && fg && bg, "modes: B is bold reverse default");
	ok(scr_cell_attrs(s, 0, 1, &bold, &rev, &fg, &bg), "modes: cell 0 1");
	ok(!bold && !rev && !fg && bg, "modes: R is red on default");
	ok(!scr_cell_attrs(s, 0, 80, NULL, NULL, NULL, NULL),
	    "modes: no cell past the edge");
	scr_reset_bytes(s);
	is_int((long)scr_bytes(s), 0, "modes: bytes reset");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "primary", -1), "modes: primary screen back");
	ok(!scr_altscreen(s), "modes: alternate screen left");
	ok(scr_cursor_visible(s), "modes: cursor shown");
	is_int(scr_mouse_mode(s), 0, "modes: mouse off");
	ok(scr_bytes(s) > 0, "modes: bytes counted again");
	scr_free(s);
}

/* Text disappears; output that pauses counts as idle. */
static void
test_gone_idle(void)
{
	struct scr	*s;

	s = start_sh(80, 24, "echo busy; read x; printf '\\033[2J'; read x",
	    NULL);
	ok(scr_wait_text(s, "busy", -1), "gone: busy shown");
	ok(scr_wait_idle(s, 50, -1), "idle: quiet after drawing");
	scr_key(s, "Enter");
	ok(scr_wait_gone(s, "busy", -1), "gone: busy cleared");
	scr_free(s);
}

/* The child's environment: defaults, overrides and removals. */
static void
test_env(void)
{
	char		*env[] = { "TERM=vt100", "SMP_X=1 2", "HOME", NULL };
	struct scr	*s;

	s = start_sh(80, 24, "echo \"T=$TERM L=$LC_ALL X=$SMP_X "
	    "H=${HOME-unset} C=${COLUMNS-unset}\"", env);
	ok(scr_wait_text(s, "T=vt100 L=C.UTF-8 X=1 2 H=unset C=unset", -1),
	    "env: as asked");
	check_exit(s, 0, "env");
	scr_free(s);
	s = start_sh(80, 24, "echo \"T=$TERM\"", NULL);
	ok(scr_wait_text(s, "T=xterm-256color", -1), "env: default TERM");
	scr_free(s);
}

/* Closing the master hangs up the child; a missing program exits 127. */
static void
test_hangup_exec(void)
{
	char		*argv[] = { "/nonexistent/smp-kiosk", NULL };
	struct scr	*s;
	int		 status = 0;

	/* The kernel wakes the reader before it sends SIGHUP: either wins. */
	s = start_sh(80, 24, "echo up; read x; exit 3", NULL);
	ok(scr_wait_text(s, "up", -1), "hangup: child ready");
	scr_close_master(s);
	ok(scr_wait_exit(s, -1, &status), "hangup: child exits");
	ok((WIFSIGNALED(status) && WTERMSIG(status) == SIGHUP) ||
	    (WIFEXITED(status) && WEXITSTATUS(status) == 3),
	    "hangup: SIGHUP or end of input (status 0x%x)", status);
	scr_free(s);

	s = scr_start(80, 24, argv, NULL);
	ok(scr_wait_text(s, "No such file", -1), "exec: error shown");
	check_exit(s, 127, "exec");
	scr_free(s);
}

int
main(void)
{
	tap_plan_none();
	test_text();
	test_timeout();
	test_keys();
	test_query();
	test_resize();
	test_modes();
	test_gone_idle();
	test_env();
	test_hangup_exec();
	return tap_done();
}
