/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud on the curses screens, the real kiosk in a pseudo-terminal
 * (tests/screen.c).  With SMP_KIOSK_SPEECH_TEST the kiosk built here
 * makes its sound in memory at the pace it would play and writes what
 * happens to a file: "key", "stop", "say N" with the text handed to the
 * synthesizer, "started N", "done N".  The tests hold that text to what
 * the screen shows, and a key during speech to the order stop, then the
 * key's own work, and never the end of the text it stopped.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

static char *kiosk, *content, events[4096];

static struct scr *
start(const char *speech, int kiosk_mode)
{
	char envvar[4200];
	char *argv[10] = { kiosk, "--content", content, "--lang", "en" };
	char *env[] = { "LANG=C.UTF-8", envvar, NULL };
	int n = 5;

	if (speech != NULL)
		argv[n++] = (char *)speech;
	if (kiosk_mode)
		argv[n++] = "--kiosk";
	if (kiosk_mode > 1) {	/* a short idle timeout */
		argv[n++] = "--idle-timeout";
		argv[n++] = "2";
	}
	argv[n] = NULL;

	snprintf(envvar, sizeof(envvar), "SMP_KIOSK_SPEECH_TEST=%s", events);
	unlink(events);
	return scr_start(80, 24, argv, env);
}

#if HAVE_ESPEAK_NG
/* The events file as it is now ("" when there is none). */
static char *
read_events(void)
{
	FILE *fp = fopen(events, "r");
	char *buf = calloc(1, 1 << 20);
	size_t n = 0;

	if (fp != NULL) {
		n = fread(buf, 1, (1 << 20) - 1, fp);
		fclose(fp);
	}
	buf[n] = '\0';
	return buf;
}

/*
 * Waits until the events hold the line line; returns them, or NULL.
 * Meanwhile the kiosk's output is read, so that it never waits on a
 * full terminal.
 */
static char *
wait_event(struct scr *s, const char *line)
{
	char want[256], *ev;
	int waited;

	snprintf(want, sizeof(want), "\n%s\n", line);
	for (waited = 0; waited < scr_timeout_ms() * 4; waited += 10) {
		ev = read_events();
		/* A leading newline makes the first line match too. */
		memmove(ev + 1, ev, strlen(ev) + 1);
		ev[0] = '\n';
		if (strstr(ev, want) != NULL)
			return ev;
		free(ev);
		scr_wait_idle(s, 10, 10);	/* polling a file, not timing */
	}
	return NULL;
}

/* The text said by job n, as the events file has it (malloc'd). */
static char *
said(const char *ev, int n)
{
	char head[64], *p, *end, *text;

	snprintf(head, sizeof(head), "\nsay %d\n", n);
	if ((p = strstr(ev, head)) == NULL)
		return strdup("");
	p += strlen(head);
	if ((end = strstr(p, "\n.\n")) == NULL)
		return strdup("");
	text = strndup(p, (size_t)(end - p) + 1);
	return text;
}

/* Where line first is in ev; -1 when not there. */
static long
at(const char *ev, const char *line)
{
	char want[256];
	const char *p;

	snprintf(want, sizeof(want), "\n%s\n", line);
	p = strstr(ev, want);
	return p != NULL ? p - ev : -1;
}

/* Where line is in ev after position from; -1 when not there. */
static long
after(const char *ev, long from, const char *line)
{
	char want[256];
	const char *p;

	if (from < 0)
		return -1;
	snprintf(want, sizeof(want), "\n%s\n", line);
	p = strstr(ev + from + 1, want);
	return p != NULL ? p - ev : -1;
}

/* Row r of the screen without its blanks at either end. */
static char *
row_text(struct scr *s, int r)
{
	char *t = scr_row(s, r), *p = t;
	size_t n;

	while (*p == ' ')
		p++;
	memmove(t, p, strlen(p) + 1);
	n = strlen(t);
	while (n > 0 && t[n - 1] == ' ')
		t[--n] = '\0';
	return t;
}

/* An xterm SGR mouse report of button 1 (what a tap sends). */
static void
mouse(struct scr *s, int col, int row, char what)
{
	char buf[32];
	int n = snprintf(buf, sizeof(buf), "\033[<0;%d;%d%c", col + 1,
	    row + 1, what);

	scr_send(s, buf, (size_t)n);
}

static void
test_menu_and_page(void)
{
	struct scr *s = start("--speech", 0);
	char *ev, *text, *label, *summary, want[1024], *title, *foot;
	int r, col;

	ok(scr_wait_text(s, "R Read", -1), "the footer offers read aloud");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  What SMP is", -1), "the home menu");
	scr_type(s, "R");
	ok(scr_wait_text(s, "R Stop", -1), "R turns it on: the footer says "
	    "how to stop");
	ev = wait_event(s, "started 1");
	ok(ev != NULL, "the highlighted item is being said");
	label = row_text(s, 2);
	summary = row_text(s, 22);
	snprintf(want, sizeof(want), "%s\n%s\n", label + 1 +
	    strspn(label + 1, " "), summary);
	text = said(ev ? ev : "", 1);
	is_str(text, want, "the text said is the item and its summary as "
	    "shown");
	free(text);
	free(ev);
	free(label);
	free(summary);

	/* A key while it speaks: stopped first, then the key moves, and
	 * the new item is said. */
	scr_key(s, "Down");
	ev = wait_event(s, "started 2");
	ok(ev != NULL, "Down: the next item is said");
	ok(ev != NULL && after(ev, after(ev, after(ev, at(ev, "started 1"),
	    "key 0"), "stop 0"), "say 2") > 0,
	    "a key stops the speech first, then does what it does");
	ok(ev != NULL && at(ev, "done 1") < 0,
	    "the item it stopped is never said to its end");
	label = row_text(s, 3);
	text = said(ev ? ev : "", 2);
	ok(strncmp(text, label + 1 + strspn(label + 1, " "),
	    strlen(label) - 1 - strspn(label + 1, " ")) == 0,
	    "and it is the item now highlighted: %s", label);
	free(text);
	free(label);
	free(ev);

	/* A page, from the top of what is shown, to its end. */
	scr_key(s, "Up");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Lines 1-", -1), "a page opens");
	ev = wait_event(s, "started 4");
	ok(ev != NULL, "the page is being said");
	title = row_text(s, 2);
	text = said(ev ? ev : "", 4);
	snprintf(want, sizeof(want), "%s\n", title);
	ok(strncmp(text, want, strlen(want)) == 0,
	    "it starts with the title shown at the top: %s", title);
	ok(strlen(text) > 13 && strcmp(text + strlen(text) - 13,
	    "End of page.\n") == 0, "and ends with a spoken cue");
	ok(strstr(text, "https://") == NULL && strstr(text, "web address") !=
	    NULL, "web addresses are said as \"web address\"");
	free(text);
	free(title);
	free(ev);

	/* Scrolled: from the new top line. */
	scr_key(s, "PgDn");
	ok(scr_wait_gone(s, "Lines 1-", -1), "PgDn");
	ev = wait_event(s, "started 5");
	/* The first line of text shown (a blank row may come first). */
	for (r = 2, title = row_text(s, r); *title == '\0' && r < 21; ) {
		free(title);
		title = row_text(s, ++r);
	}
	text = said(ev ? ev : "", 5);
	ok(ev != NULL && *title != '\0' &&
	    strncmp(text, title, strlen(title)) == 0,
	    "after PgDn it reads from the line now at the top: %s", title);
	free(text);
	free(title);
	free(ev);

	/* R again: off, and quiet. */
	scr_type(s, "R");
	ok(scr_wait_text(s, "R Read", -1), "R turns it off");
	ev = wait_event(s, "stop 0");
	ok(ev != NULL && at(ev, "say 6") < 0, "and nothing more is said");
	free(ev);

	/* A tap on the footer's label does what R does. */
	foot = scr_row(s, 23);
	col = strstr(foot, "R Read") != NULL ?
	    (int)(strstr(foot, "R Read") - foot) : 0;
	free(foot);
	mouse(s, col + 2, 23, 'M');
	mouse(s, col + 2, 23, 'm');
	ok(col > 0 && scr_wait_text(s, "R Stop", -1), "a tap on \"R Read\" "
	    "turns it on");
	ev = wait_event(s, "started 6");
	ok(ev != NULL, "and the page is said");
	free(ev);
	mouse(s, col + 2, 23, 'M');
	mouse(s, col + 2, 23, 'm');
	ok(scr_wait_text(s, "R Read", -1), "a tap on \"R Stop\" turns it off");

	/* The help lists its keys. */
	scr_type(s, "?");
	ok(scr_wait_text(s, "Keys", -1), "help");
	scr_key(s, "PgDn");
	ok(scr_wait_text(s, "R, F3", -1), "help lists read aloud's key");
	ok(scr_wait_text(s, "V", -1), "and the key for its speed");
	scr_type(s, "V");
	ok(scr_wait_text(s, "Reading speed: fast", -1), "V: faster");
	scr_type(s, "V");
	ok(scr_wait_text(s, "Reading speed: slow", -1), "V: then slow");
	ok(kiosk_quit(s), "the kiosk quits");
}

static void
test_language_and_resize(void)
{
	struct scr *s = start("--speech", 0);
	char *ev, *text;

	ok(scr_wait_text(s, "R Read", -1), "again");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  What SMP is", -1), "the home menu");
	scr_type(s, "R");
	ev = wait_event(s, "started 1");
	free(ev);
	/* A resize stops it; the next key speaks again. */
	scr_resize(s, 100, 30);
	ev = wait_event(s, "resize 0");
	ok(ev != NULL && at(ev, "done 1") < 0, "a resize stops it");
	free(ev);
	/* The language switch: the voice follows the content. */
	scr_type(s, "L");
	ok(scr_wait_text(s, "Español", -1), "the list of languages");
	scr_key(s, "Down");
	ev = wait_event(s, "say 3");
	text = said(ev ? ev : "", 3);
	ok(ev != NULL && strstr(text, "Español") != NULL,
	    "the highlighted language is said: %s", text);
	free(text);
	free(ev);
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Qué es la SMP", -1), "Spanish");
	ev = wait_event(s, "say 4");
	text = said(ev ? ev : "", 4);
	ok(ev != NULL && strncmp(text, "Qué es la SMP", 14) == 0,
	    "and said in Spanish: %s", text);
	free(text);
	free(ev);
	ok(kiosk_quit(s), "the kiosk quits");
}

/* The self-check: the question and its answers, with their numbers. */
static void
test_selfcheck(void)
{
	struct scr *s = start("--speech", 0);
	char *ev, *text, *q;
	int job = 3;

	ok(scr_wait_text(s, "R Read", -1), "for the self-check");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "4  Is SMP worth discussing for me?", -1),
	    "the home menu");
	scr_type(s, "R");
	scr_type(s, "4");
	ok(scr_wait_text(s, "Start", -1), "its introduction");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Question 1 of", -1), "its first question");
	ev = wait_event(s, "started 3");
	text = said(ev ? ev : "", job);
	q = strchr(text, '\n') != NULL ? strndup(text,
	    (size_t)(strchr(text, '\n') - text)) : strdup(text);
	ok(ev != NULL && *q != '\0' && scr_wait_text(s, q, -1),
	    "the question said is the one shown: %s", q);
	ok(strstr(text, "\n1. ") != NULL && strstr(text, "\n2. ") != NULL,
	    "and its answers, each after its number");
	free(q);
	free(text);
	free(ev);
	scr_type(s, "R");
	ok(kiosk_quit(s), "the kiosk quits");
}

/* The idle reset silences it, and the next visitor starts with it off. */
static void
test_idle_reset(void)
{
	struct scr *s = start("--speech", 2);
	char *ev;

	ok(scr_wait_text(s, "R Read", -1), "a kiosk that resets when idle");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  What SMP is", -1), "the home menu");
	scr_type(s, "R");
	ev = wait_event(s, "started 1");
	ok(ev != NULL, "an item is being said");
	free(ev);
	ok(scr_wait_text(s, "Press any key", -1), "the idle reset");
	ev = wait_event(s, "reset 0");
	ok(ev != NULL && at(ev, "done 1") < 0 &&
	    after(ev, at(ev, "started 1"), "key 0") < 0,
	    "stops it, with no key pressed");
	free(ev);
	ok(scr_wait_text(s, "R Read", -1), "and the next visitor finds it off");
	scr_close_master(s);
	scr_wait_exit(s, -1, NULL);
	scr_free(s);
}

/* The clinic's clinic.yaml offers it (speech: on), slowly to start. */
static void
test_clinic_default(void)
{
	char *overlay = fixture_path("speech-clinic");
	struct scr *s;

	s = kiosk_start(80, 24, "--content", content, "--content", overlay,
	    "--lang", "en", NULL);
	ok(scr_wait_text(s, "R Read", -1), "speech: on in clinic.yaml offers "
	    "read aloud without --speech");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  What SMP is", -1), "the home menu");
	scr_type(s, "V");
	ok(scr_wait_text(s, "Reading speed: normal", -1), "speech_rate: slow "
	    "is where it starts: V goes on to normal");
	ok(kiosk_quit(s), "the kiosk quits");
}
#endif /* HAVE_ESPEAK_NG */

static void
test_off(void)
{
	struct scr *s = start(NULL, 1);
	int status;

	ok(scr_wait_text(s, "Press any key", -1), "a kiosk without --speech");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  What SMP is", -1), "the home menu");
	ok(!scr_contains(s, "R Read"), "the footer does not offer it");
	scr_type(s, "R");
#if HAVE_ESPEAK_NG
	ok(scr_wait_text(s, "Read aloud is off on this kiosk", -1),
	    "R says it is off, and does nothing else");
#else
	ok(scr_wait_text(s, "Read aloud is not available in this build", -1),
	    "R says this build has no read aloud");
#endif
	scr_key(s, "Down");
	ok(scr_wait_text(s, "? Help", -1), "the next key brings the hints "
	    "back");
	ok(scr_running(s), "the kiosk runs on");
	scr_close_master(s);
	ok(scr_wait_exit(s, -1, &status), "and ends on a hang-up");
	scr_free(s);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");

	kiosk = kiosk_path();
	content = src_path("content");
	snprintf(events, sizeof(events), "%s/smp-speech-%ld.events",
	    tmp != NULL ? tmp : "/tmp", (long)getpid());
	test_off();
#if HAVE_ESPEAK_NG
	test_menu_and_page();
	test_language_and_resize();
	test_idle_reset();
	test_selfcheck();
	test_clinic_default();
#endif
	unlink(events);
	return tap_done();
}
