/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The log for the clinic's IT and the anonymous counters.  No curses.
 *
 * The log says what the program does (start, content loaded, content
 * problems, idle resets, why it ended) as one line an event, a word
 * naming the event and then key=value pairs, so that it can be searched
 * and counted; it is never translated.  Nothing a visitor typed, chose
 * or answered ever reaches it: callers pass only the program's own
 * words, counts, content ids and content file positions.
 *
 * The counters (--stats FILE) are one line an event appended to a file:
 * the day, "topic" and the topic's id, or "selfcheck-completed".  No
 * time of day, no session, nothing that tells one visitor from another.
 */
#ifndef SMP_LOG_H
#define SMP_LOG_H

enum log_target {
	LOGTO_AUTO,	/* stderr when it is systemd's journal, else syslog */
	LOGTO_NONE,
	LOGTO_STDERR,	/* for journald: lines start with <N>, a priority */
	LOGTO_SYSLOG,
};

/* Parses "syslog", "stderr", "none" or "auto"; -1 for anything else. */
int	log_target_parse(const char *name, enum log_target *);

/* Starts logging; LOGTO_AUTO is resolved here. */
void	log_open(enum log_target);
void	log_close(void);
/* Where the log goes now, never LOGTO_AUTO. */
enum log_target log_where(void);

void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* An idle session was forgotten. */
void	log_idle_reset(void);
/* Each of the content's problems in d, as "content-problem ...". */
struct diags;
void	log_content_problems(const struct diags *d);

enum stats_status {
	STATS_OK,
	STATS_ERRNO,		/* open() failed: the error is in *err */
	STATS_SYMLINK,		/* the path names a symbolic link */
	STATS_NOT_REGULAR,	/* a FIFO, a device, a folder... */
};

/*
 * Opens the counters file for appending (created with mode 0640 if it
 * does not exist).  Only a regular file is taken, never through a
 * symbolic link, and opening never blocks.
 */
enum stats_status stats_open(const char *path, int *err);
void	stats_close(void);
/* A visitor opened the topic with this id (a content id, not text). */
void	stats_topic(const char *id);
/* A visitor reached the end of the self-check. */
void	stats_selfcheck_completed(void);

#endif
