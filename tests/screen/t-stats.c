/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * t-stats.c: the counters file (--stats) and the standard descriptors
 * against what a careless deployment or bad luck does to them.
 *
 * The real smp-kiosk runs with fork and exec on pipes (the plain
 * interface), each case setting up its child as the fault needs:
 * standard output and error closed, the counters path a symbolic link,
 * a FIFO or /dev/full, a file size limit that cuts a line short
 * (RLIMIT_FSIZE with SIGXFSZ ignored, as a full file system would), a
 * reader of standard output that went away.  One case runs the curses
 * screens in a pseudo-terminal (tests/screen.h) to switch languages
 * on an open page.  After each fault the counters file must hold only
 * whole lines of counts, which are printed as TAP comments.  Nothing
 * sleeps: every wait on the kiosk has a timeout.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

#define OUT_MAX		(256 * 1024)

static char *kiosk, *screen_fix, *i18n_fix;
static char tmpdir[] = "/tmp/t-stats-XXXXXX";
static char *out, *err;

/* What a child must do before exec: a fault to set up. */
enum fault {
	F_NONE,
	F_CLOSE_OUT_ERR,	/* close descriptors 1 and 2 */
	F_FSIZE,		/* RLIMIT_FSIZE: fsize_limit, no SIGXFSZ */
	F_READER_GONE,		/* stdout: a pipe without a reader */
};

static rlim_t fsize_limit;

static char *
tmp_path(const char *name)
{
	static char buf[4][4200];
	static int i;

	i = (i + 1) % 4;
	snprintf(buf[i], sizeof(buf[i]), "%s/%s", tmpdir, name);
	return buf[i];
}

/* Reads what fd has into buf; 0 at its end. */
static int
drain(int fd, char *buf, size_t *n)
{
	ssize_t got;

	if (*n >= OUT_MAX - 1)
		return 0;
	got = read(fd, buf + *n, OUT_MAX - 1 - *n);
	if (got > 0)
		*n += (size_t)got;
	return got > 0;
}

/*
 * Runs the kiosk with argv (after its name) on pipes, in as standard
 * input, after setting up fault.  Its output is in out and err.
 * Returns the wait status, or -1 when it had not ended within the
 * timeout (it is killed then).
 */
static int
run(enum fault fault, char *const argv_extra[], const char *in)
{
	char *argv[20];
	int pin[2], pout[2], perr[2], status = -1, open_fds = 2;
	size_t nout = 0, nerr = 0, n = 0, i;
	struct pollfd pfd[2];
	struct rlimit rl;
	pid_t pid;

	argv[n++] = kiosk;
	for (i = 0; argv_extra[i] != NULL && n < 19; i++)
		argv[n++] = argv_extra[i];
	argv[n] = NULL;
	if (pipe(pin) < 0 || pipe(pout) < 0 || pipe(perr) < 0)
		return -1;
	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(pin[0], 0);
		dup2(pout[1], 1);
		dup2(perr[1], 2);
		close(pin[0]);
		close(pin[1]);
		close(pout[0]);
		close(pout[1]);
		close(perr[0]);
		close(perr[1]);
		unsetenv("LC_ALL");
		unsetenv("LANGUAGE");
		unsetenv("SMP_KIOSK_LOCALEDIR");
		setenv("LANG", "C.UTF-8", 1);
		setenv("TERM", "dumb", 1);
		setenv("COLUMNS", "80", 1);
		switch (fault) {
		case F_CLOSE_OUT_ERR:
			close(1);
			close(2);
			break;
		case F_FSIZE:
			signal(SIGXFSZ, SIG_IGN);
			rl.rlim_cur = rl.rlim_max = fsize_limit;
			setrlimit(RLIMIT_FSIZE, &rl);
			break;
		default:
			break;
		}
		execv(argv[0], argv);
		_exit(127);
	}
	close(pin[0]);
	close(pout[1]);
	close(perr[1]);
	if (fault == F_READER_GONE) {
		close(pout[0]);
		open_fds = 1;
	}
	/* The input is small: the pipe takes it whole. */
	if (write(pin[1], in, strlen(in)) < 0)
		diag("run: write: %s", strerror(errno));
	close(pin[1]);
	pfd[0].fd = perr[0];
	pfd[1].fd = fault == F_READER_GONE ? -1 : pout[0];
	pfd[0].events = pfd[1].events = POLLIN;
	while (open_fds > 0 && poll(pfd, 2, scr_timeout_ms()) > 0) {
		for (i = 0; i < 2; i++) {
			if (pfd[i].fd < 0 || pfd[i].revents == 0)
				continue;
			if (!drain(pfd[i].fd, i == 0 ? err : out,
			    i == 0 ? &nerr : &nout)) {
				pfd[i].fd = -1;
				open_fds--;
			}
		}
	}
	out[nout] = err[nerr] = '\0';
	close(perr[0]);
	if (fault != F_READER_GONE)
		close(pout[0]);
	if (open_fds > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		return -1;
	}
	waitpid(pid, &status, 0);
	return status;
}

static int
exited(int status, int code)
{
	return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == code;
}

static char *
read_file(const char *path)
{
	static char buf[OUT_MAX];
	ssize_t n;
	int fd;

	buf[0] = '\0';
	if ((fd = open(path, O_RDONLY)) < 0)
		return buf;
	n = read(fd, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	close(fd);
	return buf;
}

static void
write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0 || write(fd, text, strlen(text)) < 0)
		diag("write_file %s: %s", path, strerror(errno));
	if (fd >= 0)
		close(fd);
}

/* Shows a file as TAP comments, one line each, the first 12. */
static void
show_file(const char *what, const char *text)
{
	const char *p = text, *nl;
	int n = 0;

	diag("%s (%zu bytes):", what, strlen(text));
	for (; *p != '\0'; p = nl + 1) {
		if (++n > 12) {
			diag("  ...");
			break;
		}
		if ((nl = strchr(p, '\n')) == NULL) {
			diag("  |%s   <- no newline", p);
			break;
		}
		diag("  |%.*s", (int)(nl - p), p);
	}
}

/*
 * Whether every line of text is a whole count, "YYYY-MM-DD topic ID"
 * or "YYYY-MM-DD selfcheck-completed"; *topics counts the topic lines.
 */
static int
only_counts(const char *text, int *topics)
{
	const char *p = text, *nl;
	size_t i, len;

	*topics = 0;
	for (; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			return 0;
		len = (size_t)(nl - p);
		if (len < 11 || p[4] != '-' || p[7] != '-' || p[10] != ' ')
			return 0;
		for (i = 0; i < 10; i++)
			if (i != 4 && i != 7 && (p[i] < '0' || p[i] > '9'))
				return 0;
		if (len == 30 &&
		    strncmp(p + 11, "selfcheck-completed", 19) == 0)
			continue;
		if (len < 18 || strncmp(p + 11, "topic ", 6) != 0)
			return 0;
		for (i = 17; i < len; i++)
			if (!((p[i] >= 'a' && p[i] <= 'z') ||
			    (p[i] >= '0' && p[i] <= '9') || p[i] == '-'))
				return 0;
		(*topics)++;
	}
	return 1;
}

/* Occurrences of needle in hay. */
static int
count(const char *hay, const char *needle)
{
	int n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

/*
 * 5. With standard output and error closed, the counters file took
 * descriptor 1, and the plain interface's text went into it (or the
 * log, with 2).  They are opened on /dev/null first now.
 */
static void
test_closed_out_err(void)
{
	char *stats = tmp_path("closed.stats");
	char *argv[] = { "--plain", "--log", "stderr", "--stats", stats,
	    "--content", screen_fix, NULL };
	char *text;
	int status, topics;

	unlink(stats);
	status = run(F_CLOSE_OUT_ERR, argv, "1\nb\n3\nq\n");
	text = read_file(stats);
	ok(exited(status, 0), "closed stdout and stderr: the plain kiosk "
	    "ends with status 0");
	show_file("stats file after a run with 1 and 2 closed", text);
	ok(only_counts(text, &topics) && topics == 2, "closed stdout and "
	    "stderr: the stats file holds only counts, one line for each of "
	    "the 2 topics opened");
}

/*
 * 6. What --stats names must be a regular file, reached without a
 * symbolic link; anything else is refused, with status 73 and a
 * message that names --stats and says why.
 */
static void
refused(const char *what, const char *path, const char *why)
{
	char *argv[] = { "--plain", "--stats", (char *)path, "--content",
	    screen_fix, NULL };
	int status;

	status = run(F_NONE, argv, "1\nq\n");
	if (!ok(exited(status, 73) && count(err, "--stats") == 1 &&
	    strstr(err, why) != NULL && out[0] == '\0',
	    "--stats %s: refused with status 73, saying \"%s\"", what, why))
		diag("status %d, stderr: %s", status, err);
	else
		diag("said: %.*s", (int)strcspn(err, "\n"), err);
}

static void
test_refused(void)
{
	char *target = tmp_path("passwd"), *link = tmp_path("link.stats");
	char *fifo = tmp_path("fifo.stats");
	char *argv[] = { "--plain", "--stats", tmp_path("pipe.stats"),
	    "--content", screen_fix, NULL };
	int status;

	write_file(target, "root:x:0:0:root:/root:/bin/bash\n");
	unlink(link);
	if (symlink(target, link) < 0)
		diag("symlink: %s", strerror(errno));
	refused("a symbolic link", link, "symbolic link");
	is_str(read_file(target), "root:x:0:0:root:/root:/bin/bash\n",
	    "--stats a symbolic link: its target is untouched");

	unlink(fifo);
	if (mkfifo(fifo, 0600) < 0)
		diag("mkfifo: %s", strerror(errno));
	/* Before: open() waited for a reader, and the kiosk with it. */
	refused("a FIFO without a reader", fifo, "not a regular file");
	refused("/dev/full", "/dev/full", "not a regular file");
	refused("a folder", tmpdir, "not a regular file");

	/* Before: SIGPIPE killed the plain kiosk (its terminal as set). */
	status = run(F_READER_GONE, argv, "1\nq\n");
	ok(status != -1 && !WIFSIGNALED(status) && exited(status, 74),
	    "standard output without a reader: not killed by SIGPIPE, "
	    "status 74 (%s %d)", status != -1 && WIFSIGNALED(status) ?
	    "signal" : "status", status == -1 ? -1 : WIFSIGNALED(status) ?
	    WTERMSIG(status) : WEXITSTATUS(status));
}

/*
 * 7. A short write (a full file system; here the file size limit,
 * with SIGXFSZ ignored as a shell's "trap '' XFSZ" leaves it) left a
 * part of a line that the next count ran into.  A line is written
 * whole or not at all, the log says so once, and counting stops.
 */
static void
test_short_write(void)
{
	static const char before[] =
	    "2026-01-01 topic alpha\n2026-01-01 topic alpha\n"
	    "2026-01-01 topic alpha\n2026-01-01 topic alpha\n";
	char *stats = tmp_path("full.stats"), *text, *after;
	char *argv[] = { "--plain", "--log", "stderr", "--stats", stats,
	    "--content", screen_fix, NULL };
	int status, topics;

	write_file(stats, before);
	/* Room for 8 bytes more: the next line is cut. */
	fsize_limit = sizeof(before) - 1 + 8;
	status = run(F_FSIZE, argv, "1\nb\n3\nb\n1\nq\n");
	text = read_file(stats);
	ok(exited(status, 0), "short write: the kiosk goes on (status 0)");
	show_file("stats file after a short write", text);
	is_str(text, before, "short write: the stats file holds only the "
	    "whole lines from before, no part of a line");
	ok(count(err, "stats-write-failed") == 1, "short write: the log "
	    "says so once, though three topics were opened");
	if (strstr(err, "stats-write-failed") != NULL)
		diag("log: %.*s", (int)strcspn(strstr(err,
		    "stats-write-failed"), "\n"), strstr(err,
		    "stats-write-failed"));

	/* The next start counts again, on a line of its own. */
	status = run(F_NONE, argv, "1\nq\n");
	after = read_file(stats);
	show_file("stats file after the next start", after);
	ok(exited(status, 0) && only_counts(after, &topics) && topics == 5 &&
	    strncmp(after, before, sizeof(before) - 1) == 0,
	    "short write: the next start appends a whole line after them");

	/* No room at all: write() fails with EFBIG. */
	write_file(stats, before);
	fsize_limit = sizeof(before) - 1;
	status = run(F_FSIZE, argv, "1\nb\n3\nq\n");
	is_str(read_file(stats), before, "file size limit reached: the "
	    "stats file is unchanged");
	ok(exited(status, 0) && count(err, "stats-write-failed") == 1,
	    "file size limit reached: status 0, and said once in the log");
}

/*
 * 8. A language switch showed the open pages again and counted each
 * as opened: once in the plain interface, once on the screens.
 */
static void
test_language_switch(void)
{
	char *stats = tmp_path("lang.stats"), *text;
	char *argv[] = { "--plain", "--stats", stats, "--content", i18n_fix,
	    NULL };
	char *sargv[] = { kiosk, "--lang", "es", "--stats", stats,
	    "--content", i18n_fix, NULL };
	struct scr *s;
	int status, topics;

	unlink(stats);
	status = run(F_NONE, argv, "2\n\n1\nL\n1\nL\n3\nq\n");
	text = read_file(stats);
	show_file("stats file: plain, one page, two language switches", text);
	ok(exited(status, 0) && only_counts(text, &topics) && topics == 1 &&
	    strstr(text, " topic care\n") != NULL, "plain: a page open "
	    "through two language switches is counted once");

	unlink(stats);
	s = scr_start(80, 24, sargv, (char *[]){ "LANG=C.UTF-8", NULL });
	scr_wait_text(s, "Bienvenido al quiosco de prueba de idiomas", -1);
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Mantenga el cuero cabelludo seco", -1),
	    "screens: a Spanish page is open");
	scr_type(s, "L");
	scr_type(s, "3");
	ok(scr_wait_text(s, "Gardez votre cuir chevelu au sec", -1),
	    "screens: the same page, now in French");
	scr_type(s, "L");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Keep your scalp dry", -1),
	    "screens: and in English");
	scr_type(s, "q");
	scr_wait_exit(s, -1, NULL);
	scr_free(s);
	text = read_file(stats);
	show_file("stats file: screens, one page, two language switches",
	    text);
	ok(only_counts(text, &topics) && topics == 1 &&
	    strstr(text, " topic care\n") != NULL, "screens: a page open "
	    "through two language switches is counted once");
}

int
main(void)
{
	kiosk = kiosk_path();
	/* A kiosk that refuses its options ends before it reads its
	 * input: writing that input must not end the test. */
	signal(SIGPIPE, SIG_IGN);
	screen_fix = fixture_path("screen");
	i18n_fix = fixture_path("i18n/good");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 99;
	}
	out = malloc(OUT_MAX);
	err = malloc(OUT_MAX);
	if (out == NULL || err == NULL)
		return 99;
	test_closed_out_err();
	test_refused();
	test_short_write();
	test_language_switch();
	free(out);
	free(err);
	unlink(tmp_path("passwd"));
	unlink(tmp_path("link.stats"));
	unlink(tmp_path("fifo.stats"));
	unlink(tmp_path("pipe.stats"));
	unlink(tmp_path("closed.stats"));
	unlink(tmp_path("full.stats"));
	unlink(tmp_path("lang.stats"));
	rmdir(tmpdir);
	return tap_done();
}
