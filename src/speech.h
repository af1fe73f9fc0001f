/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud: the words a screen shows, as the text handed to the
 * synthesizer, and a speaker that says them off the input loop.
 *
 * The text is built from what the screens draw (a laid-out document,
 * a menu item, a self-check question), one paragraph a line, without
 * decoration: bullet markers go, and a web address is said as "web
 * address" and its publisher instead of letter by letter.
 *
 * The speaker is a child process that runs espeak-ng (when the build
 * has it): the kiosk sends it a text over a socket and reads back
 * short events; stopping it kills the child, which silences the sound
 * at once, and a spare child, espeak-ng already set up in it, takes
 * the next text while another spare starts.  The input loop never
 * waits for speech.  Nothing said is logged, and the kiosk's own copy
 * of a text is wiped as soon as it is sent.  No curses here.
 */
#ifndef SMP_SPEECH_H
#define SMP_SPEECH_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "source.h"

#define SPEECH_MAX_TEXT	(64 * 1024)	/* bytes of one text; more is cut */

/* The visitor's rate steps, in espeak-ng's words per minute. */
enum speech_rate {
	SPEECH_SLOW,
	SPEECH_NORMAL,
	SPEECH_FAST,
};
#define SPEECH_RATES	(SPEECH_FAST + 1)
int	speech_rate_wpm(enum speech_rate);
/* "slow", "normal", "fast"; -1 for another name. */
int	speech_rate_parse(const char *name, enum speech_rate *);

/* ---- the text ---- */

struct speech_text {
	char	*s;		/* paragraphs, each ended by "\n" */
	size_t	 len, cap;
	int	 nomem;		/* something did not fit in memory */
};

void	speech_text_init(struct speech_text *);
/* Zeroes what the text held and frees it; the text is empty again. */
void	speech_text_wipe(struct speech_text *);
/* Appends one paragraph; whitespace runs become one space. */
void	speech_text_para(struct speech_text *, const char *s, size_t len);
/*
 * The lines of d from line from (the first one shown) to its end, a
 * paragraph at each blank line, heading, bullet item or change of
 * style.  A web address is said as web_address (the interface's words,
 * "web address"), then the publisher of the source in r (may be NULL)
 * it links.  Returns 0, or -1 when out of memory.
 */
int	speech_text_doc(struct speech_text *, const struct doc *d, size_t from,
	    const struct review *r, const char *web_address);
/* A menu item and its summary (which may be NULL). */
int	speech_text_item(struct speech_text *, const char *label,
	    const char *summary);
/*
 * A question and its answers, each after its number as the screen
 * shows it ("1. Yes").
 */
int	speech_text_question(struct speech_text *, const char *question,
	    const char *const *answers, size_t n);

struct session;
struct view;
/*
 * What view v of the session shows, from its first line shown: the
 * welcome, the highlighted item of a list, the current question, the
 * self-check's notes, My questions, or a page, whose laid-out document
 * is page (NULL: none yet, nothing is said).  A switch without a
 * default: a new kind of view must say what it reads.
 */
void	speech_text_view(struct speech_text *, const struct session *,
	    const struct view *v, const struct doc *page);

/* ---- the speaker ---- */

/* 1 when the build has espeak-ng. */
int	speech_built(void);

struct speech_opts {
	enum speech_rate rate;
	int	 volume;	/* 0 to 200, espeak-ng's 100 is normal */
	int	 memory;	/* synthesize into memory and report what
				 * was made instead of playing it (tests,
				 * make bench): no sound device needed;
				 * 2: as slowly as it would play */
};

enum speech_event_kind {
	SPEECH_STARTED,		/* the first samples went to the output */
	SPEECH_DONE,		/* the whole text was said */
	SPEECH_NO_VOICE,	/* espeak-ng has no voice for the language */
	SPEECH_NO_SOUND,	/* no sound output could be opened */
	SPEECH_FAILED,		/* espeak-ng could not start */
};

struct speech_event {
	enum speech_event_kind kind;
	uint32_t job;		/* which speech_say() it belongs to */
	/* SPEECH_DONE in memory mode: */
	uint64_t samples;	/* how many were made */
	int	 rate_hz;	/* sample rate */
	int	 peak;		/* the largest magnitude */
	char	 voice[64];	/* the voice espeak-ng chose */
	char	*text;		/* exactly what the synthesizer was given
				 * (malloc'd, NUL-ended; wipe and free) */
};

struct speech;

/* A speaker, its child started; NULL when out of memory or unbuilt. */
struct speech *speech_new(const struct speech_opts *);
/*
 * Stops what is being said and says t in language lang (a content
 * folder name: "en", "pt_BR").  t is wiped.  Returns the job number
 * (never 0), or 0 when the child could not be reached.
 */
uint32_t speech_say(struct speech *, const char *lang, struct speech_text *t);
/*
 * Silences the speaker at once: its child is killed, the spare takes
 * its place and a new spare starts.  Nothing is waited for but the
 * child's end.  Returns 1 when something was being said.
 */
int	speech_stop(struct speech *);
/*
 * Silences the speaker and starts its child again, whether it was
 * speaking or not.  A child is a copy of the kiosk as it was when it
 * started: after the visitor is forgotten, a fresh one holds nothing
 * of them.
 */
void	speech_reset(struct speech *);
/* 1 from speech_say() until SPEECH_DONE or a stop. */
int	speech_busy(const struct speech *);
/* A descriptor that becomes readable when an event waits, or -1. */
int	speech_fd(const struct speech *);
/*
 * The next event, without waiting: 1 and *e filled, or 0 when none
 * waits.  Events of a stopped text never come.
 */
int	speech_event(struct speech *, struct speech_event *e);
void	speech_event_free(struct speech_event *);
void	speech_set_rate(struct speech *, enum speech_rate);
enum speech_rate speech_get_rate(const struct speech *);
/*
 * The process ids of the child that speaks and of the spare that takes
 * over after a stop, 0 when none (make bench reads their memory).
 */
long	speech_child(const struct speech *);
long	speech_spare(const struct speech *);
/* Stops the speaker and frees it. */
void	speech_free(struct speech *);

/*
 * For make bench: espeak-ng in this process, into memory: the
 * milliseconds from handing it text to its first samples, and the
 * samples made.  Returns -1 when the build has no espeak-ng or it
 * cannot start.
 */
int	speech_measure(const char *lang, const char *text, double *first_ms,
	    uint64_t *samples);

#endif
