/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The early first frame: the kiosk draws its welcome screen from
 * index.yaml alone (content_load_welcome()) and reads and checks the
 * topics after that frame.  These tests make sure that this changes
 * nothing a visitor or a maintainer can rely on: broken topics are
 * still reported and never shown, and the menus that need the topics
 * still get them.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content.h"
#include "diag.h"
#include "kiosk.h"
#include "tap.h"

static char *kiosk, *screen_fx, *mixed_fx;

/* The loader part: only index.yaml (and clinic.yaml) is read. */
static void
test_welcome_load(void)
{
	const char *roots[1];
	struct content c;
	struct diags d;
	enum content_status st;

	diags_init(&d);
	roots[0] = screen_fx;
	st = content_load_welcome(&c, roots, 1, &d, NULL, NULL);
	is_int(st, CONTENT_OK, "welcome part of the screen fixture loads");
	ok(c.nlangs == 1 && strcmp(c.langs[0]->title, "Screen test kiosk") ==
	    0, "with its title");
	ok(c.nlangs == 1 && c.langs[0]->welcome != NULL &&
	    strstr(c.langs[0]->welcome, "Welcome to the screen test") != NULL,
	    "and its welcome text");
	ok(c.nlangs == 1 && c.langs[0]->ntopics == 0, "but no topics");
	content_free(&c);
	diags_free(&d);

	/* fr's index is fine and its topic is not: only the full load
	 * can tell. */
	diags_init(&d);
	roots[0] = mixed_fx;
	st = content_load_welcome(&c, roots, 1, &d, NULL, NULL);
	ok(st == CONTENT_OK && c.nlangs == 2, "mixed: both indexes load");
	content_free(&c);
	st = content_load(&c, roots, 1, &d);
	ok(st == CONTENT_ERRORS && c.nlangs == 1,
	    "mixed: the full load still leaves fr out");
	content_free(&c);
	diags_free(&d);
}

static struct language *
pick_fr(const struct content *c, void *ctx)
{
	(void)ctx;
	return content_language(c, "fr");
}

/*
 * With a pick, only that language's welcome part is read; the others
 * have their name, the same as after the full load, for the list.
 */
static void
test_welcome_pick(void)
{
	const char *roots[1] = { mixed_fx };
	struct content c, full;
	struct language *en, *fr, *en_full;
	struct diags d;
	enum content_status st;

	diags_init(&d);
	st = content_load_welcome(&c, roots, 1, &d, pick_fr, NULL);
	is_int(st, CONTENT_OK, "pick: the welcome part loads");
	fr = content_language(&c, "fr");
	en = content_language(&c, "en");
	ok(fr != NULL && fr->title != NULL &&
	    strcmp(fr->title, "Kiosque de test") == 0 && fr->welcome != NULL,
	    "pick: the picked language has its title and welcome text");
	ok(en != NULL && en->name != NULL && en->title == NULL,
	    "pick: the other one only its name");
	st = content_load(&full, roots, 1, &d);
	en_full = content_language(&full, "en");
	ok(en != NULL && en_full != NULL && en_full->name != NULL &&
	    strcmp(en->name, en_full->name) == 0,
	    "pick: that name is the one the full load gives");
	content_free(&full);
	content_free(&c);
	diags_free(&d);
}

/* Wide enough for a message with a long source path on one row. */
#define WIDE	300
#define MIXED_EN_ITEM	"1  Topic A"	/* the English topic of the fixture */

static struct scr *
start(int cols, const char *root, const char *lang)
{
	return kiosk_start(cols, 24, "--content", root, lang ? "--lang" : NULL,
	    lang, NULL);
}

/* Menus take topic titles that only the full load provides. */
static void
test_menu_after_load(void)
{
	struct scr *s = start(80, screen_fx, NULL);
	int status = -1;

	ok(scr_wait_text(s, "Press any key to start", -1), "welcome shown");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Alpha page", -1),
	    "home menu shows a title taken from its topic file");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Alpha heading", -1), "and its topic opens");
	scr_type(s, "q");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "q quits with status 0");
	scr_free(s);
}

/*
 * A language turns out broken once its topics are read, after the
 * welcome screen listed it: the kiosk goes on in the good one without
 * leaving the screen (the first key works), drops the broken one from
 * the list, and reports the problem once the screen is gone.
 */
static void
test_broken_after_welcome(void)
{
	struct scr *s = start(WIDE, mixed_fx, NULL);
	int status = -1;

	ok(scr_wait_text(s, "Press any key to start", -1), "welcome shown");
	ok(scr_wait_gone(s, "Français", -1),
	    "the broken language leaves the welcome screen's list");
	ok(scr_altscreen(s), "without leaving the screen");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, MIXED_EN_ITEM, -1),
	    "the first key opens the good language's menu");
	scr_type(s, "q");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "q quits with status 0");
	ok(!scr_altscreen(s), "alternate screen left");
	ok(scr_contains(s, "fr/topics/a.yaml:10:14: next_review must come "
	    "after reviewed"), "fr's error was reported with its position");
	scr_free(s);

	/* Asked for the broken language: the same usage error as when
	 * everything was read first. */
	s = start(WIDE, mixed_fx, "fr");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 64, "--lang fr: exit status 64");
	ok(scr_contains(s, "next_review must come after reviewed"),
	    "--lang fr: the error is reported");
	ok(scr_contains(s, "no language \"fr\""),
	    "--lang fr: and the language is refused");
	ok(!scr_altscreen(s) && scr_cursor_visible(s),
	    "--lang fr: the terminal is restored");
	scr_free(s);
}

/* The whole of a file, or NULL. */
static char *
slurp(const char *path)
{
	static char buf[65536];
	FILE *fp = fopen(path, "r");
	size_t n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/*
 * The IT log (here on stderr, a file) says what the full load found,
 * after it: the languages kept and left out and the problem, not the
 * welcome part alone.
 */
static void
test_log_after_load(void)
{
	char logf[4096], *log, *p;
	char *argv[] = { "/bin/sh", "-c", "exec \"$0\" --content \"$1\" "
	    "--log stderr 2>\"$2\"", kiosk, mixed_fx, logf, NULL };
	char *env[] = { "LANG=C.UTF-8", NULL };
	struct scr *s;
	int status = -1;
	const char *tmp = getenv("TMPDIR");

	snprintf(logf, sizeof(logf), "%s/t-early.%ld.log",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp", (long)getpid());
	s = scr_start(80, 24, argv, env);
	ok(scr_wait_text(s, "Press any key to start", -1), "log: welcome shown");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, MIXED_EN_ITEM, -1), "log: the menu works");
	scr_type(s, "q");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "log: q quits with status 0");
	scr_free(s);
	log = slurp(logf);
	ok(log != NULL && (p = strstr(log, "content-problem ")) != NULL &&
	    strstr(p, "fr/topics/a.yaml:10:14") != NULL,
	    "log: the topic's problem, with its position");
	ok(log != NULL && strstr(log, "content-loaded languages=1 left-out=1 "
	    "topics=1 errors=1") != NULL,
	    "log: content-loaded counts the full load");
	ok(log != NULL && (p = strstr(log, "content-loaded")) != NULL &&
	    strstr(p, "exit reason=quit") != NULL &&
	    strstr(p + 1, "content-loaded") == NULL,
	    "log: once, before the exit");
	unlink(logf);
}

int
main(void)
{
	kiosk = kiosk_path();
	screen_fx = fixture_path("screen");
	mixed_fx = fixture_path("mixed");
	test_welcome_load();
	test_welcome_pick();
	test_menu_after_load();
	test_broken_after_welcome();
	test_log_after_load();
	return tap_done();
}
