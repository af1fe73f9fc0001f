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

void
case_qr(struct bench *b)
{
	if (!qr_available()) {
		report_na(b->rep, qr_case, "largest payload",
		    "built without libqrencode");
		return;
	}
	/* A typical question with the clinic's name and phone. */
	payload_row(b, 80, 24, 100);
	payload_row(b, 132, 43, 400);
	payload_row(b, 240, 67, 0);
}
