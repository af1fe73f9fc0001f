/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * latency.c: how long a key takes, and what it costs.  Keys are paced:
 * each is sent once the redraw of the one before has ended, and the
 * latency is the time from writing the key to the screen showing its
 * redraw complete (the cursor back on the highlighted item, which
 * ncurses writes last).  The kiosk moves between items 1 and 2 of the
 * home menu; floor-curses rewrites one line.  Both run at once and take
 * their keys in alternating blocks.
 *
 * CPU per key comes from /proc/PID/schedstat; where timing is noisy,
 * the instructions per key under callgrind tell more: two runs, with
 * and without the keys, and the difference over the number of keys.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "proc.h"
#include "report.h"
#include "screen.h"

#define BLOCKS		5	/* alternations of kiosk and floor keys */
#define CG_TIMEOUT_MS	60000	/* everything is slow under valgrind */

static const char lat_case[] = "key latency, home menu (base: floor)";

/* The kiosk on its home menu, with the two summaries it moves between. */
struct kiosk_keys {
	struct scr *s;
	char	*sum1, *sum2;
	int	 down;		/* the next key is Down */
};

static int
kiosk_keys_start(const struct bench *b, struct kiosk_keys *k)
{
	memset(k, 0, sizeof(*k));
	k->s = start_kiosk(b, b->shipped);
	k->down = 1;
	return kiosk_to_home(b, k->s) &&
	    kiosk_summaries(b, k->s, &k->sum1, &k->sum2);
}

static void
kiosk_keys_free(struct kiosk_keys *k)
{
	free(k->sum1);
	free(k->sum2);
	scr_free(k->s);
}

static int
kiosk_key(const struct bench *b, struct kiosk_keys *k)
{
	int ok = kiosk_step(b, k->s, k->down, k->down ? k->sum2 : k->sum1);

	k->down = !k->down;
	return ok;
}

/*
 * n paced keys; adds each latency to lat and the CPU per key of the
 * whole block (in microseconds) to cpu.
 */
static int
kiosk_block(const struct bench *b, struct kiosk_keys *k, int n,
    struct samples *lat, struct samples *cpu)
{
	long long c0 = proc_cpu_ns(scr_pid(k->s));
	double t0;
	int i;

	for (i = 0; i < n; i++) {
		t0 = now_ms();
		if (!kiosk_key(b, k))
			return -1;
		samples_add(lat, now_ms() - t0);
	}
	samples_add(cpu, (double)(proc_cpu_ns(scr_pid(k->s)) - c0) / 1000 /
	    n);
	return 0;
}

static int
floor_block(const struct bench *b, struct scr *s, unsigned long *keys,
    int n, struct samples *lat, struct samples *cpu)
{
	long long c0 = proc_cpu_ns(scr_pid(s));
	double t0;
	int i;

	for (i = 0; i < n; i++) {
		t0 = now_ms();
		if (!floor_step(b, s, ++*keys))
			return -1;
		samples_add(lat, now_ms() - t0);
	}
	samples_add(cpu, (double)(proc_cpu_ns(scr_pid(s)) - c0) / 1000 / n);
	return 0;
}

long long
cg_total(const char *path)
{
	char line[256];
	long long v = -1;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (strncmp(line, "summary:", 8) == 0 ||
		    strncmp(line, "totals:", 7) == 0)
			v = strtoll(strchr(line, ':') + 1, NULL, 10);
	fclose(fp);
	return v;
}

/*
 * Instructions of one run under callgrind: the kiosk (or the floor)
 * up to its menu, then keys paced keys, then q.  -1 on failure.
 */
static long long
cg_run(const struct bench *b0, int kiosk, int keys)
{
	struct bench b = *b0;
	struct kiosk_keys k;
	char out[4096], opt[4200];
	char *argv[] = { (char *)b.valgrind, "--tool=callgrind", "-q", opt,
	    NULL, NULL, NULL, NULL };
	unsigned long n = 0;
	long long total = -1;
	int i, ok, status;

	b.timeout_ms = CG_TIMEOUT_MS;
	snprintf(out, sizeof(out), "%s/smp-bench-cg.%ld.out", b.tmpdir,
	    (long)getpid());
	snprintf(opt, sizeof(opt), "--callgrind-out-file=%s", out);
	argv[4] = (char *)(kiosk ? b.kiosk : b.floor_curses);
	if (kiosk) {
		argv[5] = "--content";
		argv[6] = (char *)b.shipped;
	}
	memset(&k, 0, sizeof(k));
	k.s = scr_start(BENCH_COLS, BENCH_ROWS, argv, NULL);
	k.down = 1;
	if (kiosk)
		ok = kiosk_to_home(&b, k.s) &&
		    kiosk_summaries(&b, k.s, &k.sum1, &k.sum2);
	else
		ok = k.s != NULL && scr_wait_text(k.s, FLOOR_READY,
		    b.timeout_ms);
	for (i = 0; ok && i < keys; i++)
		ok = kiosk ? kiosk_key(&b, &k) : floor_step(&b, k.s, ++n);
	if (ok) {
		scr_type(k.s, "q");
		if (scr_wait_exit(k.s, b.timeout_ms, &status) && status == 0)
			total = cg_total(out);
	}
	kiosk_keys_free(&k);
	unlink(out);
	return total;
}

/* Instructions per key: runs with and without keys, differenced. */
static void
cg_per_key(struct bench *b)
{
	struct samples kiosk = { 0 }, floor = { 0 };
	long long k0, k1, f0, f1;

	if (b->valgrind == NULL) {
		report_na(b->rep, lat_case, "instructions per key (callgrind)",
		    "not available: valgrind not found");
		return;
	}
	k0 = cg_run(b, 1, 0);
	k1 = cg_run(b, 1, b->cg_keys);
	f0 = cg_run(b, 0, 0);
	f1 = cg_run(b, 0, b->cg_keys);
	if (k0 < 0 || k1 < 0 || f0 < 0 || f1 < 0) {
		report_error(b->rep, lat_case,
		    "instructions per key (callgrind)",
		    "a run under callgrind failed");
		return;
	}
	samples_add(&kiosk, (double)(k1 - k0) / b->cg_keys);
	samples_add(&floor, (double)(f1 - f0) / b->cg_keys);
	report_info(b->rep, lat_case, "instructions per key (callgrind)",
	    "instr", &kiosk, &floor);
	samples_free(&kiosk);
	samples_free(&floor);
	/* Timing start-up is noisy on a shared machine; this is not. */
	samples_add(&kiosk, (double)k0);
	samples_add(&floor, (double)f0);
	report_info(b->rep, lat_case, "instructions, start to menu and quit",
	    "instr", &kiosk, &floor);
	samples_free(&kiosk);
	samples_free(&floor);
}

void
case_latency(struct bench *b)
{
	struct samples klat = { 0 }, kcpu = { 0 }, flat = { 0 }, fcpu = { 0 };
	struct samples k99 = { 0 }, f99 = { 0 };
	struct kiosk_keys k;
	struct scr *floor;
	unsigned long fkeys = 0;
	int i, n = b->keys / BLOCKS > 0 ? b->keys / BLOCKS : 1, ok;
	char metric[64];

	ok = kiosk_keys_start(b, &k);
	floor = start_floor(b);
	ok = ok && floor != NULL && scr_wait_text(floor, FLOOR_READY,
	    b->timeout_ms);
	for (i = 0; ok && i < BLOCKS; i++)
		ok = kiosk_block(b, &k, n, &klat, &kcpu) == 0 &&
		    floor_block(b, floor, &fkeys, n, &flat, &fcpu) == 0;
	kiosk_keys_free(&k);
	scr_free(floor);
	if (!ok)
		report_error(b->rep, lat_case, "key to end of redraw",
		    "a key was not redrawn in time");
	else {
		snprintf(metric, sizeof(metric), "key to end of redraw, %d "
		    "keys", n * BLOCKS);
		report_info(b->rep, lat_case, metric, "ms", &klat, &flat);
		samples_add(&k99, samples_pct(&klat, 99));
		samples_add(&f99, samples_pct(&flat, 99));
		report_info(b->rep, lat_case, "  99th percentile", "ms", &k99,
		    &f99);
		report_info(b->rep, lat_case, "CPU per key (schedstat)", "us",
		    &kcpu, &fcpu);
	}
	cg_per_key(b);
	samples_free(&klat);
	samples_free(&kcpu);
	samples_free(&flat);
	samples_free(&fcpu);
	samples_free(&k99);
	samples_free(&f99);
}
