/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of search.c: folding, stems, prefixes, ranking, the
 * suggestion, the glossary check and hostile queries, on the shipped
 * content in English, Spanish and French and on a language built here.
 */
#include <config.h>

#include <ftw.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "content.h"
#include "search.h"
#include "tap.h"

static struct content c;

static struct search *
open_lang(const char *code)
{
	struct language *l = content_language(&c, code);

	if (l == NULL) {
		diag("no language %s", code);
		return NULL;
	}
	return search_open(l);
}

/* The topic id of the first hit of q, or the kind of hit it is. */
static const char *
first(struct search *s, const char *q, struct search_results *r)
{
	if (search_run(s, q, r) != 0)
		return "(error)";
	if (r->n == 0)
		return "(none)";
	switch (r->hits[0].kind) {
	case SEARCH_TOPIC:
		return r->hits[0].topic->id;
	case SEARCH_GLOSSARY:
		return "(glossary)";
	case SEARCH_FAQ:
		return "(faq)";
	}
	return "?";
}

/* 1 when some hit of q is topic id. */
static int
finds(struct search *s, const char *q, const char *id)
{
	struct search_results r;
	size_t i;

	if (search_run(s, q, &r) != 0)
		return 0;
	for (i = 0; i < r.n; i++)
		if (r.hits[i].topic != NULL && strcmp(r.hits[i].topic->id,
		    id) == 0)
			return 1;
	return 0;
}

/* The words of text that match q, joined by '|'. */
static const char *
spans(struct search *s, const char *q, const char *text)
{
	static char buf[256];
	struct search_span sp[8];
	size_t n, i, at = 0;

	n = search_spans(s, q, text, strlen(text), sp, 8);
	buf[0] = '\0';
	for (i = 0; i < n && i < 8; i++)
		at += (size_t)snprintf(buf + at, sizeof buf - at, "%s%.*s",
		    i ? "|" : "", (int)sp[i].len, text + sp[i].start);
	return buf;
}

static void
test_fold(void)
{
	char out[SEARCH_MAX_WORD];

	search_fold("Pigmentación", strlen("Pigmentación"), out, sizeof out);
	is_str(out, "pigmentacion", "fold: accent and capital dropped");
	search_fold("ÉCLAIRCIR", strlen("ÉCLAIRCIR"), out, sizeof out);
	is_str(out, "eclaircir", "fold: capital with accent");
	search_fold("Œdème", strlen("Œdème"), out, sizeof out);
	is_str(out, "oedeme", "fold: ligature");
	search_fold("e\xcc\x81", 3, out, sizeof out);
	is_str(out, "e", "fold: combining accent");
}

static void
test_english(void)
{
	struct search *s = open_lang("en");
	struct search_results r;

	ok(s != NULL, "en: index built");
	if (s == NULL)
		return;
	is_str(first(s, "scars", &r), "scars", "en: scars: the Scars page first");
	is_str(spans(s, "scars", "A scar, two scars."), "scar|scars",
	    "en: scars matches scar (stem)");
	is_str(first(s, "MRI", &r), "mri-and-removal", "en: MRI: its page first");
	is_str(first(s, "mri", &r), "mri-and-removal", "en: mri in lower case");
	is_str(first(s, "sca", &r), "scars", "en: a prefix as it is typed");
	ok(r.hits[0].section == SEARCH_NO_SECTION ||
	    r.hits[0].section < r.hits[0].topic->nsections,
	    "en: the section landed on exists");
	ok(finds(s, "chemo", "chemo-hair-loss"), "en: chemo");
	is_str(spans(s, "pigm", "Pigment and pigmentation"),
	    "Pigment|pigmentation", "en: prefix spans");
	ok(strcmp(spans(s, "scars ", "scarf scar"), "scar") == 0,
	    "en: a word followed by a space is whole, not a prefix");

	search_run(s, "pigmintation", &r);
	is_str(r.suggestion, "micropigmentation",
	    "en: pigmintation: did you mean micropigmentation");
	ok(r.n > 0, "en: and the suggestion's results");
	search_run(s, "keloyd", &r);
	is_str(r.suggestion, "keloid", "en: keloyd: did you mean keloid");
	ok(r.n > 0 && finds(s, "keloid", "scars"), "en: keloid finds scars");
	search_run(s, "zqxwvk", &r);
	ok(r.n == 0 && r.suggestion[0] == '\0', "en: nonsense: nothing at all");
	search_run(s, "scar zqxwvk", &r);
	ok(r.n == 0, "en: every word must match");
	search_run(s, "", &r);
	ok(r.n == 0, "en: empty query, no hits");

	search_run(s, "keloid", &r);
	{
		size_t i;
		int gl = 0;

		for (i = 0; i < r.n; i++)
			if (r.hits[i].kind == SEARCH_GLOSSARY)
				gl = 1;
		ok(gl, "en: keloid: a glossary entry among the hits");
	}
	search_run(s, "touch-up", &r);
	ok(r.n > 0, "en: a hyphenated query");
	search_close(s);
}

static void
test_spanish(void)
{
	struct search *s = open_lang("es");
	struct search_results r;

	ok(s != NULL, "es: index built");
	if (s == NULL)
		return;
	ok(finds(s, "quimio", "chemo-hair-loss"), "es: quimio (prefix)");
	ok(finds(s, "cicatriz", "scars"), "es: cicatriz");
	ok(finds(s, "CICATRÍZ", "scars"), "es: capitals and a stray accent");
	is_str(spans(s, "cicatrices", "Una cicatriz."), "cicatriz",
	    "es: cicatrices matches cicatriz");
	is_str(spans(s, "pigmentacion", "la pigmentación"), "pigmentación",
	    "es: pigmentacion without its accent");
	search_run(s, "pigmentacion", &r);
	ok(r.n > 0, "es: pigmentacion finds pages");
	is_str(r.suggestion, "micropigmentación",
	    "es: pigmentacion: did you mean micropigmentación");
	ok(finds(s, "resonancia", "mri-and-removal"), "es: resonancia");
	search_run(s, "keloide", &r);
	is_str(r.suggestion, "queloide",
	    "es: keloide: did you mean queloide (a whole word wins a tie)");
	search_close(s);
}

static void
test_french(void)
{
	struct search *s = open_lang("fr");
	struct search_results r;

	ok(s != NULL, "fr: index built");
	if (s == NULL)
		return;
	is_str(first(s, "irm", &r), "mri-and-removal", "fr: irm: its page first");
	is_str(spans(s, "tatouages", "Un tatouage."), "tatouage",
	    "fr: tatouages matches tatouage");
	is_str(spans(s, "irm", "l'IRM"), "IRM", "fr: l'IRM");
	ok(finds(s, "cicatrice", "scars"), "fr: cicatrice");
	ok(finds(s, "ecran", "mri-and-removal") || r.n > 0,
	    "fr: a word without its accent");
	search_close(s);
}

/* A language made here, to rank and to check the glossary. */
static struct section secs_a[] = {
	{ "Introduction", "A keloid, keloid, keloid and a keloid again.",
	    WHEN_ALWAYS },
};
static struct section secs_b[] = {
	{ "First", "Nothing here.", WHEN_ALWAYS },
};
static struct section secs_c[] = {
	{ "About keloid", "Some words.", WHEN_ALWAYS },
};
static struct section secs_g[] = {
	{ "How to use this list", "Words.", WHEN_ALWAYS },
	{ "Keloid", "A raised scar.", WHEN_ALWAYS },
	{ "Zebra (striped)", "An animal no page names.", WHEN_ALWAYS },
};

static void
test_ranking(void)
{
	static struct topic topics[4];
	static struct language lang;
	struct search *s;
	struct search_results r;
	char path[256];

	memset(topics, 0, sizeof topics);
	topics[0] = (struct topic){ .id = "body", .title = "Body",
	    .summary = "Body text.", .sections = secs_a, .nsections = 1 };
	topics[1] = (struct topic){ .id = "glossary", .title = "Words",
	    .summary = "The words.", .sections = secs_g, .nsections = 3 };
	topics[2] = (struct topic){ .id = "heading", .title = "Heading",
	    .summary = "Heading text.", .sections = secs_c, .nsections = 1 };
	topics[3] = (struct topic){ .id = "title", .title = "Keloid",
	    .summary = "Title text.", .sections = secs_b, .nsections = 1 };
	memset(&lang, 0, sizeof lang);
	strcpy(lang.code, "en");
	lang.topics = topics;
	lang.ntopics = 4;
	s = search_open(&lang);
	ok(s != NULL, "ranking: index built");
	if (s == NULL)
		return;
	search_run(s, "keloids", &r);
	ok(r.n == 4, "ranking: four hits (got %zu)", r.n);
	if (r.n == 4) {
		is_str(r.hits[0].topic->id, "title", "ranking: title first");
		ok(r.hits[1].kind == SEARCH_GLOSSARY ||
		    strcmp(r.hits[1].topic->id, "heading") == 0,
		    "ranking: then a heading");
		ok(r.hits[2].kind == SEARCH_GLOSSARY ||
		    strcmp(r.hits[2].topic->id, "heading") == 0,
		    "ranking: then the other heading");
		is_str(r.hits[3].topic->id, "body", "ranking: body text last");
		is_int((long)r.hits[3].section, 0,
		    "ranking: the body hit lands on its section");
	}
	search_menu_path(&lang, &r.hits[0], path, sizeof path);
	is_str(path, "", "menu path: none without a menu");
	ok(search_dead_glossary(s, NULL, NULL) == 1,
	    "glossary: Zebra is a dead entry, Keloid is not");
	search_close(s);
}

static void
test_hostile(void)
{
	static const char *const q[] = {
		"\"", "\"\"", "*", "-", "-scar", "NEAR(scar mri)", "scar OR mri",
		"scar AND", "NOT", "((((", "))", "\"unbalanced", "^scar",
		"title:scar", "{title}: scar", "scar*", "* * *", "'", "\\",
		"\xff\xfe\xfd", "\xc3", "\xe2\x80", ("a\x01" "b"), "%s%n",
		"NEAR", "OR OR OR", "+scar", "scar + mri", ":", "?", "....",
	};
	struct search *s = open_lang("en");
	struct search_results r;
	char big[4096];
	size_t i;
	int bad = 0;

	if (s == NULL)
		return;
	for (i = 0; i < sizeof q / sizeof q[0]; i++)
		if (search_run(s, q[i], &r) != 0) {
			diag("query %zu failed", i);
			bad++;
		}
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	bad += search_run(s, big, &r) != 0;
	for (i = 0; i + 2 < sizeof big; i += 2)
		big[i + 1] = ' ';
	bad += search_run(s, big, &r) != 0;
	ok(bad == 0, "hostile queries: no error from the engine");
	search_run(s, "scar OR zqxwvk", &r);
	ok(r.n == 0, "OR is a word, not an operator");
	search_run(s, "scar NOT mri", &r);
	ok(r.n == 0, "NOT is a word too");
	search_run(s, "\"scars\"", &r);
	ok(r.n > 0, "quotes are dropped");
	search_close(s);
}

static unsigned long yaml_bytes;

static int
add_yaml(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	size_t n = strlen(path);

	(void)f;
	if (flag == FTW_F && n > 5 && strcmp(path + n - 5, ".yaml") == 0)
		yaml_bytes += (unsigned long)st->st_size;
	return 0;
}

/*
 * The index of each shipped language takes less memory than the YAML
 * it indexes (the budget make bench measures on all of them at once).
 */
static void
test_memory(const char *root)
{
	static const char *const codes[] = { "en", "es", "fr" };
	char dir[4096];
	struct search *s;
	size_t i, m;

	for (i = 0; i < 3; i++) {
		yaml_bytes = 0;
		if ((size_t)snprintf(dir, sizeof dir, "%s/%s", root,
		    codes[i]) >= sizeof dir || nftw(dir, add_yaml, 16, FTW_PHYS) != 0 ||
		    (s = open_lang(codes[i])) == NULL) {
			ok(0, "%s: index memory measured", codes[i]);
			continue;
		}
		m = search_memory(s);
		ok(m > 0 && m <= yaml_bytes, "%s: index memory %zu B <= its "
		    "YAML, %lu B", codes[i], m, yaml_bytes);
		search_close(s);
	}
}

int
main(void)
{
	const char *srcdir = getenv("SMP_SRCDIR");
	char root[4096];
	const char *roots[1] = { root };
	struct diags d;

	setlocale(LC_ALL, "C.UTF-8");
	tap_plan_none();
	snprintf(root, sizeof root, "%s/content", srcdir ? srcdir : ".");
	diags_init(&d);
	if (content_load(&c, roots, 1, &d) != CONTENT_OK) {
		ok(0, "shipped content loads");
		return tap_done();
	}
	test_fold();
	test_english();
	test_spanish();
	test_french();
	test_ranking();
	test_hostile();
	test_memory(root);
	content_free(&c);
	diags_free(&d);
	ok(search_engine_bytes() == 0,
	    "every byte SQLite allocated is freed (and so zeroed)");
	return tap_done();
}
