/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unit tests of the syllable counter and the readability formulas. */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <locale.h>
#include <math.h>
#include <string.h>

#include "readability.h"
#include "tap.h"

static void
syl(const char *word, enum rd_lang lang, int want)
{
	is_int(syllables(word, strlen(word), lang), want, word);
}

static int
near(double got, double want, const char *name)
{
	int pass = fabs(got - want) < 0.01;

	ok(pass, "%s", name);
	if (!pass)
		diag("got %.3f, expected %.3f", got, want);
	return pass;
}

static void
stats(const char *text, enum rd_lang lang, unsigned long words,
    unsigned long sentences, unsigned long syllables_, const char *name)
{
	struct text_stats st = { 0, 0, 0, 0 };

	text_stats_add(&st, text, lang);
	ok(st.words == words && st.sentences == sentences &&
	    st.syllables == syllables_, "%s", name);
	if (st.words != words || st.sentences != sentences ||
	    st.syllables != syllables_)
		diag("got %lu words, %lu sentences, %lu syllables; expected "
		    "%lu, %lu, %lu", st.words, st.sentences, st.syllables,
		    words, sentences, syllables_);
}

/* Counts for a language without a formula: words, sentences, characters. */
static void
other(const char *text, unsigned long words, unsigned long sentences,
    unsigned long chars, const char *name)
{
	struct text_stats st = { 0, 0, 0, 0 };

	text_stats_add(&st, text, RD_OTHER);
	if (!ok(st.words == words && st.sentences == sentences &&
	    st.chars == chars, "%s", name))
		diag("got %lu words, %lu sentences, %lu characters; expected "
		    "%lu, %lu, %lu", st.words, st.sentences, st.chars, words,
		    sentences, chars);
}

int
main(void)
{
	struct text_stats st;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		skip_all("no C.UTF-8 locale");

	/* English words with dictionary syllable counts. */
	syl("a", RD_ENGLISH, 1);
	syl("the", RD_ENGLISH, 1);
	syl("cat", RD_ENGLISH, 1);
	syl("hair", RD_ENGLISH, 1);
	syl("scalp", RD_ENGLISH, 1);
	syl("make", RD_ENGLISH, 1);
	syl("makes", RD_ENGLISH, 1);
	syl("times", RD_ENGLISH, 1);
	syl("played", RD_ENGLISH, 1);
	syl("yes", RD_ENGLISH, 1);
	syl("doctor", RD_ENGLISH, 2);
	syl("pigment", RD_ENGLISH, 2);
	syl("tattoo", RD_ENGLISH, 2);
	syl("table", RD_ENGLISH, 2);
	syl("people", RD_ENGLISH, 2);
	syl("wanted", RD_ENGLISH, 2);
	syl("boxes", RD_ENGLISH, 2);
	syl("changes", RD_ENGLISH, 2);
	syl("yellow", RD_ENGLISH, 2);
	syl("keloid", RD_ENGLISH, 2);
	syl("dermis", RD_ENGLISH, 2);
	syl("sessions", RD_ENGLISH, 2);
	syl("every", RD_ENGLISH, 3);
	syl("syllable", RD_ENGLISH, 3);
	syl("beautiful", RD_ENGLISH, 3);
	syl("cosmetic", RD_ENGLISH, 3);
	syl("removal", RD_ENGLISH, 3);
	syl("infection", RD_ENGLISH, 3);
	syl("permanent", RD_ENGLISH, 3);
	syl("granuloma", RD_ENGLISH, 4);
	syl("chemotherapy", RD_ENGLISH, 5);
	syl("micropigmentation", RD_ENGLISH, 6);
	syl("Doctor's", RD_ENGLISH, 2);
	syl("2026", RD_ENGLISH, 1);
	/* Spanish: diphthongs are one syllable, hiatus two. */
	syl("pelo", RD_SPANISH, 2);
	syl("cuero", RD_SPANISH, 2);
	syl("tatuaje", RD_SPANISH, 3);
	syl("día", RD_SPANISH, 2);
	syl("leo", RD_SPANISH, 2);
	syl("micropigmentación", RD_SPANISH, 6);
	/* French: a final -e or -es is silent. */
	syl("cheveux", RD_FRENCH, 2);
	syl("visage", RD_FRENCH, 2);
	syl("médecin", RD_FRENCH, 3);
	syl("peaux", RD_FRENCH, 1);
	/* German. */
	syl("Haut", RD_GERMAN, 1);
	syl("Kopfhaut", RD_GERMAN, 2);
	syl("Ärztin", RD_GERMAN, 2);

	stats("The cat sat on the mat.", RD_ENGLISH, 6, 1, 6,
	    "one simple sentence");
	stats("One. Two! Three?", RD_ENGLISH, 3, 3, 3,
	    "each stop ends a sentence");
	stats("It is 0.1 mm wide.", RD_ENGLISH, 5, 1, 5,
	    "a decimal point does not end a sentence");
	stats("Ask about:\n- the cost\n- touch-ups\n\nA new paragraph",
	    RD_ENGLISH, 8, 4, 12,
	    "bullet items and paragraphs without a stop end sentences");

	/* The formulas, on counts worked out by hand. */
	st.words = 6;
	st.sentences = 1;
	st.syllables = 6;
	near(flesch_reading_ease(&st), 116.145, "Flesch Reading Ease");
	near(flesch_kincaid_grade(&st), -1.45, "Flesch-Kincaid grade");
	st.words = 100;
	st.sentences = 5;
	st.syllables = 150;
	/* ASL 20, ASW 1.5 */
	near(flesch_reading_ease(&st), 206.835 - 20.3 - 126.9,
	    "Flesch Reading Ease, longer text");
	near(flesch_kincaid_grade(&st), 7.8 + 17.7 - 15.59,
	    "Flesch-Kincaid grade, longer text");
	near(fernandez_huerta(&st), 206.84 - 90 - 20.4,
	    "Fernandez-Huerta (corrected formula)");
	near(szigriszt_pazos(&st), 206.835 - 93.45 - 20,
	    "Szigriszt-Pazos / INFLESZ");
	near(kandel_moles(&st), 207 - 20.3 - 110.4, "Kandel-Moles");
	near(amstad(&st), 180 - 20 - 87.75, "Amstad");
	near(rd_ease(&st, RD_SPANISH), szigriszt_pazos(&st),
	    "Spanish uses INFLESZ");
	near(rd_ease(&st, RD_FRENCH), kandel_moles(&st),
	    "French uses Kandel-Moles");
	is_int(rd_lang_for("pt_BR"), RD_OTHER, "no formula for Portuguese");
	is_int(rd_lang_for("zh"), RD_OTHER, "no formula for Chinese");
	is_int(rd_lang_for("he"), RD_OTHER, "no formula for Hebrew");
	ok(rd_ease_name(RD_OTHER) == NULL,
	    "a language without a formula has no reading-ease name");

	/* Without a formula: counts by the script's own units. */
	other("一两天内皮肤发红很常见。请先咨询医生！", 17, 2, 17,
	    "Chinese: each character a word, \"。\" and \"！\" end sentences");
	other("施術の前に、医師に相談してください。", 16, 1, 16,
	    "Japanese: kanji and hiragana one by one");
	other("カウンセリングを受けます。", 6, 1, 12,
	    "Japanese: a run of katakana is one word");
	other("두피 문신은 영구적입니다. 의사와 상담하세요.", 5, 2, 19,
	    "Korean: words between spaces");
	other("הטיפול אינו כואב. שאלו את הרופא.", 6, 2, 25,
	    "Hebrew: words between spaces, \".\" ends a sentence");
	other("هل هو دائم؟ اسأل الطبيب.", 5, 2, 18,
	    "Arabic: \"؟\" ends a sentence");
	/* Characters as the C library classes them: letters and the
	 * vowel signs it counts as letters, not the virama. */
	other("नमस्ते। डॉक्टर से पूछें।", 4, 2, 17,
	    "Hindi: the danda ends a sentence");
	is_int(rd_lang_for("es_MX"), RD_SPANISH, "es_MX is Spanish");

	/* A reference text: 3 sentences, counted by hand. */
	memset(&st, 0, sizeof(st));
	text_stats_add(&st, "SMP is a kind of tattoo. Tiny dots look like "
	    "short hair. It does not grow hair.", RD_ENGLISH);
	/* SMP 1, tiny 2, does 1, tattoo 2, the rest 1 each. */
	ok(st.words == 17 && st.sentences == 3 && st.syllables == 19,
	    "reference text counts");
	near(flesch_kincaid_grade(&st), 0.39 * 17 / 3 + 11.8 * 19 / 17 - 15.59,
	    "reference text grade");
	return tap_done();
}
