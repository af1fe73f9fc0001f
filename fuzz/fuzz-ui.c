/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the curses interface's input: the bytes a
 * visitor's terminal sends (keys, escape sequences of function keys,
 * mouse reports, broken UTF-8), decoded by ncurses against the
 * terminal's terminfo entry and then dispatched by src/ui.c through
 * the key table of src/keys.c to the screens and the self-check.
 *
 * keys.c holds no decoder of its own: the byte stream is decoded by
 * ncurses (get_wch(), getmouse()) inside ui_run().  So the target runs
 * the whole of ui_run() on the shipped content in a pseudo-terminal of
 * its own (not its controlling terminal, so no byte raises a signal).
 * A thread waits for the first frame, writes the input to the master
 * side while it drains what the kiosk draws, waits until the kiosk has
 * read every byte and then hangs up, which ends ui_run() as when a
 * visitor's connection drops.  A hung-up terminal reads as 0 bytes,
 * on which ncurses spins in the middle of a mouse report; the kiosk
 * gets out of that read because the kernel also sends SIGHUP to it,
 * the session leader on its terminal.  Here the pty is no controlling
 * terminal, so the thread puts a write-only descriptor in the place of
 * stdin before it closes the master: every later read fails, as the
 * signal makes it.  Output flow control (IXON) is off, so Ctrl-S
 * cannot hold the kiosk's output for ever.
 *
 * The first byte picks kiosk mode (bit 0), the mouse (bit 1), the
 * terminal type (bits 2-3: xterm-256color, whose mouse reports are
 * SGR, xterm with X10 mouse reports, linux, vt100), the theme (bits
 * 4-5) and the language to start in (bits 6-7); the second the window
 * size, 10 to 160 columns (low 4 bits) by 4 to 64 rows (high 4 bits).
 * The rest is what the terminal sends, at most 4 KB.
 *
 * Beside crashes, leaks and undefined behaviour, it aborts when
 * ui_run() returns anything but EX_OK (the hang-up ends it with EX_OK)
 * or the kiosk stops reading its input for 5 s.
 *
 * FUZZ_CONTENT, the path of the shipped content, comes from the build.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "content.h"
#include "diag.h"
#include "i18n.h"
#include "ui.h"

#ifndef FUZZ_CONTENT
#define FUZZ_CONTENT	"content"
#endif

#define FEED_MAX	4096	/* bytes of input after the first two */
#define STALL_MS	5000	/* the kiosk reads nothing for so long: hung */

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct content content;
static int devnull = -1;
static int devnull_w = -1;	/* write-only */

static const char *const terms[] = {
	"xterm-256color", "xterm", "linux", "vt100"
};

/* The signals ui_run() takes over, given back after each run. */
static const int sigs[] = { SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGWINCH,
    SIGTSTP, SIGPIPE };
static struct sigaction saved[sizeof(sigs) / sizeof(sigs[0])];

/* What the feeding thread works on. */
struct feed {
	const uint8_t *data;
	size_t	 size;
	int	 master;	/* the pty's master side, non-blocking */
	int	 slave;		/* a descriptor of the kiosk's side */
	int	 dead;		/* write-only: reads from it fail */
};

static _Noreturn void
broken(const char *what)
{
	fprintf(stderr, "fuzz-ui: %s\n", what);
	abort();
}

/* Bytes written to the pty that the kiosk has not read yet. */
static int
unread(int slave)
{
	int n = 0;

	return ioctl(slave, TIOCINQ, &n) == 0 ? n : 0;
}

/*
 * Waits for the first frame, then writes the input, a piece at a time
 * as the terminal takes it, draining the output all along; when the
 * kiosk has read every byte, hangs up.
 */
static void *
feed(void *arg)
{
	struct feed *f = arg;
	struct pollfd pfd;
	char buf[4096];
	size_t done = 0;
	ssize_t n;
	int drawn = 0, idle_ms = 0;

	pfd.fd = f->master;
	for (;;) {
		pfd.events = POLLIN;
		if (drawn && done < f->size)
			pfd.events |= POLLOUT;
		if (poll(&pfd, 1, 1) < 0 && errno != EINTR)
			break;
		if (pfd.revents & POLLIN) {
			if ((n = read(f->master, buf, sizeof(buf))) <= 0)
				break;	/* the kiosk closed its side */
			drawn = 1;
			idle_ms = 0;
		}
		if ((pfd.revents & POLLOUT) && done < f->size &&
		    (n = write(f->master, f->data + done,
		    f->size - done)) > 0)
			done += (size_t)n;
		if (drawn && done == f->size && unread(f->slave) == 0)
			break;
		if (pfd.revents == 0 && ++idle_ms > STALL_MS)
			broken("the kiosk stopped reading its input");
	}
	dup2(f->dead, STDIN_FILENO);
	close(f->master);
	return NULL;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags d;
	const char *roots[] = { FUZZ_CONTENT };

	(void)argc;
	(void)argv;
	setenv("LC_ALL", "C.UTF-8", 1);
	/* With TERM=linux ncurses would load libgpm, which talks to a
	 * mouse daemon and leaks 10 bytes per start: not the kiosk's
	 * input, and not its leak. */
	setenv("NCURSES_GPM_TERMS", "", 1);
	/* The pty's size alone counts. */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	i18n_init(LOCALEDIR);
	diags_init(&d);
	if (content_load(&content, roots, 1, &d) != CONTENT_OK ||
	    content.nlangs == 0) {
		fprintf(stderr, "fuzz-ui: cannot load %s\n", FUZZ_CONTENT);
		exit(2);
	}
	diags_free(&d);
	if ((devnull = open("/dev/null", O_RDWR | O_CLOEXEC)) < 0 ||
	    (devnull_w = open("/dev/null", O_WRONLY | O_CLOEXEC)) < 0) {
		perror("fuzz-ui: /dev/null");
		exit(2);
	}
	return 0;
}

/* A pty of the size asked for, its output flow control off. */
static void
open_pty(int *master, int *slave, unsigned char size)
{
	struct winsize ws;
	struct termios t;

	memset(&ws, 0, sizeof(ws));
	ws.ws_col = (unsigned short)(10 + 10 * (size & 15));
	ws.ws_row = (unsigned short)(4 + 4 * (size >> 4));
	if ((*master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0 ||
	    grantpt(*master) != 0 || unlockpt(*master) != 0 ||
	    (*slave = open(ptsname(*master), O_RDWR | O_NOCTTY |
	    O_CLOEXEC)) < 0)
		broken("cannot open a pty");
	if (tcgetattr(*slave, &t) != 0)
		broken("tcgetattr failed");
	t.c_iflag &= ~(tcflag_t)IXON;
	if (tcsetattr(*slave, TCSANOW, &t) != 0 ||
	    ioctl(*master, TIOCSWINSZ, &ws) != 0 ||
	    fcntl(*master, F_SETFL, O_NONBLOCK) != 0)
		broken("cannot set the pty up");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ui_options o;
	struct language *lang;
	struct feed f;
	pthread_t thread;
	int status;
	size_t i;

	if (size < 2 || size - 2 > FEED_MAX)
		return -1;
	memset(&o, 0, sizeof(o));
	o.kiosk = data[0] & 1;
	o.mouse = (data[0] >> 1) & 1;
	o.theme = (enum theme_name)(((data[0] >> 4) & 3) % 3);
	lang = content.langs[(data[0] >> 6) % content.nlangs];
	setenv("TERM", terms[(data[0] >> 2) & 3], 1);

	open_pty(&f.master, &f.slave, data[1]);
	fflush(stdout);
	if (dup2(f.slave, STDIN_FILENO) < 0 ||
	    dup2(f.slave, STDOUT_FILENO) < 0)
		broken("dup2 failed");
	f.data = data + 2;
	f.size = size - 2;
	f.dead = devnull_w;
	if (pthread_create(&thread, NULL, feed, &f) != 0)
		broken("pthread_create failed");

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], NULL, &saved[i]);
	i18n_set_language(lang->code);
	status = ui_run(&content, lang, &o);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &saved[i], NULL);

	/* Closing the kiosk's side ends the thread if it still waits. */
	dup2(devnull, STDOUT_FILENO);
	dup2(devnull, STDIN_FILENO);
	close(f.slave);
	pthread_join(thread, NULL);
	if (status != EX_OK)
		broken("ui_run() did not return EX_OK");
	return 0;
}
