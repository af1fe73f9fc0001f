/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Monkey test: the real kiosk (--kiosk, so that no key can leave it) in
 * a pseudo-terminal, fed 20,000 random events: printable keys, control
 * characters, escape sequences (the terminal's keys and random CSI and
 * SS3 ones), UTF-8 (valid, wide, combining and broken), mouse reports
 * (SGR and X10, inside and outside the window) and resizes between
 * 20x5 and 250x80.  Afterwards the kiosk must still answer: the back
 * keys lead to the welcome screen and its text.  Its resident memory,
 * measured at the largest size after event 5,000 and after the last
 * one, must grow by less than 5%.
 *
 * The events come from a seeded generator, so a run is reproducible:
 * each seed's tests name it, and a failure prints it with the last
 * events sent.  SMP_MONKEY_SEED=N runs that seed alone (else three
 * fixed ones); SMP_MONKEY_EVENTS=N changes the count; SMP_MONKEY_RSS=0
 * only prints the RSS, for runs where the kiosk runs under valgrind,
 * as it is only printed for a kiosk built with AddressSanitizer.
 *
 * The keys are paced by the kiosk's own output: after every burst the
 * test reads what the kiosk drew until it pauses (scr_wait_idle), so
 * the input never runs far ahead of the screen; nothing sleeps.
 *
 * Before the monkey, a content root where half the files are broken:
 * the kiosk must start in kiosk mode with what is valid, and its
 * standard error must say what was left out.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>

#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

#define EVENTS		20000
#define RSS_FROM	5000	/* the first RSS measure, after this event */
#define BURST		50	/* events between two paces */
#define QUIET_MS	5	/* a pause in the output ends a pace */
#define MIN_COLS	20
#define MAX_COLS	250
#define MIN_ROWS	5
#define MAX_ROWS	80
#define HISTORY		16	/* events shown when a seed fails */
#define WELCOME		"Welcome to the screen test kiosk."

static char *kiosk, *fixture;
static int check_rss = 1;	/* SMP_MONKEY_RSS=0: under valgrind */

/* xorshift64*: small, and the same on every machine. */
static uint64_t
rnd(uint64_t *st)
{
	*st ^= *st >> 12;
	*st ^= *st << 25;
	*st ^= *st >> 27;
	return *st * UINT64_C(2685821657736338717);
}

static unsigned
below(uint64_t *st, unsigned n)
{
	return (unsigned)(rnd(st) % n);
}

/* The terminal's keys, as xterm sends them. */
static const char *const term_keys[] = {
	"\033OA", "\033OB", "\033OC", "\033OD", "\033OH", "\033OF",
	"\033[A", "\033[B", "\033[C", "\033[D", "\033[H", "\033[F",
	"\033[5~", "\033[6~", "\033[2~", "\033[3~", "\033[Z", "\r", "\n",
	"\t", "\177", "\b", " ", "\033", "\033OP", "\033OQ", "\033OR",
	"\033OS", "\033[15~", "\033[17~", "\033[24~", "\033[1;5A",
	"\033[1;2B", "\033[1;3C", "\033[200~", "\033[201~", "\033[I",
	"\033[O",
};

/* Code points that stress layout: wide, combining, zero-width, RTL. */
static const uint32_t odd_chars[] = {
	0x00e9, 0x0301, 0x200b, 0x200d, 0x202e, 0x2028, 0x3000, 0x4e2d,
	0xfeff, 0xfffd, 0xff21, 0x1f600, 0x1f1fa, 0x0627, 0x05d0, 0x0e01,
	0x10ffff, 0xe000,
};

/*
 * One random event into buf (or a resize into *cols, *rows, with 0
 * returned); the name of its kind into *kind.
 */
static size_t
make_event(uint64_t *st, char *buf, int *cols, int *rows, const char **kind)
{
	unsigned r = below(st, 100), i, n;
	size_t len = 0;
	uint32_t c;

	if (r < 28) {			/* printable ASCII */
		*kind = "key";
		buf[len++] = (char)(0x20 + below(st, 0x5f));
	} else if (r < 36) {		/* control characters */
		*kind = "control";
		c = below(st, 33);
		buf[len++] = (char)(c == 32 ? 0x7f : c);
	} else if (r < 52) {		/* the terminal's keys */
		*kind = "sequence";
		len = strlen(term_keys[i = below(st, sizeof(term_keys) /
		    sizeof(term_keys[0]))]);
		memcpy(buf, term_keys[i], len);
	} else if (r < 58) {		/* random CSI, SS3 or Alt sequences */
		*kind = "random sequence";
		buf[len++] = '\033';
		switch (below(st, 3)) {
		case 0:
			buf[len++] = '[';
			for (n = below(st, 6), i = 0; i < n; i++)
				buf[len++] = "0123456789;:<=>?"[below(st, 16)];
			buf[len++] = (char)(0x40 + below(st, 0x3f));
			break;
		case 1:
			buf[len++] = 'O';
			buf[len++] = (char)(0x40 + below(st, 0x3f));
			break;
		default:
			buf[len++] = (char)(0x20 + below(st, 0x5f));
			break;
		}
	} else if (r < 70) {		/* UTF-8 */
		*kind = "UTF-8";
		switch (below(st, 4)) {
		case 0:
			/* A surrogate comes out as U+FFFD. */
			c = 0xa0 + below(st, 0x10000 - 0xa0);
			len = scr_put_utf8(buf, c);
			break;
		case 1:
			len = scr_put_utf8(buf, odd_chars[below(st,
			    sizeof(odd_chars) / sizeof(odd_chars[0]))]);
			break;
		case 2:
			len = scr_put_utf8(buf, 0x10000 + below(st, 0x100000));
			break;
		default:		/* broken: stray or cut bytes */
			for (n = 1 + below(st, 3), i = 0; i < n; i++)
				buf[len++] = (char)(0x80 + below(st, 0x80));
			break;
		}
	} else if (r < 96) {		/* mouse reports */
		static const unsigned buttons[] = { 0, 1, 2, 3, 32, 35, 64,
		    65, 66, 67, 4, 8, 16 };
		unsigned b = buttons[below(st, sizeof(buttons) /
		    sizeof(buttons[0]))];
		unsigned x = 1 + below(st, (unsigned)*cols + 8);
		unsigned y = 1 + below(st, (unsigned)*rows + 4);

		*kind = "mouse";
		if (below(st, 4) == 0) {	/* X10: bytes past 127 too */
			buf[len++] = '\033';
			buf[len++] = '[';
			buf[len++] = 'M';
			buf[len++] = (char)(32 + b);
			buf[len++] = (char)(32 + (x > 223 ? 223 : x));
			buf[len++] = (char)(32 + (y > 223 ? 223 : y));
		} else
			len = (size_t)snprintf(buf, 32, "\033[<%u;%u;%u%c", b,
			    x, y, below(st, 2) ? 'M' : 'm');
	} else {			/* a resize */
		*kind = "resize";
		*cols = MIN_COLS + (int)below(st, MAX_COLS - MIN_COLS + 1);
		*rows = MIN_ROWS + (int)below(st, MAX_ROWS - MIN_ROWS + 1);
	}
	return len;
}

/* A field of /proc/PID/status in KiB ("VmRSS"), or -1. */
static long
status_kib(pid_t pid, const char *field)
{
	char path[64], line[256];
	size_t n = strlen(field);
	long kib = -1;
	FILE *fp;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (strncmp(line, field, n) == 0 && line[n] == ':') {
			kib = strtol(line + n + 1, NULL, 10);
			break;
		}
	fclose(fp);
	return kib;
}

static long
rss_kib(pid_t pid)
{
	return status_kib(pid, "VmRSS");
}

/*
 * AddressSanitizer keeps freed memory in quarantine, so the RSS of a
 * kiosk built with it grows by design; its shadow map shows as an
 * address space of terabytes.
 */
static int
sanitized(pid_t pid)
{
	return status_kib(pid, "VmSize") > 1024L * 1024 * 1024;
}

/* Whether pid runs (and is not a zombie), without reaping it. */
static int
running(pid_t pid)
{
	char path[64], buf[512], *p;
	size_t n;
	FILE *fp;

	snprintf(path, sizeof(path), "/proc/%ld/stat", (long)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return kill(pid, 0) == 0;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	if ((p = strrchr(buf, ')')) == NULL || p[1] == '\0')
		return 1;
	return p[2] != 'Z' && p[2] != 'X';
}

/* The resident memory at the largest size, once the redraw is done. */
static long
rss_at_max(struct scr *s, int cols, int rows)
{
	long kib;

	/* The same steps each time, so that the heap is in the same shape:
	 * the largest size, a normal one, the largest again. */
	scr_resize(s, MAX_COLS, MAX_ROWS);
	scr_wait_idle(s, 50, -1);
	scr_resize(s, 80, 24);
	scr_wait_idle(s, 50, -1);
	scr_resize(s, MAX_COLS, MAX_ROWS);
	scr_wait_idle(s, 50, -1);
	kib = rss_kib(scr_pid(s));
	scr_resize(s, cols, rows);
	return kib;
}

/* Prints an event as C-escaped text, for a failure's diagnostics. */
static void
show_event(unsigned long i, const char *kind, const char *buf, size_t len,
    int cols, int rows)
{
	char out[256];
	size_t j, o = 0;

	if (len == 0) {
		diag("  event %lu: %s to %dx%d", i, kind, cols, rows);
		return;
	}
	for (j = 0; j < len && o + 5 < sizeof(out); j++) {
		unsigned char c = (unsigned char)buf[j];
		if (c >= 0x20 && c < 0x7f && c != '\\')
			out[o++] = (char)c;
		else
			o += (size_t)snprintf(out + o, sizeof(out) - o,
			    "\\x%02x", c);
	}
	out[o] = '\0';
	diag("  event %lu: %s \"%s\"", i, kind, out);
}

struct past {
	char	 buf[64];
	size_t	 len;
	const char *kind;
	int	 cols, rows;
};

static void
monkey(uint64_t seed, unsigned long events)
{
	char *argv[] = { kiosk, "--kiosk", "--idle-timeout", "0", "--content",
	    fixture, NULL };
	char *env[] = { "LANG=C.UTF-8", "TERM=xterm-256color", NULL };
	struct past past[HISTORY];
	uint64_t st = seed ? seed : 1;
	unsigned long i, from = events < RSS_FROM * 2 ? events / 4 : RSS_FROM;
	long rss0 = -1, rss1 = -1;
	int cols = 80, rows = 24, status, alive = 1, k;
	struct scr *s;
	size_t len;

	memset(past, 0, sizeof(past));
	if ((s = scr_start(cols, rows, argv, env)) == NULL) {
		ok(0, "seed %" PRIu64 ": start the kiosk", seed);
		return;
	}
	if (!ok(scr_wait_text(s, WELCOME, -1), "seed %" PRIu64 ": the kiosk "
	    "starts", seed)) {
		scr_free(s);
		return;
	}
	for (i = 1; i <= events && alive; i++) {
		struct past *p = &past[i % HISTORY];

		len = make_event(&st, p->buf, &cols, &rows, &p->kind);
		p->len = len;
		p->cols = cols;
		p->rows = rows;
		if (len == 0)
			scr_resize(s, cols, rows);
		else
			scr_send(s, p->buf, len);
		if (i % BURST == 0) {
			scr_wait_idle(s, QUIET_MS, -1);
			alive = running(scr_pid(s));
		}
		if (i == from)
			rss0 = rss_at_max(s, cols, rows);
	}
	if (!ok(alive, "seed %" PRIu64 ": the kiosk survives %lu events",
	    seed, events)) {
		status = -1;
		scr_wait_exit(s, -1, &status);
		diag("seed %" PRIu64 ": the kiosk ended (wait status 0x%x) "
		    "before event %lu; the last events:", seed,
		    (unsigned)status, i);
		for (k = 1; k <= HISTORY; k++) {
			struct past *p = &past[(i + (unsigned long)k) % HISTORY];
			if (p->kind != NULL)
				show_event(i - HISTORY - 1 + (unsigned long)k,
				    p->kind, p->buf, p->len, p->cols, p->rows);
		}
		scr_free(s);
		return;
	}
	rss1 = rss_at_max(s, cols, rows);

	/* Still answering: back to the welcome screen at a normal size. */
	scr_resize(s, 80, 24);
	scr_wait_idle(s, QUIET_MS, -1);
	for (k = 0; k < 70; k++)
		scr_send(s, "\033OD", 3);	/* Left: back */
	if (!ok(scr_wait_text(s, WELCOME, -1), "seed %" PRIu64 ": after %lu "
	    "events the back keys lead to the welcome text", seed, events))
		diag("seed %" PRIu64 ": no welcome screen after the events",
		    seed);
	scr_type(s, " ");
	ok(scr_wait_text(s, "Group of pages", -1), "seed %" PRIu64 ": and a "
	    "key opens the home menu", seed);
	if (!check_rss || sanitized(scr_pid(s)))
		diag("seed %" PRIu64 ": RSS %ld KiB after event %lu, %ld KiB "
		    "after event %lu (not checked: %s)", seed, rss0, from, rss1,
		    events, check_rss ? "the kiosk runs under AddressSanitizer" :
		    "SMP_MONKEY_RSS=0");
	else if (rss0 > 0 && rss1 > 0) {
		if (!ok(rss1 * 100 < rss0 * 105, "seed %" PRIu64 ": RSS grew "
		    "by less than 5%% from event %lu to %lu (%ld KiB to %ld "
		    "KiB)", seed, from, events, rss0, rss1))
			diag("seed %" PRIu64 ": RSS %ld KiB after event %lu, "
			    "%ld KiB after event %lu", seed, rss0, from, rss1,
			    events);
	} else
		ok(0, "seed %" PRIu64 ": read the kiosk's RSS", seed);
	scr_close_master(s);
	ok(scr_wait_exit(s, -1, &status), "seed %" PRIu64 ": a hang-up ends "
	    "the kiosk", seed);
	scr_free(s);
}

/* ---- half of the content broken ---- */

static void
write_file(const char *dir, const char *name, const char *text)
{
	char path[8192];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((fp = fopen(path, "w")) == NULL || fputs(text, fp) == EOF ||
	    fclose(fp) != 0) {
		perror(path);
		exit(99);
	}
}

static char *
read_all(const char *path)
{
	static char buf[65536];
	size_t n = 0;
	FILE *fp;

	buf[0] = '\0';
	if ((fp = fopen(path, "r")) == NULL)
		return buf;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

#define TOPIC(id, title) \
	"id: " id "\ntitle: " title "\nsummary: A summary.\nsections:\n" \
	"  - heading: About\n    body: Some text.\nsources:\n" \
	"  - title: A source\nreviewed: 2026-01-01\n" \
	"next_review: 2027-01-01\nreviewer: A reviewer\n"

static void
test_half_broken(void)
{
	char root[4096], dir[4200], log[4200], cmd[16384], *err;
	char *argv[] = { "/bin/sh", "-c", cmd, NULL };
	char *env[] = { "LANG=C.UTF-8", NULL };
	const char *tmp = getenv("TMPDIR");
	struct scr *s;
	int status;

	snprintf(root, sizeof(root), "%s/t-monkey.XXXXXX", tmp && *tmp ? tmp :
	    "/tmp");
	if (mkdtemp(root) == NULL) {
		perror("mkdtemp");
		exit(99);
	}
	snprintf(dir, sizeof(dir), "%s/en", root);
	mkdir(dir, 0700);
	write_file(dir, "index.yaml", "name: English\ntitle: Half kiosk\n"
	    "welcome: Welcome to the half kiosk.\ndisclaimer: Not advice.\n"
	    "menu:\n  - topic: good-one\n  - topic: broken-one\n"
	    "  - topic: good-two\n  - topic: broken-two\n");
	snprintf(dir, sizeof(dir), "%s/en/topics", root);
	mkdir(dir, 0700);
	write_file(dir, "good-one.yaml", TOPIC("good-one", "First good page"));
	write_file(dir, "good-two.yaml", TOPIC("good-two", "Second good page"));
	write_file(dir, "broken-one.yaml", "id: broken-one\ntitle: [oops\n");
	write_file(dir, "broken-two.yaml", TOPIC("broken-two",
	    "\"Broken \\e\""));
	/* A language whose index is broken is left out whole. */
	snprintf(dir, sizeof(dir), "%s/fr", root);
	mkdir(dir, 0700);
	write_file(dir, "index.yaml", "name: [Français\n");

	snprintf(log, sizeof(log), "%s.log", root);
	/* --log stderr: in kiosk mode content problems go to the log only. */
	snprintf(cmd, sizeof(cmd), "exec '%s' --kiosk --idle-timeout 0 "
	    "--log stderr --content '%s' 2>'%s'", kiosk, root, log);
	s = scr_start(80, 24, argv, env);
	ok(s != NULL && scr_wait_text(s, "Welcome to the half kiosk.", -1),
	    "half-broken content: the kiosk starts with what is valid");
	scr_type(s, " ");
	ok(scr_wait_text(s, "First good page", -1) &&
	    scr_wait_text(s, "Second good page", -1),
	    "  ... the valid topics are in the menu");
	ok(!scr_contains(s, "broken"), "  ... the broken ones are not");
	scr_close_master(s);
	scr_wait_exit(s, -1, &status);
	scr_free(s);
	err = read_all(log);
	ok(strstr(err, "en/topics/broken-one.yaml: warning: this topic is "
	    "left out of en because of its errors") != NULL &&
	    strstr(err, "en/topics/broken-two.yaml: warning: this topic is "
	    "left out of en because of its errors") != NULL,
	    "  ... standard error says which topics were left out");
	ok(strstr(err, "en/index.yaml:7:12: warning: this link is dropped: "
	    "topic \"broken-one\"") != NULL, "  ... and which links");
	ok(strstr(err, "fr/index.yaml:") != NULL &&
	    strstr(err, "YAML syntax") != NULL,
	    "  ... and the error that left fr out");
	if (strstr(err, "left out") == NULL)
		diag("standard error: %s", err);
	unlink(log);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	if (system(cmd) != 0)
		diag("could not remove %s", root);
}

int
main(void)
{
	const char *k, *seed_env = getenv("SMP_MONKEY_SEED");
	const char *events_env = getenv("SMP_MONKEY_EVENTS");
	static const uint64_t seeds[] = { 20261201, 7, 0x5eed5eed };
	unsigned long events = EVENTS;
	size_t i;

	kiosk = kiosk_path();
	fixture = fixture_path("screen");
	if (events_env != NULL && strtoul(events_env, NULL, 10) > 0)
		events = strtoul(events_env, NULL, 10);
	if ((k = getenv("SMP_MONKEY_RSS")) != NULL && strcmp(k, "0") == 0)
		check_rss = 0;
	signal(SIGPIPE, SIG_IGN);

	test_half_broken();
	if (seed_env != NULL && *seed_env != '\0')
		monkey(strtoull(seed_env, NULL, 0), events);
	else
		for (i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++)
			monkey(seeds[i], events);
	return tap_done();
}
