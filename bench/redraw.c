/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * redraw.c: a pseudo-terminal runner that counts cell writes through
 * libvterm's damage callback, at the granularity of single cells.  See
 * redraw.h.
 */
#include <config.h>

#include <sys/ioctl.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <vterm.h>

#include "bench.h"
#include "redraw.h"

struct rd {
	VTerm		*vt;
	VTermScreen	*screen;
	int		 fd;
	int		 eof;
	pid_t		 pid;
	int		 rows, cols;
	unsigned	*writes;	/* per cell, since rd_mark() */
	unsigned long	 bytes;
};

static void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n, size)) == NULL) {
		perror("bench");
		abort();
	}
	return p;
}

static int
on_damage(VTermRect r, void *user)
{
	struct rd *t = user;
	int row, col;

	for (row = r.start_row; row < r.end_row && row < t->rows; row++)
		for (col = r.start_col; col < r.end_col && col < t->cols;
		    col++)
			t->writes[row * t->cols + col]++;
	return 1;
}

static const VTermScreenCallbacks rd_callbacks = {
	.damage = on_damage,
};

static _Noreturn void
exec_child(char *const argv[])
{
	static const int sigs[] = {
		SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH
	};
	sigset_t none;
	size_t i;

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		signal(sigs[i], SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	unsetenv("LINES");
	unsetenv("COLUMNS");
	unsetenv("NO_COLOR");
	unsetenv("LANGUAGE");
	setenv("TERM", "xterm-256color", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	execv(argv[0], argv);
	dprintf(STDERR_FILENO, "rd_start: %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

struct rd *
rd_start(int cols, int rows, char *const argv[])
{
	struct winsize ws;
	struct rd *t;
	pid_t pid;
	int fd;

	memset(&ws, 0, sizeof(ws));
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	fflush(stdout);
	if ((pid = forkpty(&fd, NULL, NULL, &ws)) == -1) {
		fprintf(stderr, "bench: forkpty: %s\n", strerror(errno));
		return NULL;
	}
	if (pid == 0)
		exec_child(argv);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	t = xcalloc(1, sizeof(*t));
	t->fd = fd;
	t->pid = pid;
	t->rows = rows;
	t->cols = cols;
	t->writes = xcalloc((size_t)rows * (size_t)cols, sizeof(*t->writes));
	if ((t->vt = vterm_new(rows, cols)) == NULL)
		abort();
	vterm_set_utf8(t->vt, 1);
	t->screen = vterm_obtain_screen(t->vt);
	vterm_screen_enable_altscreen(t->screen, 1);
	vterm_screen_set_callbacks(t->screen, &rd_callbacks, t);
	vterm_screen_set_damage_merge(t->screen, VTERM_DAMAGE_CELL);
	vterm_screen_reset(t->screen, 1);
	return t;
}

void
rd_free(struct rd *t)
{
	if (t == NULL)
		return;
	kill(t->pid, SIGKILL);
	while (waitpid(t->pid, NULL, 0) < 0 && errno == EINTR)
		;
	close(t->fd);
	vterm_free(t->vt);
	free(t->writes);
	free(t);
}

/* Reads what is there (waiting up to ms for it); 1 if anything came. */
static int
pump(struct rd *t, int ms)
{
	struct pollfd pfd;
	char buf[4096];
	ssize_t n;
	int got = 0;

	pfd.fd = t->fd;
	pfd.events = POLLIN;
	if (t->eof || poll(&pfd, 1, ms) <= 0)
		return 0;
	for (;;) {
		n = read(t->fd, buf, sizeof(buf));
		if (n > 0) {
			t->bytes += (unsigned long)n;
			vterm_input_write(t->vt, buf, (size_t)n);
			vterm_screen_flush_damage(t->screen);
			got = 1;
		} else if (n < 0 && errno == EINTR)
			continue;
		else {
			if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
				t->eof = 1;
			return got;
		}
	}
}

void
rd_send(struct rd *t, const char *bytes, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(t->fd, bytes, len);
		if (n > 0) {
			bytes += n;
			len -= (size_t)n;
		} else if (n < 0 && errno != EINTR && errno != EAGAIN)
			return;
		else
			pump(t, 1);
	}
}

void
rd_mark(struct rd *t)
{
	memset(t->writes, 0, (size_t)t->rows * (size_t)t->cols *
	    sizeof(*t->writes));
	t->bytes = 0;
}

void
rd_resize(struct rd *t, int cols, int rows)
{
	struct winsize ws;

	while (pump(t, 0))
		;
	vterm_set_size(t->vt, rows, cols);
	vterm_screen_flush_damage(t->screen);
	free(t->writes);
	t->rows = rows;
	t->cols = cols;
	t->writes = xcalloc((size_t)rows * (size_t)cols, sizeof(*t->writes));
	rd_mark(t);
	memset(&ws, 0, sizeof(ws));
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	if (ioctl(t->fd, TIOCSWINSZ, &ws) < 0)
		fprintf(stderr, "bench: TIOCSWINSZ: %s\n", strerror(errno));
}

static int
row_has(struct rd *t, int row, const char *text)
{
	char buf[4096];
	VTermRect r;
	size_t n;

	r.start_row = row < 0 ? 0 : row;
	r.end_row = row < 0 ? t->rows : row + 1;
	r.start_col = 0;
	r.end_col = t->cols;
	n = vterm_screen_get_text(t->screen, buf, sizeof(buf) - 1, r);
	buf[n] = '\0';
	return strstr(buf, text) != NULL;
}

int
rd_wait_text(struct rd *t, int row, const char *text, int timeout_ms)
{
	double deadline = now_ms() + timeout_ms;

	while (!row_has(t, row, text)) {
		if (t->eof || now_ms() >= deadline)
			return 0;
		pump(t, (int)(deadline - now_ms()) + 1);
	}
	return 1;
}

int
rd_wait_output(struct rd *t, int timeout_ms)
{
	double deadline = now_ms() + timeout_ms;

	while (t->bytes == 0) {
		if (t->eof || now_ms() >= deadline)
			return 0;
		pump(t, (int)(deadline - now_ms()) + 1);
	}
	return 1;
}

int
rd_wait_idle(struct rd *t, int quiet_ms, int timeout_ms)
{
	double deadline = now_ms() + timeout_ms, last = now_ms();

	while (!t->eof && now_ms() - last < quiet_ms) {
		if (now_ms() >= deadline)
			return 0;
		if (pump(t, quiet_ms - (int)(now_ms() - last)))
			last = now_ms();
	}
	return 1;
}

int
rd_full_redraws(const struct rd *t)
{
	unsigned least = ~0u;
	size_t i, n = (size_t)t->rows * (size_t)t->cols;

	for (i = 0; i < n; i++)
		if (t->writes[i] < least)
			least = t->writes[i];
	return n > 0 ? (int)least : 0;
}

unsigned long
rd_bytes(const struct rd *t)
{
	return t->bytes;
}
