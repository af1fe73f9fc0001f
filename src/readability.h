/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Readability formulas for patient text: word, sentence and syllable
 * counts, and the formulas of smp-facts.md section 6 (Flesch Reading
 * Ease and Flesch-Kincaid grade for English, Fernandez-Huerta and
 * Szigriszt-Pazos/INFLESZ for Spanish, Kandel-Moles for French, Amstad
 * for German).  The formulas see only word and sentence length; they
 * do not replace reading by real patients.  No curses here.
 */
#ifndef SMP_READABILITY_H
#define SMP_READABILITY_H

#include <stddef.h>

enum rd_lang {
	RD_ENGLISH,
	RD_SPANISH,
	RD_FRENCH,
	RD_GERMAN,
	RD_OTHER,		/* no formula: counts only */
};

struct text_stats {
	unsigned long words;
	unsigned long sentences;
	unsigned long syllables;	/* not counted for RD_OTHER */
	unsigned long chars;		/* letters and digits */
};

/* The formulas that apply to a language folder such as "es" or "pt_BR". */
enum rd_lang rd_lang_for(const char *code);

/* Syllables in one word (UTF-8, len bytes); at least 1. */
int	syllables(const char *word, size_t len, enum rd_lang);

/*
 * Adds the counts of body text to st.  A sentence ends at . ! or ?, and
 * so does a paragraph or a bullet item that has no such mark.  For
 * RD_OTHER, languages without a formula here, the words are those of
 * Unicode's word boundaries (UAX #29, libunibreak): a word between
 * spaces, each Chinese character or hiragana, a run of katakana, a
 * Korean word; sentences end at the marks of other scripts too
 * ("。", "？", "؟", "।").  Hebrew and Arabic words are between spaces.
 */
void	text_stats_add(struct text_stats *, const char *text, enum rd_lang);

/* The formulas; each needs at least one word and one sentence. */
double	flesch_reading_ease(const struct text_stats *);
double	flesch_kincaid_grade(const struct text_stats *);
double	fernandez_huerta(const struct text_stats *);
double	szigriszt_pazos(const struct text_stats *);
double	kandel_moles(const struct text_stats *);
double	amstad(const struct text_stats *);

/*
 * The reading-ease figure used for a language, and its name.  RD_OTHER
 * has none: its name is NULL, and the figure means nothing.
 */
double	rd_ease(const struct text_stats *, enum rd_lang);
const char *rd_ease_name(enum rd_lang);

#endif
