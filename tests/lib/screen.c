/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen.c: run a program in a pseudo-terminal and read its screen through
 * libvterm.  See screen.h.
 *
 * The master fd is non-blocking and close-on-exec (so a second child never
 * holds the first one's master open).  Output ends when read() gives 0 or
 * EIO: on Linux that is how the master reports that every slave fd is
 * closed, normally because the child exited.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* forkpty, syscall */
#endif

#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <vterm.h>

#include "screen.h"

#define SCR_EXIT_DRAIN_MS	1000	/* output still due after an exit */
#define SCR_EXIT_POLL_MS	10	/* waitpid interval without a pidfd */
#define SCR_READ_ROUNDS		256	/* reads per call before re-checking */
#define SCR_CSI_MAX		64	/* longest DEC mode sequence split up */

struct scr {
	VTerm		*vt;
	VTermScreen	*screen;
	int		 fd;		/* pty master; -1 once closed */
	int		 eof;		/* no more output can come */
	int		 pidfd;		/* -1 without pidfd_open() */
	pid_t		 pid;
	int		 reaped;
	int		 status;
	struct rusage	 usage;		/* of the child, once reaped */
	int		 altscreen;
	int		 cursor_visible;
	int		 mouse;
	unsigned long	 bytes;
	char		 csi[SCR_CSI_MAX];	/* a DEC mode sequence so far */
	size_t		 ncsi;
	int		 held;		/* output is left unread */
	char		*sb;		/* scrolled-off lines, "\n" after each */
	size_t		 nsb;
	size_t		 e3;		/* bytes of "ESC [ 3 J" seen so far */
};

/* A screen condition to wait for: text in row (or anywhere if row < 0). */
struct want {
	int		 row;
	const char	*text;		/* NULL: wait for the cursor */
	int		 gone;		/* wait for the text to disappear */
	int		 crow, ccol;	/* where the cursor should be */
};

static const struct {
	const char	*name;
	const char	*bytes;
} scr_keys[] = {
	/* As in xterm-256color's terminfo (keypad_xmit mode). */
	{ "Up", "\033OA" },		{ "Down", "\033OB" },
	{ "Right", "\033OC" },		{ "Left", "\033OD" },
	{ "Home", "\033OH" },		{ "End", "\033OF" },
	{ "PgUp", "\033[5~" },		{ "PgDn", "\033[6~" },
	{ "Insert", "\033[2~" },	{ "Delete", "\033[3~" },
	{ "Enter", "\r" },		{ "Esc", "\033" },
	{ "Backspace", "\177" },	{ "Tab", "\t" },
	{ "BackTab", "\033[Z" },	{ "Space", " " },
	{ "F1", "\033OP" },		{ "F2", "\033OQ" },
	{ "F3", "\033OR" },		{ "F4", "\033OS" },
	{ "F5", "\033[15~" },		{ "F6", "\033[17~" },
	{ "F7", "\033[18~" },		{ "F8", "\033[19~" },
	{ "F9", "\033[20~" },		{ "F10", "\033[21~" },
	{ "F11", "\033[23~" },		{ "F12", "\033[24~" },
};

/* Allocate or abort: a test harness has no use for running out of memory. */
static void *
xmalloc(size_t size)
{
	void	*p;

	if ((p = calloc(1, size)) == NULL) {
		perror("screen.c");
		abort();
	}
	return p;
}

/* Milliseconds on the monotonic clock. */
static long
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Milliseconds left until deadline, never negative. */
static int
left_ms(long deadline)
{
	long	left;

	left = deadline - now_ms();
	return left > 0 ? (int)left : 0;
}

static int
min_int(int a, int b)
{
	return a < b ? a : b;
}

/* The default timeout: SMP_TEST_TIMEOUT_MS if set to a positive number. */
int
scr_timeout_ms(void)
{
	const char	*env;
	char		*end;
	long		 ms;

	if ((env = getenv("SMP_TEST_TIMEOUT_MS")) == NULL || *env == '\0')
		return SCR_TIMEOUT_MS;
	errno = 0;
	ms = strtol(env, &end, 10);
	if (errno != 0 || *end != '\0' || ms <= 0 || ms > 3600 * 1000)
		return SCR_TIMEOUT_MS;
	return (int)ms;
}

/* The deadline for a timeout given to a scr_wait_* function. */
static long
deadline_for(int timeout_ms)
{
	return now_ms() + (timeout_ms < 0 ? scr_timeout_ms() : timeout_ms);
}

/*
 * libvterm 0.1.4 acts only on the first mode of a DEC private mode set or
 * reset with several ("ESC [ ? 1006 ; 1000 h" sets SGR reports but never
 * turns mouse reporting on), as xterm and every real terminal do not.
 * So such sequences are split into one a mode before libvterm sees them;
 * a sequence cut between two reads is held back in s->csi until its end.
 */
static void
feed_vterm(struct scr *s, const char *buf, size_t n)
{
	static const char	 lead[] = "\033[?";
	size_t			 i, start = 0, p, q;
	char			 one[SCR_CSI_MAX + 4], fin;
	int			 len;

	for (i = 0; i < n; i++) {
		if (s->ncsi == 0 && buf[i] != '\033')
			continue;
		if (s->ncsi == 0) {
			vterm_input_write(s->vt, buf + start, i - start);
			start = i;
		} else if (buf[i] == '\033') {
			/* A sequence cut short (output dropped): ESC starts
			 * a new one, as in every terminal. */
			vterm_input_write(s->vt, s->csi, s->ncsi);
			s->ncsi = 0;
		}
		s->csi[s->ncsi++] = buf[i];
		start = i + 1;
		if (s->ncsi <= 3 && buf[i] == lead[s->ncsi - 1])
			continue;	/* still "ESC [ ?" */
		if (s->ncsi > 3 && ((buf[i] >= '0' && buf[i] <= '9') ||
		    buf[i] == ';') && s->ncsi < SCR_CSI_MAX)
			continue;	/* parameters */
		fin = buf[i];
		if (s->ncsi > 4 && (fin == 'h' || fin == 'l') &&
		    memchr(s->csi, ';', s->ncsi) != NULL) {
			for (p = 3; p < s->ncsi - 1; p = q + 1) {
				for (q = p; q < s->ncsi - 1 && s->csi[q] != ';';
				    q++)
					;
				len = snprintf(one, sizeof(one), "\033[?%.*s%c",
				    (int)(q - p), s->csi + p, fin);
				vterm_input_write(s->vt, one, (size_t)len);
			}
		} else
			vterm_input_write(s->vt, s->csi, s->ncsi);
		s->ncsi = 0;
	}
	if (start < n)
		vterm_input_write(s->vt, buf + start, n - start);
}

/*
 * Like xterm, the terminal erases its saved lines on ED 3 ("ESC [ 3 J"),
 * which libvterm 0.1 ignores: the lines before it are fed, the saved
 * lines dropped, and the rest fed on.
 */
static void
feed(struct scr *s, const char *buf, size_t n)
{
	static const char	 e3[] = "\033[3J";
	size_t			 i, start = 0;

	for (i = 0; i < n; i++) {
		if (buf[i] == e3[s->e3])
			s->e3++;
		else
			s->e3 = buf[i] == e3[0];
		if (s->e3 < sizeof(e3) - 1)
			continue;
		feed_vterm(s, buf + start, i + 1 - start);
		start = i + 1;
		s->nsb = 0;
		s->e3 = 0;
	}
	feed_vterm(s, buf + start, n - start);
}

/* Feed everything readable now into libvterm; returns 1 if anything came. */
static int
read_output(struct scr *s)
{
	char	buf[4096];
	ssize_t	n;
	int	round, got = 0;

	if (s->held)
		return 0;
	for (round = 0; round < SCR_READ_ROUNDS && !s->eof; round++) {
		n = read(s->fd, buf, sizeof(buf));
		if (n > 0) {
			s->bytes += (unsigned long)n;
			feed(s, buf, (size_t)n);
			got = 1;
		} else if (n == -1 && errno == EINTR)
			continue;
		else if (n == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
			break;
		else
			s->eof = 1;	/* 0 or EIO: the slave side is gone */
	}
	return got;
}

/* Wait up to ms for output and read it; returns 1 if anything came. */
static int
pump(struct scr *s, int ms)
{
	struct pollfd	pfd;

	if (s->eof)
		return 0;
	if (s->held) {		/* wait, as for output that never comes */
		poll(NULL, 0, ms);
		return 0;
	}
	pfd.fd = s->fd;
	pfd.events = POLLIN;
	if (poll(&pfd, 1, ms) <= 0)	/* timeout, or EINTR: caller loops */
		return 0;
	return read_output(s);
}

/*
 * Write bytes to the child's input.  While the input queue is full, keep
 * reading output if may_read, so that neither side blocks the other.
 */
static void
write_input(struct scr *s, const char *p, size_t len, int may_read)
{
	struct pollfd	pfd;
	ssize_t		n;
	long		deadline;

	deadline = deadline_for(-1);
	while (len > 0 && s->fd != -1) {
		n = write(s->fd, p, len);
		if (n > 0) {
			p += n;
			len -= (size_t)n;
			continue;
		}
		if (n == -1 && errno == EINTR)
			continue;
		if ((n == -1 && errno != EAGAIN && errno != EWOULDBLOCK) ||
		    s->eof || left_ms(deadline) == 0) {
			printf("# scr_send: %zu bytes not delivered\n", len);
			fflush(stdout);
			return;
		}
		pfd.fd = s->fd;
		pfd.events = POLLOUT | (may_read ? POLLIN : 0);
		if (poll(&pfd, 1, left_ms(deadline)) > 0 &&
		    (pfd.revents & POLLIN) && may_read)
			read_output(s);
	}
}

/* libvterm's answers to queries (DA, DSR) go back to the child. */
static void
on_output(const char *bytes, size_t len, void *user)
{
	write_input(user, bytes, len, 0);
}

/* Remember the terminal modes the child sets. */
static int
on_termprop(VTermProp prop, VTermValue *val, void *user)
{
	struct scr	*s = user;

	switch (prop) {
	case VTERM_PROP_ALTSCREEN:
		s->altscreen = val->boolean;
		break;
	case VTERM_PROP_CURSORVISIBLE:
		s->cursor_visible = val->boolean;
		break;
	case VTERM_PROP_MOUSE:
		s->mouse = val->number;
		break;
	default:
		break;
	}
	return 1;
}

/* A line scrolled off the top of the normal screen: keep its text. */
static int
on_pushline(int cols, const VTermScreenCell *cells, void *user)
{
	struct scr	*s = user;
	char		*p;
	size_t		 need = (size_t)cols * 4 * VTERM_MAX_CHARS_PER_CELL + 1;
	int		 col, k;

	if ((p = realloc(s->sb, s->nsb + need + 1)) == NULL)
		abort();
	s->sb = p;
	p += s->nsb;
	for (col = 0; col < cols; col++)
		for (k = 0; k < VTERM_MAX_CHARS_PER_CELL &&
		    cells[col].chars[k] != 0; k++)
			p += scr_put_utf8(p, cells[col].chars[k]);
	*p++ = '\n';
	*p = '\0';
	s->nsb = (size_t)(p - s->sb);
	return 1;
}

static const VTermScreenCallbacks scr_callbacks = {
	.settermprop = on_termprop,
	.sb_pushline = on_pushline,
};

/* In the child: set up the environment and run argv; never returns. */
static _Noreturn void
exec_child(char *const argv[], char *const envp_extra[])
{
	static const int	 defaults[] = {
		SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH
	};
	static const char	*unset[] = {
		"LINES", "COLUMNS", "NO_COLOR", "LANGUAGE"
	};
	sigset_t		 none;
	size_t			 i;

	for (i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++)
		signal(defaults[i], SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	for (i = 0; i < sizeof(unset) / sizeof(unset[0]); i++)
		unsetenv(unset[i]);
	setenv("TERM", "xterm-256color", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	for (i = 0; envp_extra != NULL && envp_extra[i] != NULL; i++) {
		if (strchr(envp_extra[i], '=') != NULL)
			putenv(envp_extra[i]);
		else
			unsetenv(envp_extra[i]);
	}
	execv(argv[0], argv);
	dprintf(STDERR_FILENO, "scr_start: %s: %s\n", argv[0],
	    strerror(errno));
	_exit(127);
}

/* A pidfd for pid, or -1 where the kernel (or valgrind) has none. */
static int
open_pidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
	static int	missing;
	int		fd = -1;

	if (!missing && (fd = (int)syscall(SYS_pidfd_open, pid, 0)) == -1)
		missing = errno == ENOSYS;
	return fd;
#else
	(void)pid;
	return -1;
#endif
}

/*
 * Run argv[0] (a path) in a new pty of cols x rows.  The child gets
 * TERM=xterm-256color and LC_ALL=C.UTF-8, loses LINES, COLUMNS, NO_COLOR
 * and LANGUAGE, then envp_extra: "NAME=value" sets, "NAME" unsets.
 */
struct scr *
scr_start(int cols, int rows, char *const argv[], char *const envp_extra[])
{
	struct winsize	 ws;
	struct scr	*s;
	pid_t		 pid;
	int		 fd;

	memset(&ws, 0, sizeof(ws));
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	fflush(stdout);
	if ((pid = forkpty(&fd, NULL, NULL, &ws)) == -1) {
		printf("# scr_start: forkpty: %s\n", strerror(errno));
		return NULL;
	}
	if (pid == 0)
		exec_child(argv, envp_extra);

	fcntl(fd, F_SETFD, FD_CLOEXEC);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	s = xmalloc(sizeof(*s));
	s->fd = fd;
	s->pid = pid;
	s->pidfd = open_pidfd(pid);
	s->cursor_visible = 1;
	if ((s->vt = vterm_new(rows, cols)) == NULL)
		abort();
	vterm_set_utf8(s->vt, 1);
	vterm_output_set_callback(s->vt, on_output, s);
	s->screen = vterm_obtain_screen(s->vt);
	vterm_screen_enable_altscreen(s->screen, 1);
	vterm_screen_set_callbacks(s->screen, &scr_callbacks, s);
	vterm_screen_reset(s->screen, 1);
	return s;
}

/* CPU time the child used, in ms, once scr_wait_exit() has seen it go. */
long
scr_cpu_ms(struct scr *s)
{
	if (!s->reaped)
		return -1;
	return (long)(s->usage.ru_utime.tv_sec + s->usage.ru_stime.tv_sec) *
	    1000 + (long)(s->usage.ru_utime.tv_usec +
	    s->usage.ru_stime.tv_usec) / 1000;
}

/* Collect the child's status if it has exited; 1 once it has. */
static int
reap(struct scr *s, int flags)
{
	pid_t	r;

	if (s->reaped)
		return 1;
	do
		r = wait4(s->pid, &s->status, flags, &s->usage);
	while (r == -1 && errno == EINTR);
	if (r == -1) {
		printf("# scr: waitpid %ld: %s\n", (long)s->pid,
		    strerror(errno));
		s->status = -1;
	}
	if (r != 0)
		s->reaped = 1;
	return s->reaped;
}

/* Wait up to ms for output or the child's exit, reading any output. */
static void
wait_child(struct scr *s, int ms)
{
	struct pollfd	pfd[2];
	nfds_t		n = 0;

	if (!s->eof && !s->held) {
		pfd[n].fd = s->fd;
		pfd[n++].events = POLLIN;
	}
	if (s->pidfd != -1) {
		pfd[n].fd = s->pidfd;
		pfd[n++].events = POLLIN;
	} else
		ms = min_int(ms, SCR_EXIT_POLL_MS);
	if (poll(pfd, n, ms) > 0 && !s->eof && !s->held &&
	    pfd[0].revents != 0)
		read_output(s);
}

/*
 * Wait for the child to exit, reading its output all along so it never
 * blocks on a full pty, then read what it wrote last.  Returns 1 and the
 * waitpid() status if it exited in time.
 */
int
scr_wait_exit(struct scr *s, int timeout_ms, int *status)
{
	long	deadline;

	deadline = deadline_for(timeout_ms);
	while (!reap(s, WNOHANG)) {
		if (left_ms(deadline) == 0) {
			printf("# scr_wait_exit: pid %ld still running\n",
			    (long)s->pid);
			scr_dump(s);
			return 0;
		}
		wait_child(s, left_ms(deadline));
	}
	deadline = now_ms() + min_int(left_ms(deadline), SCR_EXIT_DRAIN_MS);
	while (!s->eof && !s->held && left_ms(deadline) > 0)
		pump(s, left_ms(deadline));
	if (status != NULL)
		*status = s->status;
	return 1;
}

/* Close the master, as a dropped connection would: the child gets SIGHUP. */
void
scr_close_master(struct scr *s)
{
	if (s->fd != -1)
		close(s->fd);
	s->fd = -1;
	s->eof = 1;
}

pid_t
scr_pid(struct scr *s)
{
	return s->pid;
}

/* Kill the child (and its process group) if it runs, reap it, free all. */
void
scr_free(struct scr *s)
{
	if (s == NULL)
		return;
	if (!s->reaped) {
		kill(-s->pid, SIGKILL);
		kill(s->pid, SIGKILL);
		reap(s, 0);
	}
	if (s->fd != -1)
		close(s->fd);
	if (s->pidfd != -1)
		close(s->pidfd);
	vterm_free(s->vt);
	free(s->sb);
	free(s);
}

/* Resize the terminal: the kernel sends SIGWINCH to the child. */
void
scr_resize(struct scr *s, int cols, int rows)
{
	struct winsize	ws;

	read_output(s);		/* what came before belongs to the old size */
	vterm_set_size(s->vt, rows, cols);
	memset(&ws, 0, sizeof(ws));
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	if (s->fd != -1 && ioctl(s->fd, TIOCSWINSZ, &ws) == -1)
		printf("# scr_resize: %s\n", strerror(errno));
}

/*
 * Set the size of the pty alone, leaving the screen as it is: for sizes
 * too large to keep a screen of in the test.
 */
void
scr_set_winsize(struct scr *s, int cols, int rows)
{
	struct winsize	ws;

	read_output(s);
	memset(&ws, 0, sizeof(ws));
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	if (s->fd != -1 && ioctl(s->fd, TIOCSWINSZ, &ws) == -1)
		printf("# scr_set_winsize: %s\n", strerror(errno));
}

/*
 * Stop reading the output (on) or read it again, as a client does that
 * stops reading: once the pty's buffer is full, the child's writes wait.
 */
void
scr_hold(struct scr *s, int on)
{
	s->held = on;
}

/*
 * Stop (on) or restart the output on the terminal's side, as Scroll
 * Lock does on the Linux console (TCOOFF, TCOON on the slave).
 */
int
scr_stop_output(struct scr *s, int on)
{
	char	*name;
	int	 fd, rc;

	if (s->fd == -1 || (name = ptsname(s->fd)) == NULL ||
	    (fd = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)) == -1)
		return -1;
	rc = tcflow(fd, on ? TCOOFF : TCOON);
	close(fd);
	return rc;
}

/*
 * A question to the terminal's side of the pty (opened by name): poll()
 * events and the bytes of input the child has not read yet.
 */
static int
ask_slave(struct scr *s, short events, int *queued)
{
	struct pollfd	 pfd;
	char		*name;
	int		 fd, rc;

	if (s->fd == -1 || (name = ptsname(s->fd)) == NULL ||
	    (fd = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)) == -1)
		return -1;
	pfd.fd = fd;
	pfd.events = events;
	rc = poll(&pfd, 1, 0);
	if (ioctl(fd, FIONREAD, queued) == -1)
		rc = -1;
	close(fd);
	return rc < 0 ? -1 : pfd.revents;
}

/*
 * Whether a write of the child's to the terminal would wait: output
 * stopped (scr_stop_output()), or held (scr_hold()) until the pty's
 * buffer is full.  -1 if it cannot tell.
 */
int
scr_output_waits(struct scr *s)
{
	int	queued, ev = ask_slave(s, POLLOUT, &queued);

	return ev < 0 ? -1 : !(ev & POLLOUT);
}

/* Bytes sent to the child that it has not read yet; -1 if unknown. */
int
scr_input_queued(struct scr *s)
{
	int	queued;

	return ask_slave(s, POLLIN, &queued) < 0 ? -1 : queued;
}

/* The modes of the terminal's side (the slave's termios). */
int
scr_termios(struct scr *s, struct termios *t)
{
	return s->fd == -1 ? -1 : tcgetattr(s->fd, t);
}

/* Whether a line that scrolled off the screen (and was kept) has text. */
int
scr_saved_contains(struct scr *s, const char *text)
{
	read_output(s);
	return s->sb != NULL && s->nsb > 0 && strstr(s->sb, text) != NULL;
}

/* Lines scrolled off the screen and kept (not erased by ED 3). */
size_t
scr_saved_lines(struct scr *s)
{
	size_t	i, n = 0;

	read_output(s);
	for (i = 0; i < s->nsb; i++)
		n += s->sb[i] == '\n';
	return n;
}

void
scr_send(struct scr *s, const char *bytes, size_t len)
{
	write_input(s, bytes, len, 1);
}

void
scr_type(struct scr *s, const char *text)
{
	write_input(s, text, strlen(text), 1);
}

/*
 * Send a named key (see scr_keys) or "C-x" for a control character.
 * An unknown name is a bug in the test: abort.
 */
void
scr_key(struct scr *s, const char *name)
{
	size_t	i;
	char	c;

	for (i = 0; i < sizeof(scr_keys) / sizeof(scr_keys[0]); i++) {
		if (strcmp(name, scr_keys[i].name) == 0) {
			scr_type(s, scr_keys[i].bytes);
			return;
		}
	}
	c = strncmp(name, "C-", 2) == 0 && strlen(name) == 3 ? name[2] : '\0';
	if (c == '?') {
		scr_send(s, "\177", 1);
		return;
	}
	if ((c >= '@' && c <= '_') || (c >= 'a' && c <= 'z')) {
		c &= 0x1f;
		scr_send(s, &c, 1);
		return;
	}
	printf("# scr_key: unknown key name '%s'\n", name);
	fflush(stdout);
	abort();
}

size_t
scr_put_utf8(char *p, uint32_t c)
{
	if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		c = 0xfffd;
	if (c < 0x80) {
		p[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		p[0] = (char)(0xc0 | c >> 6);
		p[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		p[0] = (char)(0xe0 | c >> 12);
		p[1] = (char)(0x80 | (c >> 6 & 0x3f));
		p[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	p[0] = (char)(0xf0 | c >> 18);
	p[1] = (char)(0x80 | (c >> 12 & 0x3f));
	p[2] = (char)(0x80 | (c >> 6 & 0x3f));
	p[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/*
 * The text of a row as UTF-8, trailing spaces trimmed; "" for a row off
 * the screen.  A wide character covers its cell and the next one, and
 * combining characters follow their base in cell.chars[].
 */
char *
scr_row(struct scr *s, int row)
{
	VTermScreenCell	 cell;
	VTermPos	 pos;
	char		*buf;
	size_t		 len = 0, keep = 0;
	int		 rows, cols, i;

	vterm_get_size(s->vt, &rows, &cols);
	buf = xmalloc((size_t)cols * VTERM_MAX_CHARS_PER_CELL * 4 + 1);
	if (row < 0 || row >= rows)
		return buf;
	pos.row = row;
	for (pos.col = 0; pos.col < cols; pos.col += cell.width > 1 ? 2 : 1) {
		if (!vterm_screen_get_cell(s->screen, pos, &cell))
			break;
		if (cell.chars[0] == (uint32_t)-1)
			continue;	/* right half of a wide character */
		if (cell.chars[0] == 0)
			buf[len++] = ' ';
		for (i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; i++)
			len += scr_put_utf8(buf + len, cell.chars[i]);
		if (cell.chars[0] != 0 && cell.chars[0] != ' ')
			keep = len;
	}
	buf[keep] = '\0';
	return buf;
}

/* The whole screen: rows as scr_row() gives them, joined by newlines. */
static char *
screen_text(struct scr *s)
{
	char	*text, *line;
	size_t	 len = 0, n;
	int	 rows, cols, row;

	vterm_get_size(s->vt, &rows, &cols);
	text = xmalloc((size_t)rows *
	    ((size_t)cols * VTERM_MAX_CHARS_PER_CELL * 4 + 1) + 1);
	for (row = 0; row < rows; row++) {
		line = scr_row(s, row);
		n = strlen(line);
		memcpy(text + len, line, n);
		len += n;
		text[len++] = '\n';
		free(line);
	}
	text[len] = '\0';
	return text;
}

/* Whether text is on the screen (it may span rows with a "\n"). */
int
scr_contains(struct scr *s, const char *text)
{
	char	*screen;
	int	 found;

	screen = screen_text(s);
	found = strstr(screen, text) != NULL;
	free(screen);
	return found;
}

/* Print the screen as TAP comments, one "# |row|" a row. */
void
scr_dump(struct scr *s)
{
	char	*line;
	int	 rows, cols, row, crow, ccol;

	vterm_get_size(s->vt, &rows, &cols);
	scr_cursor(s, &crow, &ccol);
	printf("# screen %dx%d, cursor at row %d col %d%s\n", cols, rows,
	    crow, ccol, s->eof ? ", output ended" : "");
	for (row = 0; row < rows; row++) {
		line = scr_row(s, row);
		printf("# |%s|\n", line);
		free(line);
	}
	fflush(stdout);
}

/* Whether the condition w holds on the screen now. */
static int
holds(struct scr *s, const struct want *w)
{
	char	*text;
	int	 found, r, c;

	if (w->text == NULL) {
		scr_cursor(s, &r, &c);
		return r == w->crow && c == w->ccol;
	}
	if (w->row < 0)
		found = scr_contains(s, w->text);
	else {
		text = scr_row(s, w->row);
		found = strstr(text, w->text) != NULL;
		free(text);
	}
	return found != w->gone;
}

/*
 * Read output until w holds; 1 if it did.  Fails at once when output
 * has ended, since the screen can no longer change.
 */
static int
wait_for(struct scr *s, const struct want *w, int timeout_ms,
    const char *what)
{
	long	deadline;

	deadline = deadline_for(timeout_ms);
	for (;;) {
		if (holds(s, w))
			return 1;
		if (s->eof || left_ms(deadline) == 0)
			break;
		pump(s, left_ms(deadline));
	}
	printf("# %s '%s' failed%s:\n", what, w->text ? w->text : "",
	    s->eof ? " (output ended)" : " (timeout)");
	scr_dump(s);
	return 0;
}

int
scr_wait_text(struct scr *s, const char *text, int timeout_ms)
{
	struct want	w = { -1, text, 0, 0, 0 };

	return wait_for(s, &w, timeout_ms, "scr_wait_text");
}

int
scr_wait_gone(struct scr *s, const char *text, int timeout_ms)
{
	struct want	w = { -1, text, 1, 0, 0 };

	return wait_for(s, &w, timeout_ms, "scr_wait_gone");
}

/* Wait until the cursor is at row, col (0-based). */
int
scr_wait_cursor(struct scr *s, int row, int col, int timeout_ms)
{
	struct want	w = { -1, NULL, 0, row, col };
	char		what[64];

	snprintf(what, sizeof(what), "scr_wait_cursor %d,%d", row, col);
	return wait_for(s, &w, timeout_ms, what);
}

int
scr_wait_row(struct scr *s, int row, const char *text, int timeout_ms)
{
	struct want	w = { row, text, 0, 0, 0 };
	char		what[64];

	if (row < 0) {
		printf("# scr_wait_row: bad row %d\n", row);
		return 0;
	}
	snprintf(what, sizeof(what), "scr_wait_row %d", row);
	return wait_for(s, &w, timeout_ms, what);
}

/*
 * Read output until none has come for quiet_ms; 1 if that happened (or
 * output ended) within timeout_ms.  This is the one wait based on time:
 * use it only to let a redraw finish before counting bytes, never to
 * wait for something to appear.
 */
int
scr_wait_idle(struct scr *s, int quiet_ms, int timeout_ms)
{
	long	deadline, last;

	deadline = deadline_for(timeout_ms);
	last = now_ms();
	while (!s->eof) {
		if (now_ms() - last >= quiet_ms)
			return 1;
		if (left_ms(deadline) == 0) {
			printf("# scr_wait_idle: output never paused for "
			    "%d ms\n", quiet_ms);
			fflush(stdout);
			return 0;
		}
		if (pump(s, min_int(quiet_ms - (int)(now_ms() - last),
		    left_ms(deadline))))
			last = now_ms();
	}
	return 1;
}

void
scr_cursor(struct scr *s, int *row, int *col)
{
	VTermPos	pos;

	vterm_state_get_cursorpos(vterm_obtain_state(s->vt), &pos);
	*row = pos.row;
	*col = pos.col;
}

int
scr_altscreen(struct scr *s)
{
	return s->altscreen;
}

int
scr_cursor_visible(struct scr *s)
{
	return s->cursor_visible;
}

/* The mouse mode: 0 off, then VTERM_PROP_MOUSE_CLICK, _DRAG, _MOVE. */
int
scr_mouse_mode(struct scr *s)
{
	return s->mouse;
}

/* The cell at row, col; 0 for a cell off the screen. */
static int
get_cell(struct scr *s, int row, int col, VTermScreenCell *cell)
{
	VTermPos	pos;
	int		rows, cols;

	vterm_get_size(s->vt, &rows, &cols);
	pos.row = row;
	pos.col = col;
	return row >= 0 && row < rows && col >= 0 && col < cols &&
	    vterm_screen_get_cell(s->screen, pos, cell);
}

/*
 * The attributes of one cell; any pointer may be NULL.  Returns 0 for a
 * cell off the screen.
 */
int
scr_cell_attrs(struct scr *s, int row, int col, int *bold, int *reverse,
    int *fg_is_default, int *bg_is_default)
{
	VTermScreenCell	cell;

	if (!get_cell(s, row, col, &cell))
		return 0;
	if (bold != NULL)
		*bold = cell.attrs.bold;
	if (reverse != NULL)
		*reverse = cell.attrs.reverse;
	if (fg_is_default != NULL)
		*fg_is_default = VTERM_COLOR_IS_DEFAULT_FG(&cell.fg);
	if (bg_is_default != NULL)
		*bg_is_default = VTERM_COLOR_IS_DEFAULT_BG(&cell.bg);
	return 1;
}

/* The size of the screen as libvterm has it. */
void
scr_size(struct scr *s, int *cols, int *rows)
{
	vterm_get_size(s->vt, rows, cols);
}

/*
 * One cell with its text and pen.  A blank cell reads as " ", the right
 * half of a wide character as "" with width 0.
 */
int
scr_cell(struct scr *s, int row, int col, struct scr_cell *c)
{
	VTermScreenCell	cell;
	size_t		len = 0;
	int		i;

	if (!get_cell(s, row, col, &cell))
		return 0;
	memset(c, 0, sizeof(*c));
	if (cell.chars[0] == (uint32_t)-1)
		c->width = 0;
	else {
		c->width = cell.width > 1 ? 2 : 1;
		if (cell.chars[0] == 0)
			c->text[len++] = ' ';
		for (i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i] &&
		    len + 4 < sizeof(c->text); i++)
			len += scr_put_utf8(c->text + len, cell.chars[i]);
	}
	c->bold = cell.attrs.bold;
	c->underline = cell.attrs.underline != 0;
	c->italic = cell.attrs.italic;
	c->reverse = cell.attrs.reverse;
	(void)scr_cell_colors(s, row, col, &c->fg, &c->bg);
	return 1;
}

/* Bytes read from the master: the child's output, echo included. */
unsigned long
scr_bytes(struct scr *s)
{
	return s->bytes;
}

void
scr_reset_bytes(struct scr *s)
{
	s->bytes = 0;
}

/* 1 while the child runs; reaps it quietly once it has exited. */
int
scr_running(struct scr *s)
{
	return !reap(s, WNOHANG);
}

/* A colour as scr_cell_colors() gives it. */
static int
color_code(const VTermColor *c, int is_default)
{
	if (is_default)
		return -1;
	if (VTERM_COLOR_IS_INDEXED(c))
		return c->indexed.idx;
	return -2;
}

/*
 * The colours of one cell: a palette index (0-255), -1 for the
 * terminal's default colour or -2 for a direct RGB colour; either
 * pointer may be NULL.  Returns 0 for a cell off the screen.
 */
int
scr_cell_colors(struct scr *s, int row, int col, int *fg, int *bg)
{
	VTermScreenCell	cell;

	if (!get_cell(s, row, col, &cell))
		return 0;
	if (fg != NULL)
		*fg = color_code(&cell.fg, VTERM_COLOR_IS_DEFAULT_FG(&cell.fg));
	if (bg != NULL)
		*bg = color_code(&cell.bg, VTERM_COLOR_IS_DEFAULT_BG(&cell.bg));
	return 1;
}

/*
 * 1 when the terminal's current attributes are all off and its colours
 * the defaults, as a program that reset them on exit leaves them.
 */
int
scr_pen_plain(struct scr *s)
{
	static const VTermAttr	 flags[] = {
		VTERM_ATTR_BOLD, VTERM_ATTR_UNDERLINE, VTERM_ATTR_ITALIC,
		VTERM_ATTR_BLINK, VTERM_ATTR_REVERSE, VTERM_ATTR_STRIKE
	};
	VTermState		*st = vterm_obtain_state(s->vt);
	VTermValue		 v;
	size_t			 i;

	for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
		if (!vterm_state_get_penattr(st, flags[i], &v))
			return 0;
		if (flags[i] == VTERM_ATTR_UNDERLINE ? v.number != 0 :
		    v.boolean != 0)
			return 0;
	}
	if (!vterm_state_get_penattr(st, VTERM_ATTR_FOREGROUND, &v) ||
	    !VTERM_COLOR_IS_DEFAULT_FG(&v.color))
		return 0;
	if (!vterm_state_get_penattr(st, VTERM_ATTR_BACKGROUND, &v) ||
	    !VTERM_COLOR_IS_DEFAULT_BG(&v.color))
		return 0;
	return 1;
}
