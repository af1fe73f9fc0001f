/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Screen tests of the shipped English content: the glossary, the
 * disclaimer from every kind of screen, the About page, and a clinic's
 * cost and contact pages from an overlay.  The real smp-kiosk runs in a
 * pseudo-terminal; every check is on the rendered screen, and every
 * wait is for a screen condition with a timeout.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiosk.h"
#include "tap.h"

#define ROWS	24
#define COLS	80
#define TALL	320	/* rows that hold the longest page whole */

static char *kiosk, *shipped, *clinic;

/*
 * The kiosk on the shipped content, with a clinic overlay or not, in a
 * window of 80 columns and the given rows.  The long pages are read in
 * a window that holds them whole, so every check is one wait for text
 * on the screen (paging is tested in t-screen).
 */
static struct scr *
start(int with_clinic, int kiosk_mode, int rows)
{
	char *argv[8];
	char *env[] = { "LANG=C.UTF-8", NULL };
	int n = 0;

	argv[n++] = kiosk;
	if (kiosk_mode)
		argv[n++] = "--kiosk";
	argv[n++] = "--content";
	argv[n++] = shipped;
	if (with_clinic) {
		argv[n++] = "--content";
		argv[n++] = clinic;
	}
	argv[n] = NULL;
	return scr_start(COLS, rows, argv, env);
}

/* Past the welcome screen to the shipped home menu. */
static int
home(struct scr *s)
{
	return to_home(s, "1  What SMP is") && scr_wait_row(s, 0, "Home", -1);
}

static void
test_glossary(void)
{
	struct scr *s = start(0, 0, TALL);

	home(s);
	scr_type(s, "9");
	ok(scr_wait_text(s, "3  Words explained", -1),
	    "the glossary is under About this kiosk");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "About this kiosk > Words explained", -1),
	    "3 opens the glossary");
	ok(scr_wait_text(s, "How to use this list", -1) &&
	    scr_wait_text(s, "Alopecia areata", -1),
	    "it starts with how to use it, then the words from A");
	ok(scr_wait_text(s, "Dermis\n  The layer of skin under the thin top "
	    "layer", -1), "dermis is explained");
	ok(scr_wait_text(s, "Keloid\n  A thick, raised scar that grows bigger "
	    "than the wound", -1), "keloid is explained");
	ok(scr_wait_text(s, "Norwood scale\n  A chart that doctors use to "
	    "describe pattern hair loss in men.", -1),
	    "the Norwood scale is explained");
	ok(scr_wait_text(s, "Touch-up\n  A short extra session", -1) &&
	    scr_wait_text(s, "Page last reviewed:", -1),
	    "the list runs to its last word and its review date");
	scr_key(s, "Esc");
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "How to use this list", -1) &&
	    scr_wait_text(s, "1  What SMP is", -1), "Esc goes back home");

	/* A common question leads there too. */
	scr_type(s, "8");
	ok(scr_wait_row(s, 0, "Home > Common questions", -1), "8 opens the FAQ");
	scr_key(s, "End");
	ok(scr_wait_text(s, "What do words like dermis and keloid mean?", -1),
	    "the FAQ asks about the medical words");
	scr_key(s, "Up");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "lists the medical words", -1), "its answer");
	scr_key(s, "Tab");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Words explained", -1),
	    "and its link opens the glossary");
	scr_free(s);
}

/*
 * ! opens the disclaimer, and Esc comes back to where it was pressed:
 * back_text is something the disclaimer does not show.
 */
static int
disclaimer_from(struct scr *s, const char *back_text)
{
	scr_type(s, "!");
	if (!scr_wait_text(s, "This is general information. It is not medical "
	    "advice.", -1) ||
	    !scr_wait_text(s, "Talk to your doctor about your own situation",
	    -1) || !scr_wait_row(s, 0, "About this information", -1))
		return 0;
	scr_key(s, "Esc");
	return scr_wait_text(s, back_text, -1);
}

static void
test_disclaimer(void)
{
	struct scr *s = start(0, 0, ROWS);
	char *row;

	ok(scr_wait_text(s, "Press any key to start", -1), "welcome");
	ok(disclaimer_from(s, "Press any key to start"),
	    "! opens the disclaimer from the welcome screen");
	home(s);
	ok(scr_wait_row(s, 0, "General information, not medical advice", -1),
	    "the header says it is not medical advice");
	ok(scr_wait_row(s, ROWS - 1, "! Info", -1),
	    "the footer offers ! on menus");
	ok(disclaimer_from(s, "1  What SMP is"), "! from the home menu");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Home > What SMP is", -1), "a topic page");
	ok(scr_wait_row(s, ROWS - 1, "! Info", -1),
	    "the footer offers ! on pages");
	ok(disclaimer_from(s, "Home > What SMP is"), "! from a topic page");
	scr_key(s, "Esc");
	scr_type(s, "6");
	ok(scr_wait_row(s, 0, "Home > Having SMP", -1), "a submenu");
	ok(disclaimer_from(s, "Home > Having SMP"), "! from a submenu");
	scr_key(s, "Esc");
	scr_type(s, "8");
	ok(scr_wait_row(s, 0, "Home > Common questions", -1), "the FAQ");
	ok(disclaimer_from(s, "Home > Common questions"), "! from the FAQ");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "look like very short hair", -1), "an answer");
	ok(disclaimer_from(s, "look like very short hair"), "! from an answer");
	scr_type(s, "?");
	ok(scr_wait_row(s, 0, "Help", -1), "help");
	scr_key(s, "PgDn");
	ok(scr_wait_text(s, "Show that this is general information", -1),
	    "help lists ! on its second page");
	ok(disclaimer_from(s, "Home > Common questions > Does SMP grow hair? > "
	    "Help"), "! from help");

	/* ! twice does not stack two copies. */
	scr_key(s, "Esc");
	scr_key(s, "Esc");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  What SMP is", -1), "back home");
	scr_type(s, "!");
	ok(scr_wait_row(s, 0, "About this information", -1), "! again");
	scr_type(s, "!");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "1  What SMP is", -1),
	    "a second ! on the disclaimer adds no second copy");

	/* The menu path, for touch screens. */
	scr_type(s, "9");
	ok(scr_wait_row(s, 0, "Home > About this kiosk", -1),
	    "9 opens About this kiosk");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "About this kiosk > Not medical advice", -1) &&
	    scr_wait_text(s, "It is not medical advice.", -1),
	    "its first item is the disclaimer");
	scr_free(s);

	s = start(0, 1, ROWS);
	home(s);
	scr_wait_row(s, ROWS - 1, "! Info", -1);
	row = scr_row(s, ROWS - 1);
	ok(row != NULL && strstr(row, "! Info") && !strstr(row, "Quit"),
	    "kiosk mode: ! is offered, Quit is not");
	free(row);
	ok(disclaimer_from(s, "1  What SMP is"), "kiosk mode: ! works");
	scr_free(s);
}

static void
test_about_without_clinic(void)
{
	struct scr *s = start(0, 0, TALL);

	home(s);
	scr_type(s, "9");
	ok(scr_wait_row(s, 0, "About this kiosk", -1), "About this kiosk");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "About this kiosk > About these pages", -1),
	    "its second item is the About page");
	ok(scr_wait_text(s, "The content team of the smp-kiosk project", -1),
	    "it says who wrote the content");
	ok(scr_wait_text(s, "Page last reviewed:", -1),
	    "and when it was reviewed");
	ok(scr_wait_text(s, "If you find a mistake", -1) &&
	    scr_wait_text(s, "tell the people who run this kiosk", -1),
	    "and how to report a mistake");
	ok(scr_wait_text(s, "Links to clinics and companies", -1) &&
	    scr_wait_text(s, "have no commercial link to any SMP clinic", -1),
	    "without a clinic: no commercial link");
	scr_free(s);
}

static void
test_clinic_pages(void)
{
	struct scr *s = start(1, 0, TALL);

	ok(scr_wait_text(s, "Test Clinic", -1), "welcome names the clinic");
	home(s);
	scr_type(s, "7");
	ok(scr_wait_row(s, 0, "Home > Making a choice", -1), "Making a choice");
	ok(scr_wait_text(s, "5  Contact the clinic", -1),
	    "it lists the clinic's contact page");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Making a choice > Cost and insurance", -1),
	    "the cost page");
	ok(scr_wait_text(s, "Page last reviewed:", -1), "drawn to its end");
	ok(scr_wait_text(s, "Prices at Test Clinic", -1),
	    "the cost page has the clinic's prices");
	ok(scr_wait_text(s, "Hairline: 1,200 GBP (one touch-up included)",
	    -1) && scr_wait_text(s, "Full scalp: 2,500 GBP", -1),
	    "its price list, item by item");
	ok(scr_wait_text(s, "Prices in GBP, as of 2026.", -1),
	    "with the currency and the year of the prices");
	ok(scr_wait_text(s, "Ask Test Clinic for a written quote that "
	    "includes", -1), "and asks for a written quote");
	ok(scr_wait_text(s, "Prices in the US", -1) &&
	    scr_wait_text(s, "Prices in the UK", -1),
	    "the general price ranges stay beside the clinic's");
	ok(!scr_contains(s, "{clinic."), "no placeholder is left showing");
	ok(!scr_contains(s, "Compare before you choose"),
	    "the section for kiosks without a clinic is left out");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "5  Contact the clinic", -1), "back");
	scr_type(s, "5");
	ok(scr_wait_row(s, 0, "Contact the clinic", -1) &&
	    scr_wait_text(s, "+44 20 7946 0000", -1),
	    "the contact page gives the phone number");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "5  Contact the clinic", -1), "back");
	scr_key(s, "Esc");
	ok(scr_wait_text(s, "9  About this kiosk", -1), "home");
	scr_type(s, "9");
	ok(scr_wait_text(s, "2  About these pages", -1), "About this kiosk");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "About these pages", -1) &&
	    scr_wait_text(s, "Page last reviewed:", -1), "About page");
	ok(scr_wait_text(s, "Test Clinic and this kiosk", -1) &&
	    scr_wait_text(s, "Test Clinic provides this kiosk and offers SMP.",
	    -1), "it states the clinic's link to the kiosk");
	ok(!scr_contains(s, "no commercial link"),
	    "and does not claim there is none");
	ok(scr_wait_text(s, "tell the staff at Test Clinic", -1),
	    "mistakes are reported to the clinic's staff");
	scr_free(s);

	s = start(0, 0, TALL);
	home(s);
	scr_type(s, "7");
	/* The summary line is drawn after the items. */
	ok(scr_wait_text(s, "4  Choosing a practitioner", -1) &&
	    scr_wait_text(s, "a wig, fibres, shaving or doing nothing", -1) &&
	    !scr_contains(s, "Contact the clinic"),
	    "without a clinic there is no contact item");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Cost and insurance", -1) &&
	    scr_wait_text(s, "Page last reviewed:", -1), "the cost page");
	ok(scr_wait_text(s, "Compare before you choose", -1) &&
	    !scr_contains(s, "Prices at"),
	    "and it has no clinic prices");
	scr_free(s);
}

int
main(void)
{
	kiosk = kiosk_path();
	shipped = src_path("content");
	clinic = fixture_path("clinic-overlay");
	test_glossary();
	test_disclaimer();
	test_about_without_clinic();
	test_clinic_pages();
	return tap_done();
}
