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
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "proc.h"
#include "report.h"
#include "screen.h"

#define KIB_PER_MIB	1024.0
#define MAX_STARTUP_RATIO	1.5
#define PARSE_FLOOR_TEXT	"parsed "
#define GENERATED_HOME_ITEM	"1  Topics 1 to "	/* gen-content.sh */
#define CPU_QUIET_MS	50	/* no CPU used this long: the kiosk waits */
#define CPU_POLL_MS	2
/*
 * A key on the welcome screen: in time 1.17x to 1.49x the floor when
 * the row was added (on a loaded machine), so the time's budget only
 * catches a gross slowdown; in instructions 1.40x, which may not get
 * worse.
 */
#define MAX_WELCOME_KEY_RATIO	2.0
#define MAX_WELCOME_KEY_INSTR_RATIO	1.45
#define CG_TIMEOUT_MS	60000	/* everything is slow under valgrind */

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

/*
 * Waits until the process has used no CPU for CPU_QUIET_MS: the kiosk,
 * after its first frame, has read the rest of its content and waits
 * for a key.  0 when it did not settle within the timeout.
 */
static int
wait_cpu_quiet(const struct bench *b, pid_t pid)
{
	long long cpu = proc_cpu_ns(pid), was = -1;
	double t0 = now_ms(), since = t0;

	while (cpu >= 0 && now_ms() - t0 < b->timeout_ms) {
		if (cpu != was) {
			was = cpu;
			since = now_ms();
		} else if (now_ms() - since >= CPU_QUIET_MS)
			return 1;
		poll(NULL, 0, CPU_POLL_MS);
		cpu = proc_cpu_ns(pid);
	}
	return 0;
}

/* Writes the text of every row of the screen to fd; 0, or -1. */
static int
save_screen(struct scr *s, int fd)
{
	char *row;
	int r, ok = 1;

	for (r = 0; r < BENCH_ROWS && ok; r++) {
		row = scr_row(s, r);
		ok = dprintf(fd, "%s\n", row) > 0;
		free(row);
	}
	return ok ? 0 : -1;
}

/*
 * A key on the welcome screen once the kiosk has read all its content
 * (what a visitor who reads the welcome screen first gets): the time
 * from Enter to the home menu drawn, the cursor last on its first
 * item.  With fd >= 0 the home screen's text is saved there, and *last
 * gets its last row with text.
 */
static int
welcome_key_run(const struct bench *b, double *ms, int fd, int *last)
{
	struct scr *s = start_kiosk(b, b->shipped);
	char *row;
	double t0;
	int ok, r;

	ok = s != NULL && scr_wait_text(s, KIOSK_WELCOME, b->timeout_ms) &&
	    wait_cpu_quiet(b, scr_pid(s));
	if (ok) {
		t0 = now_ms();
		scr_key(s, "Enter");
		ok = scr_wait_text(s, KIOSK_HOME_ITEM, b->timeout_ms) &&
		    scr_wait_cursor(s, BODY_TOP, 2, b->timeout_ms);
		*ms = now_ms() - t0;
	}
	if (ok && fd >= 0) {
		ok = save_screen(s, fd) == 0;
		for (r = 0; r < BENCH_ROWS; r++) {
			row = scr_row(s, r);
			if (row[0] != '\0')
				*last = r;
			free(row);
		}
	}
	scr_free(s);
	return ok;
}

/*
 * The floor of the same: floor-curses drawing the text of the kiosk's
 * home screen (path) anew on a key, in one refresh.
 */
static int
floor_screen_run(const struct bench *b, const char *path, int last,
    const char *last_text, double *ms)
{
	char *argv[] = { (char *)b->floor_curses, (char *)path, NULL };
	struct scr *s = scr_start(BENCH_COLS, BENCH_ROWS, argv, NULL);
	double t0;
	int ok;

	ok = s != NULL && scr_wait_text(s, FLOOR_READY, b->timeout_ms) &&
	    wait_cpu_quiet(b, scr_pid(s));
	if (ok) {
		t0 = now_ms();
		scr_type(s, "x");
		ok = scr_wait_row(s, last, last_text, b->timeout_ms) &&
		    scr_wait_cursor(s, BODY_TOP, 2, b->timeout_ms);
		*ms = now_ms() - t0;
	}
	scr_free(s);
	return ok;
}

/*
 * Instructions of one run under callgrind: the kiosk on its welcome
 * screen, once it has read everything (or floor-curses with the home
 * screen's text, ready), with key the key to the home menu and its
 * redraw, then a hang-up, which ends both the same way.  -1 on failure.
 */
static long long
cg_welcome(const struct bench *b0, int kiosk, int key, const char *path,
    int last, const char *last_text)
{
	struct bench b = *b0;
	char out[4096], opt[4200];
	char *argv[] = { (char *)b.valgrind, "--tool=callgrind", "-q", opt,
	    NULL, NULL, NULL, NULL };
	long long total = -1;
	struct scr *s;
	int ok, status;

	b.timeout_ms = CG_TIMEOUT_MS;
	snprintf(out, sizeof(out), "%s/smp-bench-cgw.%ld.out", b.tmpdir,
	    (long)getpid());
	snprintf(opt, sizeof(opt), "--callgrind-out-file=%s", out);
	if (kiosk) {
		argv[4] = (char *)b.kiosk;
		argv[5] = "--content";
		argv[6] = (char *)b.shipped;
	} else {
		argv[4] = (char *)b.floor_curses;
		argv[5] = (char *)path;
	}
	s = scr_start(BENCH_COLS, BENCH_ROWS, argv, NULL);
	ok = s != NULL && scr_wait_text(s, kiosk ? KIOSK_WELCOME :
	    FLOOR_READY, b.timeout_ms) && wait_cpu_quiet(&b, scr_pid(s));
	if (ok && key) {
		scr_type(s, kiosk ? "\r" : "x");
		ok = (kiosk ? scr_wait_text(s, KIOSK_HOME_ITEM, b.timeout_ms) :
		    scr_wait_row(s, last, last_text, b.timeout_ms)) &&
		    scr_wait_cursor(s, BODY_TOP, 2, b.timeout_ms) &&
		    wait_cpu_quiet(&b, scr_pid(s));
	}
	if (ok) {
		scr_close_master(s);
		if (scr_wait_exit(s, b.timeout_ms, &status))
			total = cg_total(out);
	}
	scr_free(s);
	unlink(out);
	return total;
}

/*
 * The same in instructions, which the machine's load does not change:
 * runs with and without the key, differenced.
 */
static void
welcome_key_cg(struct bench *b, const char *name, const char *path,
    int last, const char *last_text)
{
	struct samples k = { 0 }, f = { 0 };
	long long k0, k1, f0, f1;

	if (b->valgrind == NULL) {
		report_na(b->rep, name, "  the same in instructions",
		    "not available: valgrind not found");
		return;
	}
	k0 = cg_welcome(b, 1, 0, path, last, last_text);
	k1 = cg_welcome(b, 1, 1, path, last, last_text);
	f0 = cg_welcome(b, 0, 0, path, last, last_text);
	f1 = cg_welcome(b, 0, 1, path, last, last_text);
	if (k0 < 0 || k1 < 0 || f0 < 0 || f1 < 0 || k1 <= k0 || f1 <= f0) {
		report_error(b->rep, name, "  the same in instructions",
		    "a run under callgrind failed");
		return;
	}
	samples_add(&k, (double)(k1 - k0));
	samples_add(&f, (double)(f1 - f0));
	report_ratio(b->rep, name, "  the same in instructions", "instr", &k,
	    &f, MAX_WELCOME_KEY_INSTR_RATIO);
	samples_free(&k);
	samples_free(&f);
}

/*
 * Welcome screen to home menu, kiosk against floor-curses drawing the
 * same text (the bare cost of putting that screen up with ncurses),
 * alternating after one warm-up run of each.
 */
static void
welcome_key(struct bench *b, const char *name)
{
	const char *tmp = getenv("TMPDIR");
	struct samples kms = { 0 }, fms = { 0 };
	char path[4096], *row = NULL;
	double ms;
	int fd, i, last = -1, ok;

	snprintf(path, sizeof(path), "%s/smp-bench-home.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if ((fd = mkstemp(path)) < 0) {
		report_error(b->rep, name, "key on welcome: home menu drawn",
		    "cannot make a temporary file");
		return;
	}
	ok = welcome_key_run(b, &ms, fd, &last) && last >= BODY_TOP;
	close(fd);
	if (ok) {
		FILE *fp = fopen(path, "r");
		char line[4096];
		int r = 0;

		while (fp != NULL && fgets(line, sizeof(line), fp) != NULL)
			if (r++ == last) {
				line[strcspn(line, "\n")] = '\0';
				row = strdup(line);
			}
		if (fp != NULL)
			fclose(fp);
		ok = row != NULL && floor_screen_run(b, path, last, row, &ms);
	}
	for (i = 0; ok && i < b->runs; i++) {
		ok = welcome_key_run(b, &ms, -1, NULL);
		samples_add(&kms, ms);
		ok = ok && floor_screen_run(b, path, last, row, &ms);
		samples_add(&fms, ms);
	}
	if (ok) {
		report_ratio(b->rep, name, "key on welcome: home menu drawn "
		    "(base: same text)", "ms", &kms, &fms,
		    MAX_WELCOME_KEY_RATIO);
		welcome_key_cg(b, name, path, last, row);
	} else
		report_error(b->rep, name, "key on welcome: home menu drawn",
		    "the kiosk or the floor did not draw");
	unlink(path);
	free(row);
	samples_free(&kms);
	samples_free(&fms);
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
	welcome_key(b, name);
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
