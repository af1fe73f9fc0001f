/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * qr.c: how much text a QR code of the visitor's questions holds on
 * the code screen (src/qr.c), at the usual window sizes.  No terminal
 * is needed: the code screen's area and the symbol chosen for it are
 * computed by the same functions the kiosk calls.
 */
#include <config.h>

#include <stdio.h>

#include "bench.h"
#include "qr.h"
#include "report.h"
#include "screen.h"

#define CODE_RUNS	5	/* the counts barely vary */
#define QUIET_MS	100	/* no output for this long: drawn */

static const char qr_case[] = "QR code payload (half blocks)";

/* One row: the largest payload at cols x rows, against min bytes. */
static void
payload_row(const struct bench *b, int cols, int rows, double min)
{
	struct samples v = { 0 };
	char metric[64];
	int ac, ar;

	snprintf(metric, sizeof metric, "largest payload at %dx%d", cols,
	    rows);
	qr_screen_area(cols, rows, &ac, &ar);
	samples_add(&v, (double)qr_capacity(ac, ar, QR_HALF_BLOCKS));
	if (min > 0)
		report_limit(b->rep, qr_case, metric, "B", &v, NULL, ">=",
		    min, NULL);
	else
		report_info(b->rep, qr_case, metric, "B", &v, NULL);
	samples_free(&v);
}

/*
 * The bytes of drawing the code screen (M, with the first topic's
 * questions in the list) and, as its base, of a full redraw of that
 * topic's page (Ctrl-L), at 80x24 on the shipped content.
 */
static int
code_screen_bytes(const struct bench *b, struct samples *code,
    struct samples *page)
{
	struct scr *s = start_kiosk(b, b->shipped);
	int i, ok;

	ok = kiosk_to_home(b, s);
	if (ok) {
		scr_key(s, "Enter");
		ok = scr_wait_text(s, "Lines 1-", b->timeout_ms);
	}
	if (ok) {
		scr_type(s, "a");
		ok = scr_wait_text(s, "added to My questions", b->timeout_ms);
	}
	for (i = 0; ok && i < CODE_RUNS; i++) {
		ok = scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		scr_reset_bytes(s);
		scr_send(s, "\f", 1);
		ok = ok && scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		samples_add(page, (double)scr_bytes(s));
		scr_reset_bytes(s);
		scr_type(s, "M");
		ok = ok && scr_wait_text(s, "Scan the code", b->timeout_ms) &&
		    scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		samples_add(code, (double)scr_bytes(s));
		scr_key(s, "Esc");
		ok = ok && scr_wait_gone(s, "Scan the code", b->timeout_ms);
	}
	scr_free(s);
	return ok ? 0 : -1;
}

void
case_qr(struct bench *b)
{
	struct samples code = { 0 }, page = { 0 };

	if (!qr_available()) {
		report_na(b->rep, qr_case, "largest payload",
		    "built without libqrencode");
		return;
	}
	/* A typical question with the clinic's name and phone. */
	payload_row(b, 80, 24, 100);
	payload_row(b, 132, 43, 400);
	payload_row(b, 240, 67, 0);
	if (code_screen_bytes(b, &code, &page) < 0)
		report_error(b->rep, qr_case, "code screen: bytes written",
		    "the code screen did not show");
	else
		report_info(b->rep, qr_case, "code screen at 80x24 (base: "
		    "page)", "B", &code, &page);
	samples_free(&code);
	samples_free(&page);
}
