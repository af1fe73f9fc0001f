/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "clinic.h"
#include "i18n.h"
#include "content-limits.h"
#include "readability.h"
#include "script.h"
#include "selfcheck.h"
#include "search.h"
#include "translation.h"
#include "wrap.h"

/* Where a phrase first appears in a file, case ignored; 0 if nowhere. */
static void
locate(const char *path, const char *phrase, int *line, int *col)
{
	size_t n = strlen(phrase), i, k;
	char buf[8192];
	FILE *fp;

	*line = *col = 0;
	if (path == NULL || (fp = fopen(path, "r")) == NULL)
		return;
	for (k = 1; fgets(buf, sizeof(buf), fp) != NULL; k++)
		for (i = 0; buf[i] != '\0'; i++)
			if (strncasecmp(buf + i, phrase, n) == 0) {
				*line = (int)k;
				*col = (int)i + 1;
				fclose(fp);
				return;
			}
	fclose(fp);
}

/* A case-insensitive search that finds ASCII phrases in UTF-8 text. */
static const char *
find_phrase(const char *text, const char *phrase)
{
	size_t n = strlen(phrase);

	for (; text != NULL && *text != '\0'; text++)
		if (strncasecmp(text, phrase, n) == 0)
			return text;
	return NULL;
}

static void
check_phrases(const struct language *lang, const char *file,
    const char *text, struct diags *d)
{
	int line, col;
	size_t i;

	for (i = 0; i < lang->nforbidden; i++) {
		if (lang->forbidden[i] == NULL ||
		    find_phrase(text, lang->forbidden[i]) == NULL)
			continue;
		locate(file, lang->forbidden[i], &line, &col);
		diag_add(d, DIAG_WARNING, file, line, col, "\"%s\": a medical "
		    "page must not say this (see checks.yaml)",
		    lang->forbidden[i]);
	}
}

/* ---- sources and review data ---- */

/* The host of a url ("https://www.x.org/a" gives "www.x.org"), and its
 * length. */
static const char *
url_host(const char *url, size_t *len)
{
	const char *h = strstr(url, "://"), *at;

	h = h != NULL ? h + 3 : url;
	*len = strcspn(h, "/?#:");
	/* user@host: the host is what follows the last @ */
	while ((at = memchr(h, '@', *len)) != NULL) {
		*len -= (size_t)(at + 1 - h);
		h = at + 1;
	}
	return h;
}

/* Is host (len bytes) domain, or a subdomain of it?  Case ignored. */
static int
on_domain(const char *host, size_t len, const char *domain)
{
	size_t n = strlen(domain);

	if (n == 0 || len < n || strncasecmp(host + len - n, domain, n) != 0)
		return 0;
	return len == n || host[len - n - 1] == '.';
}

/* The checks.yaml domain that url is on, or NULL. */
static const char *
bad_domain(const struct language *lang, const char *url)
{
	size_t i, len;
	const char *host = url_host(url, &len);

	for (i = 0; i < lang->nbad_domains; i++)
		if (lang->bad_domains[i] != NULL &&
		    on_domain(host, len, lang->bad_domains[i]))
			return lang->bad_domains[i];
	return NULL;
}

/*
 * A source must say its kind; a study or review its DOI or PubMed id,
 * so that a reader can find it; and no link may go to a site the
 * language's checks.yaml lists under bad_domains (mirrors, shops,
 * tabloids).  Plain http is a warning: the link may be changed on
 * its way.
 */
static void
check_source(const struct language *lang, const char *file,
    const struct source *s, struct diags *d)
{
	const char *dom;

	if (s->kind == SOURCE_UNKNOWN)
		diag_add(d, DIAG_ERROR, file, s->line, s->col, "this source "
		    "needs a kind: study, review, guideline, standard, "
		    "health-service, regulator, professional-body, law, "
		    "clinic, industry or forum");
	else if (source_kind_needs_id(s->kind) && s->doi == NULL &&
	    s->pmid == NULL)
		diag_add(d, DIAG_ERROR, file, s->line, s->col, "a source of "
		    "kind %s needs a doi or a pmid, so that readers can find "
		    "it", source_kind_name(s->kind));
	if (s->url == NULL)
		return;
	if ((dom = bad_domain(lang, s->url)) != NULL)
		diag_add(d, DIAG_ERROR, file, s->line, s->col, "%s is on %s, "
		    "which checks.yaml lists under bad_domains: link the "
		    "original publisher", s->url, dom);
	if (strncmp(s->url, "http://", 7) == 0)
		diag_add(d, DIAG_WARNING, file, s->line, s->col, "%s is plain "
		    "http: link the https address", s->url);
}

/*
 * The review data of a page (a topic, the FAQ, the self-check): its
 * sources, and whether its next review has passed.  With required,
 * each missing field is an error: the loader lets an old overlay's
 * FAQ go without them, --check does not.
 */
static void
check_review(const struct language *lang, const char *file,
    const struct review *r, int required, const struct check_opts *o,
    struct diags *d)
{
	static const char *const names[] = {
		"sources", "reviewed", "next_review", "reviewer",
	};
	const int missing[] = {
		r->nsources == 0, r->reviewed == 0, r->next_review == 0,
		r->reviewer == NULL,
	};
	char due[11];
	size_t i;

	for (i = 0; required && i < 4; i++)
		if (missing[i])
			diag_add(d, DIAG_ERROR, file, r->line, r->col, "this "
			    "file needs \"%s\": the common questions and the "
			    "self-check carry review data as topics do",
			    names[i]);
	if (r->next_review != 0 && r->next_review < o->today) {
		date_format(r->next_review, due);
		diag_add(d, DIAG_WARNING, file, 0, 0, "the next review was "
		    "due on %s", due);
	}
	for (i = 0; i < r->nsources; i++)
		check_source(lang, file, &r->sources[i], d);
}

/* Adds the sources of r to counts, by kind. */
static void
count_kinds(const struct review *r, size_t counts[SOURCE_NKINDS])
{
	size_t i;

	for (i = 0; i < r->nsources; i++)
		if (r->sources[i].kind < SOURCE_NKINDS)
			counts[r->sources[i].kind]++;
}

/* The --report table of a language's sources by kind. */
static void
report_kinds(FILE *fp, const size_t counts[SOURCE_NKINDS])
{
	size_t k, total = 0;

	/* TRANSLATORS: the heading of the --check --report table of
	 * sources by kind: KIND at most 18 characters, SOURCES 7. */
	fprintf(fp, "\n%-18s %7s\n", _("KIND"), _("SOURCES"));
	for (k = 0; k < SOURCE_NKINDS; k++) {
		total += counts[k];
		if (counts[k] > 0)
			fprintf(fp, "%-18s %7zu\n", source_kind_name(
			    (enum source_kind)k), counts[k]);
	}
	/* TRANSLATORS: the last row of that table, at most 18 characters. */
	fprintf(fp, "%-18s %7zu\n", _("(all)"), total);
}

/* ---- questions to ask ---- */

/* Does s end with a question mark: ASCII, full-width, Arabic, Greek? */
static int
ends_with_question(const char *s, const char *code)
{
	static const char *const marks[] = { "?", "\xef\xbc\x9f",
	    "\xd8\x9f", "\xcd\xbe" };
	size_t len = strlen(s), i, n;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '"' ||
	    s[len - 1] == ')'))
		len--;
	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		n = strlen(marks[i]);
		if (len >= n && memcmp(s + len - n, marks[i], n) == 0)
			return 1;
	}
	/* Greek writes its question mark as a semicolon. */
	return strncmp(code, "el", 2) == 0 && len > 0 && s[len - 1] == ';';
}

/* A question to ask that does not end as a question is a warning. */
static void
check_ask(const struct language *lang, const struct topic *t,
    struct diags *d)
{
	int line, col;
	size_t i;

	for (i = 0; i < t->nask; i++) {
		if (t->ask[i] == NULL || ends_with_question(t->ask[i],
		    lang->code))
			continue;
		locate(t->file, t->ask[i], &line, &col);
		diag_add(d, DIAG_WARNING, t->file, line, col, "\"%s\": a "
		    "question to ask ends with a question mark", t->ask[i]);
	}
}

/* ---- clinical sign-off ---- */

/*
 * The pages a sign-off names must exist: a topic of the language (or
 * of the default language, which it may show), faq, selfcheck or all.
 */
static void
check_sign_off_pages(const struct language *lang, const struct language *def,
    struct diags *d)
{
	const struct sign_off *s;
	const char *id;
	size_t i, k;

	for (i = 0; i < lang->clinic->nsign_offs; i++) {
		s = &lang->clinic->sign_offs[i];
		for (k = 0; k < s->npages; k++) {
			if ((id = s->pages[k].id) == NULL ||
			    strcmp(id, "all") == 0 ||
			    (strcmp(id, "faq") == 0 && lang->faq != NULL) ||
			    (strcmp(id, "selfcheck") == 0 &&
			    lang->selfcheck != NULL) ||
			    language_topic(lang, id) != NULL ||
			    (def != NULL && language_topic(def, id) != NULL))
				continue;
			diag_add(d, DIAG_ERROR, lang->clinic_file,
			    s->pages[k].line, s->pages[k].col, "the sign-off "
			    "names \"%s\", a page %s does not have (a topic "
			    "id, faq, selfcheck or all)", id, lang->code);
		}
	}
}

/*
 * --require-sign-off: a page of lang without a sign-off in lang's own
 * clinic file dated on or after its review is an error.
 */
static void
require_sign_off(const struct language *lang, const char *page,
    const char *file, const struct review *r, struct diags *d)
{
	const struct clinic *c = lang->clinic_fallback ? NULL : lang->clinic;
	char date[11];

	if (clinic_sign_off(c, page, r->reviewed) != NULL)
		return;
	date_format(r->reviewed, date);
	if (c == NULL)
		diag_add(d, DIAG_ERROR, file, r->line, r->col, "no clinical "
		    "sign-off: %s has no clinic.yaml of its own to record one "
		    "(--require-sign-off)", lang->code);
	else if (r->reviewed == 0)
		diag_add(d, DIAG_ERROR, file, r->line, r->col, "no clinical "
		    "sign-off of \"%s\" in %s (--require-sign-off)", page,
		    lang->clinic_file);
	else
		diag_add(d, DIAG_ERROR, file, r->line, r->col, "no clinical "
		    "sign-off of \"%s\" dated on or after %s in %s "
		    "(--require-sign-off)", page, date, lang->clinic_file);
}

/* ---- reachability ---- */

static void
reach_topic(const struct topic *t, const struct language *lang,
    unsigned char *seen)
{
	size_t i;

	if (!language_owns_topic(lang, t))
		return;		/* shown from the default language */
	i = (size_t)(t - lang->topics);
	if (seen[i])
		return;
	seen[i] = 1;
	for (i = 0; i < t->nrelated; i++)
		if (t->related[i] != NULL)
			reach_topic(t->related[i], lang, seen);
}

static void
reach_menu(const struct menu *m, const struct language *lang,
    unsigned char *seen)
{
	size_t i;

	for (i = 0; i < m->n; i++) {
		const struct menu_item *it = &m->items[i];

		if (it->kind == MENU_TOPIC && it->topic != NULL)
			reach_topic(it->topic, lang, seen);
		else if (it->kind == MENU_SUBMENU && it->sub != NULL)
			reach_menu(it->sub, lang, seen);
		else if (it->kind == MENU_SHOW && it->show == SHOW_FAQ &&
		    lang->faq != NULL) {
			size_t k;

			for (k = 0; k < lang->faq->n; k++)
				if (lang->faq->entries[k].topic != NULL)
					reach_topic(lang->faq->entries[k].topic,
					    lang, seen);
		}
	}
}

/* ---- labels that a 40-column screen cuts ---- */

/*
 * A label wider than a menu row on the smallest screen: a menu item's
 * own title (title 0) or a topic's title that a menu shows (title 1).
 */
static void
label_width(const char *file, int line, int col, int title,
    const char *text, struct diags *d)
{
	const char *more;
	int w, n;

	if (text == NULL || (w = utf8_width(text, strlen(text))) <=
	    LIMIT_LABEL_COLS)
		return;
	/* The first 40 columns, never half a character. */
	n = (int)utf8_fit(text, strlen(text), 40);
	more = text[n] != '\0' ? "..." : "";
	if (title)
		diag_add(d, DIAG_WARNING, file, line, col, "the title "
		    "\"%.*s%s\" is %d columns wide: a %d-column screen shows "
		    "%d of them in a menu and cuts the rest; shorten it to at "
		    "most %d", n, text, more, w, LIMIT_SCREEN_COLS,
		    LIMIT_LABEL_COLS, LIMIT_LABEL_COLS);
	else
		diag_add(d, DIAG_WARNING, file, line, col, "the menu label "
		    "\"%.*s%s\" is %d columns wide: a %d-column screen shows "
		    "%d of them and cuts the rest; shorten it to at most %d",
		    n, text, more, w, LIMIT_SCREEN_COLS, LIMIT_LABEL_COLS,
		    LIMIT_LABEL_COLS);
}

/*
 * Labels wider than a menu row on the smallest screen: an item's own
 * title, or the title of the topic it opens when it gives none (the
 * message then names the topic's file, where it is written).  A page
 * wraps its title; only menus cut.
 */
static void
check_menu_labels(const struct language *lang, const struct menu *m,
    struct diags *d)
{
	const struct menu_item *it;
	int line, col;
	size_t i;

	for (i = 0; i < m->n; i++) {
		it = &m->items[i];
		if (it->kind == MENU_TOPIC && it->topic != NULL &&
		    it->title != NULL && it->topic->title != NULL &&
		    strcmp(it->title, it->topic->title) == 0) {
			if (it->title != NULL && utf8_width(it->title,
			    strlen(it->title)) > LIMIT_LABEL_COLS) {
				locate(it->topic->file, it->title, &line, &col);
				label_width(it->topic->file, line, col, 1,
				    it->title, d);
			}
		} else
			label_width(lang->index_file, it->line, it->col, 0,
			    it->title, d);
		if (it->kind == MENU_SUBMENU && it->sub != NULL)
			check_menu_labels(lang, it->sub, d);
	}
}

/* ---- per language ---- */

static void
menu_phrases(const struct language *lang, const struct menu *m,
    const char *file, struct diags *d)
{
	size_t i;

	for (i = 0; i < m->n; i++) {
		check_phrases(lang, file, m->items[i].title, d);
		check_phrases(lang, file, m->items[i].summary, d);
		if (m->items[i].kind == MENU_SUBMENU && m->items[i].sub)
			menu_phrases(lang, m->items[i].sub, file, d);
	}
}

static void
topic_stats(const struct topic *t, enum rd_lang rl, struct text_stats *st)
{
	size_t i;

	memset(st, 0, sizeof(*st));
	for (i = 0; i < t->nsections; i++)
		if (t->sections[i].when != WHEN_CLINIC)
			text_stats_add(st, t->sections[i].body, rl);
	if (t->evidence != NULL)
		text_stats_add(st, t->evidence, rl);
	for (i = 0; i < t->nask; i++)
		text_stats_add(st, t->ask[i], rl);
}

static void
report_head(FILE *fp, const struct language *lang, enum rd_lang rl)
{
	fprintf(fp, "\n%s (%s)\n", lang->code, lang->name);
	if (rl == RD_OTHER) {
		/* No formula: characters, words and sentences instead. */
		fprintf(fp, "%s\n", _("No readability formula for this "
		    "language: characters, words and sentences only."));
		/* TRANSLATORS: column headings of --check --report for a
		 * language without a readability formula: SENT. (sentences)
		 * at most 5 characters, CHARS 8. */
		fprintf(fp, "%-28s %5s %8s %6s %7s  %-10s  %-10s\n",
		    _("TOPIC"), _("SENT."), _("CHARS"), _("WORDS"),
		    _("SOURCES"), _("REVIEWED"), _("NEXT"));
		return;
	}
	/* TRANSLATORS: the column headings of the --check --report table,
	 * in capitals: TOPIC at most 28 characters, GRADE 5, WORDS 6,
	 * SOURCES 7, REVIEWED and NEXT 10. */
	fprintf(fp, "%-28s %5s %8s %6s %7s  %-10s  %-10s\n", _("TOPIC"),
	    rl == RD_ENGLISH ? _("GRADE") : "", rd_ease_name(rl), _("WORDS"),
	    _("SOURCES"), _("REVIEWED"), _("NEXT"));
}

static void
report_row(FILE *fp, const char *name, const struct text_stats *st,
    enum rd_lang rl, size_t sources, int reviewed, int next)
{
	char grade[16] = "", a[11] = "", b[11] = "";

	if (rl == RD_ENGLISH)
		snprintf(grade, sizeof(grade), "%.1f", flesch_kincaid_grade(st));
	if (reviewed)
		date_format(reviewed, a);
	if (next)
		date_format(next, b);
	if (rl == RD_OTHER)
		fprintf(fp, "%-28.28s %5lu %8lu %6lu %7zu  %-10s  %-10s\n",
		    name, st->sentences, st->chars, st->words, sources, a, b);
	else
		fprintf(fp, "%-28.28s %5s %8.1f %6lu %7zu  %-10s  %-10s\n",
		    name, grade, rd_ease(st, rl), st->words, sources, a, b);
}

/*
 * The reading-ease figure below which a language's text is flagged:
 * INFLESZ 55 is the bottom of "normal" for Spanish; the Flesch-style
 * scales of French (Kandel-Moles) and German (Amstad) put plain text
 * at 60 and above.  min_ease, when set, replaces them all.
 */
static double
min_ease_for(enum rd_lang rl, const struct check_opts *o)
{
	if (o->min_ease > 0)
		return o->min_ease;
	switch (rl) {
	case RD_SPANISH:
		return 55;
	case RD_FRENCH:
	case RD_GERMAN:
		return 60;
	default:
		return 0;
	}
}

/* The reading level of a file's text against the limits. */
static void
check_level(const char *file, const struct text_stats *st, enum rd_lang rl,
    const struct check_opts *o, struct diags *d)
{
	double v;

	if (st->words == 0)
		return;
	if (rl == RD_ENGLISH && (v = flesch_kincaid_grade(st)) > o->max_grade)
		diag_add(d, DIAG_WARNING, file, 0, 0, "reading grade %.1f "
		    "is above %.1f: use shorter sentences and words", v,
		    o->max_grade);
	else if (rl != RD_ENGLISH && rl != RD_OTHER &&
	    (v = rd_ease(st, rl)) < min_ease_for(rl, o))
		diag_add(d, DIAG_WARNING, file, 0, 0, "%s reading ease "
		    "%.1f is below %.1f: use shorter sentences and words",
		    rd_ease_name(rl), v, min_ease_for(rl, o));
}

/*
 * Right-to-left words in a page: terminals show them in the wrong
 * order (script.h).  One warning per page, at the first.
 */
static void
check_rtl(const struct topic *t, struct diags *d)
{
	const char *texts[4 + 2 * 64], *p = NULL;
	char ch[8];
	size_t i, n = 0, k;
	int line, col;

	texts[n++] = t->title;
	texts[n++] = t->summary;
	texts[n++] = t->evidence;
	for (i = 0; i < t->nsections && n + 2 < sizeof(texts) /
	    sizeof(texts[0]); i++) {
		texts[n++] = t->sections[i].heading;
		texts[n++] = t->sections[i].body;
	}
	for (i = 0; i < n && p == NULL; i++)
		p = script_find_rtl(texts[i]);
	if (p == NULL)
		return;
	for (k = 1; k < 4 && ((unsigned char)p[k] & 0xc0) == 0x80; k++)
		;
	memcpy(ch, p, k);
	ch[k] = '\0';
	locate(t->file, ch, &line, &col);
	diag_add(d, DIAG_WARNING, t->file, line, col, "right-to-left text "
	    "(Hebrew, Arabic...) shows in the wrong order on a terminal: "
	    "write it in Latin letters, or leave it out");
}

static void
check_topic(const struct language *lang, const struct topic *t,
    const struct check_opts *o, enum rd_lang rl, struct text_stats *st,
    struct diags *d)
{
	size_t i;

	topic_stats(t, rl, st);
	/* A copy of the default language's page is not read as this
	 * language's text: its status says it is untranslated. */
	if (t->tr != TR_UNTRANSLATED)
		check_level(t->file, st, rl, o, d);
	check_review(lang, t->file, &t->rev, 0, o, d);
	check_rtl(t, d);
	check_phrases(lang, t->file, t->title, d);
	check_phrases(lang, t->file, t->summary, d);
	for (i = 0; i < t->nsections; i++) {
		check_phrases(lang, t->file, t->sections[i].heading, d);
		check_phrases(lang, t->file, t->sections[i].body, d);
	}
	check_phrases(lang, t->file, t->evidence, d);
	for (i = 0; i < t->nask; i++)
		check_phrases(lang, t->file, t->ask[i], d);
	check_ask(lang, t, d);
	if (o->require_sign_off)
		require_sign_off(lang, t->id, t->file, &t->rev, d);
}

struct sc_walk {
	const struct language	*lang;
	struct diags		*d;
	struct text_stats	*st;
	enum rd_lang		 rl;
};

/*
 * Every text gets the checks.yaml phrases; the reading level counts
 * what reads as prose (is_body): the questions, their help, the notes,
 * the introduction and the closing; not the answers' labels or the
 * headings, which are not sentences.
 */
static void
sc_check_text(const struct sc_walk *w, const char *text, int is_body)
{
	check_phrases(w->lang, w->lang->selfcheck_file, text, w->d);
	if (is_body && text != NULL)
		text_stats_add(w->st, text, w->rl);
}

/* Every text of the self-check a visitor may see. */
static void
sc_check_texts(const struct sc_walk *w, const struct selfcheck *sc)
{
	const struct sc_question *q;
	const struct sc_answer *a;
	size_t i;

	sc_check_text(w, sc->title, 0);
	sc_check_text(w, sc->introduction, 1);
	for (i = 0; i < SC_NPANELS; i++)
		sc_check_text(w, sc->panel[i], 0);
	for (q = sc->questions; q != NULL && q < sc->questions +
	    sc->nquestions; q++) {
		sc_check_text(w, q->text, 1);
		sc_check_text(w, q->help, 1);
		for (a = q->answers; a != NULL && a < q->answers +
		    q->nanswers; a++) {
			sc_check_text(w, a->label, 0);
			for (i = 0; i < a->nnotes; i++) {
				sc_check_text(w, a->notes[i].because, 1);
				sc_check_text(w, a->notes[i].text, 1);
			}
		}
	}
	sc_check_text(w, sc->alternatives_title, 0);
	sc_check_text(w, sc->alternatives, 1);
	sc_check_text(w, sc->closing, 1);
}

/*
 * The phrases of checks.yaml in every text of the self-check, and its
 * reading level, held to the same limits as a topic's.
 */
static void
check_selfcheck(const struct language *lang, const struct check_opts *o,
    enum rd_lang rl, struct text_stats *st, struct diags *d)
{
	struct sc_walk w = { lang, d, st, rl };
	const char *f = lang->selfcheck_file;

	memset(st, 0, sizeof(*st));
	if (lang->selfcheck == NULL || f == NULL)
		return;
	sc_check_texts(&w, lang->selfcheck);
	check_level(f, st, rl, o, d);
	check_review(lang, f, &lang->selfcheck->rev, 1, o, d);
}

/* ---- completeness of a translation ---- */

/* Appends ", id" to a list kept for the summary line. */
static void
list_add(char *buf, size_t size, const char *id)
{
	size_t len = strlen(buf);

	if (len + 1 >= size)
		return;
	snprintf(buf + len, size - len, "%s%s", len > 0 ? ", " : "", id);
	if (strlen(buf) + 1 >= size && size > 4)
		memcpy(buf + size - 4, "...", 4);
}

/* The pages of a translation by status, for the summary line. */
struct tr_lists {
	char	 list[3][512];	/* untranslated, outdated, not marked */
	size_t	 n[3];
};

/*
 * A translated file (a topic, the FAQ, the self-check) against src, its
 * source in the default language: a warning that says what to do for a
 * copy, an outdated file and one that does not say what it was made
 * from.
 */
static void
file_status(enum tr_status s, const char *file, const char *src,
    struct diags *d)
{
	switch (s) {
	case TR_UNTRANSLATED:
		diag_add(d, DIAG_WARNING, file, 0, 0, "untranslated: its text "
		    "is that of %s; translate it", src);
		break;
	case TR_OUTDATED:
		diag_add(d, DIAG_WARNING, file, 0, 0, "outdated: %s has "
		    "changed since this page was translated; bring it up to "
		    "date, then run smp-kiosk --mark-translated %s", src, file);
		break;
	case TR_UNMARKED:
		diag_add(d, DIAG_WARNING, file, 0, 0, "nothing says which "
		    "version of %s this translates: check it against that "
		    "page, then run smp-kiosk --mark-translated %s", src, file);
		break;
	case TR_SOURCE:
	case TR_MISSING:
	case TR_CURRENT:
		break;
	}
}

/* The same for a topic, counted in the summary's lists. */
static enum tr_status
page_status(const struct topic *t, const struct topic *src,
    const struct language *def, struct diags *d, struct tr_lists *ts)
{
	int k;

	switch (t->tr) {
	case TR_UNTRANSLATED:
		/* The kiosk shows a topic's copy as the source page. */
		diag_add(d, DIAG_WARNING, t->file, 0, 0, "untranslated: the "
		    "text is that of %s; translate it, or delete the file "
		    "(the kiosk shows the %s page with a note either way)",
		    src->file, def->code);
		k = 0;
		break;
	case TR_OUTDATED:
	case TR_UNMARKED:
		file_status(t->tr, t->file, src->file, d);
		k = t->tr == TR_OUTDATED ? 1 : 2;
		break;
	default:
		return t->tr;
	}
	list_add(ts->list[k], sizeof(ts->list[k]), t->id);
	ts->n[k]++;
	return t->tr;
}

static void
tr_summary(FILE *fp, const struct tr_lists *ts)
{
	if (ts->n[0] > 0)
		/* TRANSLATORS: in the --check summary: pages of a
		 * translation whose text is still the default language's. */
		fprintf(fp, _("; untranslated %zu: %s"), ts->n[0],
		    ts->list[0]);
	if (ts->n[1] > 0)
		fprintf(fp, _("; outdated %zu: %s"), ts->n[1], ts->list[1]);
	if (ts->n[2] > 0)
		/* TRANSLATORS: in the --check summary: translated pages
		 * that do not record which version of the original they
		 * translate (see --mark-translated). */
		fprintf(fp, _("; not marked %zu: %s"), ts->n[2], ts->list[2]);
}

/*
 * Whether the interface (keys, help, notes) has a message catalog for
 * a content language where this kiosk looks; English needs none.
 */
static int
has_catalog(const struct language *lang)
{
	if (strncmp(lang->code, "en", 2) == 0 && (lang->code[2] == '\0' ||
	    lang->code[2] == '_'))
		return 1;
	return i18n_has_catalog(lang->code);
}

/* The items of a menu that every language has: not the clinic page,
 * which only a language with clinic data shows. */
static size_t
menu_items(const struct menu *m, const struct menu_item **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < m->n && n < max; i++)
		if (m->items[i].kind != MENU_SHOW ||
		    m->items[i].show != SHOW_CLINIC)
			out[n++] = &m->items[i];
	return n;
}

static int
same_item(const struct menu_item *a, const struct menu_item *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == MENU_TOPIC)
		return a->topic != NULL && b->topic != NULL &&
		    strcmp(a->topic->id, b->topic->id) == 0;
	if (a->kind == MENU_SHOW)
		return a->show == b->show;
	return 1;
}

/*
 * A translation's menus must have the default language's items in the
 * same order: that is how a visitor who changes language keeps their
 * place, and how the digits keep their meaning.  Reports the first
 * difference in each menu.
 */
static void
compare_menus(const struct language *lang, const struct menu *m,
    const struct language *def, const struct menu *dm, struct diags *d)
{
	const struct menu_item *a[64], *b[64];
	size_t na = menu_items(dm, a, 64), nb = menu_items(m, b, 64), i;

	for (i = 0; i < na && i < nb; i++) {
		if (!same_item(a[i], b[i])) {
			diag_add(d, DIAG_WARNING, lang->index_file, b[i]->line,
			    b[i]->col, "menu item %zu is not the one %s has "
			    "there (%s): keep the same items in the same order",
			    i + 1, def->code, a[i]->title ? a[i]->title : "");
			return;
		}
		if (a[i]->kind == MENU_SUBMENU && a[i]->sub != NULL &&
		    b[i]->sub != NULL)
			compare_menus(lang, b[i]->sub, def, a[i]->sub, d);
	}
	if (na != nb)
		diag_add(d, DIAG_WARNING, lang->index_file,
		    nb > 0 ? b[nb - 1]->line : 0, nb > 0 ? b[nb - 1]->col : 0,
		    "this menu has %zu items, and %s's has %zu", nb, def->code,
		    na);
}

/*
 * What a translation lacks (topics, the FAQ, the clinic's details),
 * adds, or has reviewed before its source in the default language
 * was: each is a warning (so --strict fails) and the summary line
 * lists them.
 */
static void
check_translation(const struct language *lang, const struct language *def,
    const struct check_opts *o, struct diags *d)
{
	char missing[512] = "", extra[512] = "", older[512] = "";
	struct tr_lists ts;
	char a[11], b[11];
	const struct topic *t, *src;
	size_t i, nmissing = 0, nextra = 0, nolder = 0, have = 0;

	memset(&ts, 0, sizeof(ts));
	for (i = 0; i < def->ntopics; i++) {
		src = &def->topics[i];
		if ((t = language_topic(lang, src->id)) == NULL) {
			diag_add(d, DIAG_WARNING, lang->index_file, 0, 0,
			    "topic \"%s\" is not translated into %s (%s); "
			    "the kiosk shows the %s page with a note", src->id,
			    lang->code, lang->name, def->code);
			list_add(missing, sizeof(missing), src->id);
			nmissing++;
			continue;
		}
		if (page_status(t, src, def, d, &ts) == TR_UNTRANSLATED)
			continue;
		have++;
		/* Without a record of its source's version, the dates are
		 * all there is to go by. */
		if (t->tr == TR_UNMARKED && t->rev.reviewed != 0 &&
		    src->rev.reviewed != 0 &&
		    t->rev.reviewed < src->rev.reviewed) {
			date_format(t->rev.reviewed, a);
			date_format(src->rev.reviewed, b);
			diag_add(d, DIAG_WARNING, t->file, 0, 0, "reviewed on "
			    "%s, before its %s source (reviewed on %s): check "
			    "it against %s", a, def->code, b, src->file);
			list_add(older, sizeof(older), t->id);
			nolder++;
		}
	}
	for (i = 0; i < lang->ntopics; i++)
		if (language_topic(def, lang->topics[i].id) == NULL) {
			diag_add(d, DIAG_WARNING, lang->topics[i].file, 0, 0,
			    "topic \"%s\" has no source in %s, the default "
			    "language", lang->topics[i].id, def->code);
			list_add(extra, sizeof(extra), lang->topics[i].id);
			nextra++;
		}
	compare_menus(lang, &lang->home, def, &def->home, d);
	if (lang->faq_fallback)
		diag_add(d, DIAG_WARNING, lang->index_file, 0, 0, "the common "
		    "questions are not translated into %s (no faq.yaml); the "
		    "kiosk shows the %s ones with a note", lang->code,
		    def->code);
	else if (def->faq != NULL && lang->faq != NULL &&
	    def->faq->n != lang->faq->n)
		diag_add(d, DIAG_WARNING, lang->faq_file, 0, 0, "%zu common "
		    "questions, but %s has %zu", lang->faq->n, def->code,
		    def->faq->n);
	/* Nothing for a missing file (the FAQ's is said above) or one
	 * without a source: their states are missing and current. */
	file_status(lang->faq_tr, lang->faq_file, def->faq_file, d);
	file_status(lang->selfcheck_tr, lang->selfcheck_file,
	    def->selfcheck_file, d);
	if (lang->clinic_fallback)
		diag_add(d, DIAG_WARNING, lang->index_file, 0, 0, "the "
		    "clinic's details are not translated into %s (no "
		    "clinic.yaml); the kiosk shows those of %s with a note",
		    lang->code, lang->clinic_file);
	if (o->summary == NULL)
		return;
	/* TRANSLATORS: a line of the --check summary, per language:
	 * "es (Español): 14 of 16 topics translated". */
	fprintf(o->summary, _("%s (%s): %zu of %zu topics translated"),
	    lang->code, lang->name, have, def->ntopics);
	if (nmissing > 0)
		fprintf(o->summary, _("; missing %zu: %s"), nmissing, missing);
	if (nextra > 0)
		fprintf(o->summary, _("; extra %zu: %s"), nextra, extra);
	if (lang->faq_fallback)
		fprintf(o->summary, "%s", _("; common questions not "
		    "translated"));
	if (lang->clinic_fallback)
		fprintf(o->summary, "%s", _("; clinic details not "
		    "translated"));
	if (nolder > 0)
		/* TRANSLATORS: %s after "than" is a language code. */
		fprintf(o->summary, _("; older than %s %zu: %s"), def->code,
		    nolder, older);
	tr_summary(o->summary, &ts);
	if (!has_catalog(lang))
		/* TRANSLATORS: in the --check summary of a content language
		 * for which no interface translation (.mo) is installed;
		 * %s is the folder where catalogs are looked for. */
		fprintf(o->summary, _("; no interface catalog in %s: the "
		    "kiosk's own words stay in English (see po/LINGUAS)"),
		    *i18n_catalog_dir() ? i18n_catalog_dir() : "(NLS off)");
	fputc('\n', o->summary);
}

/* A clinic's name that the welcome screen of a 40x12 window cuts short. */
static void
check_clinic_name(const struct language *lang, struct diags *d)
{
	const char *name;
	struct wrap w;
	int line, col;

	if (lang->clinic == NULL || lang->clinic_fallback ||
	    (name = lang->clinic->name) == NULL)
		return;
	wrap_init(&w);
	if (wrap_paragraph(&w, name, strlen(name), LIMIT_SMALL_TEXT_COLS,
	    0) == 0 && w.n > LIMIT_CLINIC_NAME_ROWS) {
		locate(lang->clinic_file, "name:", &line, &col);
		diag_add(d, DIAG_WARNING, lang->clinic_file, line, col, "the "
		    "clinic's name takes %zu rows at 40x12, and the welcome "
		    "screen shows %d: shorten it", w.n, LIMIT_CLINIC_NAME_ROWS);
	}
	wrap_free(&w);
}

/*
 * The clinic's sign-offs: the pages they name must exist, and with
 * --require-sign-off the FAQ and the self-check need one (the topics'
 * are checked with the topics).
 */
static void
check_sign_offs(const struct language *lang, const struct language *def,
    const struct check_opts *o, struct diags *d)
{
	if (lang->clinic != NULL && !lang->clinic_fallback)
		check_sign_off_pages(lang, def, d);
	if (!o->require_sign_off)
		return;
	if (lang->faq != NULL && !lang->faq_fallback)
		require_sign_off(lang, "faq", lang->faq_file, &lang->faq->rev,
		    d);
	if (lang->selfcheck != NULL)
		require_sign_off(lang, "selfcheck", lang->selfcheck_file,
		    &lang->selfcheck->rev, d);
}

/* A dead glossary entry: a warning at its heading. */
static void
warn_dead(const struct topic *t, size_t i, void *ctx)
{
	const char *heading = t->sections[i].heading;
	char phrase[512];
	int line = 0, col = 0;

	if (snprintf(phrase, sizeof(phrase), "heading: %s", heading) <
	    (int)sizeof(phrase))
		locate(t->file, phrase, &line, &col);
	if (line > 0)
		col += (int)strlen("heading: ");
	else
		locate(t->file, heading, &line, &col);
	diag_add(ctx, DIAG_WARNING, t->file, line, col, "glossary entry "
	    "\"%s\": no other page uses this word; use it on a page where "
	    "it helps a reader, or remove the entry", heading);
}

/*
 * The glossary's entries whose word no other page of lang uses, found
 * with search's index (search.h): a reader never meets them.  Without
 * SQLite at run time, content_check() says once that it skipped this.
 */
static void
check_dead_glossary(const struct language *lang, struct diags *d)
{
	const struct topic *g = language_topic(lang, "glossary");
	struct search *s;
	size_t n = SEARCH_FAILED;

	if (g == NULL || !search_available())
		return;
	if ((s = search_open(lang)) != NULL) {
		n = search_dead_glossary(s, warn_dead, d);
		search_close(s);
	}
	/* The library is there but could not index: a check not done
	 * must not pass as a clean one. */
	if (n == SEARCH_FAILED)
		diag_add(d, DIAG_WARNING, g->file, 0, 0, "unused glossary "
		    "entries not checked: the search index of this language "
		    "could not be built");
}

static void
check_language(const struct language *lang, const struct language *def,
    const struct check_opts *o, struct diags *d)
{
	enum rd_lang rl = rd_lang_for(lang->code);
	struct text_stats st, faq;
	size_t kinds[SOURCE_NKINDS] = { 0 };
	unsigned char *seen;
	double sum = 0;
	size_t i, n = 0;

	if (o->report != NULL)
		report_head(o->report, lang, rl);
	for (i = 0; i < lang->ntopics; i++) {
		check_topic(lang, &lang->topics[i], o, rl, &st, d);
		if (st.words > 0 && rl == RD_ENGLISH) {
			sum += flesch_kincaid_grade(&st);
			n++;
		}
		count_kinds(&lang->topics[i].rev, kinds);
		if (o->report != NULL && lang->topics[i].tr == TR_UNTRANSLATED)
			/* TRANSLATORS: a row of the --check --report table
			 * for a page whose text is still the default
			 * language's; %s is its id. */
			fprintf(o->report, _("%-28.28s (untranslated: a copy "
			    "of the default language's page)\n"),
			    lang->topics[i].id);
		else if (o->report != NULL)
			report_row(o->report, lang->topics[i].id, &st, rl,
			    lang->topics[i].rev.nsources, lang->topics[i].rev.reviewed,
			    lang->topics[i].rev.next_review);
	}
	if (lang->faq != NULL && !lang->faq_fallback) {
		check_review(lang, lang->faq_file, &lang->faq->rev, 1, o, d);
		count_kinds(&lang->faq->rev, kinds);
		memset(&faq, 0, sizeof(faq));
		for (i = 0; i < lang->faq->n; i++) {
			text_stats_add(&faq, lang->faq->entries[i].answer, rl);
			check_phrases(lang, lang->faq_file,
			    lang->faq->entries[i].question, d);
			check_phrases(lang, lang->faq_file,
			    lang->faq->entries[i].answer, d);
		}
		if (o->report != NULL && faq.words > 0)
			report_row(o->report, _("(common questions)"), &faq, rl,
			    lang->faq->rev.nsources, lang->faq->rev.reviewed,
			    lang->faq->rev.next_review);
	}
	check_phrases(lang, lang->index_file, lang->welcome, d);
	check_phrases(lang, lang->index_file, lang->disclaimer, d);
	menu_phrases(lang, &lang->home, lang->index_file, d);
	check_clinic_name(lang, d);
	check_menu_labels(lang, &lang->home, d);
	check_selfcheck(lang, o, rl, &st, d);
	if (lang->selfcheck != NULL)
		count_kinds(&lang->selfcheck->rev, kinds);
	if (o->report != NULL && st.words > 0)
		report_row(o->report, _("(self-check)"), &st, rl,
		    lang->selfcheck->rev.nsources, lang->selfcheck->rev.reviewed,
		    lang->selfcheck->rev.next_review);
	if (o->report != NULL && n > 0)
		fprintf(o->report, _("Average reading grade of the topics: "
		    "%.1f\n"), sum / (double)n);
	if (o->report != NULL)
		report_kinds(o->report, kinds);
	check_dead_glossary(lang, d);
	check_sign_offs(lang, def, o, d);
	if ((seen = calloc(lang->ntopics + 1, 1)) == NULL)
		return;
	reach_menu(&lang->home, lang, seen);
	for (i = 0; i < lang->ntopics; i++)
		if (!seen[i])
			diag_add(d, DIAG_WARNING, lang->topics[i].file, 0, 0,
			    "no menu, link or common question leads to this "
			    "topic");
	free(seen);
}

/* ---- the translator's report ---- */

/* A page a translation still needs, and where a visitor meets it. */
struct todo {
	const struct topic *src;	/* NULL: the self-check or the FAQ */
	const char *what;		/* "self-check", "common questions" */
	enum tr_status status;
	unsigned long words;		/* of the default language's text */
	char	 where[96];
};

/* What the translator's list holds, in the order a visitor meets it. */
struct todo_list {
	struct todo *v;
	size_t	 n, cap;
	const struct language *lang, *def;
	unsigned char *seen;		/* per default-language topic */
};

static void
todo_add(struct todo_list *l, const struct topic *src, const char *what,
    enum tr_status status, unsigned long words, const char *where)
{
	struct todo *nv;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		if ((nv = realloc(l->v, l->cap * sizeof(*nv))) == NULL) {
			l->cap = l->n;
			return;
		}
		l->v = nv;
	}
	l->v[l->n].src = src;
	l->v[l->n].what = what;
	l->v[l->n].status = status;
	l->v[l->n].words = words;
	snprintf(l->v[l->n].where, sizeof(l->v[l->n].where), "%s", where);
	l->n++;
}

/* Counts the words of a default-language topic. */
static unsigned long
topic_words(const struct topic *t, const struct language *def)
{
	struct text_stats st;

	topic_stats(t, rd_lang_for(def->code), &st);
	return st.words;
}

/* A default-language topic, once: listed when the translation lacks it. */
static void
todo_topic(struct todo_list *l, const struct topic *src, const char *where)
{
	const struct topic *t;
	enum tr_status s;
	size_t i;

	if (src == NULL || !language_owns_topic(l->def, src))
		return;
	i = (size_t)(src - l->def->topics);
	if (l->seen[i])
		return;
	l->seen[i] = 1;
	t = language_topic(l->lang, src->id);
	s = t == NULL ? TR_MISSING : t->tr;
	if (s != TR_CURRENT)
		todo_add(l, src, NULL, s, topic_words(src, l->def), where);
}

static unsigned long
selfcheck_words(const struct language *def)
{
	struct text_stats st;
	struct diags scratch;
	struct sc_walk w;

	memset(&st, 0, sizeof(st));
	if (def->selfcheck == NULL)
		return 0;
	diags_init(&scratch);
	w.lang = def;
	w.d = &scratch;
	w.st = &st;
	w.rl = rd_lang_for(def->code);
	sc_check_texts(&w, def->selfcheck);
	diags_free(&scratch);
	return st.words;
}

static unsigned long
faq_words(const struct language *def)
{
	struct text_stats st;
	size_t i;

	memset(&st, 0, sizeof(st));
	for (i = 0; def->faq != NULL && i < def->faq->n; i++) {
		text_stats_add(&st, def->faq->entries[i].question,
		    rd_lang_for(def->code));
		text_stats_add(&st, def->faq->entries[i].answer,
		    rd_lang_for(def->code));
	}
	return st.words;
}

/*
 * The items of one menu level, then the submenus' (breadth first):
 * what the home menu opens comes before what a submenu opens.
 */
static void
todo_menu(struct todo_list *l, const struct menu *m, const char *where,
    int depth, int want)
{
	enum tr_status s;
	char sub[96];
	size_t i;

	for (i = 0; i < m->n; i++) {
		const struct menu_item *it = &m->items[i];

		if (it->kind == MENU_SUBMENU && it->sub != NULL) {
			if (depth < want) {
				snprintf(sub, sizeof(sub), "%s > %s", where,
				    it->title ? it->title : "");
				todo_menu(l, it->sub, sub, depth + 1, want);
			}
			continue;
		}
		if (depth != want)
			continue;
		if (it->kind == MENU_TOPIC)
			todo_topic(l, it->topic, where);
		else if (it->kind == MENU_SHOW && it->show == SHOW_SELFCHECK &&
		    (s = l->lang->selfcheck_tr) != TR_CURRENT)
			todo_add(l, NULL, N_("self-check"), s,
			    selfcheck_words(l->def), where);
		else if (it->kind == MENU_SHOW && it->show == SHOW_FAQ &&
		    (s = l->lang->faq_tr) != TR_CURRENT)
			todo_add(l, NULL, N_("common questions"), s,
			    faq_words(l->def), where);
	}
}

static int
menu_depth(const struct menu *m)
{
	size_t i;
	int d, max = 0;

	for (i = 0; i < m->n; i++)
		if (m->items[i].kind == MENU_SUBMENU && m->items[i].sub &&
		    (d = 1 + menu_depth(m->items[i].sub)) > max)
			max = d;
	return max;
}

/*
 * Everything the translation lacks, in the order a visitor meets it:
 * the home menu's items, those of its submenus level by level, the
 * topics the common questions open, then those only a link leads to
 * (from the pages before them), then any left.
 */
static void
todo_collect(struct todo_list *l)
{
	const struct language *def = l->def;
	char where[96];
	size_t i, k, done;
	int depth, max = menu_depth(&def->home);

	for (depth = 0; depth <= max; depth++)
		todo_menu(l, &def->home, depth == 0 ? _("home menu") :
		    _("menu"), 0, depth);
	for (i = 0; def->faq != NULL && i < def->faq->n; i++)
		todo_topic(l, def->faq->entries[i].topic,
		    _("common questions"));
	/* Links, from the pages listed so far and the ones they add. */
	for (done = 0; done < def->ntopics; done++)
		if (l->seen[done])
			for (k = 0; k < def->topics[done].nrelated; k++) {
				/* TRANSLATORS: where a visitor meets a
				 * page: %s is the id of the page that
				 * links to it. */
				snprintf(where, sizeof(where), _("a link on "
				    "%s"), def->topics[done].id);
				todo_topic(l, def->topics[done].related[k],
				    where);
			}
	for (i = 0; i < def->ntopics; i++)
		todo_topic(l, &def->topics[i], _("no menu or link"));
}

static void
translator_report(const struct language *lang, const struct language *def,
    FILE *fp)
{
	struct todo_list l;
	unsigned long total = 0;
	size_t i, current = 0;

	memset(&l, 0, sizeof(l));
	l.lang = lang;
	l.def = def;
	if ((l.seen = calloc(def->ntopics + 1, 1)) == NULL)
		return;
	todo_collect(&l);
	for (i = 0; i < def->ntopics; i++) {
		const struct topic *t = language_topic(lang, def->topics[i].id);

		current += t != NULL && t->tr == TR_CURRENT;
	}
	/* TRANSLATORS: the heading of --check --report --lang CODE; the
	 * first %s is a language code, the second its name, the third
	 * the default language's code. */
	fprintf(fp, _("\nWhat to translate into %s (%s) from %s, what a "
	    "visitor meets first at the top:\n"), lang->code, lang->name,
	    def->code);
	/* TRANSLATORS: column headings of the translator's list: PAGE at
	 * most 24 characters, STATUS 12, WORDS 6. */
	fprintf(fp, "%3s  %-24s %-12s %6s  %s\n", "#", _("PAGE"),
	    _("STATUS"), _("WORDS"), _("WHERE A VISITOR MEETS IT"));
	for (i = 0; i < l.n; i++) {
		fprintf(fp, "%3zu  %-24.24s %-12s %6lu  %s\n", i + 1,
		    l.v[i].src ? l.v[i].src->id : _(l.v[i].what),
		    _(tr_status_name(l.v[i].status)), l.v[i].words,
		    l.v[i].where);
		total += l.v[i].words;
	}
	fprintf(fp, _("%zu to do, %lu words; %zu of %zu topics current\n"),
	    l.n, total, current, def->ntopics);
	free(l.v);
	free(l.seen);
}

void
content_check(const struct content *c, const struct check_opts *o,
    struct diags *d)
{
	const struct language *def = content_default_language(c);
	size_t i, glossaries = 0;

	for (i = 0; i < c->nlangs; i++) {
		check_language(c->langs[i], def, o, d);
		glossaries += language_topic(c->langs[i], "glossary") != NULL;
	}
	if (glossaries > 0 && !search_available())
		/* TRANSLATORS: --check, once, when libsqlite3 is missing. */
		fprintf(o->summary != NULL ? o->summary : stderr, "%s\n",
		    _("Unused glossary words not checked: search's library "
		    "(libsqlite3) could not be loaded."));
	if (o->summary != NULL && def != NULL)
		fprintf(o->summary, _("%s (%s): %zu topics (the default "
		    "language)\n"), def->code, def->name, def->ntopics);
	for (i = 0; i < c->nlangs; i++)
		if (c->langs[i] != def)
			check_translation(c->langs[i], def, o, d);
	if (o->translator == NULL || o->summary == NULL || def == NULL ||
	    content_language(c, o->translator) == NULL)
		return;
	if (content_language(c, o->translator) == def)
		/* TRANSLATORS: %s is a language code, such as "en". */
		fprintf(o->summary, _("\n%s is the default language: the "
		    "others are translated from it, and it needs nothing.\n"),
		    def->code);
	else
		translator_report(content_language(c, o->translator), def,
		    o->summary);
}
