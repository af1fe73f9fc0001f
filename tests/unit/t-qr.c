/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the QR codes (qr.c): the text of a list, the symbol
 * and correction level chosen for a part of the screen, the "does not
 * fit" message, and the cells, read back with zbarimg when it is there.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdlib.h>
#include <string.h>

#include "qr.h"
#include "qrimage.h"
#include "tap.h"

/* One test skipped (tap.h has only whole-program skips). */
static void
skip_one(const char *why)
{
	printf("ok %d # SKIP %s\n", ++tap_run_, why);
	fflush(stdout);
}

/* Text of len bytes: words of the alphabet. */
static char *
text_of(size_t len)
{
	char *s = malloc(len + 1);
	size_t i;

	for (i = 0; s != NULL && i < len; i++)
		s[i] = i % 7 == 6 ? ' ' : (char)('a' + i % 26);
	if (s != NULL)
		s[len] = '\0';
	return s;
}

static void
test_cells(void)
{
	int c, r;

	qr_cells_for(21, QR_HALF_BLOCKS, &c, &r);
	ok(c == 25 && r == 13, "version 1 in half blocks: 25 x 13 cells");
	qr_cells_for(21, QR_REVERSE, &c, &r);
	ok(c == 50 && r == 25, "version 1 in reverse: 50 x 25 cells");
	is_str(qr_half_glyph(0, 0), " ", "light over light: a space");
	is_str(qr_half_glyph(QR_CELL_UPPER, 0), "\u2580",
	    "dark over light: an upper half block");
	is_str(qr_half_glyph(QR_CELL_LOWER, 0), "\u2584",
	    "light over dark: a lower half block");
	is_str(qr_half_glyph(QR_CELL_UPPER, 1), "\u2584",
	    "light as ink: dark over light is a lower half block");
	is_str(qr_half_glyph(0, 1), "\u2588",
	    "light as ink: light over light is a full block");
}

static void
test_area(void)
{
	int c, r;

	qr_screen_area(80, 24, &c, &r);
	ok(c == 54 && r == 23, "the code screen at 80x24: 54 x 23 cells for "
	    "a code (the footer and the text column left out)");
	qr_screen_area(20, 1, &c, &r);
	ok(c == 0 && r == 0, "none in a tiny window");
}

static void
test_text(void)
{
	const char *q[] = { "How long does it last?", "What if I\nscar?" };
	char *s;

	s = qr_list_text("My questions", q, 2, "Scalp Clinic",
	    "+1 555 0100");
	is_str(s, "My questions\n1. How long does it last?\n"
	    "2. What if I scar?\nScalp Clinic\n+1 555 0100",
	    "title, numbered questions (one line each), clinic and phone");
	free(s);
	s = qr_list_text("Mis preguntas", q, 1, NULL, "");
	is_str(s, "Mis preguntas\n1. How long does it last?",
	    "no clinic: no clinic lines");
	free(s);
}

/* Makes a code of len bytes in cols x rows; checks version and level. */
static void
make(size_t len, int cols, int rows, enum qr_draw draw, int version,
    enum qr_level level, const char *name)
{
	struct qr_code code;
	char *s = text_of(len);
	enum qr_status st = qr_make(&code, s, len, cols, rows, draw);

	if (!ok(st == QR_OK && code.version == version &&
	    code.level == level && code.modules == 17 + 4 * version,
	    "%s", name))
		diag("status %d, version %d, level %d", (int)st,
		    code.version, (int)code.level);
	if (st == QR_OK)
		qr_free(&code);
	free(s);
}

static void
test_choose(void)
{
	struct qr_code code;
	char *s;

	make(5, 80, 23, QR_HALF_BLOCKS, 1, QR_LEVEL_H,
	    "5 bytes: version 1 with the strongest correction");
	make(60, 80, 23, QR_HALF_BLOCKS, 4, QR_LEVEL_M,
	    "60 bytes: version 4 (the smallest), M (Q holds 46)");
	make(100, 80, 23, QR_HALF_BLOCKS, 5, QR_LEVEL_L,
	    "100 bytes: version 5 at L");
	make(134, 80, 23, QR_HALF_BLOCKS, 6, QR_LEVEL_L,
	    "134 bytes fill version 6 at L, the largest in 23 rows");
	s = text_of(135);
	ok(qr_make(&code, s, 135, 80, 23, QR_HALF_BLOCKS) == QR_TOO_BIG,
	    "135 bytes do not fit in 23 rows");
	ok(qr_make(&code, s, 135, 80, 22, QR_REVERSE) == QR_TOO_BIG,
	    "a version 1 symbol needs 25 rows in reverse");
	ok(qr_make(&code, s, 135, 132, 42, QR_HALF_BLOCKS) == QR_OK &&
	    code.version == 7, "135 bytes: version 7 in 132 x 42");
	qr_free(&code);
	free(s);
	ok(qr_make(&code, "x", 1, 24, 12, QR_HALF_BLOCKS) == QR_TOO_BIG,
	    "24 columns are too narrow for the 25 of version 1");
	make(1, 25, 13, QR_HALF_BLOCKS, 1, QR_LEVEL_H,
	    "25 x 13 cells hold version 1");
	make(1, 50, 25, QR_REVERSE, 1, QR_LEVEL_H,
	    "50 x 25 cells hold version 1 in reverse");

	is_int((long)qr_capacity(80, 23, QR_HALF_BLOCKS), 134,
	    "capacity of 80 x 23 cells: 134 bytes (version 6 at L)");
	ok(qr_capacity(132, 42, QR_HALF_BLOCKS) >= 400,
	    "capacity of 132 x 42 cells: at least 400 bytes");
	is_int((long)qr_capacity(40, 11, QR_HALF_BLOCKS), 0,
	    "no code in 40 x 11 cells");
}

static void
test_fit(void)
{
	const char *q[] = {
		"How long will the pigment last before a touch-up?",
		"What will it cost, touch-ups included?",
		"Can I see photos of your own work, healed?",
	};
	char *m;

	is_int((long)qr_questions_fit("My questions", q, 3, "Clinic",
	    "+1 555 0100", 80, 23, QR_HALF_BLOCKS), 2,
	    "80 x 23: two of three questions fit");
	is_int((long)qr_questions_fit("My questions", q, 3, "Clinic",
	    "+1 555 0100", 132, 42, QR_HALF_BLOCKS), 3,
	    "132 x 42: all fit");
	is_int((long)qr_questions_fit("My questions", q, 3, "Clinic",
	    "+1 555 0100", 40, 11, QR_HALF_BLOCKS), 0,
	    "40 x 11: none fit");
	m = qr_fit_message(2, 3);
	is_str(m, "Only the first 2 of your 3 questions fit in a code "
	    "here: remove some or use a larger window.",
	    "the message says how many fit");
	free(m);
	m = qr_fit_message(1, 3);
	is_str(m, "Only your first question of 3 fits in a code here: remove "
	    "some or use a larger window.", "one fits: the message says so");
	free(m);
	m = qr_fit_message(0, 1);
	is_str(m, "This window is too small for a code of your questions: "
	    "a larger window is needed.", "none fit: a larger window");
	free(m);
}

/* The grid as an image, each cell two pixels high (its halves). */
static char *
decode_grid(const struct qr_grid *g, enum qr_draw draw)
{
	struct qrimg img;
	int x, y;
	unsigned char c;
	char *s;

	if (!qrimg_new(&img, g->cols + 8, 2 * g->rows + 8))
		return NULL;
	memset(img.px, 0, (size_t)img.w * (size_t)img.h); /* dark around */
	for (y = 0; y < g->rows; y++)
		for (x = 0; x < g->cols; x++) {
			c = g->cell[y * g->cols + x];
			img.px[(2 * y + 4) * img.w + x + 4] =
			    c & QR_CELL_UPPER ? 0 : 255;
			img.px[(2 * y + 5) * img.w + x + 4] =
			    c & QR_CELL_LOWER ? 0 : 255;
		}
	/* Reverse: a module is two cells wide and one high, two pixels
	 * each way: square either way. */
	(void)draw;
	s = qrimg_decode(&img, 4);
	qrimg_free(&img);
	return s;
}

static void
test_roundtrip(enum qr_draw draw, const char *text, int cols, int rows,
    const char *name)
{
	struct qr_code code;
	struct qr_grid g;
	char *s;

	if (qr_make(&code, text, strlen(text), cols, rows, draw) != QR_OK) {
		ok(0, "%s: made", name);
		return;
	}
	if (!qr_render(&code, draw, &g)) {
		ok(0, "%s: rendered", name);
		qr_free(&code);
		return;
	}
	if (qrimg_zbarimg() == NULL)
		skip_one("zbarimg (zbar-tools) is not installed");
	else {
		s = decode_grid(&g, draw);
		is_str(s, text, name);
		free(s);
	}
	qr_grid_free(&g);
	qr_free(&code);
}

int
main(void)
{
#ifndef HAVE_QRENCODE
	skip_all("the kiosk is built without libqrencode");
#endif
	tap_plan_none();
	/* Built with it, the library must load: a failure is no skip. */
	ok(qr_available(), "libqrencode loads");
	test_cells();
	test_area();
	test_text();
	test_choose();
	test_fit();
	test_roundtrip(QR_HALF_BLOCKS, "My questions\n1. How long does it "
	    "last?\nScalp Clinic\n+1 555 0100", 80, 23,
	    "half blocks read back");
	test_roundtrip(QR_REVERSE, "Mis preguntas\n1. \xc2\xbf" "Cu\xc3\xa1nto "
	    "dura el pigmento?", 132, 42, "reverse cells read back, "
	    "UTF-8 text");
	return tap_done();
}
