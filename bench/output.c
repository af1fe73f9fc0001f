/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * output.c: what the kiosk writes to the terminal.  Bytes are counted
 * around one key with the harness (scr_reset_bytes, the key, a wait for
 * the screen the key leads to, then scr_wait_idle so the whole redraw
 * is counted).  Full redraws are counted cell by cell with redraw.c.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "least.h"
#include "redraw.h"
#include "report.h"
#include "screen.h"

#define BYTE_RUNS	5	/* keys measured; the counts barely vary */
#define QUIET_MS	100	/* no output for this long: redraw done */
#define MAX_DOWN_BYTES	250
#define MAX_PGDN_RATIO	1.1
#define BODY_ROWS	(BENCH_ROWS - 4)
#define RESIZE_COLS	100
#define RESIZE_ROWS	30
#define IDLE_SECS	"2"	/* --idle-timeout: 1 s of warning */

static const char bytes_case[] = "bytes written, shipped content";
static const char redraw_case[] = "full redraws, shipped content";

static int
down_bytes(const struct bench *b, struct samples *out)
{
	struct scr *s = start_kiosk(b, b->shipped);
	char *sum1 = NULL, *sum2 = NULL;
	int i, ok;

	ok = kiosk_to_home(b, s) && kiosk_summaries(b, s, &sum1, &sum2);
	for (i = 0; ok && i < BYTE_RUNS; i++) {
		ok = scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		scr_reset_bytes(s);
		ok = ok && kiosk_step(b, s, 1, sum2) &&
		    scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		samples_add(out, (double)scr_bytes(s));
		ok = ok && kiosk_step(b, s, 0, sum1);
	}
	free(sum1);
	free(sum2);
	scr_free(s);
	return ok ? 0 : -1;
}

/* floor-curses rewrites one short line per key. */
static int
floor_key_bytes(const struct bench *b, struct samples *out)
{
	struct scr *s = start_floor(b);
	int i, ok = s != NULL && scr_wait_text(s, FLOOR_READY, b->timeout_ms);

	for (i = 1; ok && i <= BYTE_RUNS; i++) {
		ok = scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		scr_reset_bytes(s);
		ok = ok && floor_step(b, s, (unsigned long)i) &&
		    scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		samples_add(out, (double)scr_bytes(s));
	}
	scr_free(s);
	return ok ? 0 : -1;
}

/* Parses "Lines A-B of N" on the status row; 0 if it is not there. */
static int
page_position(struct scr *s, size_t *a, size_t *bl, size_t *n)
{
	char *row = scr_row(s, STATUS_ROW), *p;
	int ok;

	ok = (p = strstr(row, "Lines ")) != NULL &&
	    sscanf(p, "Lines %zu-%zu of %zu", a, bl, n) == 3;
	free(row);
	return ok;
}

/* Bytes of the text on a row, without the margin. */
static size_t
row_text_bytes(struct scr *s, int row)
{
	char *text = scr_row(s, row);
	size_t n = strlen(text + strspn(text, " "));

	free(text);
	return n;
}

/* Pages to the top of the page again (not measured). */
static int
page_home(const struct bench *b, struct scr *s, size_t n)
{
	char want[64];

	scr_key(s, "PgUp");
	snprintf(want, sizeof(want), "Lines 1-%d of %zu", BODY_ROWS, n);
	return scr_wait_row(s, STATUS_ROW, want, b->timeout_ms) &&
	    scr_wait_cursor(s, BODY_TOP, 2, b->timeout_ms);
}

/*
 * One PgDn on the first topic of the home menu: bytes written against
 * the bytes of the text of the lines that came into view, and against
 * what a careful hand-written update would send for the same change
 * (least.c).
 */
static int
pgdn_bytes(const struct bench *b, struct samples *bytes,
    struct samples *text, struct samples *least)
{
	struct scr *s = start_kiosk(b, b->shipped);
	struct shot before = { 0 }, after = { 0 };
	size_t a, last, n, a2, last2, l, sum;
	char want[64];
	int i, ok = kiosk_to_home(b, s);

	if (ok) {
		scr_key(s, "Enter");
		ok = scr_wait_text(s, "Lines 1-", b->timeout_ms) &&
		    scr_wait_cursor(s, BODY_TOP, 2, b->timeout_ms) &&
		    page_position(s, &a, &last, &n) && n > last;
		if (!ok)
			printf("\n# the first topic is not longer than a "
			    "page\n");
	}
	for (i = 0; ok && i < BYTE_RUNS; i++) {
		ok = scr_wait_idle(s, QUIET_MS, b->timeout_ms) &&
		    least_shot(s, &before) == 0;
		if (!ok)
			break;
		scr_reset_bytes(s);
		scr_key(s, "PgDn");
		a2 = last + 1 + BODY_ROWS <= n ? last + 1 : n - BODY_ROWS + 1;
		last2 = a2 + BODY_ROWS - 1;
		snprintf(want, sizeof(want), "Lines %zu-%zu of %zu", a2,
		    last2, n);
		ok = scr_wait_row(s, STATUS_ROW, want, b->timeout_ms) &&
		    scr_wait_cursor(s, BODY_TOP, 2, b->timeout_ms) &&
		    scr_wait_idle(s, QUIET_MS, b->timeout_ms) &&
		    least_shot(s, &after) == 0;
		if (ok) {
			samples_add(bytes, (double)scr_bytes(s));
			for (sum = 0, l = last + 1; l <= last2; l++)
				sum += row_text_bytes(s,
				    BODY_TOP + (int)(l - a2));
			samples_add(text, (double)sum);
			samples_add(least,
			    (double)least_bytes(&before, &after));
			ok = page_home(b, s, n);
		}
		least_free(&before);
		least_free(&after);
	}
	scr_free(s);
	return ok ? 0 : -1;
}

void
case_bytes(struct bench *b)
{
	struct samples down = { 0 }, floor = { 0 }, pg = { 0 }, text = { 0 };
	struct samples least = { 0 };

	if (down_bytes(b, &down) < 0 || floor_key_bytes(b, &floor) < 0)
		report_error(b->rep, bytes_case, "one Down key in a menu",
		    "the menu did not redraw as expected");
	else
		report_limit(b->rep, bytes_case,
		    "one Down key in a menu (base: floor)", "B", &down, &floor,
		    "<=", MAX_DOWN_BYTES, NULL);
	if (pgdn_bytes(b, &pg, &text, &least) < 0)
		report_error(b->rep, bytes_case, "one PgDn on a prose page",
		    "the page did not scroll as expected");
	else if (samples_min(&least) > samples_min(&pg))
		report_error(b->rep, bytes_case, "one PgDn on a prose page",
		    "the kiosk sent less than the least model (least.c)");
	else {
		report_ratio(b->rep, bytes_case,
		    "one PgDn (base: hand-written)", "B", &pg, &least,
		    MAX_PGDN_RATIO);
		report_info(b->rep, bytes_case,
		    "one PgDn (base: new text)", "B", &pg, &text);
		report_info(b->rep, bytes_case,
		    "hand-written PgDn (base: new text)", "B",
		    &least, &text);
	}
	samples_free(&down);
	samples_free(&floor);
	samples_free(&pg);
	samples_free(&text);
	samples_free(&least);
}

/*
 * The kiosk on its home menu with every cell count at zero; idle is
 * its --idle-timeout, or NULL.
 */
static struct rd *
redraw_home(const struct bench *b, const char *idle)
{
	char *argv[] = { (char *)b->kiosk, "--content", (char *)b->shipped,
	    idle ? "--idle-timeout" : NULL, (char *)idle, NULL };
	struct rd *t;

	if ((t = rd_start(BENCH_COLS, BENCH_ROWS, argv)) == NULL)
		return NULL;
	if (!rd_wait_text(t, -1, KIOSK_WELCOME, b->timeout_ms)) {
		rd_free(t);
		return NULL;
	}
	rd_send(t, "\r", 1);
	if (!rd_wait_text(t, BODY_TOP, KIOSK_HOME_ITEM, b->timeout_ms) ||
	    !rd_wait_idle(t, QUIET_MS, b->timeout_ms)) {
		rd_free(t);
		return NULL;
	}
	rd_mark(t);
	return t;
}

/*
 * The idle reset: the kiosk with the shortest useful --idle-timeout
 * waits on its home menu, shows its countdown, and goes back to the
 * welcome screen, which should be drawn in one full redraw (the
 * countdown only covers a box in the middle).
 */
static int
idle_redraws(const struct bench *b, struct samples *out)
{
	struct rd *t;
	int ok;

	if ((t = redraw_home(b, IDLE_SECS)) == NULL)
		return -1;
	ok = rd_wait_text(t, -1, KIOSK_WELCOME, b->timeout_ms) &&
	    rd_wait_idle(t, QUIET_MS, b->timeout_ms);
	samples_add(out, rd_full_redraws(t));
	rd_free(t);
	return ok ? 0 : -1;
}

/*
 * The language switch: on the home menu, L opens the chooser over it
 * and 2 picks Spanish (the shipped languages are en, es, fr), whose home
 * menu should come in one full redraw for both keys: the chooser only
 * changes the body.
 */
static int
lang_redraws(const struct bench *b, struct samples *out)
{
	struct rd *t;
	int ok;

	if ((t = redraw_home(b, NULL)) == NULL)
		return -1;
	rd_send(t, "L", 1);
	ok = rd_wait_text(t, -1, CHOOSER_HEAD, b->timeout_ms) &&
	    rd_wait_idle(t, QUIET_MS, b->timeout_ms);
	rd_send(t, "2", 1);
	ok = ok && rd_wait_text(t, BODY_TOP, KIOSK_HOME_ITEM_ES,
	    b->timeout_ms) && rd_wait_idle(t, QUIET_MS, b->timeout_ms);
	samples_add(out, rd_full_redraws(t));
	rd_free(t);
	return ok ? 0 : -1;
}

/*
 * Ctrl-L, which asks ncurses for one full redraw, checks the counting;
 * then one resize, which should redraw the screen once too.
 */
void
case_redraws(struct bench *b)
{
	struct samples calib = { 0 }, resize = { 0 }, bytes = { 0 };
	struct samples idle = { 0 }, lang = { 0 };
	struct rd *t;
	int ok;

	if ((t = redraw_home(b, NULL)) == NULL) {
		report_error(b->rep, redraw_case, "resize",
		    "the home menu did not show");
		return;
	}
	rd_send(t, "\f", 1);
	ok = rd_wait_output(t, b->timeout_ms) &&
	    rd_wait_idle(t, QUIET_MS, b->timeout_ms);
	samples_add(&calib, rd_full_redraws(t));
	rd_resize(t, RESIZE_COLS, RESIZE_ROWS);
	ok = ok && rd_wait_text(t, RESIZE_ROWS - 1, "Quit", b->timeout_ms) &&
	    rd_wait_idle(t, QUIET_MS, b->timeout_ms);
	samples_add(&resize, rd_full_redraws(t));
	samples_add(&bytes, (double)rd_bytes(t));
	rd_free(t);
	if (!ok)
		report_error(b->rep, redraw_case, "resize",
		    "the kiosk did not redraw");
	else {
		report_limit(b->rep, redraw_case, "Ctrl-L (checks the count)",
		    "", &calib, NULL, "=", 1, NULL);
		report_limit(b->rep, redraw_case, "resize 80x24 to 100x30", "",
		    &resize, NULL, "=", 1, NULL);
		report_info(b->rep, redraw_case, "resize: bytes written", "B",
		    &bytes, NULL);
	}
	if (lang_redraws(b, &lang) < 0)
		report_error(b->rep, redraw_case, "language switch",
		    "the kiosk did not switch to Spanish");
	else
		report_limit(b->rep, redraw_case, "language switch (L, 2)",
		    "", &lang, NULL, "=", 1, NULL);
	if (idle_redraws(b, &idle) < 0)
		report_error(b->rep, redraw_case, "idle reset",
		    "the kiosk did not go back to its welcome screen");
	else
		report_limit(b->rep, redraw_case, "idle reset (home to "
		    "welcome)", "", &idle, NULL, "=", 1, NULL);
	samples_free(&idle);
	samples_free(&lang);
	samples_free(&calib);
	samples_free(&resize);
	samples_free(&bytes);
}
