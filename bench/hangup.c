/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * hangup.c: what happens when the terminal goes away, as when an SSH
 * connection drops: the pty master is closed, the kernel sends SIGHUP
 * and reads end.  Measured from the close to the exit of the process,
 * and the CPU it used meanwhile (from schedstat, which can still be
 * read while the process is a zombie, before the harness reaps it).
 * The kiosk waits on its home menu, floor-curses on its line; runs
 * alternate.
 */
#include <config.h>

#include "bench.h"
#include "proc.h"
#include "report.h"
#include "screen.h"

#define HANGUP_TIMEOUT_MS	2000	/* counted as the time if missed */
#define MAX_EXIT_MS		20
#define MAX_CPU_MS		5

static const char hup_case[] = "hang-up on the home menu (base: floor)";

/* One hang-up; returns 0, or -1 if the program never got ready. */
static int
hangup_run(const struct bench *b, int kiosk, double *ms, double *cpu_ms)
{
	struct scr *s;
	long long c0, c1;
	double t0;
	pid_t pid;
	int ok;

	if (kiosk) {
		s = start_kiosk(b, b->shipped);
		ok = kiosk_to_home(b, s);
	} else {
		s = start_floor(b);
		ok = s != NULL && scr_wait_text(s, FLOOR_READY, b->timeout_ms);
	}
	if (!ok) {
		scr_free(s);
		return -1;
	}
	pid = scr_pid(s);
	c0 = proc_cpu_ns(pid);
	t0 = now_ms();
	scr_close_master(s);
	proc_wait_exit(pid, HANGUP_TIMEOUT_MS);
	*ms = now_ms() - t0;
	c1 = proc_cpu_ns(pid);
	*cpu_ms = (double)(c1 - c0) / 1e6;
	scr_free(s);
	return 0;
}

void
case_hangup(struct bench *b)
{
	struct samples kms = { 0 }, kcpu = { 0 }, fms = { 0 }, fcpu = { 0 };
	double ms, cpu;
	int i;

	for (i = 0; i < b->runs; i++) {
		if (hangup_run(b, 1, &ms, &cpu) < 0)
			break;
		samples_add(&kms, ms);
		samples_add(&kcpu, cpu);
		if (hangup_run(b, 0, &ms, &cpu) < 0)
			break;
		samples_add(&fms, ms);
		samples_add(&fcpu, cpu);
	}
	if (i < b->runs)
		report_error(b->rep, hup_case, "time to exit",
		    "the kiosk or the floor did not start");
	else {
		report_limit(b->rep, hup_case, "time from close to exit",
		    "ms", &kms, &fms, "<", MAX_EXIT_MS, NULL);
		report_limit(b->rep, hup_case, "CPU from close to exit", "ms",
		    &kcpu, &fcpu, "<", MAX_CPU_MS, NULL);
	}
	samples_free(&kms);
	samples_free(&kcpu);
	samples_free(&fms);
	samples_free(&fcpu);
}
