/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Languages on screen: the real smp-kiosk in a pseudo-terminal, on the
 * fixture content of tests/fixtures/i18n (en, es, fr without one topic,
 * zh in a wide script, de that does not load; a short self-check in en,
 * es and fr; clinic pages with a clinic file in English only), with the
 * interface
 * catalogs built from po/ into the build tree (SMP_KIOSK_LOCALEDIR).
 * Every check is on what a person would see.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hostile.h"
#include "kiosk.h"
#include "tap.h"

static char *kiosk, *good, *broken, *nofaq;
static char *selfcheck, *clinic, *clinic_en, *clinic_es;
static char localedir[4096], *shipped;
static char localeenv[4200];

/* Starts the kiosk on the fixtures with extra arguments and env. */
static struct scr *
start(int cols, int rows, const char *const *args, const char *const *env)
{
	char *argv[16], *envp[16];
	int a = 0, e = 0;

	argv[a++] = kiosk;
	argv[a++] = "--content";
	argv[a++] = good;
	while (args != NULL && *args != NULL && a < 15)
		argv[a++] = (char *)*args++;
	argv[a] = NULL;
	envp[e++] = localeenv;
	while (env != NULL && *env != NULL && e < 15)
		envp[e++] = (char *)*env++;
	envp[e] = NULL;
	return scr_start(cols, rows, argv, envp);
}

static int
row_has(struct scr *s, int r, const char *text)
{
	return scr_wait_row(s, r, text, -1);
}

/* Waits until row r shows text, then checks that it shows only that. */
static int
row_is(struct scr *s, int r, const char *text)
{
	char *row;
	int same;

	scr_wait_row(s, r, text, -1);
	row = scr_row(s, r);
	same = strcmp(row, text) == 0;
	if (!same) {
		/* The text may be there while the rest of the frame is
		 * still coming: look again once the output has settled. */
		free(row);
		scr_wait_idle(s, 50, -1);
		row = scr_row(s, r);
		same = strcmp(row, text) == 0;
	}
	if (!same) {
		diag("row %d: \"%s\", expected \"%s\"", r, row, text);
		scr_dump(s);
	}
	free(row);
	return same;
}

/* The column where text starts on row r (Latin text: one column per
 * character), or -1. */
static int
col_of(struct scr *s, int r, const char *text)
{
	char *row = scr_row(s, r), *hit = strstr(row, text), *p;
	int col = 0;

	if (hit == NULL) {
		free(row);
		return -1;
	}
	for (p = row; p < hit; p++)
		if (((unsigned char)*p & 0xc0) != 0x80)
			col++;
	free(row);
	return col;
}

/* LANG=es_ES.UTF-8: Spanish content and interface from the start. */
static void
test_spanish_from_locale(void)
{
	static const char *const env[] = { "LC_ALL", "LANG=es_ES.UTF-8",
	    NULL };
	struct scr *s = start(80, 24, NULL, env);

	ok(scr_wait_text(s, "Quiosco de prueba de idiomas", -1),
	    "LANG=es_ES.UTF-8: the Spanish title");
	ok(scr_wait_text(s, "Pulse cualquier tecla para empezar", -1),
	    "the interface is in Spanish");
	ok(row_has(s, 4, "Bienvenido al quiosco de prueba de idiomas.") &&
	    row_is(s, 6, "  Use las flechas para moverse. Pulse Intro para "
	    "elegir."), "the welcome text, then how the keys work, in "
	    "Spanish");
	ok(scr_wait_text(s, "1 English  2 Español  3 Français  4 中文", -1),
	    "the welcome screen lists the languages in their own names");
	ok(row_has(s, 23, "L Idioma") && row_has(s, 23, "? Ayuda"),
	    "the footer offers the language key, in Spanish");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Inicio", -1), "home is Inicio");
	ok(row_has(s, 0, "Información general, no consejo médico"),
	    "the header notice in Spanish");
	ok(scr_wait_text(s, "1  El cuidado del cuero cabelludo", -1),
	    "the Spanish menu");
	ok(row_is(s, 23, " Up/Dn Mover  Enter Abrir  Esc Atrás  L Idioma  "
	    "? Ayuda  q Salir  ! Info"),
	    "every Spanish hint of a menu fits at 80 columns");
	kiosk_quit(s);
}

/* In a topic, L then French: the same topic, now in French. */
static void
test_switch_in_topic(void)
{
	const char *const args[] = { "--lang", "es", NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_text(s, "Pulse cualquier tecla", -1), "start in Spanish");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Inicio > El cuidado del cuero cabelludo", -1),
	    "a Spanish topic is open");
	scr_type(s, "L");
	ok(scr_wait_text(s, "Elija un idioma", -1), "L opens the chooser");
	ok(scr_wait_text(s, "2  Español (actual)", -1),
	    "the chooser marks the language in use");
	ok(row_has(s, 0, "Inicio > El cuidado del cuero cabelludo > Idioma"),
	    "the chooser sits on top of the page");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Accueil > Prendre soin de votre cuir chevelu",
	    -1), "after choosing French the same topic is open, in French");
	ok(scr_wait_text(s, "Gardez votre cuir chevelu au sec", -1),
	    "its French text");
	ok(row_has(s, 0, "Pas un avis médical") &&
	    row_has(s, 23, "Esc Retour"), "the interface is French too");
	scr_key(s, "Esc");
	ok(scr_wait_row(s, 0, "Accueil", -1) &&
	    scr_wait_text(s, "1  Prendre soin de votre cuir chevelu", -1),
	    "back goes to the French home menu");
	ok(scr_wait_cursor(s, 2, 2, -1), "with the topic still highlighted");
	scr_key(s, "F2");
	ok(scr_wait_text(s, "Choisissez une langue", -1),
	    "F2 opens the chooser too");
	scr_key(s, "Esc");
	ok(scr_wait_gone(s, "Choisissez une langue", -1) &&
	    row_has(s, 0, "Accueil"), "Esc leaves it without a change");
	kiosk_quit(s);
}

/* fr lacks "risks": the English page, with a note in French. */
static void
test_fallback_note(void)
{
	const char *const args[] = { "--lang", "fr", NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_text(s, "Appuyez sur une touche", -1), "start in French");
	scr_key(s, "Enter");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "Accueil > Plus de pages", -1), "a submenu");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Cette page n'est pas encore disponible en "
	    "Français.", -1), "an untranslated topic says so");
	ok(scr_wait_text(s, "Risks in English", -1) &&
	    scr_wait_text(s, "Redness is common", -1),
	    "and shows the English page");
	ok(row_has(s, 0, "Accueil > Plus de pages > Risks in English"),
	    "in the French path");
	scr_type(s, "L");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "Inicio > Más páginas > Riesgos en español",
	    -1), "switching to Spanish there opens its own page");
	ok(scr_wait_gone(s, "pas encore disponible", -1) &&
	    !scr_contains(s, "no está disponible"),
	    "with no note: Spanish has the page");
	kiosk_quit(s);
}

/* A translation with no faq.yaml yet: the English questions, noted. */
static void
test_faq_fallback(void)
{
	const char *const args[] = { "--content", nofaq, "--lang",
	    "it", NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_text(s, "Chiosco di prova delle lingue", -1),
	    "a language with only its index starts");
	scr_key(s, "Enter");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Home > Domande", -1) &&
	    scr_wait_text(s, "1  Does it hurt?", -1),
	    "its FAQ shows the English questions");
	ok(row_has(s, 22, "This page is not yet available in Italiano."),
	    "with the note under the list");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Most people feel some discomfort.", -1) &&
	    row_has(s, 2, "This page is not yet available in Italiano."),
	    "and above an answer");
	kiosk_quit(s);
}

#define CLINIC_NOTE_ES	"Los datos de la clínica todavía no están disponibles " \
	"en Español."
#define CLINIC_NOTE_FR	"Les informations de la clinique ne sont pas encore " \
	"disponibles en Français."
#define CLINIC_LINK_EN	"Lingua Clinic runs this kiosk and offers SMP."

/* Starts the kiosk in lang on the clinic fixture and its overlays. */
static struct scr *
start_clinic(const char *lang, const char *overlay, const char *overlay2)
{
	char *argv[] = { kiosk, "--content", clinic, "--content",
	    (char *)overlay, "--lang", (char *)lang,
	    overlay2 ? "--content" : NULL, (char *)overlay2, NULL };
	char *envp[] = { localeenv, NULL };

	return scr_start(80, 24, argv, envp);
}

/*
 * A clinic that wrote only en/clinic.yaml: a Spanish visitor still
 * learns its name and how it is linked to the kiosk, in English under a
 * note in Spanish, on the About page and on the contact page.
 */
static void
test_clinic_fallback(void)
{
	struct scr *s = start_clinic("es", clinic_en, NULL);

	ok(scr_wait_text(s, "Quiosco de prueba de la clínica", -1) &&
	    scr_wait_text(s, "Lingua Clinic", -1),
	    "clinic in English only: the Spanish welcome names the clinic");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "2  Contactar con la clínica", -1),
	    "the Spanish menu offers the contact page");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Inicio > Sobre estas páginas", -1),
	    "the Spanish About page opens");
	ok(row_has(s, 2, CLINIC_NOTE_ES),
	    "with a note in Spanish at the top");
	ok(scr_wait_text(s, "Lingua Clinic y este quiosco", -1) &&
	    scr_wait_text(s, CLINIC_LINK_EN, -1),
	    "and the clinic's relationship statement, in English");
	ok(!scr_contains(s, "Ninguna clínica"),
	    "instead of the section for kiosks without a clinic");
	scr_key(s, "Esc");
	scr_type(s, "2");
	ok(scr_wait_row(s, 0, "Inicio > Contactar con la clínica", -1),
	    "the contact page opens");
	ok(row_has(s, 2, CLINIC_NOTE_ES) &&
	    scr_wait_text(s, "+44 20 7946 0999", -1),
	    "with the note above the clinic's details");
	scr_key(s, "End");
	ok(scr_wait_text(s, "Esta clínica y este quiosco", -1) &&
	    scr_wait_text(s, CLINIC_LINK_EN, -1),
	    "and the relationship statement under its Spanish label");
	kiosk_quit(s);

	/* fr lacks the About page: the English page, with the page's
	 * note alone, since its clinic details are in its language. */
	s = start_clinic("fr", clinic_en, NULL);
	ok(scr_wait_text(s, "Borne de test de la clinique", -1),
	    "clinic in English only: start in French");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Cette page n'est pas encore disponible en "
	    "Français.", -1) && scr_wait_text(s, CLINIC_LINK_EN, -1),
	    "an English page in French: its note and the clinic's statement");
	ok(!scr_contains(s, CLINIC_NOTE_FR), "but no note about the clinic");
	scr_key(s, "Esc");
	scr_type(s, "2");
	ok(scr_wait_row(s, 2, CLINIC_NOTE_FR, -1),
	    "the French contact page has the note, in French");
	scr_type(s, "L");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Home > Contact the clinic", -1) &&
	    scr_wait_gone(s, "Les informations de la clinique", -1) &&
	    scr_wait_text(s, "+44 20 7946 0999", -1),
	    "in English, the clinic's own language, it has none");
	kiosk_quit(s);

	/* With es/clinic.yaml too, Spanish shows its own, unnoted. */
	s = start_clinic("es", clinic_en, clinic_es);
	ok(scr_wait_text(s, "Clínica Lingua", -1),
	    "clinic in Spanish too: the welcome names the Spanish clinic");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, "La Clínica Lingua gestiona este quiosco", -1),
	    "the About page gives the Spanish statement");
	ok(!scr_contains(s, "todavía no están disponibles"), "with no note");
	kiosk_quit(s);
}

/* A translation that does not load is left out; the rest works. */
static void
test_broken_language(void)
{
	const char *const args[] = { "--content", broken, NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_text(s, "Language test kiosk", -1),
	    "the kiosk starts beside a broken translation");
	ok(scr_wait_text(s, "1 English  2 Español  3 Français  4 中文", -1) &&
	    !scr_contains(s, "Deutsch"),
	    "the broken language is not offered");
	scr_type(s, "L");
	ok(scr_wait_text(s, "4  中文", -1) && !scr_contains(s, "5  "),
	    "the chooser has the four that loaded");
	scr_type(s, "4");
	ok(scr_wait_text(s, "语言测试终端", -1), "and each of them works");
	kiosk_quit(s);
}

/* Wide characters take two columns; combining marks none. */
static void
test_cjk_wrap(void)
{
	const char *const args[] = { "--lang", "zh", NULL };
	/* 38 characters: 18 fill a 36-column line. */
	static const char cjk[] = "头皮色素沉着是一种在头皮上画出细小圆点的"
	    "方法看起来像剃短的头发它不是头发移植";
	struct scr *s = start(40, 24, args, NULL);
#define XUE	"xue\xcc\x81"
	char line1[128], line2[128], line3[128];
	int r;

	/* Each CJK character is 3 bytes in UTF-8. */
	snprintf(line1, sizeof(line1), "  %.*s", 18 * 3, cjk);
	snprintf(line2, sizeof(line2), "  %.*s", 18 * 3, cjk + 18 * 3);
	snprintf(line3, sizeof(line3), "  %s", cjk + 36 * 3);
	ok(scr_wait_text(s, "语言测试终端", -1), "the Chinese welcome");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "护理头皮", -1) &&
	    scr_wait_text(s, "  " XUE " " XUE " " XUE, -1), "a Chinese topic");
	r = find_row(s, "头皮色素", 60);
	ok(r > 0 && row_is(s, r, line1),
	    "18 wide characters fill the 36 columns of the first line");
	ok(r > 0 && row_is(s, r + 1, line2), "the next 18 on the next line");
	ok(r > 0 && row_is(s, r + 2, line3), "and the last 2 after them");
	r = find_row(s, XUE, 60);
	ok(r > 0 && row_is(s, r, "  " XUE " " XUE " " XUE " " XUE " " XUE " "
	    XUE " " XUE " " XUE " " XUE),
	    "combining accents take no column: 9 words of 3 columns fit 36");
	ok(r > 0 && row_is(s, r + 1, "  " XUE " " XUE " " XUE),
	    "the other 3 on the next line");
	kiosk_quit(s);
}

/* Hints and notices fit at 80x24, and drop whole at 40x12. */
static void
test_labels_small(void)
{
	static const char *const es[] = { "--lang", "es", NULL };
	static const char *const fr[] = { "--lang", "fr", NULL };
	struct scr *s = start(40, 12, es, NULL);
	int r;

	ok(scr_wait_text(s, "Pulse cualquier tecla para empezar", -1),
	    "40x12: the Spanish start line fits");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  El cuidado", -1) &&
	    row_has(s, 0, "No es consejo médico"),
	    "40x12: the short Spanish notice");
	ok(row_is(s, 11, " Esc Atrás  ? Ayuda  q Salir  ! Info"),
	    "40x12: the Spanish hints that fit, each one whole, help and "
	    "! kept");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "... > El cuidado", -1) &&
	    row_has(s, 0, "No es consejo médico"),
	    "40x12: on a page too, the notice outranks the path");
	kiosk_quit(s);
	s = start(80, 24, fr, NULL);
	ok(scr_wait_text(s, "Appuyez sur une touche", -1), "French start");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Prendre soin", -1) &&
	    row_has(s, 0, "Information générale, pas avis médical"),
	    "80x24: the full French notice");
	ok(row_is(s, 23, " Up/Dn Aller  Enter Ouvrir  Esc Retour  "
	    "L Langue  ? Aide  q Quitter  ! Info"),
	    "80x24: every French hint of a menu fits");
	scr_type(s, "?");
	ok(scr_wait_text(s, "Échap, Gauche, Retour Revenir en arrière", -1) &&
	    scr_wait_text(s, "Entrée, Droite        Ouvrir", -1),
	    "80x24: French key names line up in their column of help");
	/* "Home" the key and "Home" the menu are two messages. */
	r = scr_wait_text(s, "Aller au premier élément", -1) ?
	    find_row(s, "Aller au premier élément", 60) : -1;
	ok(r > 0 && row_is(s, r, "  Début                 Aller au premier "
	    "élément ou en haut de la page") && row_has(s, 0, "Accueil > Aide"),
	    "80x24: the French help names the Home key Début, the home menu "
	    "stays Accueil");
	kiosk_quit(s);
	s = start(40, 12, fr, NULL);
	ok(scr_wait_text(s, "Appuyez sur une touche", -1), "French start");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Prendre soin", -1) &&
	    row_has(s, 0, "Pas un avis médical"),
	    "40x12: the short French notice");
	ok(row_is(s, 11, " Esc Retour  ? Aide  q Quitter  ! Info"),
	    "40x12: the French hints that fit, each one whole, help and "
	    "! kept");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "... > Prendre soi", -1) &&
	    row_has(s, 0, "Pas un avis médical"),
	    "40x12: on a French page too, the notice outranks the path");
	kiosk_quit(s);
}

/*
 * A page offers more hints than 80 columns hold in Spanish or French:
 * whole hints give way, the least needed first (the language, chosen on
 * the welcome screen), and help and "!" stay.  A tap still reaches the
 * hint under it.
 */
static void
test_footer_priority(void)
{
	static const char *const es[] = { "--lang", "es", NULL };
	static const char *const fr[] = { "--lang", "fr", "--kiosk", NULL };
	struct scr *s = start(80, 24, es, NULL);
	int c;

	ok(scr_wait_text(s, "Pulse cualquier tecla", -1), "Spanish start");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Inicio > El cuidado del cuero cabelludo", -1),
	    "a Spanish page");
	ok(row_is(s, 23, " Up/Dn Mover  Enter Abrir  Esc Atrás  Space Más  "
	    "? Ayuda  q Salir  ! Info"),
	    "80x24: a Spanish page drops L whole; Space, ? and ! stay");
	kiosk_quit(s);
	s = start(80, 24, fr, NULL);
	ok(scr_wait_text(s, "Appuyez sur une touche", -1), "French kiosk");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_row(s, 0, "Accueil > Prendre soin", -1), "a French page");
	ok(row_is(s, 23, " Up/Dn Aller  Enter Ouvrir  Esc Retour  "
	    "Space Suite  L Langue  ? Aide  ! Info"),
	    "kiosk mode, no Quit hint: L fits again");
	c = col_of(s, 23, "! Info");
	tap(s, c + 3, 23);
	ok(c > 0 && scr_wait_text(s, "Avertissement de test en français.", -1),
	    "tapping ! Info opens the notice");
	scr_free(s);
}

/*
 * Help: the key names stand in a column as wide as the widest
 * translated name; in a narrow window each name has a line of its own
 * and its text goes under it.
 */
static void
test_help_columns(void)
{
	static const char *const es[] = { "--lang", "es", NULL };
	static const char *const fr[] = { "--lang", "fr", NULL };
	struct scr *s = start(80, 24, es, NULL);
	int r;

	ok(scr_wait_text(s, "Pulse cualquier tecla", -1), "Spanish start");
	scr_key(s, "Enter");
	scr_type(s, "?");
	ok(scr_wait_text(s, "Esc, Izq., Retroceso Volver atrás; en la "
	    "autoevaluación", -1) &&
	    scr_wait_text(s, "Espacio              En la autoevaluación: "
	    "marcar", -1),
	    "80x24: the Spanish key column is as wide as its longest name");
	ok(scr_wait_text(s, "Inicio               Ir al primer elemento", -1),
	    "80x24: the Spanish help names the Home key Inicio");
	kiosk_quit(s);
	s = start(40, 12, fr, NULL);
	ok(scr_wait_text(s, "Appuyez sur une touche", -1), "French start");
	scr_key(s, "Enter");
	scr_type(s, "?");
	ok(scr_wait_text(s, "Haut, Bas", -1), "40x12: French help");
	r = find_row(s, "Haut, Bas", 60);
	ok(r > 0 && row_is(s, r, "  Haut, Bas") &&
	    row_is(s, r + 1, "      Aller à l'élément précédent ou"),
	    "40x12: a key name on its own line, its text indented under it");
	kiosk_quit(s);
}

/* Columns of a Latin string: one per character. */
static int
latin_width(const char *t)
{
	int w = 0;

	for (; *t != '\0'; t++)
		if (((unsigned char)*t & 0xc0) != 0x80)
			w++;
	return w;
}

/* The self-check's button row: left at column 2, right (if any) ending
 * 2 from the edge. */
static const char *
buttons(char *buf, size_t size, int cols, const char *left,
    const char *right)
{
	int gap;

	if (right == NULL) {
		snprintf(buf, size, "  %s", left);
		return buf;
	}
	gap = cols - 4 - latin_width(left) - latin_width(right);
	snprintf(buf, size, "  %s%*s%s", left, gap > 0 ? gap : 0, "", right);
	return buf;
}

/* What the self-check says in one language. */
struct sc_words {
	const char *lang;
	const char *start;		/* the link that starts it */
	const char *leave, *begin;	/* the introduction's buttons */
	const char *back, *next, *see;	/* the questions' buttons */
	const char *progress;		/* "Question 1 of 2" */
	const char *any;		/* the note of a choose-any question */
	const char *mark_first;		/* Enter with nothing marked */
	const char *footer80, *footer40;
	const char *notes;		/* the results' title */
	const char *ask, *ask_buttons;	/* "Leave the self-check?" */
	const char *stay, *go;		/* the letters of its buttons */
	const char *home;		/* the home menu's first item */
};

static const struct sc_words sc_en = {
	"en", "Start the self-check", "< Leave", "Start >",
	"< Back", "Next >", "See my notes >", "  Question 1 of 2",
	"You may choose more than one: Space",
	"Mark at least one answer first.",
	" Up/Dn Move  Space Mark  Enter Next  Esc Back  ? Help  q Quit  "
	"! Info",
	" Enter Next  Esc Back  ? Help  ! Info",
	"  Your notes", "Leave the self-check?",
	"[ Stay ]  [ Leave ]", "s", "l", "1  Self-check",
};

static const struct sc_words sc_es = {
	"es", "Empezar la autoevaluación", "< Salir", "Empezar >",
	"< Atrás", "Siguiente >", "Mis notas >", "  Pregunta 1 de 2",
	"Puede elegir más de una: Espacio",
	"Marque antes al menos una respuesta.",
	" Up/Dn Mover  Space Marcar  Enter Seguir  Esc Atrás  ? Ayuda  "
	"q Salir  ! Info",
	" Esc Atrás  ? Ayuda  q Salir  ! Info",
	"  Sus notas", "¿Salir de la autoevaluación?",
	"[ Continuar ]  [ Salir ]", "c", "s", "1  Autoevaluación",
};

static const struct sc_words sc_fr = {
	"fr", "Commencer l'auto-évaluation", "< Sortir", "Commencer >",
	"< Retour", "Suivant >", "Mes notes >", "  Question 1 sur 2",
	"Vous pouvez en choisir plusieurs :",
	"Cochez d'abord au moins une réponse.",
	" Space Cocher  Enter Suivant  Esc Retour  L Langue  ? Aide  "
	"q Quitter  ! Info",
	" Esc Retour  ? Aide  q Quitter  ! Info",
	"  Vos notes", "Quitter l'auto-évaluation ?",
	"[ Rester ]  [ Sortir ]", "r", "s", "1  Auto-évaluation",
};

/*
 * The self-check in English, Spanish and French at 80x24 and 40x12:
 * every label, button and hint whole, and the letters of the "leave?"
 * box are the first letters of its translated buttons.
 */
static void
test_selfcheck(const struct sc_words *t, int cols, int rows)
{
	const char *args[] = { "--content", selfcheck, "--lang", t->lang,
	    NULL };
	const char *footer = cols >= 80 ? t->footer80 : t->footer40;
	struct scr *s = start(cols, rows, args, NULL);
	char b[256];

	ok(scr_wait_row(s, rows - 1, "? ", -1), "%s %dx%d: welcome", t->lang,
	    cols, rows);
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, t->start, -1) && row_is(s, rows - 2,
	    buttons(b, sizeof(b), cols, t->leave, t->begin)),
	    "%s %dx%d: the introduction and its buttons, whole", t->lang,
	    cols, rows);
	scr_key(s, "Enter");
	ok(row_is(s, 2, t->progress), "%s %dx%d: the progress", t->lang,
	    cols, rows);
	ok(row_is(s, rows - 2, buttons(b, sizeof(b), cols, t->back, t->next)),
	    "%s %dx%d: the buttons of a question", t->lang, cols, rows);
	ok(row_is(s, rows - 1, footer), "%s %dx%d: the footer, ? and ! kept",
	    t->lang, cols, rows);
	scr_type(s, "1");
	ok(scr_wait_text(s, t->any, -1) && row_is(s, rows - 2,
	    buttons(b, sizeof(b), cols, t->back, t->see)),
	    "%s %dx%d: a question with many answers, then the notes",
	    t->lang, cols, rows);
	scr_key(s, "Enter");
	ok(scr_wait_text(s, t->mark_first, -1),
	    "%s %dx%d: Enter with nothing marked says so, whole", t->lang,
	    cols, rows);
	scr_type(s, " ");
	scr_key(s, "Enter");
	/* The whole new frame: the button to the notes has gone. */
	ok(scr_wait_gone(s, t->see, -1) && row_is(s, 2, t->notes) &&
	    row_is(s, rows - 2, buttons(b, sizeof(b), cols, t->back, NULL)),
	    "%s %dx%d: the results", t->lang, cols, rows);
	scr_key(s, "Esc");
	ok(scr_wait_text(s, t->any, -1), "%s: back to the last question",
	    t->lang);
	scr_key(s, "Esc");
	ok(scr_wait_row(s, 2, t->progress, -1), "%s: and the first", t->lang);
	scr_key(s, "Esc");
	ok(scr_wait_text(s, t->ask, -1) && scr_wait_text(s, t->ask_buttons,
	    -1), "%s %dx%d: the leave box, whole", t->lang, cols, rows);
	scr_type(s, t->stay);
	ok(scr_wait_gone(s, t->ask, -1) && row_is(s, 2, t->progress),
	    "%s: \"%s\" stays", t->lang, t->stay);
	scr_key(s, "Esc");
	ok(scr_wait_text(s, t->ask, -1), "%s: the box again", t->lang);
	scr_type(s, t->go);
	ok(scr_wait_text(s, t->home, -1), "%s: \"%s\" leaves", t->lang,
	    t->go);
	kiosk_quit(s);
}

/* LC_ALL=C: no UTF-8 is sent; the kiosk says so and folds to ASCII. */
static void
test_not_utf8(void)
{
	const char *const args[] = { "--lang", "fr", NULL };
	static const char *const env[] = { "LC_ALL=C", NULL };
	static const char *const latin1[] = { "LC_ALL",
	    "LANG=fr_FR.ISO-8859-1", NULL };
	struct scr *s = start(80, 24, args, env);
	char *row;
	int r, ascii = 1;
	size_t i;

	ok(scr_wait_text(s, "Ce terminal n'utilise pas UTF-8", -1),
	    "the kiosk says the terminal is not UTF-8");
	ok(scr_wait_text(s, "1 English  2 Espanol  3 Francais  4 ?" "? (zh)", -1),
	    "language names in ASCII, with the code where none exists");
	ok(scr_wait_text(s, "Appuyez sur une touche pour demarrer", -1),
	    "interface strings without accents");
	ok(scr_wait_text(s, "Utilisez les fleches pour vous deplacer. "
	    "Appuyez sur Entree pour choisir.", -1),
	    "and how the keys work, in French without accents");
	scr_key(s, "Enter");
	scr_type(s, "4");
	ok(scr_wait_text(s, "A propos de cette borne", -1),
	    "content text without accents");
	for (r = 0; r < 24; r++) {
		row = scr_row(s, r);
		for (i = 0; row[i] != '\0'; i++)
			if ((unsigned char)row[i] >= 0x80)
				ascii = 0;
		free(row);
	}
	ok(ascii, "nothing but ASCII reaches the screen");
	kiosk_quit(s);
	/* A Latin-1 locale, not even installed here: still ASCII. */
	s = start(80, 24, NULL, latin1);
	ok(scr_wait_text(s, "Ce terminal n'utilise pas UTF-8", -1) &&
	    scr_wait_text(s, "Borne de test des langues", -1),
	    "LANG=fr_FR.ISO-8859-1: French, and the note on UTF-8");
	ok(scr_wait_text(s, "2 Espanol", -1), "folded to ASCII");
	kiosk_quit(s);
}

/* Whether every row on screen is ASCII. */
static int
screen_ascii(struct scr *s, int rows)
{
	char *row;
	int r, ascii = 1;
	size_t i;

	for (r = 0; r < rows; r++) {
		row = scr_row(s, r);
		for (i = 0; row != NULL && row[i] != '\0'; i++)
			if ((unsigned char)row[i] >= 0x80)
				ascii = 0;
		free(row);
	}
	return ascii;
}

/*
 * LC_ALL=C in the self-check: its introduction and its questions are
 * folded to ASCII as the other screens are.
 */
static void
test_selfcheck_not_utf8(void)
{
	const char *const args[] = { "--content", selfcheck, "--lang",
	    "fr", NULL };
	static const char *const env[] = { "LC_ALL=C", NULL };
	struct scr *s = start(80, 24, args, env);

	ok(scr_wait_text(s, "Ce terminal n'utilise pas UTF-8", -1),
	    "self-check, LC_ALL=C: the welcome");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Commencer l'auto-evaluation", -1) &&
	    screen_ascii(s, 24), "self-check, LC_ALL=C: the introduction is "
	    "ASCII");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "Premiere question ?", -1) &&
	    scr_wait_text(s, "Reponse A", -1) && screen_ascii(s, 24),
	    "self-check, LC_ALL=C: the first question is ASCII");
	kiosk_quit(s);
}

/*
 * L in the self-check: the languages open above it, and in the one
 * chosen the self-check goes on at the same question, answers kept.
 */
static void
test_selfcheck_language(void)
{
	const char *const args[] = { "--content", selfcheck, "--lang",
	    "en", NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_row(s, 23, "? ", -1), "self-check language: welcome");
	scr_key(s, "Enter");
	scr_type(s, "1");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_row(s, 2, "  Question 2 of 2", -1),
	    "self-check language: the first question answered");
	scr_type(s, "L");
	ok(scr_wait_text(s, "Español", -1) &&
	    !scr_contains(s, "Leave the self-check?"),
	    "self-check language: L opens the languages, nothing asked");
	scr_type(s, "2");
	ok(scr_wait_row(s, 2, "  Pregunta 2 de 2", -1),
	    "self-check language: in Spanish, the same question");
	scr_key(s, "Esc");
	ok(scr_wait_row(s, 2, "  Pregunta 1 de 2", -1) &&
	    scr_wait_text(s, "1 (*) Respuesta A", -1),
	    "self-check language: the answer given in English is kept");
	kiosk_quit(s);
}

/*
 * A page keeps its place across a switch: the same section at the top
 * (its heading, "Sources", is "Fuentes" in Spanish), not line 1.
 */
static void
test_page_place(void)
{
	const char *const args[] = { "--content", shipped, "--lang",
	    "en", NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_row(s, 23, "? ", -1), "page place: welcome");
	scr_key(s, "Enter");
	scr_type(s, "1");
	ok(scr_wait_row(s, 22, "Lines 1-", -1), "page place: a long page");
	scr_type(s, "s");
	ok(row_has(s, 2, "  Sources"), "page place: s scrolls to its sources");
	scr_type(s, "L");
	scr_type(s, "2");
	ok(row_has(s, 22, "Líneas ") && row_has(s, 2, "  Fuentes"),
	    "page place: in Spanish, the sources are still at the top");
	kiosk_quit(s);
}

/* An FAQ answer stays open across a switch; taps choose languages. */
static void
test_faq_and_taps(void)
{
	struct scr *s = start(80, 24, NULL, NULL);
	int r, c;

	ok(scr_wait_text(s, "1 English  2 Español", -1), "English welcome");
	r = find_row(s, "3 Français", 60);
	c = r >= 0 ? col_of(s, r, "3 Français") : -1;
	tap(s, c + 2, r);
	ok(r > 0 && c > 0 && scr_wait_text(s, "Appuyez sur une touche", -1),
	    "tapping a language on the welcome screen switches to it");
	scr_key(s, "Enter");
	scr_type(s, "3");
	ok(scr_wait_row(s, 0, "Accueil > Questions", -1), "the French FAQ");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Accueil > Questions > Est-ce que ça fait mal ?",
	    -1), "a French answer");
	scr_type(s, "L");
	ok(scr_wait_text(s, "2  Español", -1), "the chooser");
	r = find_row(s, "2  Español", 60);
	tap(s, 10, r);
	ok(r > 0 && scr_wait_row(s, 0, "Inicio > Preguntas > ¿Duele?", -1),
	    "tapping a language in the chooser keeps the answer open");
	ok(scr_wait_text(s, "La mayoría de las personas", -1),
	    "in Spanish");
	kiosk_quit(s);
	s = start(40, 12, NULL, NULL);
	ok(scr_wait_text(s, "1 English 2 Español 3 Français 4 中文", -1),
	    "40x12: the whole language row fits, one blank apart");
	scr_type(s, "4");
	ok(scr_wait_text(s, "语言测试终端", -1), "and 4 picks the last of them");
	kiosk_quit(s);
}

/* An idle reset forgets the language chosen. */
static void
test_idle_reset(void)
{
	const char *const args[] = { "--idle-timeout", "2", NULL };
	struct scr *s = start(80, 24, args, NULL);

	ok(scr_wait_text(s, "Press any key to start", -1), "English start");
	scr_type(s, "2");
	ok(scr_wait_text(s, "Pulse cualquier tecla para empezar", -1),
	    "a digit on the welcome screen switches the language");
	scr_key(s, "Enter");
	ok(scr_wait_row(s, 0, "Inicio", -1), "a Spanish visitor");
	ok(scr_wait_text(s, "Press any key to start", 8000) &&
	    scr_wait_text(s, "Language test kiosk", -1),
	    "after the idle reset: English again, content and interface");
	kiosk_quit(s);
}

/*
 * The kiosk holds a language other than its own and the default only
 * while a visitor reads it, and reads its files again when one picks
 * it.  If they broke since the start (an overlay given a bad
 * index.yaml), the visitor stays where they were and is told so, in
 * both interfaces, and the log says why; once mended, the language
 * opens.  A topic that broke since is left out, and logged too.
 */
static void
test_language_gone(int plain)
{
	char tmpl[4096], *over, frdir[4200], index[4300], topics[4300];
	char care[4400], log[4300], *text;
	size_t len;
	const char *tmp = getenv("TMPDIR");
	const char *what = plain ? "plain" : "screens";
	char *argv[] = { "/bin/sh", "-c", "f=$1; shift; exec \"$@\" 2>\"$f\"",
	    "sh", log, kiosk, "--content", good, "--content", NULL, "--log",
	    "stderr", plain ? "--plain" : NULL, NULL };
	char *envp[] = { localeenv, NULL };
	struct scr *s;
	FILE *fp;

	snprintf(tmpl, sizeof(tmpl), "%s/t-i18n.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if ((over = mkdtemp(tmpl)) == NULL) {
		ok(0, "%s: mkdtemp %s", what, tmpl);
		return;
	}
	snprintf(frdir, sizeof(frdir), "%s/fr", over);
	snprintf(index, sizeof(index), "%s/index.yaml", frdir);
	snprintf(topics, sizeof(topics), "%s/topics", frdir);
	snprintf(care, sizeof(care), "%s/care.yaml", topics);
	snprintf(log, sizeof(log), "%s/log", over);
	argv[9] = over;
	s = scr_start(80, 24, argv, envp);
	if (plain) {
		ok(scr_wait_text(s, "3. Français", -1),
		    "%s: the welcome lists French", what);
		scr_type(s, "\n");
	} else {
		ok(scr_wait_text(s, "3 Français", -1),
		    "%s: the welcome lists French", what);
		scr_key(s, "Enter");
	}
	ok(scr_wait_text(s, "Caring for your scalp", -1),
	    "%s: the English home menu", what);
	if (mkdir(frdir, 0700) != 0 || (fp = fopen(index, "w")) == NULL) {
		ok(0, "%s: cannot write %s", what, index);
		kiosk_quit(s);
		return;
	}
	fputs("name: [\n", fp);
	fclose(fp);
	scr_type(s, plain ? "L\n3\n" : "L3");
	ok(scr_wait_text(s, "That language is not available now.", -1),
	    "%s: French broke since the start: the visitor is told", what);
	/* The plain interface then prompts again for the menu below. */
	ok(!scr_contains(s, "Accueil") && scr_wait_text(s, plain ?
	    "Type a number and press Enter." : "1  Caring for your scalp", -1),
	    "%s: and stays in English where they were", what);
	text = h_read_file(log, &len);
	ok(text != NULL && strstr(text, "content-problem ") != NULL &&
	    strstr(text, "/fr/index.yaml:2:1: YAML syntax") != NULL,
	    "%s: the log says what is wrong, and where", what);
	free(text);
	unlink(index);
	if (!plain && mkdir(topics, 0700) == 0 &&
	    (fp = fopen(care, "w")) != NULL) {
		fputs("title: [\n", fp);
		fclose(fp);
		scr_type(s, "L3");
		ok(scr_wait_row(s, 0, "Accueil", -1) &&
		    !scr_contains(s, "Prendre soin de votre cuir chevelu"),
		    "%s: a French topic broke since: French opens without "
		    "it", what);
		text = h_read_file(log, &len);
		ok(text != NULL && strstr(text, "/fr/topics/care.yaml:") !=
		    NULL && strstr(text, "this topic is left out of fr") !=
		    NULL, "%s: the log says which topic is left out", what);
		free(text);
		/* Read for this visitor, it stays as read until the
		 * reset. */
		unlink(care);
		rmdir(topics);
		scr_type(s, "L1");
		ok(scr_wait_row(s, 0, "Home", -1), "%s: back to English",
		    what);
		scr_type(s, "L3");
		ok(scr_wait_row(s, 0, "Accueil", -1) && !scr_contains(s,
		    "Prendre soin de votre cuir chevelu"),
		    "%s: French again, as it was read", what);
	} else {
		scr_type(s, "L\n3\n");
		ok(scr_wait_text(s, "Prendre soin de votre cuir chevelu", -1),
		    "%s: mended, French opens", what);
	}
	if (plain)
		scr_type(s, "q\n");
	kiosk_quit(s);
	unlink(log);
	rmdir(frdir);
	rmdir(over);
}

int
main(void)
{
	const char *build = getenv("SMP_BUILDDIR");

	if (build == NULL)
		skip_all("run from make check");
#if !ENABLE_NLS
	skip_all("built without NLS: the labels are not translated");
#endif
	kiosk = kiosk_path();
	good = fixture_path("i18n/good");
	shipped = src_path("content");
	broken = fixture_path("i18n/broken");
	nofaq = fixture_path("i18n/nofaq");
	selfcheck = fixture_path("i18n/selfcheck");
	clinic = fixture_path("i18n/clinic");
	clinic_en = fixture_path("i18n/clinic-en");
	clinic_es = fixture_path("i18n/clinic-es");
	snprintf(localedir, sizeof(localedir), "%s/tests/locale", build);
	snprintf(localeenv, sizeof(localeenv), "SMP_KIOSK_LOCALEDIR=%s",
	    localedir);
	test_spanish_from_locale();
	test_switch_in_topic();
	test_fallback_note();
	test_broken_language();
	test_language_gone(0);
	test_language_gone(1);
	test_faq_fallback();
	test_clinic_fallback();
	test_cjk_wrap();
	test_labels_small();
	test_footer_priority();
	test_help_columns();
	test_selfcheck(&sc_en, 80, 24);
	test_selfcheck(&sc_en, 40, 12);
	test_selfcheck(&sc_es, 80, 24);
	test_selfcheck(&sc_es, 40, 12);
	test_selfcheck(&sc_fr, 80, 24);
	test_selfcheck(&sc_fr, 40, 12);
	test_not_utf8();
	test_selfcheck_not_utf8();
	test_selfcheck_language();
	test_page_place();
	test_faq_and_taps();
	test_idle_reset();
	return tap_done();
}
