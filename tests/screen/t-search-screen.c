/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Search end to end: the real smp-kiosk on the shipped content in a
 * pseudo-terminal, on the screens and in the plain interface, in
 * English, Spanish and French: "/" opens the box, results follow each
 * key (prefix, stems, accents dropped), a misspelling gets its "did
 * you mean", a result opens at its section with the words highlighted,
 * n and N move between them, Esc goes back, and the idle reset clears
 * the box.  The same searches run in each language on the screens at
 * 80x24 and 40x12 and in the plain interface at 80 and 40 columns.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

static char *kiosk, *shipped;

static struct scr *
start_args(int cols, int rows, const char *lang, int plain, const char *idle)
{
	char *argv[10];
	char *env[] = { "LANG=C.UTF-8", NULL };
	int n = 0;

	argv[n++] = kiosk;
	argv[n++] = "--content";
	argv[n++] = shipped;
	argv[n++] = "--lang";
	argv[n++] = (char *)lang;
	if (plain)
		argv[n++] = "--plain";
	if (idle != NULL) {
		argv[n++] = "--idle-timeout";
		argv[n++] = (char *)idle;
	}
	argv[n] = NULL;
	return scr_start(cols, rows, argv, env);
}

static struct scr *
start(int cols, int rows, const char *lang)
{
	return start_args(cols, rows, lang, 0, NULL);
}

/* Whether the cell at the start of text on row r is in reverse video. */
static int
reversed(struct scr *s, int r, const char *text)
{
	char *row = scr_row(s, r), *at;
	int bold, rev = 0, fg, bg, col;

	if (row == NULL || (at = strstr(row, text)) == NULL) {
		free(row);
		return 0;
	}
	col = (int)(at - row);		/* ASCII before it in these tests */
	free(row);
	scr_cell_attrs(s, r, col, &bold, &rev, &fg, &bg);
	return rev;
}

/* A tap (xterm SGR mouse report) on the first text on row r. */
static void
tap_text(struct scr *s, int r, const char *text)
{
	char *row = scr_row(s, r), *at;

	if (row != NULL && (at = strstr(row, text)) != NULL)
		tap(s, (int)(at - row), r);
	free(row);
}

/* Types "/" and words, one key at a time, as a visitor does. */
static void
search_for(struct scr *s, const char *words)
{
	scr_type(s, "/");
	scr_wait_text(s, "Search:", -1);
	scr_type(s, words);
}

static void
test_english(void)
{
	struct scr *s = start(80, 24, "en");
	int r, before;

	ok(scr_wait_text(s, "Press any key to start", -1), "en: welcome");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  What SMP is", -1), "en: home menu");
	ok(scr_wait_row(s, 0, "Home   / Search", -1) &&
	    scr_wait_text(s, "9  About this kiosk", -1),
	    "en: the home menu's header offers search (to tap, or /); the "
	    "nine items keep their digits");
	scr_type(s, "/");
	ok(scr_wait_row(s, 0, "Search", -1) && scr_wait_row(s, 2, "Search:",
	    -1), "en: / opens the search box");
	ok(scr_wait_text(s, "Type a word", -1), "en: what to type, before");
	scr_type(s, "sca");
	ok(scr_wait_row(s, 4, "1  Scars on the scalp", -1),
	    "en: sca, as typed: the Scars page first (prefix, title first)");
	ok(scr_wait_row(s, 5, "Who it may suit > Scars", -1),
	    "en: the result's menu path");
	scr_wait_idle(s, 100, -1);
	ok(reversed(s, 6, "scar") || reversed(s, 6, "Scar") ||
	    reversed(s, 6, "scal"), "en: the context line highlights the word");
	scr_type(s, "rs");
	ok(scr_wait_row(s, 2, "Search: scars", -1) &&
	    scr_wait_row(s, 4, "1  Scars on the scalp", -1),
	    "en: scars (stem of scar)");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Search > Scars on the scalp", -1),
	    "en: Enter opens the result");
	ok(scr_wait_row(s, 2, "Give your scar time", -1),
	    "en: it lands on the matching section");
	ok(reversed(s, 2, "scar"), "en: the match is highlighted on the page");
	before = find_row(s, "Give your scar time", 24);
	scr_type(s, "n");
	ok(scr_wait_gone(s, "Give your scar time", -1) ||
	    find_row(s, "Give your scar time", 24) < before,
	    "en: n moves to the next match");
	r = 2;
	ok(scr_wait_idle(s, 50, -1) && reversed(s, r, "scar") +
	    reversed(s, r, "Scar") > 0, "en: a match at the top after n");
	scr_type(s, "N");
	ok(scr_wait_row(s, 2, "Give your scar time", -1),
	    "en: N goes back to the match before");
	scr_key(s, "Esc");
	ok(scr_wait_row(s, 2, "Search: scars", -1),
	    "en: Esc back to the results, the words kept");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  What SMP is", -1) && scr_wait_row(s, 0,
	    "Home", -1), "en: Esc again: back where the visitor was");

	search_for(s, "MRI");
	ok(scr_wait_row(s, 4, "1  MRI scans and removal", -1),
	    "en: MRI finds its page first");
	scr_key(s, "Esc");
	search_for(s, "keloyd");
	ok(scr_wait_text(s, "Did you mean \"keloid\"?", -1),
	    "en: keloyd: did you mean keloid");
	ok(scr_wait_text(s, "1  ", -1), "en: and keloid's results");
	scr_key(s, "Esc");
	search_for(s, "pigmintation");
	ok(scr_wait_text(s, "Did you mean \"micropigmentation\"?", -1),
	    "en: pigmintation: did you mean micropigmentation");
	scr_key(s, "Esc");
	search_for(s, "zqxwv");
	ok(scr_wait_text(s, "Nothing found", -1), "en: no results");
	scr_key(s, "Backspace");
	scr_key(s, "Backspace");
	ok(scr_wait_row(s, 2, "Search: zqx", -1), "en: Backspace erases");
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "Search:", -1) && scr_wait_row(s, 0, "/ Search",
	    -1), "en: home again");
	tap_text(s, 0, "/ Search");
	ok(scr_wait_row(s, 2, "Search:", -1),
	    "en: a tap on the header's \"/ Search\" opens the box");
	scr_type(s, "keloid");
	ok(scr_wait_row(s, 4, "1  Keloid", -1), "en: keloid: the glossary "
	    "entry first");
	ok(scr_wait_row(s, 5, "Words explained > Keloid", -1),
	    "en: the glossary entry's path");
	tap_text(s, 4, "Keloid");
	ok(scr_wait_row(s, 0, "Search > Words explained", -1) &&
	    scr_wait_row(s, 2, "Keloid", -1),
	    "en: a tap opens the result, at the glossary entry");
	scr_free(s);
}

static void
test_spanish(void)
{
	struct scr *s = start(80, 24, "es");

	ok(scr_wait_text(s, "Micropigmentación capilar", -1), "es: welcome");
	scr_key(s, "Enter");
	search_for(s, "quimio");
	ok(scr_wait_text(s, "Tras el tratamiento del cáncer", -1),
	    "es: quimio finds the chemotherapy page (prefix)");
	scr_key(s, "Esc");
	search_for(s, "cicatrices");
	ok(scr_wait_row(s, 4, "1  Cicatrices en la cabeza", -1),
	    "es: cicatrices");
	scr_key(s, "Esc");
	search_for(s, "CICATRIZ");
	ok(scr_wait_text(s, "Cicatrices en la cabeza", -1),
	    "es: CICATRIZ, capitals");
	scr_key(s, "Esc");
	search_for(s, "pigmentacion");
	ok(scr_wait_text(s, "micropigmentación", -1),
	    "es: pigmentacion, accent dropped");
	scr_free(s);
}

static void
test_french(void)
{
	struct scr *s = start(80, 24, "fr");

	scr_wait_text(s, "1", -1);
	scr_key(s, "Enter");
	search_for(s, "irm");
	ok(scr_wait_row(s, 4, "1  IRM", -1), "fr: irm finds the MRI page first");
	scr_key(s, "Esc");
	search_for(s, "tatouages");
	ok(scr_wait_text(s, "tatouage", -1), "fr: tatouages finds tatouage");
	scr_free(s);
}

static void
test_small(void)
{
	struct scr *s = start(40, 12, "en");

	scr_wait_text(s, "Press any key", -1);
	scr_key(s, "Enter");
	search_for(s, "scars");
	ok(scr_wait_row(s, 4, "1  Scars on the scalp", -1),
	    "40x12: a result shows");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "scar", -1), "40x12: the result opens");
	scr_free(s);
}

static void
test_idle(void)
{
	struct scr *s = start_args(80, 24, "en", 0, "2");

	scr_wait_text(s, "Press any key", -1);
	scr_key(s, "Enter");
	search_for(s, "scars");
	ok(scr_wait_row(s, 2, "Search: scars", -1), "idle: words typed");
	ok(scr_wait_text(s, "Press any key to start", 10000),
	    "idle: the reset comes back to the welcome");
	scr_type(s, "/");
	ok(scr_wait_row(s, 2, "Search:", -1) && !scr_contains(s, "scars"),
	    "idle: the box is empty after the reset");
	scr_free(s);
}

/*
 * The same searches in each language, at any size: what a visitor
 * types and what must show.
 */
struct lcase {
	const char *lang;
	const char *prefix, *prefix_title;	/* typed so far: first result */
	const char *stem, *stem_title;		/* another form of a word */
	const char *accent, *accent_title;	/* typed without its accents */
	const char *typo, *typo_word;		/* misspelt: "did you mean" */
	const char *open, *section, *mark;	/* Enter: lands on section,
						 * mark highlighted */
	const char *plain_mark;			/* the plain interface's mark */
};

static const struct lcase cases[] = {
	{ "en", "sca", "Scars on the scalp", "scars", "Scars on the scalp",
	  "MRI", "MRI scans and removal", "keloyd", "keloid",
	  "scars", "Give your scar time", "scar", "*scar*" },
	{ "es", "quimi", "Quimioterapia (quimio)", "cicatrices",
	  "Cicatrices en la cabeza", "resonancia magnetica",
	  "Resonancia magnética", "queloyde", "queloide",
	  "cicatrices", "Cicatrices abultadas y queloides", "Cicatrices",
	  "*cicatriz*" },
	{ "fr", "chimi", "Chimiothérapie (chimio)", "tatouages",
	  "tatouage", "cheloide", "Chéloïde", "cheloyde", "chéloïde",
	  "cicatrices", "Cicatrices bombées et chéloïdes", "Cicatrices",
	  "*cicatrice" },
};

/* The row of the screen that holds text, or -1. */
static int
row_of(struct scr *s, const char *text)
{
	int cols, rows;

	scr_size(s, &cols, &rows);
	return find_row(s, text, rows);
}

/*
 * Every search of the issue on the screens at cols x rows in c's
 * language: prefix as typed, stem, accents dropped, misspelling with
 * its suggestion, no results, a result opened at its section with the
 * word marked, n and N, Esc back to the results and then home.
 */
static void
test_screens(const struct lcase *c, int cols, int rows)
{
	struct scr *s = start(cols, rows, c->lang);
	const char *l = c->lang;
	int r;

	ok(scr_wait_text(s, "Press any key", -1), "%s %dx%d: welcome", l,
	    cols, rows);
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "/ Search", -1), "%s %dx%d: home", l, cols,
	    rows);
	search_for(s, c->prefix);
	ok(scr_wait_text(s, c->prefix_title, -1) &&
	    (r = row_of(s, c->prefix_title)) >= 0 && r < rows / 2 + 2,
	    "%s %dx%d: %s, as typed: %s (prefix)", l, cols, rows, c->prefix,
	    c->prefix_title);
	scr_key(s, "Esc");
	search_for(s, c->stem);
	ok(scr_wait_text(s, c->stem_title, -1), "%s %dx%d: %s finds %s "
	    "(stem)", l, cols, rows, c->stem, c->stem_title);
	scr_key(s, "Esc");
	search_for(s, c->accent);
	ok(scr_wait_text(s, c->accent_title, -1), "%s %dx%d: %s finds %s "
	    "(accents and capitals dropped)", l, cols, rows, c->accent,
	    c->accent_title);
	scr_key(s, "Esc");
	search_for(s, c->typo);
	ok(scr_wait_text(s, "Did you mean", -1) && scr_wait_text(s,
	    c->typo_word, -1) && scr_wait_text(s, "1  ", -1),
	    "%s %dx%d: %s: did you mean %s, with its results", l, cols, rows,
	    c->typo, c->typo_word);
	scr_key(s, "Esc");
	search_for(s, "zqxwv");
	ok(scr_wait_text(s, "Nothing found", -1), "%s %dx%d: no results",
	    l, cols, rows);
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "Search:", -1) && scr_wait_row(s, 0, "/ Search",
	    -1), "%s %dx%d: Esc: home again", l, cols, rows);
	search_for(s, c->open);
	scr_wait_text(s, "1  ", -1);
	scr_wait_idle(s, 50, -1);
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 2, c->section, -1), "%s %dx%d: Enter opens the "
	    "first result at its section", l, cols, rows);
	ok(scr_wait_idle(s, 50, -1) && reversed(s, 2, c->mark),
	    "%s %dx%d: the word is marked on the page", l, cols, rows);
	scr_type(s, "n");
	ok(scr_wait_gone(s, c->section, -1) || (scr_wait_idle(s, 50, -1) &&
	    row_of(s, c->section) != 2), "%s %dx%d: n moves to the next "
	    "match", l, cols, rows);
	scr_type(s, "N");
	ok(scr_wait_row(s, 2, c->section, -1), "%s %dx%d: N goes back to "
	    "the match before", l, cols, rows);
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "Search:", -1) && scr_wait_text(s, c->open, -1),
	    "%s %dx%d: Esc back to the results, the words kept", l, cols,
	    rows);
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "Search:", -1) && scr_wait_row(s, 0, "/ Search",
	    -1), "%s %dx%d: Esc again: back where the visitor was", l, cols,
	    rows);
	scr_free(s);
}

/* The idle reset at cols x rows in c's language clears the box. */
static void
test_idle_size(const struct lcase *c, int cols, int rows)
{
	struct scr *s = start_args(cols, rows, c->lang, 0, "2");

	scr_wait_text(s, "Press any key", -1);
	scr_key(s, "Enter");
	search_for(s, c->stem);
	ok(scr_wait_text(s, c->stem, -1), "idle %s %dx%d: words typed",
	    c->lang, cols, rows);
	ok(scr_wait_text(s, "Press any key", 10000),
	    "idle %s %dx%d: the reset comes back to the welcome", c->lang,
	    cols, rows);
	scr_type(s, "/");
	ok(scr_wait_text(s, "Search:", -1) && scr_wait_idle(s, 50, -1) &&
	    !scr_contains(s, c->stem), "idle %s %dx%d: the box is empty "
	    "after the reset", c->lang, cols, rows);
	scr_free(s);
}

/* Whether text was printed since the screen was last cleared. */
static int
printed(struct scr *s, const char *text)
{
	scr_wait_idle(s, 100, -1);
	return scr_contains(s, text) || scr_saved_contains(s, text);
}

/* The plain interface prints; one search at a time, then clears. */
static void
plain_search(struct scr *s, const char *line)
{
	scr_type(s, line);
	scr_type(s, "\r");
	scr_wait_text(s, "search again", -1);
}

static void
test_plain(const char *lang)
{
	struct scr *s = start_args(80, 24, lang, 1, NULL);

	scr_wait_text(s, "Press Enter to start", -1);
	scr_type(s, "\r");
	ok(scr_wait_text(s, "/: search", -1), "plain %s: the prompt offers /",
	    lang);
	if (strcmp(lang, "es") == 0) {
		plain_search(s, "/cicatrices");
		ok(printed(s, "1. Cicatrices en la cabeza"),
		    "plain es: a line starting with / searches");
		ok(printed(s, "*cicatriz*"), "plain es: matches marked");
		scr_type(s, "1\r");
		ok(scr_wait_text(s, "Type a number to open a related topic", -1)
		    && printed(s, "like this*"), "plain es: the result opens");
		ok(printed(s, "Found in the section"),
		    "plain es: it says which section the words are in");
		plain_search(s, "/quimio");
		ok(printed(s, "Tras el tratamiento del cáncer"), "plain es: quimio");
		plain_search(s, "/pigmentacion");
		ok(printed(s, "Did you mean \"micropigmentación\"?"),
		    "plain es: pigmentacion: a suggestion");
	} else if (strcmp(lang, "fr") == 0) {
		plain_search(s, "/IRM");
		ok(printed(s, "1. IRM"), "plain fr: IRM");
		plain_search(s, "/tatouages");
		ok(printed(s, "*tatouage*"), "plain fr: tatouages");
	} else {
		plain_search(s, "/scars");
		ok(printed(s, "1. Scars on the scalp"), "plain en: scars");
		plain_search(s, "/keloyd");
		ok(printed(s, "Did you mean \"keloid\"?"), "plain en: keloyd");
	}
	plain_search(s, "/zqxwv");
	ok(printed(s, "Nothing found"), "plain %s: no results said", lang);
	scr_free(s);
}

/*
 * The plain interface at a narrow width, in c's language: prefix,
 * stem, accents, misspelling, no results, a result opened at its
 * section with the words marked.
 */
static void
test_plain_narrow(const struct lcase *c, int cols)
{
	struct scr *s = start_args(cols, 12, c->lang, 1, NULL);
	const char *l = c->lang;
	char line[128];

	scr_wait_text(s, "Press Enter", -1);
	scr_type(s, "\r");
	ok(scr_wait_text(s, "/: search", -1) || scr_wait_text(s, "search",
	    -1), "plain %s %d: the prompt", l, cols);
	snprintf(line, sizeof(line), "/%s", c->prefix);
	plain_search(s, line);
	ok(printed(s, c->prefix_title), "plain %s %d: %s (prefix)", l, cols,
	    c->prefix);
	snprintf(line, sizeof(line), "/%s", c->stem);
	plain_search(s, line);
	ok(printed(s, c->stem_title), "plain %s %d: %s (stem)", l, cols,
	    c->stem);
	snprintf(line, sizeof(line), "/%s", c->accent);
	plain_search(s, line);
	ok(printed(s, c->accent_title), "plain %s %d: %s (accents)", l, cols,
	    c->accent);
	snprintf(line, sizeof(line), "/%s", c->typo);
	plain_search(s, line);
	ok(printed(s, "Did you mean") && printed(s, c->typo_word),
	    "plain %s %d: %s: did you mean %s", l, cols, c->typo,
	    c->typo_word);
	plain_search(s, "/zqxwv");
	ok(printed(s, "Nothing found"), "plain %s %d: no results", l, cols);
	snprintf(line, sizeof(line), "/%s", c->open);
	plain_search(s, line);
	scr_type(s, "1\r");
	ok(scr_wait_text(s, "Type a number", -1) && printed(s, "Found in the")
	    && printed(s, c->plain_mark),
	    "plain %s %d: the first result opens, its section named, the "
	    "words marked", l, cols);
	scr_free(s);
}

int
main(void)
{
	kiosk = kiosk_path();
	shipped = src_path("content");
	tap_plan_none();
	test_english();
	test_spanish();
	test_french();
	test_small();
	test_idle();
	test_plain("en");
	test_plain("es");
	test_plain("fr");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		test_screens(&cases[i], 80, 24);
		test_screens(&cases[i], 40, 12);
		test_idle_size(&cases[i], 40, 12);
		test_plain_narrow(&cases[i], 80);
		test_plain_narrow(&cases[i], 40);
	}
	return tap_done();
}
