/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * hostile.c: temporary content roots, a clean-load check and forked
 * loads with a time limit.  See hostile.h.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "decode.h"
#include "hostile.h"
#include "selfcheck-load.h"

const char *const h_mode_name[H_NMODES] = {
	"topic", "index", "faq", "self-check"
};

const char h_index_yaml[] =
	"name: English\n"
	"title: Test kiosk\n"
	"welcome: Welcome.\n"
	"disclaimer: General information, not medical advice.\n"
	"menu:\n"
	"  - show: disclaimer\n"
	"    title: About this information\n";

static _Noreturn void
h_fatal(const char *what, const char *path)
{
	fprintf(stderr, "hostile: %s %s: %s\n", what, path ? path : "",
	    strerror(errno));
	exit(99);
}

void *
h_alloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		h_fatal("malloc", NULL);
	return p;
}

char *
h_join(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *p = h_alloc(la + lb + 2);

	memcpy(p, a, la);
	p[la] = '/';
	memcpy(p + la + 1, b, lb + 1);
	return p;
}

char *
h_read_file(const char *path, size_t *lenp)
{
	struct stat st;
	size_t len = 0;
	ssize_t r;
	char *buf;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return NULL;
	}
	buf = h_alloc((size_t)st.st_size + 1);
	while (len < (size_t)st.st_size) {
		r = read(fd, buf + len, (size_t)st.st_size - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	buf[len] = '\0';
	*lenp = len;
	return buf;
}

void
h_write_file(const char *path, const void *buf, size_t len)
{
	const char *p = buf;
	ssize_t r;
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) < 0)
		h_fatal("create", path);
	while (len > 0) {
		r = write(fd, p, len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			h_fatal("write", path);
		p += r;
		len -= (size_t)r;
	}
	if (close(fd) < 0)
		h_fatal("close", path);
}

void
h_mkdir(const char *path)
{
	if (mkdir(path, 0700) < 0 && errno != EEXIST)
		h_fatal("mkdir", path);
}

void
h_remove_tree(const char *path)
{
	struct dirent *e;
	struct stat st;
	DIR *dp;
	char *p;

	if (lstat(path, &st) < 0)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	if ((dp = opendir(path)) != NULL) {
		while ((e = readdir(dp)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			p = h_join(path, e->d_name);
			h_remove_tree(p);
			free(p);
		}
		closedir(dp);
	}
	rmdir(path);
}

char *
h_tmpdir(const char *name)
{
	const char *base = getenv("TMPDIR");
	char *dir, *tmpl;
	size_t len;

	if (base == NULL || *base == '\0')
		base = "/tmp";
	len = strlen(base) + strlen(name) + 16;
	tmpl = h_alloc(len);
	snprintf(tmpl, len, "%s/%s.XXXXXX", base, name);
	if ((dir = mkdtemp(tmpl)) == NULL)
		h_fatal("mkdtemp", tmpl);
	return dir;
}

double
h_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

char *
h_root(const char *root, enum h_mode mode, const char *buf, size_t len)
{
	char *lang = h_join(root, "en"), *index, *topics, *file;

	h_mkdir(root);
	h_mkdir(lang);
	index = h_join(lang, "index.yaml");
	switch (mode) {
	case H_INDEX:
		file = index;
		index = NULL;
		break;
	case H_FAQ:
		file = h_join(lang, "faq.yaml");
		break;
	case H_SELFCHECK:
		file = h_join(lang, "selfcheck.yaml");
		break;
	default:
		topics = h_join(lang, "topics");
		h_mkdir(topics);
		file = h_join(topics, "x.yaml");
		free(topics);
		break;
	}
	if (index != NULL)
		h_write_file(index, h_index_yaml, sizeof(h_index_yaml) - 1);
	h_write_file(file, buf, len);
	free(index);
	free(lang);
	return file;
}

int
h_lines(const char *buf, size_t len)
{
	size_t i;
	int n = 1;

	for (i = 0; i < len; i++)
		if (buf[i] == '\n')
			n++;
	return n;
}

/* Problems about a whole file, which have no line to point at. */
static int
whole_file(const char *msg)
{
	return strcmp(msg, "the file is empty") == 0 ||
	    strncmp(msg, "this topic is left out of ", 26) == 0;
}

/* Checks one diagnostic; returns why it is unclean, or NULL. */
static const char *
unclean_diag(const struct diag *dg, const char *root, int lines,
    char *why, size_t size)
{
	size_t rootlen = strlen(root);

	if (dg->msg == NULL || *dg->msg == '\0')
		snprintf(why, size, "an empty message");
	else if (dg->file == NULL || strncmp(dg->file, root, rootlen) != 0 ||
	    (dg->file[rootlen] != '/' && dg->file[rootlen] != '\0'))
		snprintf(why, size, "no file under the root for \"%s\"",
		    dg->msg);
	else if (whole_file(dg->msg) && dg->line == 0)
		return NULL;
	else if (dg->line <= 0 || dg->col <= 0 || dg->line > lines)
		snprintf(why, size, "position %d:%d (of %d lines) for \"%s\"",
		    dg->line, dg->col, lines, dg->msg);
	else
		return NULL;
	return why;
}

const char *
h_unclean(const char *root, enum h_mode mode, enum content_status st,
    const struct content *c, const struct diags *d, int lines)
{
	static char why[1024];
	size_t i, langs;

	if (st == CONTENT_OK) {
		if (d->n == 0 && d->errors == 0 && c->nlangs == 1)
			return NULL;
		snprintf(why, sizeof(why), "loaded, yet with %zu diagnostics "
		    "and %zu languages", d->n, c->nlangs);
		return why;
	}
	if (st != CONTENT_ERRORS) {
		snprintf(why, sizeof(why), "content_load() gave status %d",
		    (int)st);
		return why;
	}
	/* A broken topic is left out (en loads without it); a broken
	 * index or FAQ leaves en out. */
	langs = mode == H_TOPIC ? 1 : 0;
	if (d->errors == 0 || d->n == 0 || c->nlangs != langs ||
	    c->skipped != langs) {
		snprintf(why, sizeof(why), "errors without a message, or "
		    "the wrong things left out (%zu errors, %zu kept, %zu "
		    "languages, %zu topics left out)", d->errors, d->n,
		    c->nlangs, c->skipped);
		return why;
	}
	if (mode == H_TOPIC && c->langs[0]->ntopics != 0) {
		snprintf(why, sizeof(why), "a topic with errors was kept");
		return why;
	}
	for (i = 0; i < d->n; i++)
		if (unclean_diag(&d->v[i], root, lines, why, sizeof(why)))
			return why;
	return NULL;
}

const char *
h_unclean_diags(const char *file, const struct diags *d, int lines)
{
	static char why[1024];
	size_t i;

	for (i = 0; i < d->n; i++)
		if (unclean_diag(&d->v[i], file, lines, why, sizeof(why)))
			return why;
	if (d->errors > 0 && d->n == 0) {
		snprintf(why, sizeof(why), "errors without a message");
		return why;
	}
	return NULL;
}

int
h_forked(int (*fn)(void *, int), void *arg, unsigned timeout_s,
    struct h_child *ch)
{
	double start = h_now_ms();
	size_t got = 0;
	ssize_t r;
	pid_t pid;
	int fds[2], status;

	memset(ch, 0, sizeof(*ch));
	if (pipe(fds) < 0)
		return -1;
	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		signal(SIGALRM, SIG_DFL);
		alarm(timeout_s);
		/* exit(), not _exit(): LeakSanitizer checks the child too. */
		exit(fn(arg, fds[1]));
	}
	close(fds[1]);
	for (;;) {
		r = read(fds[0], ch->msg + got, sizeof(ch->msg) - 1 - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
		if (got == sizeof(ch->msg) - 1) {
			char sink[512];	/* drain, so the child never blocks */
			while ((r = read(fds[0], sink, sizeof(sink))) > 0 ||
			    (r < 0 && errno == EINTR))
				;
			break;
		}
	}
	ch->msg[got] = '\0';
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	ch->ms = h_now_ms() - start;
	if (WIFSIGNALED(status)) {
		ch->signal = WTERMSIG(status);
		ch->hung = ch->signal == SIGALRM;
	} else {
		ch->code = WEXITSTATUS(status);
		ch->ok = ch->code == 0;
	}
	return 0;
}

const char *
h_child_end(const struct h_child *ch)
{
	static char buf[64];

	if (ch->hung)
		snprintf(buf, sizeof(buf), "hung (killed after the time "
		    "limit)");
	else if (ch->signal)
		snprintf(buf, sizeof(buf), "crashed: %s",
		    strsignal(ch->signal));
	else
		snprintf(buf, sizeof(buf), "exit %d", ch->code);
	return buf;
}

/* Writes a NUL-free message to fd, ignoring a closed pipe. */
static void
say(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
say(int fd, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	if (write(fd, buf, (size_t)n) < 0) {
		/* The parent went away; nothing to tell. */
	}
}

/*
 * selfcheck_load() of one file, as a language would: the topic ids it
 * names stay unresolved, since there are no topics.
 */
static void
selfcheck_check(const char *file, struct diags *d)
{
	struct refs refs = { NULL, 0, 0 };
	struct selfcheck sc;
	struct arena a;
	struct dec x;

	arena_init(&a);
	memset(&x, 0, sizeof(x));
	memset(&sc, 0, sizeof(sc));
	x.d = d;
	x.a = &a;
	x.refs = &refs;
	selfcheck_load(&x, file, &sc);
	free(refs.v);
	arena_free(&a);
}

int
h_load_check(const char *dir, enum h_mode mode, const char *buf, size_t len,
    int fd)
{
	char name[32], *root, *file;
	const char *roots[1], *why;
	struct content c;
	struct diags d;
	enum content_status st;
	double t0, ms;

	snprintf(name, sizeof(name), "load-%s-%ld", h_mode_name[mode],
	    (long)getpid());
	root = h_join(dir, name);
	file = h_root(root, mode, buf, len);
	roots[0] = root;
	diags_init(&d);
	t0 = h_now_ms();
	if (mode == H_SELFCHECK) {
		selfcheck_check(file, &d);
		why = h_unclean_diags(file, &d, h_lines(buf, len));
		st = d.errors ? CONTENT_ERRORS : CONTENT_OK;
	} else {
		st = content_load(&c, roots, 1, &d);
		why = h_unclean(root, mode, st, &c, &d, h_lines(buf, len));
		content_free(&c);
	}
	ms = h_now_ms() - t0;
	if (why != NULL)
		say(fd, "UNCLEAN: %s", why);
	else if (st == CONTENT_OK)
		say(fd, "clean in %.2f ms", ms);
	else
		say(fd, "errors %zu in %.2f ms", d.errors, ms);
	diags_free(&d);
	h_remove_tree(root);
	free(file);
	free(root);
	return why != NULL;
}
