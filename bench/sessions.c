/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sessions.c: many kiosks at once, each in its own pty, all on the
 * welcome screen, as on a server where every SSH login runs one.  The
 * memory is the proportional set size (PSS) from smaps_rollup, which
 * splits shared pages between the processes that share them: the cost
 * of one more session is (total - first session alone) / (N - 1).
 * Then one key goes to every session, and the time runs until all of
 * them have drawn the screen it leads to.  floor-curses is the
 * baseline, measured the same way.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "bench.h"
#include "proc.h"
#include "report.h"
#include "screen.h"

#define BATCH		25	/* sessions started before waiting for them */
#define MAX_EXTRA_MIB	2.0	/* PSS per additional session */

struct fleet {
	struct scr **s;
	int	 n;
	double	 first_kib;	/* PSS of the first session, alone */
	double	 total_kib;	/* PSS of all of them */
	double	 key_kib;	/* the same after the key */
	double	 first_key_kib;	/* the first session's, after the key */
	double	 start_ms;	/* to start all and see them drawn */
	double	 key_ms;	/* one key to all, until all redrew */
};

static struct scr *
start_one(const struct bench *b, int kiosk)
{
	return kiosk ? start_kiosk(b, b->shipped) : start_floor(b);
}

static int
ready(const struct bench *b, int kiosk, struct scr *s)
{
	return s != NULL && scr_wait_text(s, kiosk ? KIOSK_WELCOME :
	    FLOOR_READY, b->timeout_ms);
}

/* Starts n sessions in batches and measures their memory. */
static int
fleet_start(const struct bench *b, int kiosk, struct fleet *f)
{
	double t0 = now_ms();
	int i, j;

	f->s[0] = start_one(b, kiosk);
	if (!ready(b, kiosk, f->s[0]))
		return -1;
	f->first_kib = (double)proc_pss_kib(scr_pid(f->s[0]));
	for (i = 1; i < f->n; i += BATCH) {
		for (j = i; j < f->n && j < i + BATCH; j++)
			f->s[j] = start_one(b, kiosk);
		for (j = i; j < f->n && j < i + BATCH; j++)
			if (!ready(b, kiosk, f->s[j]))
				return -1;
	}
	f->start_ms = now_ms() - t0;
	f->total_kib = 0;
	for (i = 0; i < f->n; i++)
		f->total_kib += (double)proc_pss_kib(scr_pid(f->s[i]));
	return 0;
}

/* One key to every session, then the time until all have redrawn. */
static int
fleet_key(const struct bench *b, int kiosk, struct fleet *f)
{
	double t0 = now_ms();
	int i;

	for (i = 0; i < f->n; i++)
		scr_type(f->s[i], kiosk ? "\r" : "x");
	for (i = 0; i < f->n; i++) {
		if (kiosk && !(scr_wait_text(f->s[i], KIOSK_HOME_ITEM,
		    b->timeout_ms) && scr_wait_cursor(f->s[i], BODY_TOP, 2,
		    b->timeout_ms)))
			return -1;
		if (!kiosk && !(scr_wait_row(f->s[i], 1, "key 00001",
		    b->timeout_ms) && scr_wait_cursor(f->s[i], 1, 9,
		    b->timeout_ms)))
			return -1;
	}
	f->key_ms = now_ms() - t0;
	f->key_kib = 0;
	for (i = 0; i < f->n; i++)
		f->key_kib += (double)proc_pss_kib(scr_pid(f->s[i]));
	f->first_key_kib = (double)proc_pss_kib(scr_pid(f->s[0]));
	return 0;
}

static int
fleet_run(const struct bench *b, int kiosk, struct fleet *f)
{
	int i, rc;

	f->s = calloc((size_t)f->n, sizeof(*f->s));
	if (f->s == NULL)
		return -1;
	rc = fleet_start(b, kiosk, f) == 0 && fleet_key(b, kiosk, f) == 0 ?
	    0 : -1;
	for (i = 0; i < f->n; i++)
		scr_free(f->s[i]);
	free(f->s);
	f->s = NULL;
	return rc;
}

/* A one-sample row of kiosk against floor. */
static void
row(struct bench *b, const char *kase, const char *metric, const char *unit,
    double kiosk, double floor, double limit)
{
	struct samples k = { 0 }, f = { 0 };

	samples_add(&k, kiosk);
	samples_add(&f, floor);
	if (limit > 0)
		report_limit(b->rep, kase, metric, unit, &k, &f, "<", limit,
		    NULL);
	else
		report_info(b->rep, kase, metric, unit, &k, &f);
	samples_free(&k);
	samples_free(&f);
}

void
case_sessions(struct bench *b)
{
	struct fleet k = { 0 }, f = { 0 };
	char kase[96];

	snprintf(kase, sizeof(kase), "%d sessions on the welcome screen "
	    "(base: floor)", b->sessions);
	k.n = f.n = b->sessions;
	if (fleet_run(b, 1, &k) < 0 || fleet_run(b, 0, &f) < 0) {
		report_error(b->rep, kase, "PSS", "a session did not draw");
		return;
	}
	row(b, kase, "total PSS", "MiB", k.total_kib / 1024,
	    f.total_kib / 1024, 0);
	row(b, kase, "PSS per session (total / N)", "MiB",
	    k.total_kib / 1024 / k.n, f.total_kib / 1024 / f.n, 0);
	row(b, kase, "PSS per additional session", "MiB",
	    k.n > 1 ? (k.total_kib - k.first_kib) / 1024 / (k.n - 1) : 0,
	    f.n > 1 ? (f.total_kib - f.first_kib) / 1024 / (f.n - 1) : 0,
	    MAX_EXTRA_MIB);
	/* The kiosk reads its topics after the welcome screen: its memory
	 * after the key (home menu) covers all of the content. */
	row(b, kase, "  the same after the key", "MiB",
	    k.n > 1 ? (k.key_kib - k.first_key_kib) / 1024 / (k.n - 1) : 0,
	    f.n > 1 ? (f.key_kib - f.first_key_kib) / 1024 / (f.n - 1) : 0,
	    MAX_EXTRA_MIB);
	row(b, kase, "start all, until all drawn", "ms", k.start_ms,
	    f.start_ms, 0);
	row(b, kase, "key to all, until all redrew", "ms", k.key_ms,
	    f.key_ms, 0);
}
