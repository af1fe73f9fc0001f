/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include <wordbreak.h>

#include "readability.h"

enum rd_lang
rd_lang_for(const char *code)
{
	if (strncmp(code, "en", 2) == 0 && (code[2] == '\0' || code[2] == '_'))
		return RD_ENGLISH;
	if (strncmp(code, "es", 2) == 0 && (code[2] == '\0' || code[2] == '_'))
		return RD_SPANISH;
	if (strncmp(code, "fr", 2) == 0 && (code[2] == '\0' || code[2] == '_'))
		return RD_FRENCH;
	if (strncmp(code, "de", 2) == 0 && (code[2] == '\0' || code[2] == '_'))
		return RD_GERMAN;
	return RD_OTHER;
}

/*
 * mbrtowc() with a shortcut for ASCII, which is most of the text: in
 * glibc every call goes through iconv, and --check reads every word of
 * every topic.
 */
static size_t
next_wc(wchar_t *wc, const char *s, size_t len, mbstate_t *st)
{
	if ((unsigned char)*s < 0x80) {	/* the state is always initial */
		*wc = (wchar_t)(unsigned char)*s;
		return *s != '\0';
	}
	return mbrtowc(wc, s, len, st);
}

/* ASCII letters and digits without the locale's tables. */
static int
ascii_alpha(wchar_t c)
{
	return (c >= L'a' && c <= L'z') || (c >= L'A' && c <= L'Z');
}

static int
is_digit(wchar_t c)
{
	return c < 0x80 ? c >= L'0' && c <= L'9' : iswdigit((wint_t)c);
}

/* Lower-case letters of a word, at most max of them; returns the count. */
static size_t
letters(const char *s, size_t len, wchar_t *out, size_t max)
{
	mbstate_t st;
	size_t i = 0, n = 0, k;
	wchar_t wc;

	/* A word of ASCII letters, the most of them: no decoding. */
	for (; i < len && n < max && (unsigned char)s[i] < 0x80; i++)
		if (ascii_alpha((unsigned char)s[i]))
			out[n++] = (wchar_t)((unsigned char)s[i] | 0x20);
	memset(&st, 0, sizeof(st));
	while (i < len && n < max) {
		k = next_wc(&wc, s + i, len - i, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof(st));
			i++;
			continue;
		}
		i += k;
		if (wc < 0x80) {
			if (ascii_alpha(wc))
				out[n++] = wc | 0x20;
		} else if (iswalpha((wint_t)wc))
			out[n++] = (wchar_t)towlower((wint_t)wc);
	}
	return n;
}

static int
is_vowel(wchar_t c, enum rd_lang lang)
{
	static const wchar_t en[] = L"aeiouy";
	static const wchar_t es[] = L"aeiouáéíóúü";
	static const wchar_t fr[] = L"aeiouyàâäéèêëîïôöùûüÿœæ";
	static const wchar_t de[] = L"aeiouyäöü";
	const wchar_t *set;

	if (c < 0x80)		/* every set has the same ASCII vowels */
		return c == L'a' || c == L'e' || c == L'i' || c == L'o' ||
		    c == L'u' || (c == L'y' && lang != RD_SPANISH);
	switch (lang) {
	case RD_SPANISH:
		set = es;
		break;
	case RD_FRENCH:
		set = fr;
		break;
	case RD_GERMAN:
		set = de;
		break;
	default:
		set = en;
		break;
	}
	return c != 0 && wcschr(set, c) != NULL;
}

/* a, e, i, o, u and y as bits of the letter's place in a-z. */
#define ASCII_AEIOU	(1u << 0 | 1u << 4 | 1u << 8 | 1u << 14 | 1u << 20)
#define ASCII_Y		(1u << 24)

static int
vowel_groups(const wchar_t *w, size_t n, enum rd_lang lang)
{
	unsigned ascii = ASCII_AEIOU | (lang == RD_SPANISH ? 0 : ASCII_Y), d;
	size_t i;
	int groups = 0, prev = 0, v;

	for (i = 0; i < n; i++) {
		/* Lower-case ASCII by a bit mask; is_vowel() for the rest. */
		d = (unsigned)(w[i] - L'a');
		v = d < 26u ? (int)(ascii >> d & 1u) : w[i] >= 0x80 &&
		    is_vowel(w[i], lang);
		/* A leading y is a consonant: "yes", "yellow". */
		v = v && !(i == 0 && w[i] == L'y');
		if (v && !prev)
			groups++;
		prev = v;
	}
	return groups;
}

/*
 * English: vowel groups, less a silent final e ("make") and the -es and
 * -ed endings that add no syllable ("makes", "played"), but not -le
 * after a consonant ("table") or -es and -ed where they are heard
 * ("boxes", "wanted").
 */
static int
english(wchar_t *w, size_t n)
{
	int g;

	if (n <= 3)
		return 1;
	if (w[n - 1] == L's' && w[n - 2] == L'e' && n > 4 &&
	    !wcschr(L"sxz", w[n - 3]) &&
	    !(wcschr(L"hcg", w[n - 3]) && (w[n - 3] != L'h' ||
	    wcschr(L"cs", w[n - 4]))))
		n -= 2;
	else if (w[n - 1] == L'd' && w[n - 2] == L'e' && n > 4 &&
	    !wcschr(L"td", w[n - 3]))
		n -= 2;
	else if (w[n - 1] == L'e' && !(w[n - 2] == L'l' &&
	    !is_vowel(w[n - 3], RD_ENGLISH)) && w[n - 2] != L'e')
		n--;
	g = vowel_groups(w, n, RD_ENGLISH);
	return g > 0 ? g : 1;
}

static int
strong(wchar_t c)
{
	return c != 0 && wcschr(L"aeoáéó", c) != NULL;
}

/*
 * Spanish: vowel groups, plus one for each hiatus: two strong vowels
 * side by side ("le-o"), or an accented weak vowel beside a strong one
 * ("dí-a").
 */
static int
spanish(const wchar_t *w, size_t n)
{
	int g = vowel_groups(w, n, RD_SPANISH);
	size_t i;

	for (i = 1; i < n; i++)
		if ((strong(w[i - 1]) && strong(w[i])) ||
		    ((w[i - 1] == L'í' || w[i - 1] == L'ú') && strong(w[i])) ||
		    (strong(w[i - 1]) && (w[i] == L'í' || w[i] == L'ú')))
			g++;
	return g > 0 ? g : 1;
}

/* French: vowel groups, less a silent final -e or -es. */
static int
french(const wchar_t *w, size_t n)
{
	int g;

	if (n > 2 && w[n - 1] == L's' && w[n - 2] == L'e')
		n -= 2;
	else if (n > 1 && w[n - 1] == L'e')
		n--;
	g = vowel_groups(w, n, RD_FRENCH);
	return g > 0 ? g : 1;
}

int
syllables(const char *word, size_t len, enum rd_lang lang)
{
	wchar_t w[64];
	size_t n = letters(word, len, w, 63);
	int g;

	w[n] = 0;
	if (n == 0)
		return 1;	/* a number */
	switch (lang) {
	case RD_SPANISH:
		return spanish(w, n);
	case RD_FRENCH:
		return french(w, n);
	case RD_ENGLISH:
		return english(w, n);
	default:
		g = vowel_groups(w, n, lang);
		return g > 0 ? g : 1;
	}
}

static inline int
ascii_word_char(unsigned c)
{
	return (c | 0x20) - 'a' < 26u || c - '0' < 10u || c == '\'' ||
	    c == '-';
}

static int
word_char(wchar_t c)
{
	if (c < 0x80)
		return ascii_word_char((unsigned)c);
	return iswalnum((wint_t)c) || c == L'\u2019';
}

/* "0.1" and "2,000" are one word: a point or comma between digits. */
static int
inside_number(const char *p, wchar_t wc, int prev_digit)
{
	return (wc == L'.' || wc == L',') && prev_digit &&
	    isdigit((unsigned char)p[1]);
}

/* Characters of a word (its UTF-8 lead bytes), marks and all. */
static unsigned long
utf8_chars(const char *s, size_t n)
{
	unsigned long c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/* Marks that end a sentence in the scripts without a formula here. */
static int
sentence_end(wchar_t c)
{
	return c == L'.' || c == L'!' || c == L'?' || c == 0x3002 ||
	    c == 0xff01 || c == 0xff1f || c == 0xff0e || c == 0x061f ||
	    c == 0x06d4 || c == 0x0964 || c == 0x0965 || c == 0x104b ||
	    c == 0x1362;
}

/*
 * Counts for a language without a formula: letters and digits, words
 * by Unicode's word boundaries (a segment with a letter or a digit),
 * sentences at the end marks of any script or at a paragraph or a
 * bullet item.
 */
static void
other_stats(struct text_stats *st, const char *text)
{
	static int tables;
	size_t len = strlen(text), i = 0, k;
	int in_word = 0, open = 0;
	char *brks;
	mbstate_t ms;
	wchar_t wc;

	if (len == 0 || (brks = malloc(len)) == NULL)
		return;
	if (!tables) {
		init_wordbreak();
		tables = 1;
	}
	set_wordbreaks_utf8((const utf8_t *)text, len, NULL, brks);
	memset(&ms, 0, sizeof(ms));
	while (i < len) {
		k = next_wc(&wc, text + i, len - i, &ms);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&ms, 0, sizeof(ms));
			wc = L'?';
			k = 1;
		}
		if (iswalnum((wint_t)wc)) {
			st->chars++;
			in_word = open = 1;
		} else if (sentence_end(wc) && open) {
			st->sentences++;
			open = 0;
		} else if (wc == L'\n' && open && (text[i + 1] == '\n' ||
		    text[i + 1] == '-' || strncmp(text + i + 1, "  -", 3) ==
		    0)) {
			st->sentences++;
			open = 0;
		}
		/* A word ends where a boundary follows its last byte. */
		if (brks[i + k - 1] == WORDBREAK_BREAK && in_word) {
			st->words++;
			in_word = 0;
		}
		i += k;
	}
	if (in_word)
		st->words++;
	if (open)
		st->sentences++;
	free(brks);
}

void
text_stats_add(struct text_stats *st, const char *text, enum rd_lang lang)
{
	const char *p = text, *start = NULL, *end = text + strlen(text);
	int open = 0;		/* a sentence has words not yet ended */
	int prev_digit = 0;
	int wide = 0;		/* the word has characters past ASCII */
	mbstate_t ms;
	wchar_t wc;
	size_t k;

	if (lang == RD_OTHER) {
		other_stats(st, text);
		return;
	}
	memset(&ms, 0, sizeof(ms));
	for (;;) {
		k = *p ? next_wc(&wc, p, (size_t)(end - p), &ms) : 0;
		if (k == (size_t)-1 || k == (size_t)-2) {
			memset(&ms, 0, sizeof(ms));
			wc = L'?';
			k = 1;
		}
		if (k != 0 && ((word_char(wc) && !(wc == L'-' && start ==
		    NULL)) || (start != NULL && inside_number(p, wc,
		    prev_digit)))) {
			if (start == NULL) {
				start = p;
				wide = 0;
			}
			wide |= wc >= 0x80;
			/* The rest of an ASCII word at once. */
			while (ascii_word_char((unsigned char)p[k]))
				wc = (wchar_t)p[k++];
		} else if (start != NULL) {
			st->words++;
			st->chars += wide ? utf8_chars(start, (size_t)(p - start)) :
			    (unsigned long)(p - start);
			st->syllables += (unsigned long)syllables(start,
			    (size_t)(p - start), lang);
			start = NULL;
			open = 1;
		}
		if (k == 0)
			break;
		if ((wc == L'.' || wc == L'!' || wc == L'?') && open &&
		    !inside_number(p, wc, prev_digit)) {
			st->sentences++;
			open = 0;
		}
		/* A paragraph or a bullet item without a stop still ends. */
		if (wc == L'\n' && open && (p[1] == '\n' || p[1] == '-' ||
		    strncmp(p + 1, "  -", 3) == 0)) {
			st->sentences++;
			open = 0;
		}
		prev_digit = is_digit(wc);
		p += k;
	}
	if (open)
		st->sentences++;
}

static double
asl(const struct text_stats *s)
{
	return s->sentences ? (double)s->words / (double)s->sentences : 0;
}

static double
asw(const struct text_stats *s)
{
	return s->words ? (double)s->syllables / (double)s->words : 0;
}

double
flesch_reading_ease(const struct text_stats *s)
{
	return 206.835 - 1.015 * asl(s) - 84.6 * asw(s);
}

double
flesch_kincaid_grade(const struct text_stats *s)
{
	return 0.39 * asl(s) + 11.8 * asw(s) - 15.59;
}

double
fernandez_huerta(const struct text_stats *s)
{
	return 206.84 - 60 * asw(s) - 1.02 * asl(s);
}

double
szigriszt_pazos(const struct text_stats *s)
{
	return 206.835 - 62.3 * asw(s) - asl(s);
}

double
kandel_moles(const struct text_stats *s)
{
	return 207 - 1.015 * asl(s) - 73.6 * asw(s);
}

double
amstad(const struct text_stats *s)
{
	return 180 - asl(s) - 58.5 * asw(s);
}

double
rd_ease(const struct text_stats *s, enum rd_lang lang)
{
	switch (lang) {
	case RD_SPANISH:
		return szigriszt_pazos(s);
	case RD_FRENCH:
		return kandel_moles(s);
	case RD_GERMAN:
		return amstad(s);
	default:
		return flesch_reading_ease(s);
	}
}

const char *
rd_ease_name(enum rd_lang lang)
{
	switch (lang) {
	case RD_SPANISH:
		return "INFLESZ";
	case RD_FRENCH:
		return "Kandel-Moles";
	case RD_GERMAN:
		return "Amstad";
	case RD_ENGLISH:
		return "Flesch";
	default:
		return NULL;
	}
}
