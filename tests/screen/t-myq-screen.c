/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of "My questions": the real smp-kiosk in a
 * pseudo-terminal on the shipped content with the example clinic and
 * tests/fixtures/myq laid over it (a home menu of Aftercare, Cost, What
 * SMP is).  Questions are added from topic pages, removed, cleared,
 * carried across a language switch and wiped by the idle reset; the QR
 * code is read back off the screen as a phone would read it: the
 * libvterm screen becomes an image (each cell two pixels high, its
 * upper and lower half), which zbarimg decodes, and the text must be
 * the list.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qrimage.h"
#include "kiosk.h"
#include "tap.h"

/* The first item of the home menu. */
#define HOME	"1  Aftercare"

static char *kiosk, *shipped, *clinic, *overlay;
static char *localeenv;

#define AFTERCARE_1 "What aftercare do you advise, and can I have it in " \
	"writing?"
#define AFTERCARE_3 "Who do I call if I have a problem after a session?"
#define CLINIC_LINES "Example Clinic\n+44 20 7946 0123"

static const char *const cost_ask[] = {
	"How many sessions does this price include?",
	("How often do you expect I will need a touch-up, and what will each "
	    "one cost?"),
	"What will I pay if I stop part way?",
	"If I am unhappy with the result, what will it cost to fix?",
	"Can I have the quote in writing?",
};

/* One test skipped (tap.h has only whole-program skips). */
static void
skip_one(const char *why)
{
	printf("ok %d # SKIP %s\n", ++tap_run_, why);
	fflush(stdout);
}

static struct scr *
start(int cols, int rows, const char *lang, const char *extra_env,
    const char *theme)
{
	char *argv[] = { kiosk, "--content", shipped, "--content", clinic,
	    "--content", overlay, "--theme", (char *)theme, NULL };
	char langenv[64];
	char *env[] = { langenv, localeenv, (char *)extra_env, NULL };

	snprintf(langenv, sizeof(langenv), "LC_ALL=%s", lang);
	return scr_start(cols, rows, argv, env);
}

/* The grey of a colour as scr_cell() gives it: fg says which default. */
static int
grey(int colour, int fg)
{
	if (colour == -1)	/* the terminal's: light text on dark */
		return fg ? 240 : 0;
	if (colour == 0 || colour == 16)
		return 0;
	if (colour == 7)
		return 229;
	if (colour == 15 || colour == 231)
		return 255;
	if (colour == 8)
		return 128;
	return colour > 8 && colour < 16 ? 200 : 110;
}

/*
 * The screen as a phone's camera sees it: each cell two pixels high,
 * its upper and lower half; a half or full block shows its ink where
 * it covers, any other glyph the cell's background.
 */
static char *
decode_screen(struct scr *s, int cols, int rows)
{
	struct qrimg img;
	struct scr_cell c;
	int x, y, fg, bg, t;
	unsigned char up, down;
	char *text;

	if (!qrimg_new(&img, cols, 2 * rows))
		return NULL;
	for (y = 0; y < rows; y++)
		for (x = 0; x < cols; x++) {
			if (!scr_cell(s, y, x, &c))
				continue;
			fg = grey(c.fg, 1);
			bg = grey(c.bg, 0);
			if (c.reverse) {
				t = fg;
				fg = bg;
				bg = t;
			}
			up = down = (unsigned char)bg;
			if (strcmp(c.text, "\u2580") == 0)
				up = (unsigned char)fg;
			else if (strcmp(c.text, "\u2584") == 0)
				down = (unsigned char)fg;
			else if (strcmp(c.text, "\u2588") == 0)
				up = down = (unsigned char)fg;
			img.px[2 * y * cols + x] = up;
			img.px[(2 * y + 1) * cols + x] = down;
		}
	text = qrimg_decode(&img, 4);
	qrimg_free(&img);
	return text;
}

/* Reads the code on the screen; it must hold want. */
static void
code_is(struct scr *s, int cols, int rows, const char *want,
    const char *name)
{
	char *got;

	if (qrimg_zbarimg() == NULL) {
		skip_one("zbarimg (zbar-tools) is not installed");
		return;
	}
	got = decode_screen(s, cols, rows);
	if (!is_str(got, want, name))
		scr_dump(s);
	free(got);
}

/* Opens home menu item key (its title is title) and adds its questions. */
static int
add_from(struct scr *s, const char *key, const char *title)
{
	scr_type(s, key);
	if (!scr_wait_row(s, 2, title, -1))
		return 0;
	scr_type(s, "a");
	if (!scr_wait_text(s, "questions added", -1))
		return 0;
	scr_key(s, "Esc");
	return scr_wait_text(s, "1  Aftercare", -1);
}

/* The text a code of questions q[0..n-1] holds. */
static char *
list_text(const char *const *q, size_t n)
{
	static char buf[2048];
	size_t len, i;

	len = (size_t)snprintf(buf, sizeof(buf), "My questions\n");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len,
		    "%zu. %s\n", i + 1, q[i]);
	snprintf(buf + len, sizeof(buf) - len, "%s", CLINIC_LINES);
	return buf;
}

/* 80x24, one question (the rest of Aftercare's removed). */
/*
 * cols x rows, one question: Aftercare's three added, then two
 * removed, so that the one kept is the first (keep_first) or the last.
 */
static void
test_one_question(int cols, int rows, const char *lang, const char *env,
    const char *theme, int keep_first, const char *name)
{
	struct scr *s = start(cols, rows, lang, env, theme);
	const char *one[] = { keep_first ? AFTERCARE_1 : AFTERCARE_3 };

	if (!ok(to_home(s, HOME) && add_from(s, "1", "Aftercare"),
	    "%s: Aftercare's questions added", name)) {
		scr_free(s);
		return;
	}
	ok(scr_wait_text(s, "M My questions (3)", -1),
	    "%s: the footer says My questions (3)", name);
	ok(scr_wait_text(s, "5  My questions (3)", -1),
	    "%s: and the home menu, as its last item", name);
	scr_type(s, "M");
	ok(scr_wait_text(s, "3. Who do I call", -1), "%s: M shows the list",
	    name);
	if (keep_first) {
		scr_type(s, "x");	/* nothing highlighted: the last */
		ok(scr_wait_gone(s, "3. Who do I call", -1),
		    "%s: x removes the last", name);
		scr_key(s, "Down");
		scr_key(s, "Down");
		scr_type(s, "x");
		ok(scr_wait_gone(s, "2. When can I wash", -1) &&
		    scr_wait_text(s, "1. What aftercare", -1),
		    "%s: the highlighted one is removed", name);
	} else {
		scr_key(s, "Home");
		scr_type(s, "x");
		ok(scr_wait_text(s, "1. When can I wash", -1),
		    "%s: x removes the highlighted first", name);
		scr_type(s, "x");
		ok(scr_wait_text(s, "1. Who do I call", -1),
		    "%s: and the next, now first", name);
	}
	scr_wait_idle(s, 100, -1);
	if (strcmp(lang, "C") == 0)
		ok(!scr_contains(s, "\u2580") && !scr_contains(s, "\u2584") &&
		    !scr_contains(s, "\u2588"),
		    "%s: no half blocks, only cells in reverse video", name);
	else
		ok(scr_contains(s, "\u2580") && scr_contains(s, "\u2584"),
		    "%s: half blocks, two modules a cell", name);
	code_is(s, cols, rows, list_text(one, 1), name);
	scr_free(s);
}

static void
test_five(void)
{
	struct scr *s = start(132, 43, "C.UTF-8", NULL, "default");

	if (!ok(to_home(s, HOME) && add_from(s, "2", "Cost and insurance"),
	    "132x43: Cost's five questions added")) {
		scr_free(s);
		return;
	}
	scr_type(s, "M");
	ok(scr_wait_text(s, "5. Can I have the quote", -1),
	    "132x43: five questions");
	ok(scr_wait_text(s, "Scan the code", -1),
	    "132x43: the code is offered");
	scr_wait_idle(s, 100, -1);
	code_is(s, 132, 43, list_text(cost_ask, 5),
	    "132x43: the code holds the five questions");

	/* Spanish: the list follows where the content has the question. */
	scr_type(s, "L");
	ok(scr_wait_text(s, "Español", -1), "the languages");
	scr_type(s, "2");
	ok(scr_wait_text(s, "1. \xc2\xbf" "Cu\xc3\xa1ntas sesiones", -1) &&
	    !scr_contains(s, "How many sessions"),
	    "in Spanish, the list is in Spanish");
	scr_type(s, "L");
	scr_wait_text(s, "English", -1);
	scr_type(s, "1");
	ok(scr_wait_text(s, "1. How many sessions", -1),
	    "back in English, the same questions");
	scr_type(s, "C");
	ok(scr_wait_text(s, "Your list is empty", -1), "C clears the list");
	ok(scr_wait_gone(s, "Scan the code", -1), "no code for an empty list");
	scr_free(s);
}

/* 40x12: no room for a code; the text says so and stays. */
static void
test_small(void)
{
	struct scr *s = start(40, 12, "C.UTF-8", NULL, "default");

	if (!ok(to_home(s, HOME) && add_from(s, "1", "Aftercare"),
	    "40x12: questions added")) {
		scr_free(s);
		return;
	}
	scr_type(s, "5");	/* the home menu's item */
	ok(scr_wait_text(s, "1. What aftercare", -1), "40x12: the list, from "
	    "the home menu");
	ok(scr_wait_text(s, "This window is too small for a", -1) &&
	    scr_contains(s, "1. What aftercare"),
	    "40x12: a larger window is needed for a code, and the list "
	    "shows");
	scr_free(s);
}

/* A tap on one question of a topic page adds that one. */
static void
test_tap(void)
{
	struct scr *s = start(80, 24, "C.UTF-8", NULL, "default");
	int row, i;

	if (!ok(to_home(s, HOME), "tap: the home menu")) {
		scr_free(s);
		return;
	}
	scr_type(s, "1");
	ok(scr_wait_row(s, 2, "Aftercare", -1), "tap: the topic");
	/* Page down until the questions show (the page has ~100 lines). */
	for (i = 0; (row = find_row(s, "When can I wash", 24)) < 0 && i < 10;
	    i++) {
		scr_key(s, "PgDn");
		scr_wait_idle(s, 100, -1);
	}
	if (!ok(row > 0, "tap: its questions in view")) {
		scr_free(s);
		return;
	}
	tap(s, 10, row);
	ok(scr_wait_text(s, "Added to My questions: When can I wash", -1) &&
	    scr_wait_text(s, "M My questions (1)", -1),
	    "tap: the question tapped is added, alone");
	tap(s, 10, row);
	ok(scr_wait_text(s, "Already in My questions", -1),
	    "tap: a second tap adds it no more");
	scr_type(s, "M");
	ok(scr_wait_text(s, "1. When can I wash", -1) &&
	    !scr_contains(s, "2. "), "tap: My questions holds that one");
	scr_free(s);
}

/* The clinic's phone and web address, and a source's address. */
static void
test_other_codes(void)
{
	struct scr *s = start(80, 24, "C.UTF-8", NULL, "default");

	if (!ok(to_home(s, HOME), "codes: the home menu")) {
		scr_free(s);
		return;
	}
	scr_type(s, "4");
	ok(scr_wait_row(s, 2, "Example Clinic", -1) &&
	    scr_wait_text(s, "Q Code", -1),
	    "codes: the clinic's page offers a code");
	scr_type(s, "Q");
	ok(scr_wait_text(s, "1. Phone: +44 20 7946 0123", -1) &&
	    scr_wait_text(s, "2. Web: https://clinic.example.org", -1),
	    "codes: its phone and its web address");
	scr_wait_idle(s, 100, -1);
	code_is(s, 80, 24, "tel:+442079460123",
	    "codes: the phone's code dials it");
	scr_key(s, "Down");
	ok(scr_wait_gone(s, "tel:+442079460123", -1),
	    "codes: Down chooses the web address");
	scr_wait_idle(s, 100, -1);
	code_is(s, 80, 24, "https://clinic.example.org",
	    "codes: the web address's code");

	scr_key(s, "Esc");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  Aftercare", -1), "codes: back home");
	scr_type(s, "1");
	ok(scr_wait_row(s, 2, "Aftercare", -1), "codes: a page with sources");
	scr_type(s, "Q");
	ok(scr_wait_text(s, "1. Dermopigmentation", -1),
	    "codes: its sources by title");
	scr_wait_idle(s, 100, -1);
	code_is(s, 80, 24,
	    "https://beyondskinmedispa.com/treatments/dermopigmentation",
	    "codes: the first source's address");
	scr_free(s);
}

/* The self-check's notes offer the questions of the topics they name. */
static void
test_notes(void)
{
	char *scfix = fixture_path("selfcheck-screen");
	char *argv[] = { kiosk, "--content", shipped, "--content", scfix,
	    NULL };
	char *env[] = { "LC_ALL=C.UTF-8", localeenv, NULL };
	/* Pattern hair loss, no caution, shaved, lasting, cost, sure. */
	static const char *const keys[] = { "1", "1", "2", "2", "7", "\r",
	    "1", "1", "1", "5" };
	static const char *const waits[] = { "Question 1 of", "Question 2 of",
	    "Question 3 of", "Question 4 of", "Do any of these apply",
	    "7 [x] None of these", "Question 6 of", "Question 7 of",
	    "Question 8 of", "Question 9 of" };
	struct scr *s;
	size_t i;
	int ok_ = 1;

	s = scr_start(80, 24, argv, env);
	ok_ = scr_wait_text(s, "Press any key to start", -1);
	scr_key(s, "Enter");
	ok_ = ok_ && scr_wait_text(s, "1  Is SMP worth discussing", -1);
	scr_key(s, "Enter");
	ok_ = ok_ && scr_wait_text(s, "Start the self-check", -1);
	scr_key(s, "Enter");
	for (i = 0; ok_ && i < sizeof(keys) / sizeof(keys[0]); i++) {
		ok_ = scr_wait_text(s, waits[i], -1);
		scr_type(s, keys[i]);
	}
	ok_ = ok_ && scr_wait_text(s, "See my notes >", -1);
	scr_key(s, "Enter");
	ok_ = ok_ && scr_wait_text(s, "Your notes", -1);
	if (!ok(ok_, "notes: the self-check answered to its notes")) {
		scr_free(s);
		return;
	}
	ok(scr_wait_text(s, "a Add", -1), "notes: the footer offers a");
	scr_type(s, "a");
	ok(scr_wait_text(s, "questions added to My questions", -1) &&
	    scr_wait_text(s, "M My questions (", -1),
	    "notes: a adds the questions of the topics they name");
	scr_type(s, "M");
	ok(scr_wait_text(s, "1. How will the design look", -1) &&
	    scr_wait_text(s, "2. ", -1),
	    "notes: M shows them");
	scr_free(s);
}

/* The idle reset wipes the list: nothing of it on the next visit. */
static void
test_idle(void)
{
	char *argv[] = { kiosk, "--content", shipped, "--content", clinic,
	    "--content", overlay, "--idle-timeout", "2", NULL };
	char *env[] = { "LC_ALL=C.UTF-8", localeenv, NULL };
	struct scr *s = scr_start(80, 24, argv, env);

	if (!ok(to_home(s, HOME) && add_from(s, "1", "Aftercare"),
	    "idle: questions added")) {
		scr_free(s);
		return;
	}
	ok(scr_wait_text(s, "Press any key to start", 10000),
	    "idle: back to the welcome screen");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Aftercare", -1) &&
	    !scr_contains(s, "My questions ("),
	    "idle: the next visitor has no list");
	scr_type(s, "M");
	ok(scr_wait_text(s, "Your list is empty", -1),
	    "idle: My questions is empty");
	scr_free(s);
}

/* Whether pid has a file whose path contains name mapped. */
static int
maps_have(pid_t pid, const char *name)
{
	char path[64], line[4096];
	FILE *fp;
	int hit = 0;

	snprintf(path, sizeof(path), "/proc/%ld/maps", (long)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (!hit && fgets(line, sizeof(line), fp) != NULL)
		hit = strstr(line, name) != NULL;
	fclose(fp);
	return hit;
}

/*
 * libqrencode is loaded when a code is first drawn, not at start: a
 * visit that takes no code home does not pay for its pages.
 */
static void
test_loaded_late(void)
{
	struct scr *s = start(80, 24, "C.UTF-8", NULL, "default");
	int home;

	home = to_home(s, HOME);
	if (maps_have(scr_pid(s), "/") <= 0) {
		skip_one("no /proc/PID/maps to read");
		scr_free(s);
		return;
	}
	ok(home && maps_have(scr_pid(s), "libqrencode") == 0,
	    "late: libqrencode is not loaded on the home menu");
	ok(add_from(s, "1", "Aftercare"), "late: questions added");
	scr_type(s, "M");
	ok(scr_wait_text(s, "3. Who do I call", -1) &&
	    scr_wait_idle(s, 100, -1) && scr_contains(s, "\u2580") &&
	    maps_have(scr_pid(s), "libqrencode") == 1,
	    "late: it is loaded once a code is drawn");
	scr_free(s);
}

int
main(void)
{
#ifndef HAVE_QRENCODE
	/* t-plain tests the list without codes. */
	skip_all("the kiosk is built without libqrencode: no codes to read");
#endif
	kiosk = kiosk_path();
	shipped = src_path("content");
	clinic = src_path("examples/clinic-overlay");
	overlay = fixture_path("myq");
	localeenv = locale_env();
	tap_plan_none();
	test_one_question(80, 24, "C.UTF-8", NULL, "default", 1, "80x24");
	test_one_question(80, 24, "C.UTF-8", "NO_COLOR=1", "default", 1,
	    "80x24 NO_COLOR");
	test_one_question(80, 24, "C.UTF-8", NULL, "mono", 1, "80x24 mono");
	/* No half blocks: two reverse-video cells a module, which need
	 * more rows than 80x24 has; 42 rows hold 106 bytes. */
	test_one_question(132, 43, "C", NULL, "default", 0,
	    "132x43 not UTF-8, reverse video");
	test_five();
	test_small();
	test_tap();
	test_other_codes();
	test_notes();
	test_idle();
	test_loaded_late();
	return tap_done();
}
