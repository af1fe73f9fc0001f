/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud: the time from the key to the first samples handed to the
 * output, beside espeak-ng's own time for the same text (in this
 * process, into memory), and the memory its child adds.  The speaker
 * runs in memory mode, so that the numbers need no sound card and
 * measure the kiosk's part: the socket, the child, the voice.
 */
#include <config.h>

#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "proc.h"
#include "report.h"
#include "speech.h"
#include "screen.h"

static const char sp_case[] = "read aloud (espeak-ng, in memory)";

/* The first paragraph of "What SMP is", as a visitor hears it. */
static const char sp_text[] =
    "What SMP is\n"
    "Scalp micropigmentation (SMP) is a cosmetic tattoo of the scalp. "
    "A practitioner puts tiny dots of pigment into the top layer of the "
    "skin. The dots look like very short hair or the shadow of hair.\n";

/* Waits for an event of job; 1 when its kind came, else 0. */
static int
wait_for(struct speech *sp, uint32_t job, enum speech_event_kind kind)
{
	struct speech_event e;
	struct pollfd p;

	for (;;) {
		while (speech_event(sp, &e)) {
			speech_event_free(&e);
			if (e.job == job && e.kind == kind)
				return 1;
			if (e.job == job && e.kind != SPEECH_STARTED)
				return 0;
		}
		p.fd = speech_fd(sp);
		p.events = POLLIN;
		if (p.fd < 0 || poll(&p, 1, 10000) <= 0)
			return 0;
	}
}

static uint32_t sp_job;	/* the last text said */

/* Says the text and returns the ms to its first samples, or -1. */
static double
first_samples(struct speech *sp)
{
	struct speech_text t;
	uint32_t job;
	double t0;

	speech_text_init(&t);
	speech_text_para(&t, sp_text, sizeof(sp_text) - 1);
	t0 = now_ms();
	if ((job = speech_say(sp, "en", &t)) == 0 ||
	    !wait_for(sp, job, SPEECH_STARTED))
		return -1;
	sp_job = job;
	return now_ms() - t0;
}

/*
 * The kiosk itself: read aloud on in the home menu, Down and Up in
 * turn at a visitor's pace, each the key that says the next item.  The kiosk built here
 * writes when its first samples went out (SMP_KIOSK_SPEECH_TEST, in
 * memory at the pace of a sound card); the time is taken from when the
 * key was sent, on the same clock.  Returns the number of keys timed.
 */
static int
kiosk_keys(struct bench *b, struct samples *lat, struct samples *quiet)
{
	char events[4096], envvar[4200], want[64], line[256];
	char *argv[] = { (char *)b->kiosk, "--content", (char *)b->shipped,
	    "--lang", "en", "--speech", NULL };
	char *env[] = { envvar, NULL };
	struct scr *s;
	FILE *fp;
	double t0, at, stop;
	long from = 0;
	int i, n = 0, waited, found;

	snprintf(events, sizeof(events), "%s/speech.events",
	    b->tmpdir != NULL ? b->tmpdir : "/tmp");
	snprintf(envvar, sizeof(envvar), "SMP_KIOSK_SPEECH_TEST=%s", events);
	if ((s = scr_start(BENCH_COLS, BENCH_ROWS, argv, env)) == NULL)
		return 0;
	if (!kiosk_to_home(b, s))
		goto out;
	scr_type(s, "R");
	for (i = 2; i < 2 + b->runs * 4; i++) {
		/* A visitor's pace: about seven keys a second. */
		scr_wait_idle(s, 150, 150);
		t0 = now_ms();
		scr_key(s, i % 2 ? "Up" : "Down");
		snprintf(want, sizeof(want), "started %d\n", i);
		found = 0;
		at = stop = 0;
		for (waited = 0; !found && waited < b->timeout_ms; waited++) {
			if ((fp = fopen(events, "r")) != NULL) {
				/* This key's events come after the last's. */
				fseek(fp, from, SEEK_SET);
				while (fgets(line, sizeof(line), fp) != NULL) {
					if (strcmp(line, "stop 0\n") == 0 &&
					    fgets(line, sizeof(line), fp) !=
					    NULL)
						sscanf(line, "at %lf", &stop);
					if (strcmp(line, want) == 0 &&
					    fgets(line, sizeof(line), fp) !=
					    NULL && sscanf(line, "at %lf",
					    &at) == 1) {
						found = 1;
						from = ftell(fp);
					}
				}
				fclose(fp);
			}
			/* Polls the file, reading the kiosk's output. */
			if (!found)
				scr_wait_idle(s, 1, 1);
		}
		if (!found) {
			if (getenv("SMP_BENCH_KEEP") != NULL)
				scr_dump(s);
			break;
		}
		samples_add(lat, at - t0);
		if (stop > 0)
			samples_add(quiet, stop - t0);
		n++;
	}
out:
	scr_close_master(s);
	scr_wait_exit(s, b->timeout_ms, NULL);
	scr_free(s);
	if (getenv("SMP_BENCH_KEEP") == NULL)
		unlink(events);
	return n;
}

void
case_speech(struct bench *b)
{
	struct speech_opts o = { .rate = SPEECH_NORMAL, .volume = 100,
	    .memory = 1 };
	struct samples idle = { 0 }, fresh = { 0 }, own = { 0 },
	    stop = { 0 }, pss = { 0 }, p99a = { 0 }, p99b = { 0 };
	struct speech *sp;
	uint64_t samples;
	double ms, own_ms, t0;
	int i, runs = b->runs * 4 + 1;
	long kib, spare;

	if (!speech_built()) {
		report_na(b->rep, sp_case, "key to first sample",
		    "built without espeak-ng");
		return;
	}
	if ((sp = speech_new(&o)) == NULL ||
	    speech_measure("en", sp_text, &own_ms, &samples) < 0) {
		report_error(b->rep, sp_case, "key to first sample",
		    "espeak-ng did not start");
		speech_free(sp);
		return;
	}
	/* A first text, said to its end: the child is then idle. */
	if ((ms = first_samples(sp)) < 0 || !wait_for(sp, sp_job, SPEECH_DONE))
		runs = -1;
	for (i = 0; i < runs; i++) {
		/* The speaker idle: its child waits for a text. */
		if ((ms = first_samples(sp)) < 0)
			break;
		if (i == 0) {
			/* The child's memory with a voice loaded. */
			if ((kib = proc_pss_kib((pid_t)speech_child(sp))) > 0 &&
			    (spare = proc_pss_kib((pid_t)speech_spare(sp))) >
			    0)
				samples_add(&pss, (kib + spare) / 1024.0);
		}
		samples_add(&idle, ms);
		/* A key while it speaks: the stop, then the next text
		 * in a fresh child. */
		t0 = now_ms();
		speech_stop(sp);
		samples_add(&stop, now_ms() - t0);
		if ((ms = first_samples(sp)) < 0 ||
		    !wait_for(sp, sp_job, SPEECH_DONE))
			break;
		samples_add(&fresh, ms);
		speech_measure("en", sp_text, &own_ms, &samples);
		samples_add(&own, own_ms);
	}
	if (i < runs || runs < 0) {
		report_error(b->rep, sp_case, "key to first sample",
		    "the speaker stopped answering");
	} else {
		report_limit(b->rep, sp_case,
		    "key to first sample, speaker idle (base: espeak-ng)",
		    "ms", &idle, &own, "<=", 50, NULL);
		samples_add(&p99a, samples_pct(&idle, 99));
		samples_add(&p99b, samples_pct(&own, 99));
		report_info(b->rep, sp_case, "  99th percentile", "ms", &p99a,
		    &p99b);
		report_info(b->rep, sp_case,
		    "key to first sample, just after a stop", "ms", &fresh,
		    &own);
		samples_free(&p99a);
		samples_add(&p99a, samples_pct(&fresh, 99));
		report_info(b->rep, sp_case, "  99th percentile", "ms", &p99a,
		    &p99b);
		report_limit(b->rep, sp_case, "a key stops it (kill, reap)",
		    "ms", &stop, NULL, "<=", 50, NULL);
		report_info(b->rep, sp_case, "memory added when on (PSS of both children)",
		    "MiB", &pss, NULL);
		samples_free(&idle);
		samples_free(&stop);
		if (kiosk_keys(b, &idle, &stop) < b->runs * 4) {
			report_error(b->rep, sp_case, "kiosk: key to first "
			    "sample", "the kiosk did not say the items");
		} else {
			report_limit(b->rep, sp_case, "kiosk: key (Down, Up) "
			    "to first sample (base: espeak-ng)", "ms", &idle,
			    &own, "<=", 50, NULL);
			samples_free(&p99a);
			samples_add(&p99a, samples_pct(&idle, 99));
			report_info(b->rep, sp_case, "  99th percentile", "ms",
			    &p99a, &p99b);
			report_limit(b->rep, sp_case, "kiosk: key to silence "
			    "(the item being said)", "ms", &stop, NULL, "<=",
			    50, NULL);
			samples_free(&p99a);
			samples_add(&p99a, samples_pct(&stop, 99));
			report_info(b->rep, sp_case, "  99th percentile", "ms",
			    &p99a, NULL);
		}
	}
	speech_free(sp);
	samples_free(&idle);
	samples_free(&fresh);
	samples_free(&own);
	samples_free(&stop);
	samples_free(&pss);
	samples_free(&p99a);
	samples_free(&p99b);
}
