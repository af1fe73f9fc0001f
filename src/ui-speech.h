/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud on the screens: the speaker (speech.h) started when the
 * kiosk offers it, the visitor's key to turn it on and off and to
 * change its rate, and what the speaker says back.  ui.c owns the
 * state and decides when to speak and what; nothing here draws, the
 * messages for the footer come back as strings.
 */
#ifndef SMP_UI_SPEECH_H
#define SMP_UI_SPEECH_H

#include <stdio.h>

#include "content.h"
#include "speech.h"

struct ui_speech {
	struct speech *speech;	/* NULL when the kiosk has it off */
	int	 reading;	/* the visitor turned it on */
	int	 no_sound;	/* the speaker found no sound output */
	enum speech_rate rate0;	/* the clinic's rate, after a reset */
	FILE	*test;		/* SMP_KIOSK_SPEECH_TEST, or NULL */
};

/*
 * Starts the speaker when the kiosk offers read aloud: offered is
 * --speech, c (may be NULL) the clinic's settings.  sp must be zeroed.
 */
void	ui_speech_start(struct ui_speech *sp, const struct clinic *c,
	    int offered);
/* Stops the speaker's child and closes what ui_speech_start() opened. */
void	ui_speech_end(struct ui_speech *sp);
/* 1 when the kiosk offers read aloud (the speaker started). */
int	ui_speech_offered(const struct ui_speech *sp);
/* 1 when the visitor turned it on and it can speak. */
int	ui_speech_reading(const struct ui_speech *sp);
/* The descriptor to poll for the speaker's events, or -1. */
int	ui_speech_fd(const struct ui_speech *sp);

/* Says t in language lang (speech_say()); t is wiped. */
void	ui_speech_say(struct ui_speech *sp, const char *lang,
	    struct speech_text *t);
/*
 * Silences the speaker at once; why ("stop", "resize", "reset") is
 * recorded for the screen tests, NULL records nothing.  1 when
 * something was being said.
 */
int	ui_speech_silence(struct ui_speech *sp, const char *why);
/* Records a key for the screen tests. */
void	ui_speech_key(struct ui_speech *sp);
/*
 * What the speaker says back; 1 when the screen changes.  *note gets
 * a message for the footer, or is left alone.
 */
int	ui_speech_events(struct ui_speech *sp, const char **note);
/*
 * After the visitor is forgotten: silent, off, at the clinic's rate,
 * with a fresh child that holds nothing of them.
 */
void	ui_speech_forget(struct ui_speech *sp);

/* The key of read aloud: on or off; or a message saying why not. */
const char *ui_speech_toggle(struct ui_speech *sp);
/* The next of read aloud's rates; the message that says it. */
const char *ui_speech_next_rate(struct ui_speech *sp);
/* The footer's label of read aloud's key: what it does now. */
const char *ui_speech_hint(const struct ui_speech *sp);

#endif
