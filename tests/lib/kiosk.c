/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The kiosk under test: paths, starting it, driving it.  See kiosk.h. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/wait.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

#define MAX_ARGS	32

/* Every path handed out, freed at exit (no leak for valgrind or LSan). */
static char	**kept;
static size_t	  nkept;

static void
free_kept(void)
{
	while (nkept > 0)
		free(kept[--nkept]);
	free(kept);
	kept = NULL;
}

static char *
keep(char *s)
{
	char **more;

	if (s == NULL || (more = realloc(kept, (nkept + 1) *
	    sizeof(*kept))) == NULL) {
		fprintf(stderr, "kiosk.c: out of memory\n");
		exit(99);
	}
	if (kept == NULL)
		atexit(free_kept);
	kept = more;
	kept[nkept++] = s;
	return s;
}

static char *
joined(const char *a, const char *b, const char *c)
{
	size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
	char *s = malloc(n);

	if (s != NULL)
		snprintf(s, n, "%s%s%s", a, b, c);
	return keep(s);
}

static char *
env_or_skip(const char *name)
{
	char *v = getenv(name);

	if (v == NULL || *v == '\0')
		skip_all("SMP_KIOSK, SMP_SRCDIR and SMP_BUILDDIR are set by "
		    "make check");
	return v;
}

char *
kiosk_path(void)
{
	return env_or_skip("SMP_KIOSK");
}

char *
src_path(const char *rel)
{
	return joined(env_or_skip("SMP_SRCDIR"), "/", rel);
}

char *
fixture_path(const char *name)
{
	return joined(env_or_skip("SMP_SRCDIR"), "/tests/fixtures/", name);
}

char *
locale_env(void)
{
	return joined("SMP_KIOSK_LOCALEDIR=", env_or_skip("SMP_BUILDDIR"),
	    "/tests/locale");
}

int
slow_run(void)
{
	return getenv("SMP_TEST_SLOW") != NULL ||
	    getenv("SMP_KIOSK_BIN") != NULL;
}

long
clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct scr *
kiosk_startv(int cols, int rows, char *const args[], char *const env[])
{
	char *argv[MAX_ARGS + 2];
	char *lang[] = { "LANG=C.UTF-8", NULL };
	size_t n = 0, i;

	argv[n++] = kiosk_path();
	for (i = 0; args != NULL && args[i] != NULL; i++) {
		if (n > MAX_ARGS) {
			diag("kiosk_start: more than %d arguments", MAX_ARGS);
			return NULL;
		}
		argv[n++] = args[i];
	}
	argv[n] = NULL;
	return scr_start(cols, rows, argv, env != NULL ? env : lang);
}

struct scr *
kiosk_start(int cols, int rows, ...)
{
	char *args[MAX_ARGS + 2];
	size_t n = 0;
	va_list ap;

	va_start(ap, rows);
	while (n <= MAX_ARGS &&
	    (args[n] = (char *)va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	args[n] = NULL;
	return kiosk_startv(cols, rows, args, NULL);
}

struct scr *
kiosk_start_on(int cols, int rows, const char *root, char *const args[],
    char *const env[])
{
	char *all[MAX_ARGS + 3];
	size_t n = 0, i;

	for (i = 0; args != NULL && args[i] != NULL; i++) {
		if (n >= MAX_ARGS - 2) {
			diag("kiosk_start: more than %d arguments", MAX_ARGS);
			return NULL;
		}
		all[n++] = args[i];
	}
	all[n++] = "--content";
	all[n++] = (char *)root;
	all[n] = NULL;
	return kiosk_startv(cols, rows, all, env);
}

int
kiosk_quit(struct scr *s)
{
	int status;
	int done;

	scr_type(s, "q");
	done = scr_wait_exit(s, -1, &status) && status == 0;
	scr_free(s);
	return done;
}

int
to_home(struct scr *s, const char *first_item)
{
	if (!scr_wait_text(s, "Press any key to start", -1))
		return 0;
	scr_key(s, "Enter");
	return scr_wait_text(s, first_item, -1);
}

int
find_row(struct scr *s, const char *text, int rows)
{
	char *row;
	int r, hit = -1;

	for (r = 0; r < rows && hit < 0; r++) {
		row = scr_row(s, r);
		if (row != NULL && strstr(row, text) != NULL)
			hit = r;
		free(row);
	}
	return hit;
}

void
tap(struct scr *s, int col, int row)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), "\033[<0;%d;%dM\033[<0;%d;%dm",
	    col + 1, row + 1, col + 1, row + 1);

	scr_send(s, buf, (size_t)n);
}

static void
child_env(char *const env[])
{
	size_t i;

	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("TERM", "xterm-256color", 1);
	unsetenv("NO_COLOR");
	for (i = 0; env != NULL && env[i] != NULL; i++) {
		if (strchr(env[i], '=') != NULL)
			putenv(env[i]);
		else
			unsetenv(env[i]);
	}
}

/* Reads what fd has into buf[*len] up to max - 1; 0 at the end. */
static int
drain(int fd, char *buf, size_t *len, size_t max)
{
	ssize_t n;

	if (*len >= max - 1)
		return 0;
	n = read(fd, buf + *len, max - 1 - *len);
	if (n <= 0)
		return 0;
	*len += (size_t)n;
	return 1;
}

/* Closes the ends of the three pipes that are open. */
static void
close_all(int pin[2], int pout[2], int perr[2])
{
	int *fds[] = { pin, pout, perr };
	size_t i, j;

	for (i = 0; i < 3; i++)
		for (j = 0; j < 2; j++)
			if (fds[i][j] >= 0)
				close(fds[i][j]);
}

int
run_piped(char *const argv[], char *const env[], const char *in, char *out,
    char *err, size_t max)
{
	int pin[2] = { -1, -1 }, pout[2] = { -1, -1 }, perr[2] = { -1, -1 };
	int status = -1;
	size_t nout = 0, nerr = 0;
	struct pollfd pfd[2];
	pid_t pid;

	if (pipe(pin) < 0 || pipe(pout) < 0 || (err != NULL &&
	    pipe(perr) < 0)) {
		diag("run_piped: pipe: %s", strerror(errno));
		close_all(pin, pout, perr);
		return -1;
	}
	fflush(stdout);
	/* Never on to kill(pid): kill(-1) would end every process of ours. */
	if ((pid = fork()) < 0) {
		diag("run_piped: fork: %s", strerror(errno));
		close_all(pin, pout, perr);
		return -1;
	}
	if (pid == 0) {
		dup2(pin[0], 0);
		dup2(pout[1], 1);
		if (err != NULL) {
			dup2(perr[1], 2);
			close(perr[0]);
		}
		close(pin[1]);
		close(pout[0]);
		child_env(env);
		execv(argv[0], argv);
		_exit(127);
	}
	close(pin[0]);
	close(pout[1]);
	if (err != NULL)
		close(perr[1]);
	/* The input is small: the pipe takes it whole. */
	if (in != NULL && write(pin[1], in, strlen(in)) < 0)
		diag("run_piped: write: %s", strerror(errno));
	close(pin[1]);
	pfd[0].fd = pout[0];
	pfd[1].fd = perr[0];
	pfd[0].events = pfd[1].events = POLLIN;
	while (pfd[0].fd >= 0 || pfd[1].fd >= 0) {
		if (poll(pfd, 2, scr_timeout_ms()) <= 0)
			break;
		if (pfd[0].revents && !drain(pout[0], out, &nout, max))
			pfd[0].fd = -1;
		if (pfd[1].revents && !drain(perr[0], err, &nerr, max))
			pfd[1].fd = -1;
	}
	out[nout] = '\0';
	close(pout[0]);
	if (err != NULL) {
		err[nerr] = '\0';
		close(perr[0]);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return status;
}
