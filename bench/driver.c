/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * driver: the benchmarks of `make bench` (see bench/README).  main()
 * reads the options, raises the limit on open files for the many
 * sessions, runs each case and prints the table of results.
 *
 * Exit status: 0 when every case was measured, 1 with --strict when a
 * budget was missed, 2 when a measurement failed, 64 on a usage error.
 */
#include <config.h>

#include <sys/resource.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"
#include "report.h"
#include "screen.h"

#define DEFAULT_RUNS		51
#define DEFAULT_LOAD_RUNS	11
#define DEFAULT_KEYS		500
#define DEFAULT_CG_KEYS		100
#define DEFAULT_SESSIONS	200
#define DEFAULT_TIMEOUT_MS	10000

struct bench_case {
	const char *name;
	void	(*run)(struct bench *);
};

static const struct bench_case cases[] = {
	{ "first-frame", case_first_frame },
	{ "load", case_load },
	{ "bytes", case_bytes },
	{ "redraws", case_redraws },
	{ "latency", case_latency },
	{ "sessions", case_sessions },
	{ "hangup", case_hangup },
	{ "speech", case_speech },
	{ "search", case_search },
	{ "qr", case_qr },
};

double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000 + (double)ts.tv_nsec / 1e6;
}

struct scr *
start_kiosk(const struct bench *b, const char *root)
{
	char *argv[] = { (char *)b->kiosk, "--content", (char *)root, NULL };

	return scr_start(BENCH_COLS, BENCH_ROWS, argv, NULL);
}

struct scr *
start_floor(const struct bench *b)
{
	char *argv[] = { (char *)b->floor_curses, NULL };

	return scr_start(BENCH_COLS, BENCH_ROWS, argv, NULL);
}

int
kiosk_to_home(const struct bench *b, struct scr *s)
{
	if (s == NULL || !scr_wait_text(s, KIOSK_WELCOME, b->timeout_ms))
		return 0;
	scr_key(s, "Enter");
	return scr_wait_text(s, KIOSK_HOME_ITEM, b->timeout_ms) &&
	    scr_wait_cursor(s, 2, 2, b->timeout_ms);
}

int
kiosk_step(const struct bench *b, struct scr *s, int down,
    const char *summary)
{
	scr_key(s, down ? "Down" : "Up");
	return scr_wait_row(s, STATUS_ROW, summary, b->timeout_ms) &&
	    scr_wait_cursor(s, down ? BODY_TOP + 1 : BODY_TOP, 2,
	    b->timeout_ms);
}

int
kiosk_summaries(const struct bench *b, struct scr *s, char **first,
    char **second)
{
	int ok;

	*first = scr_row(s, STATUS_ROW);
	*second = NULL;
	if (**first == '\0')
		return 0;		/* no summary to wait for */
	scr_key(s, "Down");
	ok = scr_wait_gone(s, *first, b->timeout_ms) &&
	    scr_wait_cursor(s, BODY_TOP + 1, 2, b->timeout_ms);
	*second = scr_row(s, STATUS_ROW);
	return ok && **second != '\0' && kiosk_step(b, s, 0, *first);
}

int
floor_step(const struct bench *b, struct scr *s, unsigned long n)
{
	char want[32];

	scr_type(s, "x");
	snprintf(want, sizeof(want), "key %05lu", n);
	return scr_wait_row(s, 1, want, b->timeout_ms) &&
	    scr_wait_cursor(s, 1, (int)strlen(want), b->timeout_ms);
}

/* The date, commit and machine, for the README's table. */
static void
print_machine(const char *commit)
{
	char line[256], model[256] = "unknown CPU", date[32];
	time_t now = time(NULL);
	double load[1] = { -1 };
	FILE *fp;
	char *p;

	if ((fp = fopen("/proc/cpuinfo", "r")) != NULL) {
		while (fgets(line, sizeof(line), fp) != NULL)
			if (strncmp(line, "model name", 10) == 0 &&
			    (p = strchr(line, ':')) != NULL) {
				snprintf(model, sizeof(model), "%s", p + 2);
				model[strcspn(model, "\n")] = '\0';
				break;
			}
		fclose(fp);
	}
	strftime(date, sizeof(date), "%Y-%m-%d %H:%M UTC", gmtime(&now));
	if (getloadavg(load, 1) != 1)
		load[0] = -1;
	printf("%s, commit %s; %ld CPUs (%s), load average %.2f\n", date,
	    commit, sysconf(_SC_NPROCESSORS_ONLN), model, load[0]);
}

/* 200 sessions need two descriptors each: take all the system allows. */
static void
raise_fd_limit(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

static void
usage(FILE *fp)
{
	size_t i;

	fputs("usage: driver --kiosk PATH --floor-curses PATH "
	    "--floor-yaml PATH\n"
	    "              --shipped DIR [--generated DIR] [--valgrind PATH]\n"
	    "              [--tsv FILE] [--commit ID] [--runs N] "
	    "[--sessions N]\n"
	    "              [--keys N] [--only CASE]... [--strict]\n"
	    "cases:", fp);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		fprintf(fp, " %s", cases[i].name);
	fputc('\n', fp);
}

static int
positive(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 1 || v > 100000)
		return -1;
	*out = (int)v;
	return 0;
}

enum {
	OPT_KIOSK = 256, OPT_FLOOR_CURSES, OPT_FLOOR_YAML, OPT_SHIPPED,
	OPT_GENERATED, OPT_VALGRIND, OPT_TSV, OPT_COMMIT, OPT_RUNS,
	OPT_SESSIONS, OPT_KEYS, OPT_ONLY, OPT_STRICT,
};

static const struct option long_options[] = {
	{ "kiosk", required_argument, NULL, OPT_KIOSK },
	{ "floor-curses", required_argument, NULL, OPT_FLOOR_CURSES },
	{ "floor-yaml", required_argument, NULL, OPT_FLOOR_YAML },
	{ "shipped", required_argument, NULL, OPT_SHIPPED },
	{ "generated", required_argument, NULL, OPT_GENERATED },
	{ "valgrind", required_argument, NULL, OPT_VALGRIND },
	{ "tsv", required_argument, NULL, OPT_TSV },
	{ "commit", required_argument, NULL, OPT_COMMIT },
	{ "runs", required_argument, NULL, OPT_RUNS },
	{ "sessions", required_argument, NULL, OPT_SESSIONS },
	{ "keys", required_argument, NULL, OPT_KEYS },
	{ "only", required_argument, NULL, OPT_ONLY },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* Which cases --only picked: a bit per entry of cases[]; 0 for all. */
static int
pick_case(const char *name, unsigned *only)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (strcmp(name, cases[i].name) == 0) {
			*only |= 1u << i;
			return 0;
		}
	return -1;
}

int
main(int argc, char **argv)
{
	struct bench b;
	const char *tsv = NULL, *commit = "-";
	unsigned only = 0;
	double t0;
	size_t i;
	int ch, strict = 0, missed, errors, bad = 0;

	memset(&b, 0, sizeof(b));
	b.runs = DEFAULT_RUNS;
	b.load_runs = DEFAULT_LOAD_RUNS;
	b.keys = DEFAULT_KEYS;
	b.cg_keys = DEFAULT_CG_KEYS;
	b.sessions = DEFAULT_SESSIONS;
	b.timeout_ms = DEFAULT_TIMEOUT_MS;
	while ((ch = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		switch (ch) {
		case OPT_KIOSK:
			b.kiosk = optarg;
			break;
		case OPT_FLOOR_CURSES:
			b.floor_curses = optarg;
			break;
		case OPT_FLOOR_YAML:
			b.floor_yaml = optarg;
			break;
		case OPT_SHIPPED:
			b.shipped = optarg;
			break;
		case OPT_GENERATED:
			b.generated = optarg;
			break;
		case OPT_VALGRIND:
			b.valgrind = *optarg ? optarg : NULL;
			break;
		case OPT_TSV:
			tsv = optarg;
			break;
		case OPT_COMMIT:
			commit = optarg;
			break;
		case OPT_RUNS:
			bad |= positive(optarg, &b.runs);
			b.load_runs = b.runs < DEFAULT_LOAD_RUNS ? b.runs :
			    DEFAULT_LOAD_RUNS;
			break;
		case OPT_SESSIONS:
			bad |= positive(optarg, &b.sessions);
			break;
		case OPT_KEYS:
			bad |= positive(optarg, &b.keys);
			break;
		case OPT_ONLY:
			bad |= pick_case(optarg, &only);
			break;
		case OPT_STRICT:
			strict = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			bad = 1;
			break;
		}
	}
	if (bad || optind != argc || b.kiosk == NULL ||
	    b.floor_curses == NULL || b.floor_yaml == NULL ||
	    b.shipped == NULL) {
		usage(stderr);
		return 64;
	}
	if ((b.tmpdir = getenv("TMPDIR")) == NULL || *b.tmpdir == '\0')
		b.tmpdir = "/tmp";
	raise_fd_limit();
	b.rep = report_new(tsv, commit);
	printf("smp-kiosk benchmarks: %dx%d, TERM=xterm-256color, "
	    "LC_ALL=C.UTF-8\n", BENCH_COLS, BENCH_ROWS);
	print_machine(commit);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (only != 0 && !(only & 1u << i))
			continue;
		printf("running %s ...", cases[i].name);
		fflush(stdout);
		t0 = now_ms();
		cases[i].run(&b);
		printf(" %.1f s\n", (now_ms() - t0) / 1000);
	}
	missed = report_finish(b.rep, &errors);
	if (errors > 0)
		return 2;
	return strict && missed > 0 ? 1 : 0;
}
