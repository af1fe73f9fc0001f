/*
 * libFuzzer target for the curses interface's input: the bytes a
 * visitor's terminal sends (keys, escape sequences of function keys,
 * mouse reports, broken UTF-8), decoded by ncurses against the
 * terminal's terminfo entry and then dispatched by src/ui.c through
 * the key table of src/keys.c to the screens and the self-check.
 *
 * keys.c holds no decoder of its own: the byte stream is decoded by
 * ncurses (get_wch(), getmouse()) inside ui_run().  So the target runs
 * the whole of ui_run() on the shipped content with a pipe for stdin
 * and another for stdout, no terminal at all: ncurses works on any
 * file descriptors, and takes the window size (80x24) from terminfo.
 * A thread waits for the first frame on the output pipe, then writes
 * the input and closes the pipe; ui_run() takes every key and ends at
 * the end of input, as it does when a visitor's connection closes.
 * The thread drains the output meanwhile, so drawing never blocks.
 *
 * The first byte picks kiosk mode (bit 0), the mouse (bit 1), the
 * terminal type (bits 2-3: xterm-256color, whose mouse reports are
 * SGR, xterm with X10 mouse reports, linux, vt100), the theme (bits
 * 4-5) and the language to start in (bits 6-7).  The rest is what the
 * terminal sends, at most 4 KB (one atomic write to the pipe).
 *
 * Beside crashes, leaks and undefined behaviour, it aborts when
 * ui_run() returns anything but EX_OK: the end of input is a hang-up,
 * and "q" a quit, both EX_OK.
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

#define FEED_MAX	4096	/* POSIX's least PIPE_BUF: one atomic write */

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct content content;
static int devnull = -1;

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
	int	 to_kiosk;	/* write end of the kiosk's stdin */
	int	 from_kiosk;	/* read end of the kiosk's stdout */
};

static _Noreturn void
broken(const char *what)
{
	fprintf(stderr, "fuzz-ui: %s\n", what);
	abort();
}

/*
 * Waits for the first frame, writes the input, closes the kiosk's
 * stdin, then drains its output to the end (the main thread closes the
 * write end after ui_run() returns).
 */
static void *
feed(void *arg)
{
	struct feed *f = arg;
	char buf[4096];
	ssize_t n;
	int fed = 0;

	while ((n = read(f->from_kiosk, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		if (!fed) {
			if (f->size > 0 &&
			    write(f->to_kiosk, f->data, f->size) !=
			    (ssize_t)f->size && errno != EPIPE)
				broken("short write to the kiosk's input");
			close(f->to_kiosk);
			fed = 1;
		}
	}
	if (!fed)
		close(f->to_kiosk);
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
	/* Only terminfo gives the size: 80x24 for every type here. */
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
	/* A kiosk that ends before its input is written gives EPIPE. */
	signal(SIGPIPE, SIG_IGN);
	if ((devnull = open("/dev/null", O_RDWR | O_CLOEXEC)) < 0) {
		perror("fuzz-ui: /dev/null");
		exit(2);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ui_options o;
	struct language *lang;
	struct feed f;
	pthread_t thread;
	int in[2], out[2], status;
	size_t i;

	if (size < 1 || size - 1 > FEED_MAX)
		return -1;
	memset(&o, 0, sizeof(o));
	o.kiosk = data[0] & 1;
	o.mouse = (data[0] >> 1) & 1;
	o.theme = (enum theme_name)(((data[0] >> 4) & 3) % 3);
	lang = content.langs[(data[0] >> 6) % content.nlangs];
	setenv("TERM", terms[(data[0] >> 2) & 3], 1);

	if (pipe(in) < 0 || pipe(out) < 0)
		broken("pipe failed");
	fflush(stdout);
	if (dup2(in[0], STDIN_FILENO) < 0 || dup2(out[1], STDOUT_FILENO) < 0)
		broken("dup2 failed");
	close(in[0]);
	close(out[1]);
	f.data = data + 1;
	f.size = size - 1;
	f.to_kiosk = in[1];
	f.from_kiosk = out[0];
	if (pthread_create(&thread, NULL, feed, &f) != 0)
		broken("pthread_create failed");

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], NULL, &saved[i]);
	i18n_set_language(lang->code);
	status = ui_run(&content, lang, &o);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &saved[i], NULL);

	/* The end of the kiosk's stdout ends the thread. */
	dup2(devnull, STDOUT_FILENO);
	dup2(devnull, STDIN_FILENO);
	pthread_join(thread, NULL);
	close(out[0]);
	if (status != EX_OK)
		broken("ui_run() did not return EX_OK");
	return 0;
}
