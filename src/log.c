/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The log for IT and the anonymous counters; see log.h.
 */
#include <config.h>

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include "diag.h"
#include <unistd.h>

#include "log.h"

#define LOG_LINE_MAX	1024	/* a longer message is cut */
#define STATS_LINE_MAX	160

static enum log_target target = LOGTO_NONE;
static int stats_fd = -1;

int
log_target_parse(const char *name, enum log_target *t)
{
	static const struct {
		const char *name;
		enum log_target t;
	} names[] = {
		{ "auto", LOGTO_AUTO }, { "none", LOGTO_NONE },
		{ "stderr", LOGTO_STDERR }, { "syslog", LOGTO_SYSLOG },
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i].name) == 0) {
			*t = names[i].t;
			return 0;
		}
	return -1;
}

/* Whether stderr is the stream JOURNAL_STREAM ("DEVICE:INODE") names. */
static int
journal_stderr(void)
{
	const char *js = getenv("JOURNAL_STREAM");
	unsigned long long dev, ino;
	struct stat st;

	if (js == NULL || sscanf(js, "%llu:%llu", &dev, &ino) != 2 ||
	    fstat(STDERR_FILENO, &st) < 0)
		return 0;
	return (unsigned long long)st.st_dev == dev &&
	    (unsigned long long)st.st_ino == ino;
}

void
log_open(enum log_target t)
{
	/*
	 * systemd says in JOURNAL_STREAM that stderr goes to the journal.
	 * Anywhere else stderr may be the visitor's own (a terminal, or
	 * the client of "ssh -T"), so the log goes to syslog.
	 */
	if (t == LOGTO_AUTO)
		t = journal_stderr() ? LOGTO_STDERR : LOGTO_SYSLOG;
	if (t == LOGTO_SYSLOG)
		openlog("smp-kiosk", LOG_PID | LOG_NDELAY, LOG_USER);
	target = t;
}

void
log_close(void)
{
	if (target == LOGTO_SYSLOG)
		closelog();
	target = LOGTO_NONE;
}

enum log_target
log_where(void)
{
	return target;
}

static void __attribute__((format(printf, 2, 0)))
log_v(int pri, const char *fmt, va_list ap)
{
	char line[LOG_LINE_MAX];
	char *p;

	if (target == LOGTO_NONE)
		return;
	vsnprintf(line, sizeof(line), fmt, ap);
	/* One event, one line, whatever a content error message held. */
	for (p = line; *p != '\0'; p++)
		if ((unsigned char)*p < ' ' || *p == 0x7f)
			*p = ' ';
	if (target == LOGTO_SYSLOG)
		syslog(pri, "%s", line);
	else
		fprintf(stderr, "<%d>smp-kiosk: %s\n", pri, line);
}

void
log_info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_v(LOG_INFO, fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_v(LOG_WARNING, fmt, ap);
	va_end(ap);
}

void
log_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_v(LOG_ERR, fmt, ap);
	va_end(ap);
}

void
log_idle_reset(void)
{
	log_info("idle-reset");
}

/*
 * The file is only ever appended to, and only if it is a regular file:
 * O_NOFOLLOW refuses a symbolic link (as root, a link to /etc/passwd
 * would have had counts appended to it), O_NONBLOCK keeps a FIFO
 * without a reader from holding the kiosk in open(), and lstat() before
 * and fstat() after the open refuse FIFOs, devices and the like, which
 * are not opened at all when lstat() already shows them.
 */
enum stats_status
stats_open(const char *path, int *err)
{
	struct stat st;
	int fd;

	*err = 0;
	if (lstat(path, &st) == 0) {
		if (S_ISLNK(st.st_mode))
			return STATS_SYMLINK;
		if (!S_ISREG(st.st_mode))
			return STATS_NOT_REGULAR;
	}
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY |
	    O_NOFOLLOW | O_NONBLOCK, 0640);
	if (fd < 0) {
		/* Replaced since lstat(): a link (ELOOP), or a FIFO
		 * without a reader (ENXIO). */
		if (errno == ELOOP)
			return STATS_SYMLINK;
		if (errno == ENXIO)
			return STATS_NOT_REGULAR;
		*err = errno;
		return STATS_ERRNO;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return STATS_NOT_REGULAR;
	}
	stats_close();
	stats_fd = fd;
	return STATS_OK;
}

void
stats_close(void)
{
	if (stats_fd >= 0)
		close(stats_fd);
	stats_fd = -1;
}

/*
 * Takes back the n bytes of a line that a short write left at the end
 * of the file, so that the next line does not run into them: only if
 * they are still the last bytes, that is, no other kiosk process
 * sharing the file appended after them.
 */
static void
stats_take_back(size_t n)
{
	struct stat st;
	off_t end;

	if ((end = lseek(stats_fd, 0, SEEK_CUR)) < 0 ||
	    fstat(stats_fd, &st) < 0 || st.st_size != end ||
	    (off_t)n > end)
		return;
	if (ftruncate(stats_fd, end - (off_t)n) < 0) {
		/* Nothing more can be done about a full disk here. */
	}
}

/*
 * Appends "DAY EVENT [ID]" in one write(), so that the lines of many
 * kiosk processes sharing the file never mix.  A line is written whole
 * or not at all: after a short write (a full file system, a file size
 * limit) its part is taken back, the log says so once, and counting
 * stops until the next start.  A failed write is not worth stopping a
 * visitor for.
 */
static void
stats_event(const char *event, const char *id)
{
	char line[STATS_LINE_MAX];
	struct tm tm;
	time_t now;
	ssize_t w;
	int n;

	if (stats_fd < 0)
		return;
	now = time(NULL);
	if (gmtime_r(&now, &tm) == NULL)
		return;
	n = snprintf(line, sizeof(line), "%04d-%02d-%02d %s%s%.64s\n",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, event,
	    id != NULL ? " " : "", id != NULL ? id : "");
	if (n <= 0 || (size_t)n >= sizeof(line))
		return;
	do
		w = write(stats_fd, line, (size_t)n);
	while (w < 0 && errno == EINTR);
	if (w == n)
		return;
	if (w > 0)
		stats_take_back((size_t)w);
	log_error("stats-write-failed wrote=%zd of=%d error=\"%s\" "
	    "(counting stops until the next start)", w < 0 ? 0 : w, n,
	    w < 0 ? strerror(errno) : "short write");
	stats_close();
}

void
stats_topic(const char *id)
{
	stats_event("topic", id);
}

void
stats_selfcheck_completed(void)
{
	stats_event("selfcheck-completed", NULL);
}

void
log_content_problems(const struct diags *d)
{
	char *msg;
	size_t i;

	for (i = 0; i < d->n; i++) {
		if ((msg = diag_format(&d->v[i])) == NULL)
			continue;
		log_warn("content-problem %s", msg);
		free(msg);
	}
}
