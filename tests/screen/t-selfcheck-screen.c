/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the self-check: the real smp-kiosk in a
 * pseudo-terminal, on the shipped self-check (content/en) with
 * tests/fixtures/selfcheck-screen laid over it (a short home menu with
 * the self-check first).  Three paths through the questions are
 * completed and their results read off the screen; Back keeps answers;
 * leaving asks first and clears them; small windows stay usable.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

static char *kiosk, *shipped, *overlay, *menu;
static char *localeenv;

static struct scr *
start(int cols, int rows)
{
	return kiosk_start(cols, rows, "--content", shipped, "--content",
	    overlay, NULL);
}

/* Does any row contain text, ignoring ASCII case? */
static int
screen_has_nocase(struct scr *s, const char *text, int rows)
{
	char *row;
	int r, hit = 0;

	for (r = 0; r < rows && !hit; r++) {
		row = scr_row(s, r);
		hit = row != NULL && strcasestr(row, text) != NULL;
		free(row);
	}
	return hit;
}

/* Welcome, home, the self-check's introduction. */
static void
open_selfcheck(struct scr *s)
{
	ok(scr_wait_text(s, "Press any key to start", -1), "welcome");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Is SMP worth discussing for me?", -1),
	    "the self-check is on the home menu");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Start the self-check", -1),
	    "Enter opens its introduction");
}

/* Waits for a question (and its progress), then types keys. */
static void
answer(struct scr *s, const char *progress, const char *question,
    const char *keys)
{
	ok(scr_wait_text(s, question, -1) && scr_wait_text(s, progress, -1),
	    "\"%s\" shown as %s", question, progress);
	scr_type(s, keys);
}

/* Waits for the first question after the introduction. */
static void
start_questions(struct scr *s)
{
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "What is the main reason", -1) &&
	    scr_wait_text(s, "Question 1 of 11", -1) &&
	    scr_wait_text(s, "so this number can go down", -1),
	    "Enter starts: question 1 of 11, every question that may come, "
	    "and a note that answers may skip some");
}

/*
 * The row of text on screen lies between the panel headings
 * before and after (after NULL: below before).
 */
static int
in_panel(struct scr *s, int rows, const char *text, const char *panel,
    const char *next_panel)
{
	int r = find_row(s, text, rows), p = find_row(s, panel, rows);
	int q = next_panel ? find_row(s, next_panel, rows) : rows;

	return r >= 0 && p >= 0 && q >= 0 && p < r && r < q;
}

#define DISCUSS	"Worth discussing with an SMP provider"
#define DOCTOR	"Talk to your doctor or care team first"
#define THINK	"Things to think about"
#define ALTS	"Other choices, including doing nothing"

/* What every results screen shows, whatever the answers. */
static void
common_results(struct scr *s, int rows, const char *name)
{
	ok(scr_wait_text(s, "Your notes", -1), "%s: results shown", name);
	ok(scr_wait_text(s, "Leave the self-check and clear my answers", -1),
	    "%s: all drawn, down to the last item", name);
	ok(find_row(s, DISCUSS, rows) >= 0 && find_row(s, DOCTOR, rows) >= 0 &&
	    find_row(s, THINK, rows) >= 0, "%s: the three panels", name);
	ok(find_row(s, ALTS, rows) >= 0 &&
	    find_row(s, "Doing nothing costs nothing.", rows) >= 0,
	    "%s: the alternatives, doing nothing among them", name);
	ok(find_row(s, "This check cannot tell you if SMP is right for you.",
	    rows) >= 0, "%s: the closing line", name);
	ok(!screen_has_nocase(s, "score", rows) &&
	    !screen_has_nocase(s, "candidate", rows) &&
	    !screen_has_nocase(s, "eligible", rows) &&
	    !screen_has_nocase(s, "suitable", rows) &&
	    !screen_has_nocase(s, "out of", rows),
	    "%s: no score and no label", name);
}

/* Pattern loss; no to everything that adds a caution. */
static void
test_pattern(void)
{
	struct scr *s = start(80, 70);
	const int rows = 70;

	open_selfcheck(s);
	ok(scr_wait_text(s, "It is not a test", -1) &&
	    scr_wait_text(s, "Your answers are not saved", -1),
	    "the introduction says what it is not and that nothing is saved");
	start_questions(s);
	answer(s, "Question 1 of 11", "What is the main reason", "1");
	answer(s, "Question 2 of 9", "Has a doctor told you", "1");
	answer(s, "Question 3 of 9", "changed a lot in the last", "2");
	answer(s, "Question 4 of 9", "skin problem on your scalp", "2");
	ok(scr_wait_text(s, "Do any of these apply to you?", -1),
	    "the cautions");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Mark at least one answer first.", -1),
	    "Enter with nothing marked asks for an answer");
	scr_type(s, "7");
	ok(scr_wait_text(s, "7 [x] None of these", -1), "7 marks \"None\"");
	scr_key(s, "Enter");
	answer(s, "Question 6 of 9", "How do you like to wear", "1");
	answer(s, "Question 7 of 9", "lasts for years, fades", "1");
	answer(s, "Question 8 of 9", "Could you manage the cost", "1");
	answer(s, "Question 9 of 9", "Do you feel ready to decide?", "5");
	ok(scr_wait_text(s, "See my notes >", -1),
	    "the last question leads to the notes");
	scr_key(s, "Enter");
	common_results(s, rows, "pattern loss");
	ok(in_panel(s, rows, "You said you wear your hair shaved or very "
	    "short.", DISCUSS, DOCTOR), "pattern loss: the hairstyle note, "
	    "naming the answer, under \"worth discussing\"");
	ok(find_row(s, "None of your answers added a note here.", rows) >
	    find_row(s, DOCTOR, rows) &&
	    find_row(s, "None of your answers added a note here.", rows) <
	    find_row(s, THINK, rows),
	    "pattern loss: nothing for the doctor panel, and it says so");
	ok(find_row(s, "Pattern hair loss in men", rows) >
	    find_row(s, "Topics to read", rows) &&
	    find_row(s, "1. Pattern hair loss in men", rows) >= 0,
	    "pattern loss: the related topics as numbered links");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "> Pattern hair loss in men", -1) &&
	    scr_wait_text(s, "Male pattern hair loss", -1),
	    "a digit opens a related topic above the self-check");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Your notes", -1) &&
	    scr_wait_text(s, "You said you wear your hair shaved", -1),
	    "back from the topic, the notes are still there");
	scr_free(s);
}

/* Cancer treatment that ended less than 6 months ago; Back keeps. */
static void
test_chemo(void)
{
	struct scr *s = start(80, 70);
	const int rows = 70;
	int r;

	open_selfcheck(s);
	start_questions(s);
	answer(s, "Question 1 of 11", "What is the main reason", "3");
	answer(s, "Question 2 of 8", "When did your cancer treatment end?",
	    "2");
	ok(scr_wait_text(s, "skin problem on your scalp", -1) &&
	    scr_wait_text(s, "Question 3 of 8", -1), "then the skin question");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "When did your cancer treatment end?", -1) &&
	    scr_wait_text(s, "2 (*) Less than 6 months ago", -1),
	    "Back returns to the previous question with its answer kept");
	r = find_row(s, "2 (*) Less than 6 months ago", rows);
	ok(r > 0 && scr_wait_cursor(s, r, 2, -1),
	    "the cursor is on the chosen answer");
	scr_key(s, "Left");
	ok(scr_wait_text(s, "3 (*) I lost hair after cancer treatment", -1),
	    "and again, to the first question");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "2 (*) Less than 6 months ago", -1) &&
	    scr_wait_text(s, "Question 2 of 8", -1),
	    "Enter keeps the answer and goes on; the later answer is kept");
	scr_key(s, "Enter");
	answer(s, "Question 3 of 8", "skin problem on your scalp", "2");
	answer(s, "Question 4 of 8", "Do any of these apply", "7");
	scr_key(s, "Enter");
	answer(s, "Question 5 of 8", "How do you like to wear", "2");
	answer(s, "Question 6 of 8", "lasts for years, fades", "2");
	answer(s, "Question 7 of 8", "Could you manage the cost", "3");
	answer(s, "Question 8 of 8", "Do you feel ready to decide?", "1");
	ok(scr_wait_text(s, "1 [x] I am not sure what the best choice", -1),
	    "a SURE item is marked");
	scr_key(s, "Enter");
	common_results(s, rows, "chemotherapy");
	ok(in_panel(s, rows, "You said you finished cancer treatment less "
	    "than 6 months ago.", DOCTOR, THINK),
	    "chemotherapy: the timing note under \"doctor first\"");
	ok(in_panel(s, rows, "You said a result that lasts for years makes "
	    "you uneasy.", THINK, ALTS),
	    "chemotherapy: the permanence note under \"think about\"");
	ok(in_panel(s, rows, "You said you are not sure what the best choice "
	    "is for you.", THINK, ALTS),
	    "chemotherapy: a SURE \"no\" suggests more information or support");
	ok(find_row(s, "None of your answers added a note here.", rows) > 0 &&
	    find_row(s, "None of your answers added a note here.", rows) <
	    find_row(s, DOCTOR, rows),
	    "chemotherapy: no note to discuss with a provider, and it says so");
	ok(find_row(s, "After cancer treatment", rows) >
	    find_row(s, "Topics to read", rows) &&
	    find_row(s, "Cost", rows) > find_row(s, "Topics to read", rows),
	    "chemotherapy: its topics");

	scr_key(s, "Tab");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "> After cancer treatment", -1),
	    "Tab and Enter open the first topic");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Your notes", -1), "and Back returns to the notes");

	/* Back from the results keeps everything. */
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Do you feel ready to decide?", -1) &&
	    scr_wait_text(s, "1 [x] I am not sure what the best choice", -1),
	    "Back from the results: the last question, still marked");
	scr_free(s);
}

/* A scar less than a year old and raised; two cautions; the mouse. */
static void
test_scar(void)
{
	struct scr *s = start(80, 70);
	const int rows = 70;
	char buf[64];
	int r;

	open_selfcheck(s);
	r = find_row(s, "Start the self-check", rows);
	/* A tap (SGR press and release) on the "start" line. */
	snprintf(buf, sizeof(buf), "\033[<0;5;%dM\033[<0;5;%dm", r + 1, r + 1);
	scr_type(s, buf);
	ok(scr_wait_text(s, "Question 1 of 11", -1) &&
	    scr_wait_text(s, "2 ( ) I have a scar on my scalp", -1),
	    "a tap starts");
	r = find_row(s, "I have a scar on my scalp", rows);
	snprintf(buf, sizeof(buf), "\033[<0;10;%dM\033[<0;10;%dm", r + 1,
	    r + 1);
	scr_type(s, buf);
	ok(scr_wait_text(s, "Which of these describe your scar?", -1) &&
	    scr_wait_text(s, "Question 2 of 8", -1),
	    "a tap on an answer chooses it and goes on");
	scr_type(s, "1");
	scr_key(s, "Down");
	scr_key(s, "Space");
	ok(scr_wait_text(s, "1 [x] It is less than 1 year old", -1) &&
	    scr_wait_text(s, "2 [x] It is red, raised or thick", -1),
	    "a digit and Space mark two answers");
	scr_type(s, "4");
	ok(scr_wait_text(s, "4 [x] None of these", -1) &&
	    scr_wait_text(s, "1 [ ] It is less than 1 year old", -1) &&
	    scr_wait_text(s, "2 [ ] It is red", -1),
	    "\"None of these\" clears the others");
	scr_type(s, "12");
	ok(scr_wait_text(s, "4 [ ] None of these", -1) &&
	    scr_wait_text(s, "1 [x] It is less", -1) &&
	    scr_wait_text(s, "2 [x] It is red", -1),
	    "and another answer clears it");
	/* A tap on "Next >" at the right of the row above the footer. */
	r = find_row(s, "Next >", rows);
	snprintf(buf, sizeof(buf), "\033[<0;76;%dM\033[<0;76;%dm", r + 1,
	    r + 1);
	scr_type(s, buf);
	ok(r == rows - 2 && scr_wait_text(s, "Question 3 of 8", -1),
	    "a tap on \"Next >\" goes on with the answers marked");
	answer(s, "Question 3 of 8", "skin problem on your scalp", "2");
	answer(s, "Question 4 of 8", "Do any of these apply", "15");
	ok(scr_wait_text(s, "5 [x] I get keloids", -1), "two cautions marked");
	scr_key(s, "Enter");
	answer(s, "Question 5 of 8", "How do you like to wear", "1");
	answer(s, "Question 6 of 8", "lasts for years, fades", "1");
	answer(s, "Question 7 of 8", "Could you manage the cost", "1");
	answer(s, "Question 8 of 8", "Do you feel ready to decide?", "5");
	scr_key(s, "Enter");
	common_results(s, rows, "raised recent scar");
	ok(in_panel(s, rows, "You said your scar is less than 1 year old.",
	    DOCTOR, THINK) && in_panel(s, rows, "You said your scar is red, "
	    "raised or thick.", DOCTOR, THINK),
	    "scar: both scar notes under \"doctor first\"");
	ok(in_panel(s, rows, "You said you have a bleeding problem", DOCTOR,
	    THINK) && in_panel(s, rows, "You said you get keloids.", DOCTOR,
	    THINK), "scar: each caution named under \"doctor first\"");
	ok(find_row(s, "This doesn't always rule SMP out.", rows) > 0,
	    "scar: a caution is not a verdict");
	ok(in_panel(s, rows, "You said you wear your hair shaved", DISCUSS,
	    DOCTOR), "scar: the hairstyle note under \"worth discussing\"");
	ok(find_row(s, "Scars on the scalp", rows) > find_row(s,
	    "Topics to read", rows), "scar: the scar topic");

	/* Leaving from the results asks, and clears. */
	scr_key(s, "End");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Leave the self-check?", -1) &&
	    scr_wait_text(s, "Your answers will be cleared.", -1),
	    "leaving from the results asks first");
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "Leave the self-check?", -1) &&
	    scr_wait_text(s, "Your notes", -1), "Esc stays");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Leave the self-check?", -1), "asked again");
	scr_key(s, "Down");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Is SMP worth discussing for me?", -1) &&
	    scr_wait_gone(s, "Your notes", -1), "Leave goes back to the menu");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Start the self-check", -1), "opened again");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Question 1 of 11", -1) &&
	    scr_wait_text(s, "2 ( ) I have a scar", -1) &&
	    !scr_contains(s, "(*)"), "the answers were cleared");
	scr_free(s);
}

/* Esc from the first question, and a tap on Home, ask first. */
static void
test_leave(void)
{
	struct scr *s = start(80, 24);

	open_selfcheck(s);
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  Is SMP worth discussing for me?", -1),
	    "with nothing answered, Esc from the introduction just leaves");
	scr_key(s, "Enter");
	start_questions(s);
	scr_type(s, "1");
	ok(scr_wait_text(s, "Has a doctor told you", -1), "one answer given");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1 (*) My hair is thinning", -1), "back to 1");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Leave the self-check?", -1),
	    "Esc from the first question asks before leaving");
	scr_key(s, "Enter");
	ok(scr_wait_gone(s, "Leave the self-check?", -1) &&
	    scr_wait_text(s, "1 (*) My hair is thinning", -1),
	    "Enter on \"Stay\" (the default) keeps the answers");
	/* A tap on "Home" in the header path. */
	scr_type(s, "\033[<0;3;1M\033[<0;3;1m");
	ok(scr_wait_text(s, "Leave the self-check?", -1),
	    "a tap on Home in the header asks too");
	scr_type(s, "l");
	ok(scr_wait_text(s, "1  Is SMP worth discussing for me?", -1),
	    "the first letter of \"Leave\" leaves");
	ok(scr_wait_row(s, 23, "Enter Open", -1), "the menu's footer is back");
	scr_free(s);
}

/* 80x24 and 40x12: the question, the highlight and the buttons fit. */
static void
test_small(void)
{
	struct scr *s = start(80, 24);
	int r, c;

	open_selfcheck(s);
	ok(scr_wait_row(s, 23, "Space Mark", -1) &&
	    scr_wait_row(s, 23, "Enter Next", -1) &&
	    scr_wait_row(s, 23, "Esc Back", -1),
	    "80x24: footer hints from the key table");
	scr_type(s, "?");
	ok(scr_wait_text(s, "In the self-check: mark or unmark an answer", -1),
	    "the help screen names the self-check's keys (same table)");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Start the self-check", -1),
	    "and Back returns to the self-check");
	scr_key(s, "Enter");
	scr_type(s, "2");
	ok(scr_wait_text(s, "Which of these describe your scar?", -1) &&
	    scr_wait_row(s, 22, "< Back", -1) && scr_wait_row(s, 22, "Next >",
	    -1), "80x24: a question with its buttons");
	scr_resize(s, 40, 12);
	ok(scr_wait_text(s, "Question 2 of 8", -1) &&
	    scr_wait_row(s, 10, "< Back", -1), "40x12: still readable");
	scr_key(s, "End");
	ok(scr_wait_text(s, "None of these", -1), "40x12: the last answer "
	    "scrolls into view");
	scr_cursor(s, &r, &c);
	ok(r >= 2 && r <= 9, "40x12: the cursor on the highlighted answer "
	    "(row %d)", r);
	scr_key(s, "Home");
	ok(scr_wait_text(s, "Question 2 of 8", -1),
	    "40x12: Home scrolls back to the question");
	scr_resize(s, 30, 10);
	ok(scr_wait_text(s, "Please make the window", -1),
	    "smaller than 40x12: the \"larger\" message");
	scr_resize(s, 80, 24);
	ok(scr_wait_text(s, "Which of these describe your scar?", -1),
	    "and back at 80x24");
	scr_free(s);
}

/* ---- the shipped self-check: "I'd rather not say" ---- */

/* The shipped self-check, first on a short home menu (selfcheck-shipped). */
static struct scr *
start_shipped(int cols, int rows, const char *lang)
{
	char *argv[] = { kiosk, "--content", shipped, "--content", menu,
	    "--lang", (char *)lang, NULL };
	char *env[] = { "LANG=C.UTF-8", localeenv, NULL };

	return scr_start(cols, rows, argv, env);
}

/* Each step: wait for the question, type the keys (an answer's number,
 * and Enter after the marks of a choose: any question). */
struct step {
	const char *question, *keys;
};

static void
walk_to_notes(struct scr *s, const char *name, const struct step *st,
    size_t n)
{
	size_t i;
	int good = 1;

	open_selfcheck(s);
	ok(scr_wait_text(s, "Page last reviewed: 2026-12-06", -1) &&
	    scr_wait_text(s, "I'd rather not say", -1),
	    "%s: the introduction offers \"I'd rather not say\" and says when "
	    "it was last reviewed", name);
	scr_key(s, "Enter");
	for (i = 0; i < n && good; i++) {
		good = scr_wait_text(s, st[i].question, -1);
		if (!good)
			diag("%s: no \"%s\"", name, st[i].question);
		scr_type(s, st[i].keys);
	}
	ok(good && scr_wait_text(s, "Your notes", -1), "%s: %zu answers, "
	    "then the notes", name, n);
}

/*
 * "I'd rather not say" on every sensitive question, on the three paths
 * that show them all (a declined reason shows its two follow-ups; the
 * cancer and scar follow-ups need those reasons), leads to the neutral
 * notes: each in the doctor panel, sending to "Talk to a doctor first",
 * and for money under "things to think about".
 */
static void
test_decline_screen(void)
{
	static const struct step declined[] = {
		{ "What is the main reason", "7" },
		{ "Has a doctor told you", "4" },
		{ "changed a lot in the last", "2" },
		{ "skin problem on your scalp", "4" },
		{ "Do any of these apply to you?", "8\r" },
		{ "Do any of these apply to your skin?", "7\r" },
		{ "How do you like to wear", "1" },
		{ "lasts for years, fades", "1" },
		{ "Could you manage the cost", "4" },
		{ "Do you feel ready to decide?", "5\r" },
	};
#define QUIET_TAIL \
		{ "skin problem on your scalp", "2" }, \
		{ "Do any of these apply to you?", "7\r" }, \
		{ "Do any of these apply to your skin?", "6\r" }, \
		{ "How do you like to wear", "2" }, \
		{ "lasts for years, fades", "1" }, \
		{ "Could you manage the cost", "1" }, \
		{ "Do you feel ready to decide?", "5\r" }
	static const struct step cancer[] = {
		{ "What is the main reason", "3" },
		{ "Where are you with your cancer treatment?", "5" },
		QUIET_TAIL,
	};
	static const struct step scar[] = {
		{ "What is the main reason", "2" },
		{ "Which of these describe your scar?", "5\r" },
		QUIET_TAIL,
	};
	static const char *const doctor[] = {
		"You chose not to say why you are looking at SMP.",
		"You chose not to say if a doctor has found the cause.",
		"You chose not to say if you have a skin problem on your scalp.",
		"You chose not to say if any of these apply to you.",
		"You chose not to say if any of these apply to your skin.",
	};
	const int rows = 150;
	struct scr *s = start_shipped(80, rows, "en");
	size_t i;
	int r;

	walk_to_notes(s, "all declined", declined,
	    sizeof(declined) / sizeof(declined[0]));
	scr_wait_text(s, "Reviewed by:", -1);
	for (i = 0; i < sizeof(doctor) / sizeof(doctor[0]); i++)
		ok(in_panel(s, rows, doctor[i], DOCTOR, THINK),
		    "all declined: \"%s\" in the doctor panel", doctor[i]);
	ok(in_panel(s, rows, "You chose not to say about the cost.", THINK,
	    ALTS), "all declined: the cost, under things to think about");
	r = find_row(s, "Topics to read", rows);
	ok(r > 0 && find_row(s, "1. Talk to a doctor first", rows) > r,
	    "all declined: \"Talk to a doctor first\" first among the topics");
	ok(find_row(s, "on your own", rows) > find_row(s, DOCTOR, rows) &&
	    find_row(s, "on your own", rows) < find_row(s, THINK, rows),
	    "all declined: the notes say to read it in private");
	ok(find_row(s, "Sources", rows) > find_row(s, "This check cannot tell "
	    "you", rows) && find_row(s, "Are you SURE?", rows) > 0 &&
	    find_row(s, "Page last reviewed: 2026-12-06. Next review due: "
	    "2027-12-06.", rows) > 0, "all declined: the sources and review "
	    "dates after the closing line");
	common_results(s, rows, "all declined");
	scr_free(s);

	s = start_shipped(80, 80, "en");
	walk_to_notes(s, "cancer declined", cancer,
	    sizeof(cancer) / sizeof(cancer[0]));
	ok(scr_wait_text(s, "Reviewed by:", -1) && in_panel(s, 80, "You chose "
	    "not to say where you are with your cancer treatment.", DOCTOR,
	    THINK), "cancer declined: the neutral note, in the doctor panel");
	scr_free(s);
	s = start_shipped(80, 80, "en");
	walk_to_notes(s, "scar declined", scar, sizeof(scar) / sizeof(scar[0]));
	ok(scr_wait_text(s, "Reviewed by:", -1) && in_panel(s, 80, "You chose "
	    "not to say how your scar looks.", DOCTOR, THINK),
	    "scar declined: the neutral note, in the doctor panel");
	scr_free(s);
}

/*
 * The language key in the self-check opens the chooser above it, with
 * no question; the switch keeps the answers, "I'd rather not say"
 * included, and the place: the same question and count in Spanish.
 */
static void
test_switch_keeps_decline(void)
{
	struct scr *s = start_shipped(80, 30, "en");

	open_selfcheck(s);
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Question 1 of 12", -1), "switch: the first "
	    "question");
	scr_type(s, "7");
	ok(scr_wait_text(s, "Has a doctor told you", -1) &&
	    scr_wait_text(s, "Question 2 of 10", -1),
	    "switch: \"I'd rather not say\", then question 2 of 10");
	scr_key(s, "F2");
	ok(scr_wait_text(s, "2  Español", -1) &&
	    !scr_contains(s, "Leave the self-check?"),
	    "switch: F2 opens the chooser, without asking to leave");
	scr_type(s, "2");
	ok(scr_wait_text(s, "¿Le ha dicho un médico qué causa", -1) &&
	    scr_wait_text(s, "Pregunta 2 de 10", -1),
	    "switch: the same question in Spanish, the same count");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "¿Cuál es la razón principal", -1) &&
	    scr_wait_text(s, "7 (*) Prefiero no decirlo", -1),
	    "switch: back, \"Prefiero no decirlo\" is still chosen");
	scr_free(s);
}

/* The idle reset forgets the answers. */
static void
test_idle(void)
{
	struct scr *s = kiosk_start(80, 24, "--kiosk", "--idle-timeout", "2",
	    "--content", shipped, "--content", overlay, NULL);

	open_selfcheck(s);
	start_questions(s);
	scr_type(s, "3");
	ok(scr_wait_text(s, "When did your cancer treatment end?", -1),
	    "an answer given");
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "an idle visitor is reset to the welcome screen");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Is SMP worth discussing for me?", -1),
	    "home");
	scr_key(s, "Enter");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Question 1 of 11", -1) &&
	    scr_wait_text(s, "6 ( ) Another reason", -1) &&
	    !scr_contains(s, "(*)"),
	    "the next visitor finds no answers");
	scr_free(s);
}

int
main(void)
{
	kiosk = kiosk_path();
	shipped = src_path("content");
	overlay = fixture_path("selfcheck-screen");
	menu = fixture_path("selfcheck-shipped");
	localeenv = locale_env();
	test_pattern();
	test_chemo();
	test_scar();
	test_leave();
	test_small();
	test_idle();
	test_decline_screen();
	test_switch_keeps_decline();
	return tap_done();
}
