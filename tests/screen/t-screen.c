/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * End-to-end screen tests: the real smp-kiosk in a pseudo-terminal,
 * its output rendered by libvterm, and every check made on what a
 * person would see.  Waits are for screen conditions with a timeout.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/wait.h>

#include <signal.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

static char *kiosk, *fixture, *shipped;

static struct scr *
start(int cols, int rows, const char *root)
{
	return kiosk_start(cols, rows, "--content", root, NULL);
}

/* Row r contains text (the row is printed when it does not). */
/* Waits until row r contains text. */
static int
row_has(struct scr *s, int r, const char *text)
{
	return scr_wait_row(s, r, text, -1);
}

static int
row_has_quiet(struct scr *s, int r, const char *text)
{
	char *row = scr_row(s, r);
	int hit = row != NULL && strstr(row, text) != NULL;

	free(row);
	return hit;
}

static int
cursor_at(struct scr *s, int row, int col)
{
	return scr_wait_cursor(s, row, col, -1);
}

/* Past the welcome screen, a test for each of the two screens. */
static void
home(struct scr *s)
{
	ok(scr_wait_text(s, "Press any key to start", -1), "welcome shown");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Alpha page", -1), "home menu shown");
}

/* start -> menu -> topic -> end -> related topic -> back to home */
static void
test_navigation(void)
{
	struct scr *s = start(80, 24, fixture);
	int r;

	ok(scr_wait_text(s, "Screen test kiosk", -1), "title on welcome");
	ok(scr_wait_text(s, "Welcome to the screen test kiosk.", -1),
	    "welcome text");
	ok(row_has(s, 23, "? Help  q Quit") && !row_has_quiet(s, 23, "Move"),
	    "welcome footer offers only the keys that work there");
	home(s);
	ok(row_has(s, 0, "Home"), "header says Home");
	ok(row_has(s, 0, "General information, not medical advice"),
	    "header carries the disclaimer notice");
	ok(cursor_at(s, 2, 2), "cursor on the first item");
	ok(row_has(s, 22, "Summary of alpha."), "summary of first item");
	ok(row_has(s, 23, "Enter Open"), "footer hints from the key table");
	scr_key(s, "Down");
	ok(scr_wait_row(s, 22, "A submenu with two pages.", -1),
	    "summary follows the highlight");
	ok(cursor_at(s, 3, 2), "cursor moved down");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Home > Group of pages", -1),
	    "submenu path in header");
	ok(scr_wait_text(s, "2  Gamma label", -1), "label override shown");
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "Gamma", -1) && row_has(s, 0, "Home") &&
	    !scr_contains(s, "Group of pages >"), "Esc goes back to home");
	ok(cursor_at(s, 3, 2), "selection kept on return");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Home > Long page", -1), "digit opens item 3");
	ok(scr_wait_text(s, "Paragraph 01 of the long page.", -1),
	    "page text shown");
	ok(scr_wait_text(s, "Lines 1-20 of", -1), "scroll position shown");
	scr_key(s, "PgDn");
	ok(scr_wait_text(s, "Lines 21-40 of", -1), "PgDn scrolls a page");
	scr_key(s, "Space");
	ok(scr_wait_text(s, "Lines 41-60 of", -1), "Space scrolls a page");
	scr_key(s, "Home");
	ok(scr_wait_text(s, "Lines 1-20 of", -1), "Home goes to the top");
	scr_key(s, "Down");
	ok(scr_wait_text(s, "Lines 2-21 of", -1), "Down scrolls a line");
	scr_key(s, "End");
	ok(scr_wait_text(s, "3. Gamma page", -1), "End shows related topics");
	ok(scr_wait_text(s, "Page last reviewed: 2026-01-01", -1),
	    "review date shown");
	ok(scr_wait_text(s, "Long source", -1), "sources shown");
	scr_key(s, "Down");
	r = find_row(s, "1. Alpha page", 24);
	ok(r > 0 && cursor_at(s, r, 2),
	    "Down at the end highlights the first related topic");
	scr_key(s, "Down");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Home > Long page > Beta page", -1),
	    "Enter opens the second related topic");
	ok(scr_wait_text(s, "Beta body text.", -1), "related page text");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Beta page > Alpha page", -1),
	    "digit opens a related topic");
	scr_key(s, "Backspace");
	ok(scr_wait_row(s, 0, "Home > Long page > Beta page", -1),
	    "Backspace goes back");
	scr_key(s, "Left");
	ok(scr_wait_row(s, 0, "Home > Long page", -1), "Left goes back");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  Alpha page", -1) && row_has(s, 0, "Home"),
	    "back at home");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "back at the welcome screen");
	scr_free(s);
}

static void
test_hotkeys(void)
{
	struct scr *s = start(80, 24, fixture);

	home(s);
	scr_key(s, "Down");
	scr_type(s, "a");
	ok(scr_wait_row(s, 22, "The second item starting with A.", -1),
	    "a jumps to the next item starting with A");
	ok(cursor_at(s, 5, 2), "cursor on the matched item");
	scr_type(s, "A");
	ok(scr_wait_row(s, 22, "Summary of alpha.", -1),
	    "A again wraps around to the first match");
	ok(cursor_at(s, 2, 2), "cursor follows");
	scr_type(s, "a");
	ok(scr_wait_row(s, 22, "The second item starting with A.", -1),
	    "and cycles on");
	scr_key(s, "End");
	ok(scr_wait_row(s, 22, "What this information is.", -1),
	    "End selects the last item");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Test disclaimer: general information", -1),
	    "disclaimer page from the menu");
	scr_key(s, "Esc");
	scr_type(s, "5");
	ok(scr_wait_text(s, "2  Second question?", -1), "FAQ list");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "First answer text.", -1), "FAQ answer");
	ok(scr_wait_text(s, "1. Beta page", -1), "FAQ answer links its topic");
	scr_key(s, "Tab");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Beta body text.", -1), "Tab then Enter opens it");
	scr_free(s);
}

static void
test_help(void)
{
	struct scr *s = start(80, 24, fixture);

	home(s);
	scr_type(s, "?");
	ok(scr_wait_row(s, 0, "Home > Help", -1), "? opens help");
	ok(scr_wait_text(s, "Esc, Left, Backspace", -1), "help names the keys");
	ok(scr_wait_text(s, "Go back", -1), "help says what they do");
	/* A name with a context shows without it in English. */
	ok(scr_wait_text(s, "  Home                 Go to the first item", -1),
	    "help names the Home key");
	scr_key(s, "End");
	ok(scr_wait_text(s, "Test disclaimer", -1), "help ends with the "
	    "disclaimer");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  Alpha page", -1), "Esc leaves help");
	scr_key(s, "F1");
	ok(scr_wait_row(s, 0, "Home > Help", -1), "F1 opens help");
	scr_free(s);
}

/*
 * Lists take two-digit numbers (test_long_list()): the help says so,
 * as the plain interface's "1, 2, 3 ..." does.
 */
static void
test_help_two_digits(void)
{
	struct scr *s = start(80, 60, fixture);
	int r;

	home(s);
	scr_type(s, "?");
	ok(scr_wait_row(s, 0, "Home > Help", -1) &&
	    scr_wait_text(s, "1-9, 10-99", -1) &&
	    (r = find_row(s, "1-9, 10-99", 60)) >= 0 &&
	    row_has(s, r, "Open item number 1 to 9 of a menu;") &&
	    row_has(s, r + 1, "items, two digits open item 10 and up"),
	    "help: the number keys are 1-9 and 10-99, two digits from 10");
	scr_free(s);
}

static void
test_resize(void)
{
	struct scr *s = start(80, 24, fixture);

	home(s);
	scr_type(s, "3");
	scr_key(s, "End");
	ok(scr_wait_text(s, "3. Gamma page", -1), "at the end of a page");
	scr_resize(s, 100, 30);
	ok(scr_wait_row(s, 28, "of", -1), "position moves to the new last "
	    "rows");
	ok(scr_wait_row(s, 29, "Enter Open", -1), "footer on the last row");
	scr_resize(s, 40, 12);
	ok(scr_wait_row(s, 11, "Enter", -1), "footer at 40x12");
	ok(scr_wait_row(s, 0, "Long page", -1), "header at 40x12");
	ok(scr_wait_text(s, "Lines", -1), "position shown at 40x12");
	scr_key(s, "End");
	ok(scr_wait_text(s, "3. Gamma page", -1), "End works at 40x12");
	scr_resize(s, 30, 8);
	ok(scr_wait_text(s, "Please make the", -1), "too small: a message");
	ok(scr_wait_text(s, "40 x 12", -1), "the message gives the size");
	scr_resize(s, 80, 24);
	ok(scr_wait_text(s, "3. Gamma page", -1) &&
	    !scr_contains(s, "Please make"), "back to the page at 80x24");
	scr_key(s, "Home");
	scr_key(s, "End");
	/* 38 wide characters fill the 76 columns of text exactly. */
	ok(scr_wait_text(s, "  漢字の文章は二列の幅で表示されます。これは折り返し"
	    "の試験です。漢字の文章は二\n  列の幅で表示されます。", -1),
	    "wide text wraps by display width");
	scr_free(s);
}

static void
test_quit_restores(void)
{
	struct scr *s = start(80, 24, fixture);
	int status = -1;

	home(s);
	ok(scr_altscreen(s), "the kiosk uses the alternate screen");
	scr_type(s, "q");
	ok(scr_wait_exit(s, -1, &status), "q quits");
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit status 0");
	ok(!scr_altscreen(s), "alternate screen left");
	ok(scr_cursor_visible(s), "cursor visible again");
	scr_free(s);
}

static void
test_signal_and_hangup(void)
{
	struct scr *s = start(80, 24, fixture);
	int status = -1;

	home(s);
	kill(scr_pid(s), SIGTERM);
	ok(scr_wait_exit(s, -1, &status), "SIGTERM ends the kiosk");
	ok(!scr_altscreen(s) && scr_cursor_visible(s),
	    "and the terminal is restored");
	scr_free(s);

	s = start(80, 24, fixture);
	home(s);
	scr_close_master(s);
	ok(scr_wait_exit(s, -1, &status), "closing the terminal ends the "
	    "kiosk instead of leaving it spinning");
	scr_free(s);
}

static void
test_clinic_overlay(void)
{
	struct scr *s = kiosk_start(80, 24, "--content", fixture, "--content",
	    fixture_path("clinic-overlay"), NULL);

	ok(scr_wait_text(s, "Test Clinic", -1), "welcome names the clinic");
	home(s);
	ok(scr_wait_text(s, "7  Contact the clinic", -1),
	    "the contact item shows with a clinic file");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Prices at Test Clinic", -1),
	    "the page shows the clinic's prices section");
	ok(scr_wait_text(s, "Hairline: 1,200 GBP", -1), "with its price list");
	scr_key(s, "Esc");
	scr_type(s, "7");
	ok(scr_wait_row(s, 0, "Home > Contact the clinic", -1),
	    "the contact page opens");
	ok(scr_wait_text(s, "+44 20 7946 0000", -1), "with the phone number");
	scr_key(s, "End");
	ok(scr_wait_text(s, "Test Clinic provides this kiosk", -1),
	    "and the clinic's link to the kiosk");
	scr_free(s);

	s = start(80, 24, fixture);
	home(s);
	scr_type(s, "1");
	ok(scr_wait_text(s, "Ask any clinic for a written quote.", -1),
	    "without a clinic, the other section shows");
	ok(!scr_contains(s, "Prices at"), "and the clinic's does not");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "6  Disclaimer page", -1) &&
	    !scr_contains(s, "Contact the clinic"),
	    "no contact item without a clinic file");
	scr_free(s);
}

static struct scr *
start_kiosk(const char *idle)
{
	return kiosk_start(80, 24, "--kiosk", "--idle-timeout", idle,
	    "--content", fixture, NULL);
}

static int
alive(struct scr *s)
{
	return scr_running(s);
}

/* No key leads out of kiosk mode. */
static void
test_kiosk_keys(void)
{
	static const char *const keys[] = { "C-c", "C-\\", "C-z", "C-d",
	    "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11",
	    "F12" };
	struct scr *s = start_kiosk("0");
	size_t i;
	char *paste;

	home(s);
	ok(!scr_contains(s, "q Quit"), "no Quit hint in kiosk mode");
	scr_type(s, "q");
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		scr_key(s, keys[i]);
	scr_send(s, "\033x\033q\033\033\033", 7);	/* Alt-x, Alt-q, Escs */
	for (i = 0; i < 50; i++)
		scr_key(s, "Esc");
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "after Ctrl-C, Ctrl-\\, Ctrl-Z, Ctrl-D, q, F-keys, Alt-keys "
	    "and an Esc flood the kiosk is on its welcome screen");
	ok(alive(s), "and still running");
	scr_type(s, "?");
	ok(scr_wait_row(s, 0, "Help", -1), "help opens in kiosk mode");
	ok(!scr_contains(s, "Quit"), "and offers no way out");
	scr_key(s, "Esc");

	/* A pasted megabyte of text: letters only jump between items. */
	paste = malloc(1 << 20);
	for (i = 0; i < (1 << 20); i++)
		paste[i] = "abcdefghijklmnoprstuvwxyz "[i % 26];
	scr_key(s, "Enter");
	scr_send(s, paste, 1 << 20);
	free(paste);
	scr_key(s, "End");
	ok(scr_wait_row(s, 22, "What this information is.", -1),
	    "after a 1 MB paste the kiosk still answers keys");
	ok(alive(s), "and is still running");
	scr_free(s);
}

static void
test_idle_reset(void)
{
	struct scr *s = start_kiosk("2");
	int status = -1;

	home(s);
	scr_type(s, "3");
	scr_key(s, "PgDn");
	ok(scr_wait_text(s, "Lines 21-40", -1), "a visitor reads a page");
	ok(scr_wait_text(s, "Still there? Resetting in", -1),
	    "an idle visitor gets a countdown");
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "then the welcome screen");
	ok(!scr_contains(s, "Long page") && !scr_contains(s, "Paragraph"),
	    "nothing of the visitor's page is left on screen");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Alpha page", -1) && cursor_at(s, 2, 2),
	    "the next visitor starts at the top of the home menu");
	scr_free(s);

	s = start_kiosk("6");
	home(s);
	scr_type(s, "3");
	ok(scr_wait_text(s, "Still there? Resetting in", -1),
	    "countdown before a reset");
	scr_key(s, "Space");
	ok(scr_wait_gone(s, "Still there?", -1) &&
	    scr_contains(s, "Paragraph 01"), "a key keeps the session");
	ok(scr_wait_text(s, "Still there? Resetting in", -1),
	    "the countdown comes back when idle again");
	scr_close_master(s);
	ok(scr_wait_exit(s, getenv("SMP_KIOSK_BIN") ? -1 : 1000, &status),
	    "a hang-up during the countdown "
	    "ends the kiosk within 1 s");
	if (getenv("SMP_TEST_SLOW") == NULL &&
	    getenv("SMP_KIOSK_BIN") == NULL)
		ok(scr_cpu_ms(s) < 50, "having used %ld ms of CPU",
		    scr_cpu_ms(s));
	scr_free(s);

	s = start_kiosk("0");
	home(s);
	scr_type(s, "3");
	ok(scr_wait_text(s, "Paragraph 01", -1), "a page is shown");
	kill(scr_pid(s), SIGTERM);
	ok(scr_wait_exit(s, -1, &status), "SIGTERM ends kiosk mode");
	ok(!scr_altscreen(s) && scr_cursor_visible(s) && !scr_mouse_mode(s),
	    "with the terminal restored: screen, cursor, mouse reporting");
	scr_free(s);

	s = start_kiosk("0");
	home(s);
	scr_type(s, "3");
	ok(scr_wait_text(s, "Paragraph 01", -1), "a page is shown");
	scr_close_master(s);
	ok(scr_wait_exit(s, getenv("SMP_KIOSK_BIN") ? -1 : 1000, &status),
	    "a hang-up in the middle of a "
	    "page ends the kiosk within 1 s");
	if (getenv("SMP_TEST_SLOW") == NULL &&
	    getenv("SMP_KIOSK_BIN") == NULL)
		ok(scr_cpu_ms(s) < 50, "having used %ld ms of CPU",
		    scr_cpu_ms(s));
	scr_free(s);
}

/* xterm SGR mouse reports: button 0 press/release, 64/65 the wheel. */
static void
mouse(struct scr *s, int button, int col, int row, char what)
{
	char buf[32];
	int n = snprintf(buf, sizeof(buf), "\033[<%d;%d;%d%c", button, col + 1,
	    row + 1, what);

	scr_send(s, buf, (size_t)n);
}

static void
test_mouse(void)
{
	struct scr *s = start(80, 24, fixture);

	ok(scr_wait_text(s, "Press any key to start", -1), "welcome");
	ok(scr_mouse_mode(s) != 0, "mouse reporting is on");
	mouse(s, 0, 40, 10, 'M');
	mouse(s, 0, 40, 10, 'm');
	ok(scr_wait_text(s, "1  Alpha page", -1), "a tap starts");
	mouse(s, 0, 10, 3, 'M');
	mouse(s, 0, 10, 3, 'm');
	ok(scr_wait_row(s, 0, "Home > Group of pages", -1),
	    "tapping a menu item opens it (press and release act once)");
	ok(scr_wait_text(s, "2  Gamma label", -1), "the submenu is shown");
	mouse(s, 0, 2, 0, 'M');
	ok(scr_wait_gone(s, "Gamma label", -1) &&
	    scr_wait_text(s, "1  Alpha page", -1),
	    "tapping Home in the header path goes back");
	mouse(s, 0, 10, 4, 'm');	/* a lone release, as some send */
	ok(scr_wait_row(s, 0, "Home > Long page", -1),
	    "a lone release opens an item too");
	mouse(s, 65, 10, 10, 'M');
	mouse(s, 65, 10, 10, 'M');
	ok(scr_wait_text(s, "Lines 7-26", -1), "the wheel scrolls a page");
	mouse(s, 64, 10, 10, 'M');
	ok(scr_wait_text(s, "Lines 4-23", -1), "and back");
	mouse(s, 0, 1, 23, 'M');
	mouse(s, 0, 1, 23, 'm');
	ok(scr_wait_text(s, "Lines 3-22", -1), "footer hints can be tapped");
	scr_type(s, "q");
	ok(scr_wait_exit(s, -1, NULL) && !scr_mouse_mode(s),
	    "mouse reporting is off after quitting");
	scr_free(s);
}

static void
test_no_mouse_and_themes(void)
{
	char *nocolor[] = { "LANG=C.UTF-8", "NO_COLOR=1", NULL };
	char *linux_env[] = { "LANG=C.UTF-8", "TERM=linux", NULL };
	char *plain_argv[] = { kiosk, "--content", fixture, NULL };
	struct scr *s;
	int bold, rev, fgd, bgd;

	s = kiosk_start(80, 24, "--no-mouse", "--content", fixture, NULL);
	home(s);
	ok(scr_mouse_mode(s) == 0, "--no-mouse leaves mouse reporting off");
	scr_free(s);

	s = start(80, 24, fixture);
	home(s);
	ok(scr_cell_attrs(s, 0, 1, &bold, &rev, &fgd, &bgd) &&
	    !bgd, "the default theme colours the header");
	scr_free(s);

	s = scr_start(80, 24, plain_argv, nocolor);
	home(s);
	ok(scr_cell_attrs(s, 0, 1, &bold, &rev, &fgd, &bgd) &&
	    fgd && bgd && rev, "NO_COLOR: no colour, the header in reverse");
	ok(scr_cell_attrs(s, 2, 4, &bold, &rev, &fgd, &bgd) &&
	    fgd && bgd && rev, "NO_COLOR: the highlight in reverse");
	scr_free(s);

	s = scr_start(80, 24, plain_argv, linux_env);
	home(s);
	ok(scr_cell_attrs(s, 2, 4, &bold, &rev, &fgd, &bgd) && !bgd,
	    "TERM=linux: the highlight in one of 8 colours");
	scr_free(s);
}

static void
test_shipped_content(void)
{
	struct scr *s = start(80, 24, shipped);
	int r;

	ok(scr_wait_text(s, "Press any key to start", -1),
	    "shipped content: welcome");
	/* The content's welcome names no keys; the screens add theirs. */
	r = find_row(s, "arrow keys", 24);
	ok(r > 0 && row_has(s, r, "  Use the arrow keys to move. Press Enter "
	    "to choose.") && row_has(s, r - 2, "It is not advice about your "
	    "own health.") && find_row(s, "Press Enter", r) == -1 &&
	    find_row(s, "Press Enter", 24) == r,
	    "shipped content: the welcome text, then once how the keys work");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Who it may suit", -1), "shipped content: home");
	ok(scr_contains(s, "2  Get help now"),
	    "shipped content: Get help now is high on the home menu");
	scr_key(s, "Down");
	scr_key(s, "Down");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Home > Who it may suit", -1),
	    "shipped content: submenu");
	scr_free(s);

	/* A worried visitor reaches "Get help now" from the home menu,
	 * and from the aftercare page, whose first link it is. */
	s = start(80, 24, shipped);
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "get help now: welcome");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "2  Get help now", -1), "get help now: home");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "Home > Get help now", -1) &&
	    scr_wait_text(s, "Get help the same day if you have", -1),
	    "get help now: 2 on the home menu opens it, urgent signs first");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "6  Having SMP", -1), "get help now: back home");
	scr_type(s, "6");
	ok(scr_wait_text(s, "3  Aftercare", -1), "get help now: Having SMP");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Home > Having SMP > Aftercare", -1),
	    "get help now: the aftercare page");
	scr_key(s, "End");
	ok(scr_wait_text(s, "1. Get help now", -1),
	    "get help now: the first related topic of aftercare");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Aftercare > Get help now", -1) &&
	    scr_wait_text(s, "Get help the same day if you have", -1),
	    "get help now: opened from aftercare");
	scr_free(s);
}

/*
 * A list longer than the window (the shipped FAQ): the status row says
 * which items are shown and how many there are, every item has its
 * number, and two digits reach items past 9; a digit that cannot start
 * a number in the list opens its item at once.
 */
static void
test_long_list(void)
{
	struct scr *s = start(80, 24, shipped);

	ok(scr_wait_text(s, "Press any key to start", -1), "long list: welcome");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Common questions", -1), "long list: home");
	scr_type(s, "c");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Home > Common questions", -1) &&
	    scr_wait_row(s, 22, "Items 1-20 of ", -1),
	    "long list: the FAQ says there are more items than rows");
	ok(row_has(s, 11, "   10 ") && row_has(s, 21, "   20 "),
	    "long list: items past 9 have their numbers");
	scr_type(s, "2");
	ok(cursor_at(s, 3, 2) && row_has(s, 0, "Home > Common "
	    "questions") && !row_has_quiet(s, 0, "questions >"),
	    "long list: 2 could start 20-odd: it is highlighted, nothing "
	    "opens");
	scr_type(s, "5");
	ok(scr_wait_row(s, 0, "Common questions > ", -1),
	    "long list: 2 then 5 opens item 25");
	scr_key(s, "Esc");
	ok(scr_wait_row(s, 22, "Items 6-25 of ", -1) && cursor_at(s, 21, 2),
	    "long list: back, item 25 highlighted and in view");
	scr_type(s, "9");
	ok(scr_wait_row(s, 0, "Common questions > ", -1),
	    "long list: 9 cannot start a number here: it opens at once");
	scr_free(s);
}

int
main(void)
{
	kiosk = kiosk_path();
	fixture = fixture_path("screen");
	shipped = src_path("content");
	test_navigation();
	test_hotkeys();
	test_help();
	test_help_two_digits();
	test_resize();
	test_quit_restores();
	test_signal_and_hangup();
	test_clinic_overlay();
	test_kiosk_keys();
	test_idle_reset();
	test_mouse();
	test_no_mouse_and_themes();
	test_shipped_content();
	test_long_list();
	return tap_done();
}
