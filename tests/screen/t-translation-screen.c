/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * End-to-end: what a visitor sees of translation status, in the real
 * kiosk at 80x24 (a page translated from an older source carries a
 * note; a copy of the English page is shown as the English page, with
 * the "not yet available" note), and Chinese at 41 columns, where no
 * line starts with closing punctuation.
 * Content: tests/fixtures/translation.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

static char *kiosk, *fixture;

static struct scr *
start(int cols, int rows, const char *lang)
{
	return kiosk_start(cols, rows, "--content", fixture, "--lang", lang,
	    NULL);
}

static void
test_status_notes(void)
{
	struct scr *s = start(80, 24, "de");

	ok(scr_wait_text(s, "Sprachtest", -1), "de: welcome");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Pflege der Kopfhaut", -1), "de: home menu");
	scr_type(s, "1");
	ok(scr_wait_row(s, 2, "This page in Deutsch may be out of date: the "
	    "original has changed since it", -1) &&
	    scr_wait_row(s, 3, "was translated.", -1),
	    "an outdated translation carries a note, above the page");
	ok(scr_wait_text(s, "Halten Sie die Kopfhaut", -1),
	    "and is shown in German");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  Pflege der Kopfhaut", -1), "back home");
	scr_type(s, "2");
	ok(scr_wait_text(s, "1  Risks in English", -1), "the submenu");
	scr_type(s, "1");
	ok(scr_wait_text(s, "This page is not yet available in Deutsch.",
	    -1), "a copy of the English page has the \"not yet available\" "
	    "note");
	ok(!scr_contains(s, "may be out of date"),
	    "and no outdated note");
	ok(kiosk_quit(s), "the kiosk quits");
}

/* No row of the body starts (after the margin) with "。" or "，". */
static int
no_closing_first(struct scr *s, int rows)
{
	char *row;
	const char *p;
	int r, good = 1;

	for (r = 1; r < rows - 2; r++) {
		if ((row = scr_row(s, r)) == NULL)
			continue;
		for (p = row; *p == ' '; p++)
			;
		if (strncmp(p, "。", strlen("。")) == 0 ||
		    strncmp(p, "，", strlen("，")) == 0) {
			diag("row %d starts with closing punctuation: %s", r,
			    row);
			good = 0;
		}
		free(row);
	}
	return good;
}

static void
test_chinese_41(void)
{
	struct scr *s = start(41, 24, "zh");

	ok(scr_wait_text(s, "语言测试终端", -1), "zh: welcome at 41 columns");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "2  更多页面", -1), "zh: home menu");
	scr_type(s, "2");
	ok(scr_wait_text(s, "1  ", -1), "zh: the submenu");
	scr_type(s, "1");
	ok(scr_wait_text(s, "一两天内皮肤发红很常见", -1) &&
	    scr_wait_text(s, "后面的文字", -1), "zh: the page");
	ok(no_closing_first(s, 24), "41 columns: no line starts with \"。\" "
	    "or \"，\"");
	/* 37 columns of text hold 18 characters: the 19th is "。". */
	ok(scr_wait_text(s, "饰。后面的文字继续说明。", -1),
	    "the character before \"。\" goes down with it");
	ok(kiosk_quit(s), "the kiosk quits");
}

int
main(void)
{
	kiosk = kiosk_path();
	fixture = fixture_path("translation");
	test_status_notes();
	test_chinese_41();
	return tap_done();
}
