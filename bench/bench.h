/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench.h: what the cases of `make bench` share.  Each case runs the
 * kiosk and its baseline in turn, in pseudo-terminals of 80x24 with
 * TERM=xterm-256color and LC_ALL=C.UTF-8, and adds its rows to the
 * report.
 */
#ifndef BENCH_H
#define BENCH_H

#include <sys/types.h>

#define BENCH_COLS	80
#define BENCH_ROWS	24
#define FLOOR_READY	"smp-bench floor ready"	/* floor-curses' line */
#define KIOSK_WELCOME	"Press any key to start"
#define KIOSK_HOME_ITEM	"1  What SMP is"	/* home menu, shipped content */
#define KIOSK_HOME_ITEM_ES	"1  Qué es la SMP"	/* the same in es */
#define CHOOSER_HEAD	"Choose a language"	/* src/ui-lang.c */
#define STATUS_ROW	(BENCH_ROWS - 2)	/* summary, "Lines A-B of N" */
#define BODY_TOP	2		/* first row of a list or page */

struct report;
struct scr;

struct bench {
	const char *kiosk;		/* src/smp-kiosk */
	const char *floor_curses;	/* bench/floor-curses */
	const char *floor_yaml;		/* bench/floor-yaml */
	const char *shipped;		/* the content in the source tree */
	const char *generated;		/* gen-content.sh's root, or NULL */
	const char *valgrind;		/* for instruction counts, or NULL */
	const char *tmpdir;		/* for callgrind's files */
	int	 runs;		/* runs of kiosk and baseline, interleaved */
	int	 load_runs;	/* the same on the generated content */
	int	 keys;		/* paced keys for the latency */
	int	 cg_keys;	/* keys under callgrind */
	int	 sessions;	/* kiosks at once */
	int	 timeout_ms;	/* for a screen to appear */
	double	 floor_rss_mib;	/* floor-curses' peak RSS, once measured */
	struct report *rep;
};

/* Milliseconds on the monotonic clock, with a fraction. */
double	now_ms(void);
/* The instructions in a callgrind output file, or -1 (latency.c). */
long long cg_total(const char *path);

/* The kiosk on a content root, and floor-curses, in a pty of 80x24. */
struct scr *start_kiosk(const struct bench *, const char *root);
struct scr *start_floor(const struct bench *);
/* Waits for the welcome screen, then opens the home menu (shipped). */
int	kiosk_to_home(const struct bench *, struct scr *);
/*
 * On the home menu with item 1 highlighted: the summaries of items 1
 * and 2 (free them), read by moving down and back up.
 */
int	kiosk_summaries(const struct bench *, struct scr *, char **first,
	    char **second);
/*
 * Moves the highlight from item 1 to 2 (down) or back, and waits for
 * the end of the redraw: the summary of the new item shows, then the
 * cursor comes to rest on the item, which ncurses does last.
 */
int	kiosk_step(const struct bench *, struct scr *, int down,
	    const char *summary);
/* Sends floor-curses its key number n and waits for its redraw. */
int	floor_step(const struct bench *, struct scr *, unsigned long n);

/* The cases, in the order they run. */
void	case_first_frame(struct bench *);
void	case_load(struct bench *);
void	case_bytes(struct bench *);
void	case_redraws(struct bench *);
void	case_latency(struct bench *);
void	case_sessions(struct bench *);
void	case_hangup(struct bench *);
void	case_speech(struct bench *);
void	case_search(struct bench *);
void	case_qr(struct bench *);

#endif /* BENCH_H */
