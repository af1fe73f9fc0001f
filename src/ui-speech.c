/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud on the screens (ui-speech.h): the speaker's start and
 * end, the visitor's keys and the speaker's events.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "log.h"
#include "ui-speech.h"

/*
 * SMP_KIOSK_SPEECH_TEST=FILE, for the screen tests only: the speaker
 * makes its sound in memory at the pace it would play, and what
 * happens (keys, texts said, stops) is written to FILE.  Honoured only
 * while the program runs from where it was built, as
 * SMP_KIOSK_LOCALEDIR is (i18n.c): an installed kiosk never writes
 * what it says anywhere.
 */
static FILE *
open_speech_test(void)
{
	const char *path = build_tree_getenv("SMP_KIOSK_SPEECH_TEST");

	return path != NULL ? fopen(path, "we") : NULL;
}

static void
test_event(struct ui_speech *sp, const char *what, unsigned long job,
    const char *text)
{
	if (sp->test == NULL)
		return;
	fprintf(sp->test, "%s %lu\n", what, job);
	if (text != NULL)
		fprintf(sp->test, "%s.\n", text);
	if (strcmp(what, "started") == 0 || strcmp(what, "stop") == 0) {
		/* For make bench: when the samples went out, when the
		 * voice was silenced. */
		struct timespec ts;

		clock_gettime(CLOCK_MONOTONIC, &ts);
		fprintf(sp->test, "at %.3f\n", ts.tv_sec * 1e3 +
		    ts.tv_nsec / 1e6);
	}
	fflush(sp->test);
}

void
ui_speech_start(struct ui_speech *sp, const struct clinic *c, int offered)
{
	struct speech_opts so = { SPEECH_NORMAL, 100, 0 };

	if (c != NULL && c->speech_rate > 0)
		so.rate = (enum speech_rate)(c->speech_rate - 1);
	if (c != NULL && c->speech_volume > 0)
		so.volume = c->speech_volume - 1;
	sp->rate0 = so.rate;
	if (!(offered || (c != NULL && c->speech == 2)) || !speech_built())
		return;
	if ((sp->test = open_speech_test()) != NULL)
		so.memory = 2;
	if ((sp->speech = speech_new(&so)) == NULL)
		log_warn("read aloud: the speaker could not start");
}

void
ui_speech_end(struct ui_speech *sp)
{
	speech_free(sp->speech);
	sp->speech = NULL;
	if (sp->test != NULL)
		fclose(sp->test);
	sp->test = NULL;
}

int
ui_speech_offered(const struct ui_speech *sp)
{
	return sp->speech != NULL;
}

int
ui_speech_reading(const struct ui_speech *sp)
{
	return sp->speech != NULL && sp->reading;
}

int
ui_speech_fd(const struct ui_speech *sp)
{
	return sp->speech != NULL ? speech_fd(sp->speech) : -1;
}

void
ui_speech_say(struct ui_speech *sp, const char *lang, struct speech_text *t)
{
	unsigned long job;

	if (sp->test != NULL && t->s != NULL) {
		char *copy = strdup(t->s);

		job = speech_say(sp->speech, lang, t);
		test_event(sp, "say", job, copy);
		free(copy);
	} else
		speech_say(sp->speech, lang, t);
}

int
ui_speech_silence(struct ui_speech *sp, const char *why)
{
	if (sp->speech == NULL || !speech_stop(sp->speech))
		return 0;
	if (why != NULL)
		test_event(sp, why, 0, NULL);
	return 1;
}

void
ui_speech_key(struct ui_speech *sp)
{
	test_event(sp, "key", 0, NULL);
}

int
ui_speech_events(struct ui_speech *sp, const char **note)
{
	struct speech_event e;
	int changed = 0;

	while (sp->speech != NULL && speech_event(sp->speech, &e)) {
		switch (e.kind) {
		case SPEECH_STARTED:
			test_event(sp, "started", e.job, NULL);
			break;
		case SPEECH_DONE:
			test_event(sp, "done", e.job, NULL);
			break;
		case SPEECH_NO_VOICE:
			/* TRANSLATORS: read aloud has no voice for the
			 * language of the page. */
			*note = _("Read aloud has no voice for this language");
			changed = 1;
			break;
		case SPEECH_NO_SOUND:
			test_event(sp, "no-sound", e.job, NULL);
			if (!sp->no_sound)
				log_warn("read aloud: no sound output");
			sp->no_sound = 1;
			sp->reading = 0;
			changed = 1;
			break;
		case SPEECH_FAILED:
			test_event(sp, "failed", e.job, NULL);
			log_warn("read aloud: espeak-ng could not start");
			sp->reading = 0;
			changed = 1;
			break;
		}
		speech_event_free(&e);
	}
	return changed;
}

void
ui_speech_forget(struct ui_speech *sp)
{
	ui_speech_silence(sp, "reset");
	sp->reading = 0;
	if (sp->speech == NULL)
		return;
	speech_set_rate(sp->speech, sp->rate0);
	speech_reset(sp->speech);
}

const char *
ui_speech_toggle(struct ui_speech *sp)
{
	if (sp->speech == NULL)
		return speech_built() ?
		    /* TRANSLATORS: the key of read aloud on a kiosk that
		     * does not offer it. */
		    _("Read aloud is off on this kiosk") :
		    _("Read aloud is not available in this build");
	if (sp->no_sound)
		/* TRANSLATORS: the key of read aloud where the kiosk
		 * cannot play sound. */
		return _("No sound output");
	sp->reading = !sp->reading;
	return NULL;
}

const char *
ui_speech_next_rate(struct ui_speech *sp)
{
	enum speech_rate r;

	if (sp->speech == NULL)
		return ui_speech_toggle(sp);
	r = (enum speech_rate)((speech_get_rate(sp->speech) + 1) %
	    SPEECH_RATES);
	speech_set_rate(sp->speech, r);
	/* TRANSLATORS: read aloud's speed, shown when V changes it. */
	return r == SPEECH_SLOW ? _("Reading speed: slow") :
	    r == SPEECH_NORMAL ? _("Reading speed: normal") :
	    _("Reading speed: fast");
}

const char *
ui_speech_hint(const struct ui_speech *sp)
{
	if (sp->no_sound)
		/* TRANSLATORS: footer hint: at most 8 characters; the
		 * kiosk cannot play sound ("no sound output"). */
		return _("No sound");
	if (sp->reading)
		/* TRANSLATORS: footer hint: at most 8 characters; stops
		 * read aloud. */
		return _("Stop");
	return _("Read");
}
