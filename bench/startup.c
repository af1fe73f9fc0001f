/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * startup.c: the cases that start the kiosk.  Time to first frame is
 * fork/exec in a pty until the screen shows the expected text; peak
 * memory is the child's VmHWM, read while it waits on that screen.
 * Kiosk and baseline runs alternate (k, f, k, f, ...) after one warm-up
 * run of each, so that both see the same machine.
 */
#include <config.h>

#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "proc.h"
#include "report.h"
#include "screen.h"

#define KIB_PER_MIB	1024.0
#define MAX_STARTUP_RATIO	1.5
#define PARSE_FLOOR_TEXT	"parsed "
#define GENERATED_HOME_ITEM	"1  Topics 1 to "	/* gen-content.sh */

/*
 * One start: the time until text shows.  The kiosk draws its welcome
 * screen before it reads the topics, so with home (the text of its home
 * menu) it then gets Enter, and *home_ms is the time until the menu
 * shows: all the content has been read by then.  The peak RSS is read
 * last, so that it covers the whole content.
 */
static int
frame_run(const struct bench *b, char *const argv[], const char *text,
    const char *home, double *ms, double *home_ms, double *rss_mib)
{
	struct scr *s;
	double t0;
	long hwm = -1;
	int ok;

	t0 = now_ms();
	s = scr_start(BENCH_COLS, BENCH_ROWS, argv, NULL);
	ok = s != NULL && scr_wait_text(s, text, b->timeout_ms);
	*home_ms = *ms = now_ms() - t0;
	if (ok && home != NULL) {
		scr_key(s, "Enter");
		ok = scr_wait_text(s, home, b->timeout_ms);
		*home_ms = now_ms() - t0;
	}
	if (ok)
		hwm = proc_status_kib(scr_pid(s), "VmHWM:");
	scr_free(s);
	*rss_mib = (double)hwm / KIB_PER_MIB;
	return ok && hwm > 0;
}

/* Language folders (with an index.yaml) in a content root. */
static int
count_languages(const char *root)
{
	char path[4096];
	struct dirent *e;
	struct stat st;
	DIR *dp;
	int n = 0;

	if ((dp = opendir(root)) == NULL)
		return 0;
	while ((e = readdir(dp)) != NULL) {
		snprintf(path, sizeof(path), "%s/%s/index.yaml", root,
		    e->d_name);
		if (e->d_name[0] != '.' && stat(path, &st) == 0)
			n++;
	}
	closedir(dp);
	return n;
}

/* The kiosk's samples: first frame, home menu, peak RSS. */
struct kiosk_frames {
	struct samples ms, home, rss;
};

static void
kiosk_frames_free(struct kiosk_frames *k)
{
	samples_free(&k->ms);
	samples_free(&k->home);
	samples_free(&k->rss);
}

/*
 * Alternates n runs of the kiosk's first frame (then its home menu,
 * khome) and the baseline's (one warm-up run each first); returns 0, or
 * -1 if a run failed.
 */
static int
frame_pairs(const struct bench *b, char *const kiosk[], const char *ktext,
    const char *khome, char *const base[], const char *btext, int n,
    struct kiosk_frames *k, struct samples *bms, struct samples *brss)
{
	double ms, home, rss;
	int i;

	if (!frame_run(b, kiosk, ktext, khome, &ms, &home, &rss) ||
	    !frame_run(b, base, btext, NULL, &ms, &home, &rss))
		return -1;
	for (i = 0; i < n; i++) {
		if (!frame_run(b, kiosk, ktext, khome, &ms, &home, &rss))
			return -1;
		samples_add(&k->ms, ms);
		samples_add(&k->home, home);
		samples_add(&k->rss, rss);
		if (!frame_run(b, base, btext, NULL, &ms, &home, &rss))
			return -1;
		samples_add(bms, ms);
		samples_add(brss, rss);
	}
	return 0;
}

void
case_first_frame(struct bench *b)
{
	char *kiosk[] = { (char *)b->kiosk, "--content", (char *)b->shipped,
	    NULL };
	char *floor[] = { (char *)b->floor_curses, NULL };
	struct kiosk_frames k = { { 0 }, { 0 }, { 0 } };
	struct samples fms = { 0 }, frss = { 0 };
	char name[96];
	int langs = count_languages(b->shipped);

	snprintf(name, sizeof(name), "first frame, shipped content "
	    "(%d language%s)", langs, langs == 1 ? "" : "s");
	if (frame_pairs(b, kiosk, KIOSK_WELCOME, KIOSK_HOME_ITEM, floor,
	    FLOOR_READY, b->runs, &k, &fms, &frss) < 0) {
		report_error(b->rep, name, "time to first frame",
		    "the kiosk or the floor did not draw");
		goto out;
	}
	report_ratio(b->rep, name, "time to first frame", "ms", &k.ms, &fms,
	    MAX_STARTUP_RATIO);
	report_info(b->rep, name, "  then Enter: home menu shown", "ms",
	    &k.home, &fms);
	report_ratio(b->rep, name, "peak RSS (VmHWM) at the home menu", "MiB",
	    &k.rss, &frss, MAX_STARTUP_RATIO);
	b->floor_rss_mib = samples_median(&frss);
out:
	kiosk_frames_free(&k);
	samples_free(&fms);
	samples_free(&frss);
}

/* floor-curses' peak RSS, measured now unless the first case did. */
static double
floor_rss(struct bench *b)
{
	char *floor[] = { (char *)b->floor_curses, NULL };
	struct samples rss = { 0 };
	double ms, home, mib;
	int i;

	for (i = 0; i < 5 && b->floor_rss_mib <= 0; i++)
		if (frame_run(b, floor, FLOOR_READY, NULL, &ms, &home, &mib))
			samples_add(&rss, mib);
	if (b->floor_rss_mib <= 0 && rss.n > 0)
		b->floor_rss_mib = samples_median(&rss);
	samples_free(&rss);
	return b->floor_rss_mib;
}

/* --check outside a terminal against floor-yaml -x, alternating. */
static void
check_pairs(struct bench *b, const char *name, double yaml_mib)
{
	char *kiosk[] = { (char *)b->kiosk, "--check", "--content",
	    (char *)b->generated, NULL };
	char *base[] = { (char *)b->floor_yaml, "-x", (char *)b->generated,
	    NULL };
	struct samples kms = { 0 }, krss = { 0 }, fms = { 0 }, frss = { 0 };
	char why[64];
	double ms;
	long rss;
	int i, status = -1;

	for (i = -1; i < b->load_runs; i++) {
		if (proc_run(kiosk, &ms, &rss, &status) < 0 || status != 0) {
			snprintf(why, sizeof(why), "--check failed (wait "
			    "status %d)", status);
			report_error(b->rep, name, "time to --check", why);
			goto out;
		}
		if (i >= 0) {
			samples_add(&kms, ms);
			samples_add(&krss, (double)rss / KIB_PER_MIB);
		}
		if (proc_run(base, &ms, &rss, &status) < 0 || status != 0) {
			report_error(b->rep, name, "time to --check",
			    "floor-yaml failed");
			goto out;
		}
		if (i >= 0) {
			samples_add(&fms, ms);
			samples_add(&frss, (double)rss / KIB_PER_MIB);
		}
	}
	report_ratio(b->rep, name, "time to --check", "ms", &kms, &fms,
	    MAX_STARTUP_RATIO);
	report_limit(b->rep, name, "--check peak RSS (maxrss)", "MiB", &krss,
	    &frss, "<=", 2 * yaml_mib + samples_median(&frss),
	    "2 x YAML + base");
out:
	samples_free(&kms);
	samples_free(&krss);
	samples_free(&fms);
	samples_free(&frss);
}

void
case_load(struct bench *b)
{
	char *kiosk[] = { (char *)b->kiosk, "--content", (char *)b->generated,
	    NULL };
	char *base[] = { (char *)b->floor_yaml, (char *)b->generated, NULL };
	struct kiosk_frames k = { { 0 }, { 0 }, { 0 } };
	struct samples fms = { 0 }, frss = { 0 };
	char name[96];
	double yaml_mib, limit;

	if (b->generated == NULL) {
		report_na(b->rep, "generated content", "time to first frame",
		    "no --generated root given");
		return;
	}
	yaml_mib = (double)yaml_bytes(b->generated) / (1024 * 1024);
	snprintf(name, sizeof(name), "generated content (%.1f MiB of YAML), "
	    "base: floor-yaml", yaml_mib);
	if (frame_pairs(b, kiosk, KIOSK_WELCOME, GENERATED_HOME_ITEM, base,
	    PARSE_FLOOR_TEXT, b->load_runs, &k, &fms, &frss) < 0)
		report_error(b->rep, name, "time to first frame",
		    "the kiosk or floor-yaml did not finish");
	else {
		report_ratio(b->rep, name, "time to first frame", "ms", &k.ms,
		    &fms, MAX_STARTUP_RATIO);
		report_ratio(b->rep, name, "  then Enter: home menu shown",
		    "ms", &k.home, &fms, MAX_STARTUP_RATIO);
		limit = 2 * yaml_mib + floor_rss(b);
		report_limit(b->rep, name, "peak RSS (VmHWM) at the home menu",
		    "MiB", &k.rss, &frss, "<=", limit,
		    "2 x YAML + curses floor");
	}
	check_pairs(b, name, yaml_mib);
	kiosk_frames_free(&k);
	samples_free(&fms);
	samples_free(&frss);
}
