/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Sources on screen: the real smp-kiosk in a pseudo-terminal, on
 * tests/fixtures/sources (en, es, fr), with the interface catalogs
 * built from po/ (SMP_KIOSK_LOCALEDIR).  A clinic's leaflet among the
 * sources says it is an example only, in the visitor's language, and
 * still does after the language changes on the page.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

static char *kiosk, *sources, *signoff, *localeenv;

static struct scr *
start(const char *lang, const char *overlay)
{
	char *argv[10];
	char *envp[] = { localeenv, NULL };
	int a = 0;

	argv[a++] = kiosk;
	argv[a++] = "--content";
	argv[a++] = sources;
	if (overlay != NULL) {
		argv[a++] = "--content";
		argv[a++] = (char *)overlay;
	}
	argv[a++] = "--lang";
	argv[a++] = (char *)lang;
	argv[a] = NULL;
	return scr_start(80, 24, argv, envp);
}

/* Opens the first topic from the welcome screen and shows its sources. */
static void
open_sources(struct scr *s, const char *title)
{
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, title, -1), "the topic \"%s\" is open", title);
	scr_type(s, "s");
}

static void
test_label_and_switch(void)
{
	struct scr *s = start("en", NULL);

	ok(scr_wait_text(s, "Sources test kiosk", -1), "start in English");
	open_sources(s, "Kinds of source");
	ok(scr_wait_text(s, "Our clinic's own leaflet. Test Clinic, 2025 "
	    "(clinic material, an example", -1) &&
	    scr_wait_text(s, "    only)", -1),
	    "a clinic's leaflet is labelled an example only");
	ok(scr_wait_text(s, "  Conflict of interest: The clinic sells SMP.",
	    -1),
	    "with its conflict of interest under it");
	ok(scr_wait_text(s, "  https://doi.org/10.1111/jocd.70375", -1),
	    "a study without a url links its DOI");
	ok(scr_wait_text(s, "Makers' claims (industry material, an example "
	    "only)", -1) && scr_wait_text(s, "What people say (forum posts, "
	    "an example only)", -1),
	    "industry and forum sources are labelled too");
	ok(!scr_contains(s, "Tattoo safety advice. Health service ("),
	    "a health service's advice is not");
	scr_type(s, "L");
	ok(scr_wait_text(s, "Choose a language", -1), "L opens the chooser");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "Tipos de fuente", -1),
	    "after choosing Spanish the same topic is open, in Spanish");
	scr_type(s, "s");
	ok(scr_wait_text(s, "(material de una clínica, solo", -1) &&
	    scr_wait_text(s, "    como ejemplo)", -1),
	    "its clinic source is labelled in Spanish");
	ok(scr_wait_text(s, "Conflicto de intereses: La clínica vende SMP.",
	    -1),
	    "and its conflict of interest");
	ok(!scr_contains(s, "clinic material"), "with no English label left");
	scr_type(s, "L");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Types de source", -1), "then French");
	scr_type(s, "s");
	ok(scr_wait_text(s, "(documentation d'une", -1) &&
	    scr_wait_text(s, "    clinique, à titre d'exemple seulement)", -1),
	    "labelled in French");
	kiosk_quit(s);
}

/* The evidence and the questions to ask, above the sources. */
static void
test_evidence_and_ask(void)
{
	struct scr *s = start("en", NULL);
	int evidence = -1, ask = -1, r;
	char *row;

	ok(scr_wait_text(s, "Sources test kiosk", -1), "start again");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Will you open new needles in front of me?", -1),
	    "a question to ask is on the page");
	scr_wait_text(s, "Questions to ask", -1);
	for (r = 0; r < 24; r++) {
		row = scr_row(s, r);
		if (strstr(row, "How strong the evidence is") != NULL)
			evidence = r;
		if (strstr(row, "Questions to ask") != NULL)
			ask = r;
		free(row);
	}
	ok(evidence > 0 && ask > evidence, "under its heading, after how "
	    "strong the evidence is");
	kiosk_quit(s);
}

/* A clinic's sign-off under the page. */
static void
test_sign_off(void)
{
	struct scr *s = start("en", signoff);

	ok(scr_wait_text(s, "Sources test kiosk", -1), "start with a clinic");
	open_sources(s, "Kinds of source");
	ok(scr_wait_text(s, "Reviewed for Test Clinic by Dr Ann Example, "
	    "Consultant dermatologist, on", -1), "the page shows the clinic's "
	    "sign-off");
	kiosk_quit(s);
}

int
main(void)
{
#if !ENABLE_NLS
	skip_all("built without NLS: the labels are not translated");
#endif
	kiosk = kiosk_path();
	sources = fixture_path("sources");
	signoff = fixture_path("sign-off");
	localeenv = locale_env();
	test_label_and_switch();
	test_evidence_and_ask();
	test_sign_off();
	return tap_done();
}
