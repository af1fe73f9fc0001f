/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * t-plain.c: the plain interface (--plain, TERM=dumb) offers what the
 * screens offer: the self-check, the notice "!" and the languages "L".
 *
 * The real smp-kiosk runs on pipes for whole paths through the
 * self-check (all the lines typed at once, everything it printed read
 * back; COLUMNS=500 so that no note is wrapped), and in a
 * pseudo-terminal (tests/screen.h) where a case waits for a prompt
 * before it answers: leaving the self-check asks first, and the idle
 * reset forgets the answers and the language.  Every wait has a
 * timeout; nothing sleeps.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/wait.h>

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kiosk.h"
#include "screen.h"
#include "tap.h"

#define OUT_MAX		(512 * 1024)

#define DISCUSS	"Worth discussing with an SMP provider\n"
#define DOCTOR	"Talk to your doctor or care team first\n"
#define THINK	"Things to think about\n"
#define ALTS	"Other choices, including doing nothing\n"
#define NO_NOTE	"None of your answers added a note here."

static char *kiosk, *overlay, *good, *allcontent, *menufix;
static char *clinic, *clinic_en, *scfix, *srcdir, *localeenv;
static char shipped[4096];
static char *out;

/*
 * Runs the kiosk with argv (after its name) on pipes as the plain
 * interface sees them (TERM=dumb, COLUMNS=500 so that no note is
 * wrapped), in as its standard input; what it printed is in out.
 * Returns the wait status.
 */
static int
plain_piped(char *const argv_extra[], char *const env[], const char *in)
{
	char *argv[16], *e[16];
	size_t n = 0, i;

	argv[n++] = kiosk;
	for (i = 0; argv_extra[i] != NULL && n < 15; i++)
		argv[n++] = argv_extra[i];
	argv[n] = NULL;
	n = 0;
	e[n++] = "LC_ALL";
	e[n++] = "LANGUAGE";
	e[n++] = "LANG=C.UTF-8";
	e[n++] = "COLUMNS=500";
	e[n++] = "TERM=dumb";
	for (i = 0; env != NULL && env[i] != NULL && n < 15; i++)
		e[n++] = env[i];
	e[n] = NULL;
	return run_piped(argv, e, in, out, NULL, OUT_MAX);
}

/* Whether the interface is translated: not built with --disable-nls. */
static int
translated(void)
{
#if ENABLE_NLS
	const char *nls = getenv("SMP_NLS");

	return nls == NULL || strcmp(nls, "no") != 0;
#else
	return 0;
#endif
}

static int
exited_ok(int status)
{
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* The last results the output holds, from "Your notes" on; or "". */
static const char *
last_results(void)
{
	const char *s = out, *hit = NULL;

	while ((s = strstr(s, "Your notes\n==========\n")) != NULL)
		hit = s++;
	return hit != NULL ? hit : "";
}

/* In results r: text under heading panel, before heading next. */
static int
in_panel(const char *r, const char *text, const char *panel,
    const char *next)
{
	const char *p = strstr(r, panel), *q = strstr(r, next);
	const char *t = p != NULL ? strstr(p, text) : NULL;

	return p != NULL && q != NULL && t != NULL && t < q;
}

/* Occurrences of text in out. */
static int
count(const char *text)
{
	const char *s = out;
	int n = 0;

	while ((s = strstr(s, text)) != NULL) {
		n++;
		s += strlen(text);
	}
	return n;
}

static void
common_results(const char *r, const char *name)
{
	ok(strstr(r, DISCUSS "------") != NULL &&
	    strstr(r, DOCTOR "------") != NULL &&
	    strstr(r, THINK "------") != NULL &&
	    strstr(r, DISCUSS) < strstr(r, DOCTOR) &&
	    strstr(r, DOCTOR) < strstr(r, THINK),
	    "%s: the three panels, each a heading, in order", name);
	ok(strstr(r, ALTS) != NULL &&
	    strstr(r, "Doing nothing costs nothing.") > strstr(r, ALTS),
	    "%s: the alternatives, doing nothing among them", name);
	ok(strstr(r, "This check cannot tell you if SMP is right for you.") >
	    strstr(r, ALTS), "%s: the closing line after them", name);
	ok(strstr(r, "x: leave and clear your answers") != NULL,
	    "%s: the prompt says how to leave", name);
	ok(strcasestr(r, "score") == NULL && strcasestr(r, "eligible") ==
	    NULL && strcasestr(r, "candidate") == NULL,
	    "%s: no score and no label", name);
}

/* Pattern hair loss, "0" for none of the cautions, a topic from the notes. */
static void
test_pattern(void)
{
	char *argv[] = { "--plain", "--content", shipped, "--content",
	    overlay, NULL };
	const char *r, *t;
	int status;

	status = plain_piped(argv, NULL,
	    "1\n"		/* home: the self-check */
	    "\n"		/* the introduction: start */
	    "1\n"		/* pattern */
	    "1\n"		/* a doctor told you */
	    "2\n"		/* not changed */
	    "2\n"		/* no skin problem */
	    "\n"		/* the cautions: Enter without an answer */
	    "0\n"		/* none of these */
	    "1\n"		/* shaved */
	    "1\n"		/* fine with a lasting result */
	    "1\n"		/* can manage the cost */
	    "5\n"		/* sure */
	    "1\n"		/* the first topic to read */
	    "b\n"		/* back to the notes */
	    "q\n");
	ok(exited_ok(status), "pattern: q quits with status 0");
	t = strstr(out, "Welcome to the self-check screen test.");
	ok(t != NULL && strstr(t, "\n\nTo choose something, type its number "
	    "and press Enter. After each menu or page, a line says what you "
	    "can type.\n") != NULL && strcasestr(out, "arrow") == NULL,
	    "pattern: the welcome says to type a number, and nothing of "
	    "arrow keys");
	ok(strstr(out, "1. Is SMP worth discussing for me?") != NULL &&
	    strstr(out, "It is not a test") != NULL &&
	    strstr(out, "Press Enter to start the self-check.") != NULL,
	    "pattern: the home item opens the introduction, which says how "
	    "to start");
	ok(strstr(out, "Question 1 of 11\nYour answers may skip some "
	    "questions, so this number can go down.\n\nWhat is the main "
	    "reason") != NULL && strstr(out, "Question 2 of 9\n\n") != NULL &&
	    strstr(out, "Question 9 of 9") != NULL,
	    "pattern: one question at a time, \"Question n of m\": m counts "
	    "what may still come, and a note says so while it may go down");
	ok(strstr(out, "1. My hair is thinning in a pattern") != NULL &&
	    strstr(out, "Type the number of your answer and press Enter.") !=
	    NULL, "pattern: answers by number, the prompt says what to type");
	ok(strstr(out, "Type the numbers of all that apply, with a space "
	    "between them (for example: 1 3), then press Enter. 0: none of "
	    "these.") != NULL && strstr(out, "You may choose more than one.")
	    != NULL, "pattern: a question with more than one answer says "
	    "how to type them");
	ok(count("Do any of these apply to you?") == 2,
	    "pattern: Enter without an answer asks the question again");
	r = last_results();
	ok(*r != '\0', "pattern: the notes");
	common_results(r, "pattern");
	ok(in_panel(r, "- You said you wear your hair shaved or very short.",
	    DISCUSS, DOCTOR), "pattern: the hairstyle note, naming the "
	    "answer, under \"worth discussing\"");
	ok(in_panel(r, NO_NOTE, DOCTOR, THINK) &&
	    !in_panel(r, "You said", DOCTOR, THINK),
	    "pattern: \"0\" chose none of the cautions: no note for the "
	    "doctor, and it says so");
	ok(strstr(r, "Topics to read\n--------------\n1. Pattern hair loss "
	    "in men\n") != NULL, "pattern: the topics to read, numbered");
	t = strstr(out, "Male pattern hair loss is the most common");
	ok(t != NULL && strstr(t, "Type a number to open a related topic") !=
	    NULL, "pattern: 1 opens the first topic, printed whole");
	ok(t != NULL && strstr(t, "Your notes\n") != NULL &&
	    strstr(t, "You said you wear your hair shaved") != NULL,
	    "pattern: b from the topic prints the notes again, still there");
}

/* Cancer treatment, b keeps an answer, wrong input, two cautions. */
static void
test_chemo(void)
{
	char *argv[] = { "--plain", "--content", shipped, "--content",
	    overlay, NULL };
	const char *r, *q2;
	int status;

	status = plain_piped(argv, NULL,
	    "1\n\n"
	    "3\n"		/* cancer treatment */
	    "2\n"		/* less than 6 months ago */
	    "b\n"		/* back, from the skin question */
	    "\n"		/* Enter keeps the answer */
	    "9\n"		/* not an answer */
	    "2\n"		/* no skin problem */
	    "1 7\n"		/* "none" with another: refused */
	    ", ,\n"		/* no number at all: refused */
	    "1 5\n"		/* bleeding, keloids */
	    "2\n"		/* longer hair */
	    "2\n"		/* uneasy about lasting */
	    "3\n"		/* cost: not sure */
	    "1\n"		/* not sure of the best choice */
	    "b\n"		/* from the notes, back to the last question */
	    "\n"		/* and on again */
	    "q\n");
	ok(exited_ok(status), "chemotherapy: q quits with status 0");
	q2 = strstr(out, "Your answer now: 2. Press Enter alone to keep it.");
	ok(q2 != NULL && strstr(out, "When did your cancer treatment end?") <
	    q2, "chemotherapy: b goes back to the question before, its "
	    "answer kept and named by number");
	ok(q2 != NULL && strstr(q2, "Question 3 of 8") != NULL,
	    "chemotherapy: Enter keeps it and goes on");
	ok(strstr(out, "Type one number, from 1 to 3.") != NULL,
	    "chemotherapy: a number that is no answer is refused, saying "
	    "which are");
	ok(count("Type numbers from 1 to 7 with a space between them, or 0 "
	    "alone for none of these.") == 2,
	    "chemotherapy: \"none of these\" with another answer is refused, "
	    "and so is a line of commas");
	ok(strstr(out, "Your answer now: 1. Press Enter alone") != NULL &&
	    strstr(out, "Do you feel ready to decide?") != NULL,
	    "chemotherapy: b from the notes: the last question, still "
	    "answered");
	ok(count("Your notes\n") == 2, "chemotherapy: the notes twice, "
	    "before and after going back");
	r = last_results();
	common_results(r, "chemotherapy");
	ok(in_panel(r, NO_NOTE, DISCUSS, DOCTOR), "chemotherapy: nothing "
	    "to discuss with a provider, and it says so");
	ok(in_panel(r, "- You said you finished cancer treatment less than "
	    "6 months ago.", DOCTOR, THINK),
	    "chemotherapy: the timing note under \"doctor first\"");
	ok(in_panel(r, "- You said you have a bleeding problem", DOCTOR,
	    THINK) && in_panel(r, "- You said you get keloids.", DOCTOR,
	    THINK), "chemotherapy: \"1 5\" chose two cautions, a note each");
	ok(in_panel(r, "- You said a result that lasts for years makes you "
	    "uneasy.", THINK, ALTS) && in_panel(r, "- You said you are not "
	    "sure what the best choice is for you.", THINK, ALTS),
	    "chemotherapy: the permanence and SURE notes under \"think "
	    "about\"");
	ok(strstr(r, "Topics to read") != NULL &&
	    strstr(r, ". After cancer treatment\n") != NULL,
	    "chemotherapy: its topics");
}

/* "!" from a menu and from a question, listed in the help. */
static void
test_notice(void)
{
	char *argv[] = { "--plain", "--content", shipped, "--content",
	    overlay, NULL };
	const char *a, *b;
	int status;

	status = plain_piped(argv, NULL, "!\nb\nh\nb\n1\n\n3\n!\nb\nq\n");
	ok(exited_ok(status), "notice: status 0");
	a = strstr(out, "About this information\n======================\n\n"
	    "General information, not medical advice.");
	ok(a != NULL, "notice: ! on the home menu shows the notice");
	ok(strstr(out, "!            Show that this is general information, "
	    "not medical advice") != NULL, "notice: the help lists !");
	a = a != NULL ? strstr(a + 1, "About this information\n=====") : NULL;
	b = a != NULL ? strstr(a, "Question 2 of 8\n\nWhen did your cancer "
	    "treatment end?") : NULL;
	ok(a != NULL && strstr(out, "When did your cancer treatment end?") <
	    a, "notice: ! in the self-check shows it too");
	ok(b != NULL && strstr(b, "Your answer now") == NULL,
	    "notice: b returns to the same question, still unanswered");
}

/* Languages: the welcome lists them, L switches and keeps the place. */
static void
test_languages(void)
{
	char *argv[] = { "--plain", "--content", good, NULL };
	char *env[] = { localeenv, NULL };
	const char *s;
	int status;

	status = plain_piped(argv, env,
	    "2\n"		/* the welcome: Español */
	    "\n"		/* start */
	    "1\n"		/* the care page */
	    "L\n"		/* the languages */
	    "1\n"		/* English */
	    "b\n"		/* home */
	    "2\n"		/* More pages */
	    "l\n3\n"		/* Français */
	    "1\n"		/* risks: not in French */
	    "q\n");
	ok(exited_ok(status), "languages: status 0");
	ok(strstr(out, "Languages\n---------\n1. English\n2. Español\n"
	    "3. Français\n4. 中文\n") != NULL,
	    "languages: the welcome lists them by number, in their own names");
	ok(strstr(out, "type the number of a language") != NULL,
	    "languages: and its prompt says so");
	s = strstr(out, "Bienvenido al quiosco de prueba de idiomas.");
	ok(s != NULL, "languages: 2 at the welcome: the Spanish welcome");
	if (translated())
		ok(s != NULL && strstr(s, "\n\nPara elegir algo, escriba su "
		    "número y pulse Intro.") != NULL, "languages: and how to "
		    "choose, in Spanish");
	s = s != NULL ? strstr(s, "Mantenga el cuero cabelludo seco") : NULL;
	ok(s != NULL, "languages: Spanish pages from then on");
	if (translated())
		ok(strstr(out, "Inicio\n======") != NULL &&
		    strstr(out, "Escriba un número para abrir un tema "
		    "relacionado") != NULL,
		    "languages: and Spanish interface strings");
	s = s != NULL ? strstr(s, "1. English\n2. Español\n3. Français\n"
	    "4. 中文\n\n") : NULL;
	ok(s != NULL, "languages: L lists the languages");
	s = s != NULL ? strstr(s, "Keep your scalp dry for a few days.") : NULL;
	ok(s != NULL && strstr(out, "Caring for your scalp\n=====") != NULL,
	    "languages: switching keeps the visitor on the same topic");
	s = s != NULL ? strstr(s, "More pages\n=====") : NULL;
	s = s != NULL ? strstr(s, " > Plus de pages\n=====") : NULL;
	ok(s != NULL && strstr(s, "1. Risks in English") != NULL,
	    "languages: l (lower case) to French: the same submenu, in "
	    "French");
	ok(s != NULL && (strstr(s, "Cette page n'est pas encore disponible en "
	    "Français.") != NULL || strstr(s, "This page is not yet "
	    "available in Français.") != NULL) &&
	    strstr(s, "Redness is common for a day or two.") != NULL,
	    "languages: a topic French lacks: the English page, with the "
	    "note");
}

/*
 * L in the self-check opens the languages without a question, and the
 * switch keeps the answers, "I'd rather not say" included: the shipped
 * self-check (first on the home menu of selfcheck-shipped), in English
 * then Spanish.
 */
static void
test_language_in_selfcheck(void)
{
	char *argv[] = { "--plain", "--content", allcontent, "--content",
	    menufix, NULL };
	char *env[] = { localeenv, NULL };
	const char *q2, *langs, *es, *back;
	int status;

	status = plain_piped(argv, env, "\n1\n\n7\nL\n2\nb\nq\n");
	q2 = strstr(out, "Question 2 of 10");
	langs = q2 != NULL ? strstr(q2, "1. English\n2. Español") : NULL;
	es = langs != NULL ? strstr(langs, "¿Le ha dicho un médico qué causa "
	    "su caída del pelo?") : NULL;
	back = es != NULL ? strstr(es, "¿Cuál es la razón principal") : NULL;
	ok(exited_ok(status) && langs != NULL && strstr(out, "y/n") == NULL,
	    "language in the self-check: L lists the languages, no question "
	    "asked");
	ok(es != NULL && strstr(langs, "Pregunta 2 de 10") != NULL,
	    "language in the self-check: the same question, in Spanish, the "
	    "same count");
	ok(back != NULL && strstr(back, "7. Prefiero no decirlo") != NULL &&
	    strstr(back, "Su respuesta actual: 7.") != NULL,
	    "language in the self-check: back, \"I'd rather not say\" is "
	    "still the answer");
}

/* Is text in the results' panel whose heading is panel, before next? */
static int
in_plain_panel(const char *text, const char *panel, const char *next)
{
	const char *r = strstr(out, "Your notes\n"), *p, *n, *t;

	p = r != NULL ? strstr(r, panel) : NULL;
	n = p != NULL ? strstr(p, next) : NULL;
	t = p != NULL ? strstr(p, text) : NULL;
	return t != NULL && n != NULL && t < n;
}

/*
 * "I'd rather not say" on every sensitive question of the shipped
 * self-check leads to its neutral note; in a question with more than
 * one answer it goes alone.
 */
static void
test_decline_plain(void)
{
	char *argv[] = { "--plain", "--content", allcontent, "--content",
	    menufix, NULL };
	char *env[] = { localeenv, NULL };
	static const char *const doctor[] = {
		"You chose not to say why you are looking at SMP.",
		"You chose not to say if a doctor has found the cause.",
		("You chose not to say if you have a skin problem on your "
		    "scalp."),
		"You chose not to say if any of these apply to you.",
		"You chose not to say if any of these apply to your skin.",
	};
	size_t i;
	int status, all = 1;

	status = plain_piped(argv, env, "\n1\n\n7\n4\n2\n4\n8 1\n8\n7\n1\n1\n4\n"
	    "0\nq\n");
	ok(exited_ok(status) && strstr(out, "Type numbers from 1 to 8 with a "
	    "space between them, 0 alone for none of these, or 8 alone for "
	    "\"I'd rather not say\".") != NULL, "decline: \"8 1\" is refused: "
	    "\"I'd rather not say\" goes alone");
	for (i = 0; i < sizeof(doctor) / sizeof(doctor[0]); i++)
		if (!in_plain_panel(doctor[i], "Talk to your doctor or care "
		    "team first\n", "Things to think about\n")) {
			diag("not in the doctor panel: %s", doctor[i]);
			all = 0;
		}
	ok(all, "decline: the five neutral notes, in the doctor panel");
	ok(in_plain_panel("You chose not to say about the cost.",
	    "Things to think about\n", "Other choices"),
	    "decline: the cost, under things to think about");
	ok(strstr(out, "Topics to read\n--------------\n1. Talk to a doctor "
	    "first\n") != NULL, "decline: \"Talk to a doctor first\" to read, "
	    "first");
	status = plain_piped(argv, env, "\n1\n\n3\n5\n2\n0\n0\n1\n1\n1\n0\nq\n");
	ok(exited_ok(status) && in_plain_panel("You chose not to say where "
	    "you are with your cancer treatment.", "Talk to your doctor or "
	    "care team first\n", "Things to think about\n"),
	    "decline: the cancer question's note");
	status = plain_piped(argv, env, "\n1\n\n2\n5\n2\n0\n0\n1\n1\n1\n0\nq\n");
	ok(exited_ok(status) && in_plain_panel("You chose not to say how "
	    "your scar looks.", "Talk to your doctor or care team first\n",
	    "Things to think about\n"), "decline: the scar question's note");
}

/*
 * The answer to "leave the self-check?" in the visitor's language: one
 * question answered, b back to the introduction and b there asks, and
 * word is typed.  Returns 1 when the
 * answers were cleared, 0 when they were kept, -1 when neither was
 * said.
 */
static int
leave_answer(const char *lang, const char *word, const char *cleared,
    const char *kept)
{
	char *argv[] = { "--plain", "--content", scfix, "--lang",
	    (char *)lang, NULL };
	char *env[] = { localeenv, NULL };
	char in[128];
	int status;

	/* Back to the first question, its introduction, and leave. */
	snprintf(in, sizeof(in), "\n1\n\n1\nb\nb\nb\n%s\nq\n", word);
	status = plain_piped(argv, env, in);
	if (!exited_ok(status))
		return -1;
	if (strstr(out, cleared) != NULL && strstr(out, kept) == NULL)
		return 1;
	if (strstr(out, kept) != NULL && strstr(out, cleared) == NULL)
		return 0;
	return -1;
}

/* The first of words whose answer does not do what want says, or NULL. */
static const char *
first_not(const char *lang, const char *const *words, int want,
    const char *cleared, const char *kept)
{
	for (; *words != NULL; words++)
		if (leave_answer(lang, *words, cleared, kept) != want) {
			diag("leave, %s: \"%s\" did not %s the answers", lang,
			    *words, want ? "clear" : "keep");
			return *words;
		}
	return NULL;
}

/* Spanish and French: the question names their yes, which leaves. */
static void
test_leave_translated(void)
{
	static const char *const es_yes[] = { "s", "S", "sí", "SÍ", "Sí",
	    "si", "SI", "y", "yes", "YES", NULL };
	static const char *const es_no[] = { "n", "no", "o", "x", "", NULL };
	static const char *const fr_yes[] = { "o", "O", "oui", "OUI",
	    "Oui", "y", "Yes", NULL };
	static const char *const fr_no[] = { "n", "non", "s", "sí", NULL };
	static const char *const en_yes[] = { "y", "Y", "yes", "YES", NULL };
	static const char *const en_no[] = { "s", "sí", "o", "oui", NULL };
	const char *es_cleared = "\nSe han borrado sus respuestas.\n",
	    *es_kept = "Sigue en la autoevaluación. Se conservan sus "
	    "respuestas.", *fr_cleared = "\nVos réponses ont été effacées.\n",
	    *fr_kept = "Vos réponses sont gardées.",
	    *en_cleared = "\nYour answers are cleared.\n",
	    *en_kept = "Your answers are kept.";

	ok(first_not("en", en_yes, 1, en_cleared, en_kept) == NULL,
	    "leave, English: y and yes, in any case, clear the answers");
	ok(first_not("en", en_no, 0, en_cleared, en_kept) == NULL,
	    "leave, English: the Spanish and French yes keep them");
	if (!translated()) {
		diag("leave, Spanish and French: built without NLS, the "
		    "labels stay English");
		return;
	}
	leave_answer("es", "n", es_cleared, es_kept);
	ok(strstr(out, "¿Salir de la autoevaluación y borrar sus "
	    "respuestas? s: sí, n: no.\n") != NULL,
	    "leave, Spanish: the question names s for sí");
	ok(first_not("es", es_yes, 1, es_cleared, es_kept) == NULL,
	    "leave, Spanish: s, sí, si, y and yes, in any case, clear the "
	    "answers");
	ok(first_not("es", es_no, 0, es_cleared, es_kept) == NULL,
	    "leave, Spanish: n, no, o, x and Enter keep them");
	leave_answer("fr", "n", fr_cleared, fr_kept);
	ok(strstr(out, "Quitter l'auto-évaluation et effacer vos réponses ? "
	    "o : oui, n : non.\n") != NULL,
	    "leave, French: the question names o for oui");
	ok(first_not("fr", fr_yes, 1, fr_cleared, fr_kept) == NULL,
	    "leave, French: o, oui, y and yes, in any case, clear the "
	    "answers");
	ok(first_not("fr", fr_no, 0, fr_cleared, fr_kept) == NULL,
	    "leave, French: n, non and the Spanish s and sí keep them");
}

/* Whether out holds nothing but ASCII. */
static int
out_ascii(void)
{
	const char *s;

	for (s = out; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* The longest line of out, in bytes. */
static size_t
out_widest(void)
{
	const char *s = out, *nl;
	size_t w = 0;

	for (; *s != '\0'; s = *nl != '\0' ? nl + 1 : nl) {
		nl = s + strcspn(s, "\n");
		if ((size_t)(nl - s) > w)
			w = (size_t)(nl - s);
	}
	return w;
}

/*
 * LC_ALL=C, or a Latin-1 locale: what the plain interface prints is
 * folded to ASCII as the screens fold it (i18n_fold(), whose output
 * t-i18n-unit checks: "¿Qué" is "?Que"), never raw UTF-8.
 */
static void
test_not_utf8(void)
{
	char content[4096 + 16];
	char *es[] = { "--plain", "--content", content, "--lang", "es", NULL };
	char *fr[] = { "--plain", "--content", content, "--lang", "fr", NULL };
	char *zh[] = { "--plain", "--content", good, NULL };
	char *c_env[] = { localeenv, "LC_ALL=C", NULL };
	char *narrow_env[] = { localeenv, "LC_ALL=C", "COLUMNS=80", NULL };
	char *latin1_env[] = { localeenv, "LANG=fr_FR.ISO-8859-1", NULL };
	const char *s;
	int status;

	snprintf(content, sizeof(content), "%s/content", srcdir);
	status = plain_piped(es, c_env,
	    "\n"		/* the welcome: start */
	    "4\n"		/* the self-check */
	    "\n1\n"		/* its first question */
	    "q\n");
	ok(exited_ok(status) && out_ascii(),
	    "LC_ALL=C: nothing but ASCII, through the welcome, the home "
	    "menu and the self-check in Spanish");
	ok(strstr(out, "\n1. English\n2. Espanol\n3. Francais\n") != NULL,
	    "LC_ALL=C: the language names folded");
	ok(strstr(out, "\n1. Que es la SMP\n") != NULL &&
	    strstr(out, "\n4. ?Hablar de la SMP en mi caso?\n") !=
	    NULL, "LC_ALL=C: \"Qué\" is \"Que\", \"¿\" is \"?\"");
	ok(strstr(out, "Micropigmentacion capilar (SMP)\n"
	    "===============================\n") != NULL,
	    "LC_ALL=C: the title folded, underlined to its width");
	s = strstr(out, translated() ? "Pregunta 1 de " : "Question 1 of ");
	ok(s != NULL && strstr(s, "\n1. ") != NULL,
	    "LC_ALL=C: a question of the self-check");
	if (translated())
		ok(strstr(out, "Este terminal no usa UTF-8: las letras se "
		    "muestran sin acentos") != NULL && strstr(out,
		    "Escriba un numero y pulse Intro.") != NULL,
		    "LC_ALL=C: the welcome says why, and the interface "
		    "strings are folded too");

	/* "«" folds to "<<": the line is broken again to fit. */
	status = plain_piped(fr, narrow_env, "\n!\nq\n");
	ok(exited_ok(status) && out_ascii() && out_widest() <= 80 &&
	    strstr(out, "la page << A propos de ces pages >> dit") != NULL,
	    "LC_ALL=C, 80 columns: French guillemets folded, and no line "
	    "wider than 80 (the widest: %zu)", out_widest());

	status = plain_piped(zh, c_env, "q\n");
	ok(exited_ok(status) && out_ascii() &&
	    strstr(out, "\n4. ?? (zh)\n") != NULL,
	    "LC_ALL=C: a name without an ASCII form shows its code, as on "
	    "the screens");
	status = plain_piped(fr, latin1_env, "\nq\n");
	ok(exited_ok(status) && out_ascii() &&
	    strstr(out, "\n3. Francais\n") != NULL,
	    "LANG=fr_FR.ISO-8859-1 (not installed): folded to ASCII as well");
}

/* With one language, L says so and stays. */
static void
test_one_language(void)
{
	char *argv[] = { "--plain", "--content", shipped, "--content",
	    overlay, NULL };
	int status;

	status = plain_piped(argv, NULL, "L\nh\nq\n");
	ok(exited_ok(status) && strstr(out, "This kiosk has its pages in "
	    "one language only.") != NULL && strstr(out, "Languages\n") ==
	    NULL, "one language: no list on the welcome; L says why");
	ok(strstr(out, "L            Choose") == NULL,
	    "one language: and the help does not list L");
}

/* What follows the first blank line in s, or "" (s may be NULL). */
static const char *
next_paragraph(const char *s)
{
	const char *p = s != NULL ? strstr(s, "\n\n") : NULL;

	return p != NULL ? p + 2 : "";
}

/*
 * A clinic file in English only: the Spanish About and contact pages
 * give its details under a note, as the screens do.
 */
static void
test_clinic_fallback(void)
{
	char *argv[] = { "--plain", "--lang", "es", "--content", clinic,
	    "--content", clinic_en, NULL };
	char *env[] = { localeenv, NULL };
	const char *note_es = "Los datos de la clínica todavía no están "
	    "disponibles en Español.\n";
	const char *note_en = "The clinic's details are not yet available "
	    "in Español.\n";	/* built without NLS */
	const char *link = "Lingua Clinic runs this kiosk and offers SMP.";
	const char *note, *about, *contact;
	int status;

	status = plain_piped(argv, env, "\n1\nb\n2\nq\n");
	ok(exited_ok(status) && strstr(out, "Quiosco de prueba de la "
	    "clínica\n======") != NULL && strstr(out, "\nLingua Clinic\n\n") !=
	    NULL, "clinic in English only: the Spanish welcome names it");
	note = strstr(out, note_es) != NULL ? note_es : note_en;
	about = strstr(out, note);
	ok(about != NULL && strncmp(next_paragraph(about), "Sobre estas "
	    "páginas\n====", 24) == 0,
	    "clinic in English only: a note above the Spanish About page");
	ok(about != NULL && strstr(about, "Lingua Clinic y este quiosco\n"
	    "---") != NULL && strstr(about, link) != NULL,
	    "clinic in English only: and the relationship statement on it");
	contact = about != NULL ? strstr(about + 1, note) : NULL;
	ok(contact != NULL && strncmp(next_paragraph(contact),
	    "Lingua Clinic\n=====", 19) == 0 && strstr(contact, link) != NULL,
	    "clinic in English only: and above the contact page");
}

/* ---- in a terminal ---- */

static struct scr *
start_dumb(char *const extra[], const char *content2)
{
	char *argv[16];
	char *env[] = { "LANG=C.UTF-8", "TERM=dumb", localeenv, NULL };
	size_t n = 0, i;

	argv[n++] = kiosk;
	for (i = 0; extra != NULL && extra[i] != NULL; i++)
		argv[n++] = extra[i];
	argv[n++] = "--content";
	argv[n++] = content2 == NULL ? shipped : (char *)content2;
	if (content2 == NULL) {
		argv[n++] = "--content";
		argv[n++] = overlay;
	}
	argv[n] = NULL;
	return scr_start(80, 24, argv, env);
}

/* Leaving asks first; no leaves the answers, yes clears them. */
static void
test_leave(void)
{
	struct scr *s = start_dumb(NULL, NULL);
	int status = -1;

	ok(scr_wait_text(s, "1. Is SMP worth discussing for me?", -1),
	    "leave: TERM=dumb, the plain interface");
	scr_type(s, "1\r");
	ok(scr_wait_text(s, "Press Enter to start the self-check", -1),
	    "leave: the introduction");
	scr_type(s, "b\r");
	ok(scr_wait_text(s, "Type a number and press Enter", -1) &&
	    !scr_contains(s, "y/n"),
	    "leave: with nothing answered, b leaves without asking");
	scr_type(s, "1\r\r3\r");
	ok(scr_wait_text(s, "When did your cancer treatment end?", -1),
	    "leave: one answer given");
	scr_type(s, "b\rb\rb\r");
	ok(scr_wait_text(s, "Leave the self-check and clear your answers? y/n",
	    -1), "leave: b back to the introduction, then b there with an "
	    "answer given asks first");
	scr_type(s, "n\r");
	ok(scr_wait_text(s, "You are still in the self-check. Your answers "
	    "are kept.", -1), "leave: n stays");
	scr_type(s, "\r");
	ok(scr_wait_text(s, "Your answer now: 3.", -1),
	    "leave: and the answer is still there");
	scr_type(s, "b\rb\r");
	/* The last line printed: the question of the first time may
	 * still be on the screen above. */
	ok(scr_wait_row(s, 22, "Leave the self-check and clear your answers? "
	    "y/n", -1), "leave: asked again");
	scr_type(s, "y\r");
	ok(scr_wait_text(s, "Your answers are cleared.", -1) &&
	    scr_wait_text(s, "Type a number and press Enter", -1),
	    "leave: y clears them and goes back to the menu");
	scr_type(s, "1\r\r");
	ok(scr_wait_text(s, "Question 1 of 11", -1) &&
	    scr_wait_text(s, "Type the number of your answer", -1) &&
	    !scr_contains(s, "Your answer now"),
	    "leave: opened again, the first question has no answer");
	scr_type(s, "q\r");
	ok(scr_wait_exit(s, -1, &status) && exited_ok(status),
	    "leave: q quits with status 0");
	scr_free(s);
}

/* The idle reset forgets the answers and the language. */
static void
test_idle(void)
{
	struct scr *s;

	s = start_dumb((char *[]){ "--kiosk", "--idle-timeout", "2", NULL },
	    NULL);
	ok(scr_wait_text(s, "1. Is SMP worth discussing for me?", -1),
	    "idle: kiosk, idle 2 s");
	scr_type(s, "1\r\r3\r");
	ok(scr_wait_text(s, "When did your cancer treatment end?", -1),
	    "idle: an answer given");
	ok(scr_wait_text(s, "Still there?", -1) &&
	    scr_wait_gone(s, "cancer treatment", -1) &&
	    scr_wait_text(s, "Welcome to the self-check screen test.", -1),
	    "idle: a warning, then the welcome");
	scr_type(s, "1\r\r");
	ok(scr_wait_text(s, "Question 1 of 11", -1) &&
	    scr_wait_text(s, "Type the number of your answer", -1) &&
	    !scr_contains(s, "Your answer now"),
	    "idle: the self-check again: the answer is gone");
	scr_free(s);

	s = start_dumb((char *[]){ "--kiosk", "--idle-timeout", "2", NULL },
	    good);
	ok(scr_wait_text(s, "type the number of a language", -1),
	    "idle: languages on the welcome");
	scr_type(s, "2\r");
	ok(scr_wait_text(s, "Bienvenido al quiosco", -1), "idle: Spanish");
	ok(scr_wait_gone(s, "Bienvenido", -1) &&
	    scr_wait_text(s, "Welcome to the language test kiosk.", -1),
	    "idle: after the reset, the first language again");
	scr_free(s);
}

/* Whether line (of len bytes) is all c: an underline. */
static int
all_of(const char *line, size_t len, char c)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (line[i] != c)
			return 0;
	return len > 0;
}

/*
 * The underlines in out: 0 when a title or heading that wrapped was
 * underlined under each of its lines (an underline, one line, and the
 * same underline again); 1 when each is underlined once.
 */
static int
underlined_once(const char *text)
{
	const char *l[3], *nl;
	size_t n[3];
	int k = 0;

	while (*text != '\0') {
		nl = strchr(text, '\n');
		l[k % 3] = text;
		n[k % 3] = nl != NULL ? (size_t)(nl - text) : strlen(text);
		if (k >= 2 && (all_of(l[k % 3], n[k % 3], '=') ||
		    all_of(l[k % 3], n[k % 3], '-')) &&
		    all_of(l[(k - 2) % 3], n[(k - 2) % 3], l[k % 3][0]) &&
		    n[(k - 1) % 3] > 0)
			return 0;
		k++;
		if (nl == NULL)
			break;
		text = nl + 1;
	}
	return 1;
}

/* At 20 columns titles wrap; each is underlined once, under it all. */
static void
test_underline_once(void)
{
	char *argv[] = { "--plain", "--content", shipped, NULL };
	char *env[] = { localeenv, "COLUMNS=20", NULL };
	int status;

	status = plain_piped(argv, env, "1\nq\n");
	ok(exited_ok(status) && strstr(out, "\n===") != NULL &&
	    underlined_once(out), "20 columns: a title that wraps is "
	    "underlined once");
}

/*
 * "My questions" as text: a adds a topic's questions, m lists them by
 * number, a number removes one, c clears; no code for a screen reader.
 */
static void
test_my_questions(void)
{
	static char myq[4096 + 64], example[4096 + 64];
	char *argv[] = { "--plain", "--content", allcontent, "--content",
	    example, "--content", myq, NULL };
	char *env[] = { localeenv, NULL };
	const char *list, *removed, *cleared, *wash;
	int st;

	snprintf(myq, sizeof(myq), "%s/tests/fixtures/myq", srcdir);
	snprintf(example, sizeof(example), "%s/examples/clinic-overlay",
	    srcdir);
	st = plain_piped(argv, env, "\n1\na\na\nm\n2\nc\nb\nq\n");
	ok(exited_ok(st), "My questions: the kiosk ends well");
	ok(strstr(out, "type a to add them") != NULL,
	    "My questions: a topic page offers its questions");
	ok(strstr(out, "3 questions added to My questions") != NULL,
	    "My questions: a adds the page's three");
	ok(strstr(out, "This page's questions are in My questions already.") !=
	    NULL, "My questions: a again adds none");
	list = strstr(out, "My questions\n============\n\n1. What aftercare");
	ok(list != NULL && strstr(list, "2. When can I wash") != NULL &&
	    strstr(list, "3. Who do I call") != NULL,
	    "My questions: m lists them by number");
	removed = list != NULL ? strstr(list + 1, "My questions\n=====") :
	    NULL;
	cleared = removed != NULL ? strstr(removed + 1, "My questions\n====") :
	    NULL;
	wash = removed != NULL ? strstr(removed, "When can I wash") : NULL;
	ok(removed != NULL && cleared != NULL &&
	    strstr(removed, "2. Who do I call") < cleared &&
	    (wash == NULL || wash > cleared),
	    "My questions: 2 removes the second");
	ok(cleared != NULL && strstr(cleared, "Your list is empty") != NULL,
	    "My questions: c clears the list");
	ok(strstr(out, "Scan the code") == NULL &&
	    strstr(out, "\u2580") == NULL && strstr(out, "\u2584") == NULL,
	    "My questions: no code in the plain interface");
}

/* The self-check's notes offer the questions of the topics they name. */
static void
test_notes_questions(void)
{
	char *argv[] = { "--plain", "--content", shipped, "--content",
	    overlay, NULL };
	const char *offer, *list;
	int st;

	st = plain_piped(argv, NULL, "1\n\n1\n1\n2\n2\n\n0\n1\n1\n1\n5\n"
	    "a\nm\nq\n");
	ok(exited_ok(st), "notes: the kiosk ends well");
	offer = strstr(out, "The topics in your notes have ");
	ok(offer != NULL && strstr(offer, "type a to add them") != NULL,
	    "notes: the self-check's notes offer their topics' questions");
	list = strstr(out, "My questions\n============\n\n1. ");
	ok(offer != NULL && strstr(offer, "questions added to My questions") !=
	    NULL && list != NULL && strstr(list, "\n2. ") != NULL,
	    "notes: a adds them, and m lists them");
}

int
main(void)
{
	static char tmp[4096], cmd[3 * 4096];

	kiosk = kiosk_path();
	srcdir = src_path("");
	localeenv = locale_env();
	/*
	 * The shipped English alone: with more than one language the
	 * welcome asks for one first, which test_languages covers with
	 * its own fixture.
	 */
	snprintf(tmp, sizeof(tmp), "%s/t-plain.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tmp) == NULL)
		skip_all("mkdtemp failed");
	/* A copy: the loader reads no link that leads out of its root. */
	snprintf(cmd, sizeof(cmd), "cp -R '%s/content/en' '%s/en'", srcdir,
	    tmp);
	if (system(cmd) != 0) {
		rmdir(tmp);
		skip_all("cp -R failed");
	}
	snprintf(shipped, sizeof(shipped), "%s", tmp);
	overlay = fixture_path("selfcheck-screen");
	good = fixture_path("i18n/good");
	allcontent = src_path("content");
	menufix = fixture_path("selfcheck-shipped");
	clinic = fixture_path("i18n/clinic");
	clinic_en = fixture_path("i18n/clinic-en");
	scfix = fixture_path("i18n/selfcheck");
	if ((out = malloc(OUT_MAX)) == NULL)
		skip_all("out of memory");
	test_pattern();
	test_chemo();
	test_notice();
	test_languages();
	test_language_in_selfcheck();
	test_underline_once();
	test_decline_plain();
	test_leave_translated();
	test_my_questions();
	test_notes_questions();
	test_not_utf8();
	test_one_language();
	test_clinic_fallback();
	test_leave();
	test_idle();
	free(out);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	if (system(cmd) != 0)
		diag("%s failed", cmd);
	return tap_done();
}
