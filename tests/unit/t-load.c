/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Unit tests of the content loader (src/load.c, src/ytree.c).
 *
 * Text fixtures live in tests/fixtures/{good,bad,mixed,overlay,i18n}, found
 * through $SMP_SRCDIR (set by make check; "." when unset).  Each bad
 * fixture is a small content root with one kind of error; the test
 * checks the message and its position.  Files that are awkward to keep
 * in git (invalid UTF-8, NUL bytes, UTF-16, control characters, files
 * past the size limits) are written at run time into a temporary
 * directory that is removed at the end.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clinic.h"
#include "content.h"
#include "diag.h"
#include "hostile.h"
#include "content-limits.h"
#include "tap.h"

static const char *srcdir;	/* $SMP_SRCDIR or "." */
static char *tmpdir;		/* made by mkdtemp(), removed at the end */

/* ---- helpers ---- */

/* One call of content_load() and what it gave. */
struct load {
	char	*root;		/* the (last) root, for file names */
	struct content c;
	struct diags d;
	enum content_status st;
};

static void
load_roots(struct load *l, const char *const *roots, size_t n)
{
	memset(l, 0, sizeof(*l));
	if ((l->root = strdup(roots[n - 1])) == NULL) {
		perror("strdup");
		exit(99);
	}
	diags_init(&l->d);
	l->st = content_load(&l->c, roots, n, &l->d);
}

static void
load_root(struct load *l, const char *root)
{
	load_roots(l, &root, 1);
}

/* Loads tests/fixtures/REL from the source tree. */
static void
load_fixture(struct load *l, const char *rel)
{
	char *fx = h_join(srcdir, "tests/fixtures"), *root = h_join(fx, rel);

	load_root(l, root);
	free(root);
	free(fx);
}

static void
load_end(struct load *l)
{
	content_free(&l->c);
	diags_free(&l->d);
	free(l->root);
	memset(l, 0, sizeof(*l));
}

/* Prints every diagnostic as a TAP comment, to explain a failure. */
static void
show_diags(const struct diags *d)
{
	char *s;
	size_t i;

	diag("%zu diagnostics (%zu errors):", d->n, d->errors);
	for (i = 0; i < d->n; i++) {
		if ((s = diag_format(&d->v[i])) != NULL)
			diag("  %s", s);
		free(s);
	}
}

/*
 * Finds the diagnostic whose message contains msg (exact: equals msg)
 * and, when rel is not NULL, whose file is ROOT/rel.
 */
static const struct diag *
find_diag(const struct load *l, const char *rel, const char *msg, int exact)
{
	char *file = rel ? h_join(l->root, rel) : NULL;
	const struct diag *dg, *hit = NULL;
	size_t i;

	for (i = 0; i < l->d.n && hit == NULL; i++) {
		dg = &l->d.v[i];
		if (exact ? strcmp(dg->msg, msg) != 0 :
		    strstr(dg->msg, msg) == NULL)
			continue;
		if (file != NULL && (dg->file == NULL ||
		    strcmp(dg->file, file) != 0))
			continue;
		hit = dg;
	}
	free(file);
	return hit;
}

/*
 * Checks that a diagnostic with exactly the message msg was reported
 * for ROOT/rel at line and col (rel "": the root itself; rel NULL: any
 * file or none).
 */
static void
expect(const struct load *l, const char *name, const char *rel, int line,
    int col, const char *msg)
{
	const struct diag *dg;

	dg = find_diag(l, rel && *rel ? rel : NULL, msg, 1);
	if (!ok(dg != NULL, "%s: reports \"%s\"%s%s", name, msg,
	    rel && *rel ? " in " : "", rel && *rel ? rel : "")) {
		show_diags(&l->d);
		return;
	}
	if (rel != NULL && *rel == '\0')
		is_str(dg->file, l->root, "  ... for the root folder");
	is_int(dg->line, line, "  ... at the right line");
	is_int(dg->col, col, "  ... at the right column");
	is_int(dg->level, DIAG_ERROR, "  ... as an error");
}

/*
 * Loads tests/fixtures/bad/NAME, whose only language en must be left
 * out with exactly nerrors errors.  load_end() must follow.
 */
static void
bad_fixture(struct load *l, const char *name, size_t nerrors)
{
	char *rel = h_join("bad", name);

	load_fixture(l, rel);
	free(rel);
	is_int(l->st, CONTENT_ERRORS, name);
	is_int(l->c.nlangs, 0, "  ... no language loads");
	is_int(l->c.broken, 1, "  ... en is broken");
	if (!is_int(l->d.errors, nerrors, "  ... number of errors"))
		show_diags(&l->d);
}

/* ---- temporary files ---- */

static void
must(int rc, const char *what, const char *path)
{
	if (rc < 0) {
		fprintf(stderr, "t-load: %s %s: %s\n", what, path,
		    strerror(errno));
		exit(99);
	}
}

/*
 * Makes TMP/name/en/ and writes len bytes of buf to TMP/name/en/file.
 * Returns the root TMP/name, to be freed.
 */
static char *
tmp_root(const char *name, const char *file, const char *buf, size_t len)
{
	char *root = h_join(tmpdir, name), *lang = h_join(root, "en"), *path;
	int fd;

	mkdir(root, 0700);
	mkdir(lang, 0700);
	path = h_join(lang, file);
	must(fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600), "create",
	    path);
	if (len > 0 && write(fd, buf, len) != (ssize_t)len)
		must(-1, "write", path);
	must(close(fd), "close", path);
	free(path);
	free(lang);
	return root;
}

/* A valid index.yaml for the generated files to break. */
#define INDEX_HEAD	"name: English\n"	/* 14 bytes */
#define INDEX_REST \
	"welcome: Welcome.\n" \
	"disclaimer: General information, not medical advice.\n" \
	"menu:\n" \
	"  - show: disclaimer\n" \
	"    title: About this information\n"

/*
 * Loads a root whose en/index.yaml is len bytes of buf; checks that
 * the one error msg (exact) is reported at line and col.
 */
static void
bad_bytes(const char *name, const char *buf, size_t len, int line, int col,
    const char *msg)
{
	struct load l;
	char *root = tmp_root(name, "index.yaml", buf, len);

	load_root(&l, root);
	is_int(l.st, CONTENT_ERRORS, name);
	if (!is_int(l.d.errors, 1, "  ... one error"))
		show_diags(&l.d);
	expect(&l, name, "en/index.yaml", line, col, msg);
	load_end(&l);
	h_remove_tree(root);
	free(root);
}

/* Loads a root whose en/index.yaml is buf, which must load cleanly. */
static void
good_bytes(const char *name, const char *buf, size_t len)
{
	struct load l;
	struct language *en;
	char *root = tmp_root(name, "index.yaml", buf, len);

	load_root(&l, root);
	if (!is_int(l.st, CONTENT_OK, name))
		show_diags(&l.d);
	en = content_language(&l.c, "en");
	ok(en != NULL, "  ... en loads");
	if (en != NULL) {
		is_str(en->name, "English", "  ... name");
		is_str(en->welcome, "Welcome.", "  ... welcome");
		is_int(en->home.n, 1, "  ... one menu item");
	}
	load_end(&l);
	h_remove_tree(root);
	free(root);
}

/* ---- good content ---- */

/* Is t one of the language's topics (not a copy, not a stray pointer)? */
static int
is_topic_of(const struct language *lang, const struct topic *t)
{
	return t != NULL && t >= lang->topics &&
	    t < lang->topics + lang->ntopics;
}

/*
 * Every item of m and its submenus is complete.  Counts submenus, FAQ
 * items and topic items whose summary is the topic's own.
 */
static int
menu_complete(const struct language *lang, const struct menu *m, int depth,
    int *subs, int *faqs, int *defaults)
{
	const struct menu_item *it;
	size_t i;
	int good = m->n > 0;

	for (i = 0; i < m->n; i++) {
		it = &m->items[i];
		if (it->title == NULL || *it->title == '\0')
			good = 0;
		switch (it->kind) {
		case MENU_TOPIC:
			if (!is_topic_of(lang, it->topic) || it->summary == NULL)
				good = 0;
			else if (it->summary == it->topic->summary)
				(*defaults)++;
			break;
		case MENU_SUBMENU:
			(*subs)++;
			if (it->sub == NULL || depth > 8 ||
			    !menu_complete(lang, it->sub, depth + 1, subs, faqs,
			    defaults))
				good = 0;
			else if (it->sub->title != it->title)
				good = 0;
			break;
		case MENU_SHOW:
			if (it->show == SHOW_FAQ)
				(*faqs)++;
			break;
		}
	}
	return good;
}

/*
 * The content shipped in content/, checked for shape rather than
 * wording; only what-is-smp's first related topic and the first FAQ
 * entry's topic follow content/en.
 */
static void
test_shipped(void)
{
	struct load l;
	struct language *en;
	struct topic *t, *u;
	size_t i, j;
	int good, subs = 0, faqs = 0, defaults = 0;
	char *root = h_join(srcdir, "content");

	load_root(&l, root);
	free(root);
	if (!is_int(l.st, CONTENT_OK, "shipped content: loads cleanly"))
		show_diags(&l.d);
	is_int(l.d.n, 0, "shipped: no diagnostics");
	is_int(l.c.nlangs, 3, "shipped: three languages");
	ok(content_language(&l.c, "es") != NULL &&
	    content_language(&l.c, "fr") != NULL, "shipped: es and fr are there");
	is_int(l.c.broken, 0, "shipped: none broken");
	en = content_language(&l.c, "en");
	if (!ok(en != NULL, "shipped: en is there")) {
		load_end(&l);
		return;
	}
	is_str(en->code, "en", "shipped: code");
	is_str(en->name, "English", "shipped: name");
	ok(en->title && en->welcome && en->disclaimer,
	    "shipped: title, welcome and disclaimer");
	ok(en->ntopics >= 10, "shipped: topics (%zu)", en->ntopics);
	good = 1;
	for (i = 1; i < en->ntopics; i++)
		if (strcmp(en->topics[i - 1].id, en->topics[i].id) >= 0)
			good = 0;
	ok(good, "shipped: topics sorted by id");

	t = language_topic(en, "what-is-smp");
	if (ok(t != NULL, "shipped: topic what-is-smp")) {
		is_str(t->id, "what-is-smp", "what-is-smp: id");
		ok(t->title && *t->title && !strchr(t->title, '\n'),
		    "what-is-smp: title");
		ok(t->summary && *t->summary, "what-is-smp: summary");
		ok(t->nsections >= 1 && t->sections[0].heading &&
		    t->sections[0].body, "what-is-smp: sections");
		ok(t->rev.nsources >= 1 && t->rev.sources[0].title,
		    "what-is-smp: sources");
		ok(t->rev.reviewed >= 20000101 && t->rev.reviewed <= 29991231 &&
		    t->rev.reviewed % 100 >= 1 && t->rev.reviewed % 100 <= 31 &&
		    t->rev.reviewed / 100 % 100 >= 1 &&
		    t->rev.reviewed / 100 % 100 <= 12,
		    "what-is-smp: reviewed is YYYYMMDD (%d)", t->rev.reviewed);
		ok(t->rev.next_review > t->rev.reviewed,
		    "what-is-smp: next_review after reviewed (%d)",
		    t->rev.next_review);
		ok(t->rev.reviewer && *t->rev.reviewer, "what-is-smp: reviewer");
		ok(t->file && strstr(t->file, "/en/topics/what-is-smp.yaml"),
		    "what-is-smp: file");
		ok(t->nrelated >= 1, "what-is-smp: related");
		is_int(t->nrelated > 0 ? t->related[0] ==
		    language_topic(en, "side-effects") : 0, 1,
		    "what-is-smp: related[0] is the side-effects topic");
	}
	good = 1;
	for (i = 0; i < en->ntopics; i++) {
		u = &en->topics[i];
		if (!u->title || !u->summary || u->nsections == 0 ||
		    u->rev.nsources == 0 || !u->rev.reviewer ||
		    u->rev.next_review <= u->rev.reviewed)
			good = 0;
		for (j = 0; j < u->nrelated; j++)
			if (!is_topic_of(en, u->related[j]))
				good = 0;
	}
	ok(good, "shipped: every topic complete, every related resolved");

	ok(menu_complete(en, &en->home, 0, &subs, &faqs, &defaults),
	    "shipped: menu items complete, topics resolved");
	ok(defaults > 0, "shipped: menu summaries taken from topics (%d)",
	    defaults);
	ok(subs >= 1, "shipped: a submenu (%d)", subs);
	is_int(faqs, 1, "shipped: one show: faq item");
	ok(en->home.title == NULL, "shipped: the home menu has no title");
	if (ok(en->faq != NULL, "shipped: FAQ")) {
		ok(en->faq->title && en->faq->n >= 1, "shipped: FAQ entries");
		good = 1;
		for (i = 0; i < en->faq->n; i++)
			if (!en->faq->entries[i].question ||
			    !en->faq->entries[i].answer ||
			    (en->faq->entries[i].topic != NULL &&
			    !is_topic_of(en, en->faq->entries[i].topic)))
				good = 0;
		ok(good, "shipped: FAQ entries complete");
		ok(en->faq->entries[0].topic ==
		    language_topic(en, "what-is-smp"),
		    "shipped: first FAQ entry points to what-is-smp");
	}
	load_end(&l);
}

/* tests/fixtures/good: exact values. */
static void
test_good(void)
{
	struct load l;
	struct language *en;
	struct topic *a, *b;
	struct menu_item *it;
	char *file;

	load_fixture(&l, "good");
	if (!is_int(l.st, CONTENT_OK, "good: loads cleanly"))
		show_diags(&l.d);
	is_int(l.d.n, 0, "good: no diagnostics");
	is_int(l.c.nlangs, 1, "good: one language");
	en = content_language(&l.c, "en");
	if (!ok(en != NULL, "good: en")) {
		load_end(&l);
		return;
	}
	is_str(en->name, "English", "good: name");
	is_str(en->title, "Loader test kiosk", "good: title");
	is_str(en->welcome, "Welcome to the loader test.\n\nSecond paragraph.",
	    "good: welcome, trailing newline dropped");
	is_str(en->disclaimer, "General information, not medical advice.",
	    "good: disclaimer");
	is_int(en->ntopics, 2, "good: two topics");

	a = language_topic(en, "alpha");
	b = language_topic(en, "beta");
	ok(a == &en->topics[0] && b == &en->topics[1],
	    "good: topics sorted, found by id");
	ok(language_topic(en, "gamma") == NULL, "good: no topic gamma");
	if (a != NULL) {
		is_str(a->id, "alpha", "alpha: id");
		is_str(a->title, "Alpha page", "alpha: title");
		is_str(a->summary, "Summary of alpha.", "alpha: summary");
		is_int(a->nsections, 2, "alpha: two sections");
		is_str(a->sections[0].heading, "First heading",
		    "alpha: heading 1");
		is_str(a->sections[0].body, "First paragraph of alpha\n"
		    "on two lines.\n\n- a bullet", "alpha: body 1");
		is_str(a->sections[1].heading, "Second heading",
		    "alpha: heading 2");
		is_str(a->sections[1].body, "Second body.", "alpha: body 2");
		is_int(a->nrelated, 1, "alpha: one related");
		ok(a->related[0] == b, "alpha: related[0] is beta");
		is_int(a->rev.nsources, 2, "alpha: two sources");
		is_str(a->rev.sources[0].title, "Alpha source", "alpha: source title");
		is_str(a->rev.sources[0].publisher, "Test journal",
		    "alpha: source publisher");
		is_int(a->rev.sources[0].year, 2022, "alpha: source year");
		is_str(a->rev.sources[0].url, "https://example.org/alpha",
		    "alpha: source url");
		is_str(a->rev.sources[1].title, "Bare source",
		    "alpha: bare source title");
		is_str(a->rev.sources[1].publisher, NULL,
		    "alpha: bare source, no publisher");
		is_str(a->rev.sources[1].url, NULL, "alpha: bare source, no url");
		is_int(a->rev.sources[1].year, 0, "alpha: bare source, year 0");
		is_int(a->rev.reviewed, 20260131, "alpha: reviewed");
		is_int(a->rev.next_review, 20270228, "alpha: next_review");
		is_str(a->rev.reviewer, "Test reviewer (not a doctor)",
		    "alpha: reviewer");
		file = h_join(l.root, "en/topics/alpha.yaml");
		is_str(a->file, file, "alpha: file");
		free(file);
	}
	if (b != NULL) {
		is_str(b->title, "Beta page", "beta: title");
		is_int(b->nrelated, 2, "beta: two related");
		ok(b->related[0] == a && b->related[1] == b,
		    "beta: related alpha and itself");
		is_str(b->rev.sources[0].url, "http://example.org/beta",
		    "beta: http url");
		is_str(b->rev.sources[0].publisher, NULL, "beta: no publisher");
		is_int(b->rev.reviewed, 20240229, "beta: reviewed on a leap day");
		is_int(b->rev.next_review, 20250228, "beta: next_review");
	}

	is_str(en->home.title, NULL, "menu: home has no title");
	if (is_int(en->home.n, 4, "menu: four items")) {
		it = &en->home.items[0];
		is_int(it->kind, MENU_TOPIC, "menu 1: a topic");
		ok(it->topic == a, "menu 1: topic alpha");
		is_str(it->title, "Alpha page", "menu 1: title from the topic");
		is_str(it->summary, "Summary of alpha.",
		    "menu 1: summary from the topic");
		it = &en->home.items[1];
		is_int(it->kind, MENU_SUBMENU, "menu 2: a submenu");
		is_str(it->title, "More pages", "menu 2: title");
		is_str(it->summary, "A submenu.", "menu 2: summary");
		if (ok(it->sub != NULL && it->sub->n == 2,
		    "menu 2: two items")) {
			is_str(it->sub->title, "More pages",
			    "menu 2: the submenu's title");
			it = &it->sub->items[0];
			is_int(it->kind, MENU_TOPIC, "menu 2.1: a topic");
			ok(it->topic == b, "menu 2.1: topic beta");
			is_str(it->title, "Beta label", "menu 2.1: own title");
			is_str(it->summary, "Beta summary override.",
			    "menu 2.1: own summary");
			it = &en->home.items[1].sub->items[1];
			is_int(it->kind, MENU_SHOW, "menu 2.2: a screen");
			is_int(it->show, SHOW_HELP, "menu 2.2: help");
			is_str(it->title, "How to use", "menu 2.2: title");
			is_str(it->summary, NULL, "menu 2.2: no summary");
		}
		it = &en->home.items[2];
		is_int(it->kind, MENU_SHOW, "menu 3: a screen");
		is_int(it->show, SHOW_FAQ, "menu 3: faq");
		is_str(it->title, "Questions", "menu 3: title");
		is_str(it->summary, "Short answers.", "menu 3: summary");
		it = &en->home.items[3];
		is_int(it->kind, MENU_SHOW, "menu 4: a screen");
		is_int(it->show, SHOW_DISCLAIMER, "menu 4: disclaimer");
	}

	if (ok(en->faq != NULL, "faq: loaded")) {
		is_str(en->faq->title, "Questions", "faq: title");
		if (is_int(en->faq->n, 2, "faq: two entries")) {
			is_str(en->faq->entries[0].question, "What is alpha?",
			    "faq 1: question");
			is_str(en->faq->entries[0].answer,
			    "Alpha is the first page.", "faq 1: answer");
			ok(en->faq->entries[0].topic == a, "faq 1: topic alpha");
			is_str(en->faq->entries[1].answer, "No.",
			    "faq 2: answer");
			ok(en->faq->entries[1].topic == NULL,
			    "faq 2: no topic");
		}
	}
	load_end(&l);
}

static void
test_date_format(void)
{
	char buf[11];

	date_format(20260131, buf);
	is_str(buf, "2026-01-31", "date_format: 20260131");
	date_format(20240229, buf);
	is_str(buf, "2024-02-29", "date_format: 20240229");
}

/* ---- one error of each kind ---- */

static void
test_bad_keys(void)
{
	struct load l;

	bad_fixture(&l, "unknown-key", 2);
	expect(&l, "unknown-key", "en/topics/a.yaml", 2, 1,
	    "unknown key \"titel\" in a topic (did you mean \"title\"?)");
	expect(&l, "unknown-key", "en/topics/a.yaml", 1, 1,
	    "a topic is missing the required key \"title\"");
	load_end(&l);

	bad_fixture(&l, "wrong-type", 1);
	expect(&l, "wrong-type", "en/topics/a.yaml", 4, 11,
	    "sections must be a list, not text");
	load_end(&l);

	bad_fixture(&l, "missing-key", 1);
	expect(&l, "missing-key", "en/topics/a.yaml", 1, 1,
	    "a topic is missing the required key \"reviewer\"");
	load_end(&l);

	bad_fixture(&l, "duplicate-key", 1);
	expect(&l, "duplicate-key", "en/topics/a.yaml", 4, 1,
	    "duplicate key \"title\" (first at line 2)");
	load_end(&l);

	bad_fixture(&l, "id-mismatch", 1);
	expect(&l, "id-mismatch", "en/topics/a.yaml", 1, 5,
	    "id \"b\" does not match the file name (a.yaml)");
	load_end(&l);
}

static void
test_bad_refs(void)
{
	struct load l;

	bad_fixture(&l, "unknown-topic", 3);
	expect(&l, "unknown-topic: related", "en/topics/a.yaml", 7, 14,
	    "no topic \"no-such-related-topic\" in en (expected a file "
	    "topics/no-such-related-topic.yaml)");
	expect(&l, "unknown-topic: menu", "en/index.yaml", 7, 12,
	    "no topic \"no-such-menu-topic\" in en (expected a file "
	    "topics/no-such-menu-topic.yaml)");
	expect(&l, "unknown-topic: faq", "en/faq.yaml", 5, 12,
	    "no topic \"no-such-faq-topic\" in en (expected a file "
	    "topics/no-such-faq-topic.yaml)");
	load_end(&l);
}

static void
test_bad_dates(void)
{
	struct load l;

	bad_fixture(&l, "bad-date", 2);
	expect(&l, "bad-date: 30 February", "en/topics/a.yaml", 9, 11,
	    "reviewed: there is no day 30 in 2026-02 (it has 28 days)");
	expect(&l, "bad-date: 2027-1-1", "en/topics/a.yaml", 10, 14,
	    "next_review must be a date written YYYY-MM-DD");
	load_end(&l);

	/* Well-formed but impossible: the message names the part. */
	bad_fixture(&l, "impossible-date", 2);
	expect(&l, "impossible-date: month 13", "en/topics/a.yaml", 9, 11,
	    "reviewed: there is no month 13 (months go from 01 to 12; the "
	    "date is written YYYY-MM-DD)");
	expect(&l, "impossible-date: year 1850", "en/topics/a.yaml", 10, 14,
	    "next_review: the year 1850 is out of range (1900 to 2999)");
	load_end(&l);

	/* A sign or a space inside a date is not a digit. */
	bad_fixture(&l, "date-not-digits", 2);
	expect(&l, "date-not-digits: 2026-+1-01", "en/topics/a.yaml", 10, 11,
	    "reviewed must be a date written YYYY-MM-DD");
	expect(&l, "date-not-digits: 2027-01- 1", "en/topics/a.yaml", 11, 14,
	    "next_review must be a date written YYYY-MM-DD");
	load_end(&l);

	bad_fixture(&l, "review-order", 1);
	expect(&l, "review-order", "en/topics/a.yaml", 10, 14,
	    "next_review must come after reviewed");
	load_end(&l);
}

static void
test_bad_yaml(void)
{
	struct load l;

	bad_fixture(&l, "anchor", 1);
	expect(&l, "anchor", "en/topics/a.yaml", 2, 8,
	    "anchors (&name) are not allowed in content");
	load_end(&l);

	bad_fixture(&l, "alias", 1);
	expect(&l, "alias", "en/topics/a.yaml", 3, 10,
	    "aliases (*name) are not allowed in content");
	load_end(&l);

	bad_fixture(&l, "merge-key", 1);
	expect(&l, "merge-key", "en/topics/a.yaml", 9, 5,
	    "merge keys (<<) are not allowed in content");
	load_end(&l);

	bad_fixture(&l, "tag", 1);
	expect(&l, "tag", "en/topics/a.yaml", 3, 10,
	    "tags (!note) are not allowed in content");
	load_end(&l);

	bad_fixture(&l, "too-deep", 1);
	expect(&l, "too-deep", "en/topics/a.yaml", 8, 25,
	    "nesting deeper than 16 levels");
	load_end(&l);

	/* One level less is read; the decoder then refuses the list. */
	bad_fixture(&l, "depth-16", 1);
	ok(find_diag(&l, NULL, "nesting", 0) == NULL,
	    "depth-16: %d levels are allowed", LIMIT_DEPTH);
	expect(&l, "depth-16", "en/topics/a.yaml", 9, 11,
	    "a related topic must be a topic id (1 to 64 of a-z, 0-9 and -)");
	load_end(&l);

	bad_fixture(&l, "tab", 1);
	expect(&l, "tab", "en/topics/a.yaml", 7, 11,
	    "body contains a tab; use spaces");
	load_end(&l);

	bad_fixture(&l, "syntax", 1);
	expect(&l, "syntax", "en/topics/a.yaml", 4, 11,
	    "YAML syntax: this key is indented more than the line before "
	    "it, so it reads as more of that line's text: start it in the "
	    "same column as the keys above");
	load_end(&l);

	/* The common causes of a YAML syntax error get a hint. */
	bad_fixture(&l, "syntax-colon", 1);
	expect(&l, "syntax-colon", "en/topics/a.yaml", 2, 14,
	    "YAML syntax: \": \" inside unquoted text starts a new key; put "
	    "the whole text in double quotes: title: \"Step 1: clean\"");
	load_end(&l);
	bad_fixture(&l, "syntax-tab", 1);
	expect(&l, "syntax-tab", "en/topics/a.yaml", 6, 1,
	    "YAML syntax: a tab is used to indent this line; YAML indents "
	    "with spaces only: replace the tab with spaces");
	load_end(&l);
	bad_fixture(&l, "syntax-quote", 1);
	expect(&l, "syntax-quote", "en/topics/a.yaml", 3, 10,
	    "YAML syntax: this quote is never closed: end the text with the "
	    "same quote mark (write a \" inside \"...\" as \\\")");
	load_end(&l);
	bad_fixture(&l, "syntax-list", 1);
	expect(&l, "syntax-list", "en/topics/a.yaml", 7, 2,
	    "YAML syntax: this list item (\"- \") is not lined up with the "
	    "items before it: start every item of one list in the same "
	    "column");
	load_end(&l);
	bad_fixture(&l, "syntax-hash", 1);
	expect(&l, "syntax-hash", "en/topics/a.yaml", 3, 9, "summary is empty");
	ok(find_diag(&l, "en/topics/a.yaml", "the value is empty: \" #\" "
	    "starts a comment", 0) != NULL, "syntax-hash: the comment is "
	    "named as the cause");
	load_end(&l);

	bad_fixture(&l, "empty", 1);
	expect(&l, "empty", "en/topics/a.yaml", 0, 0, "the file is empty");
	load_end(&l);

	bad_fixture(&l, "multi-doc", 1);
	expect(&l, "multi-doc", "en/topics/a.yaml", 12, 1,
	    "only one YAML document per file");
	load_end(&l);
}

static void
test_bad_menus(void)
{
	struct load l;

	bad_fixture(&l, "item-two-kinds", 1);
	expect(&l, "item-two-kinds", "en/index.yaml", 7, 5,
	    "a menu item needs exactly one of \"topic\", \"menu\" or "
	    "\"show\"");
	load_end(&l);

	/* Only the bad value is reported, not a missing FAQ after it. */
	bad_fixture(&l, "show-nonsense", 1);
	expect(&l, "show-nonsense", "en/index.yaml", 8, 11,
	    "show must be faq, disclaimer, help, clinic or selfcheck");
	load_end(&l);

	/* The message points at the item that shows the FAQ. */
	bad_fixture(&l, "no-faq", 1);
	expect(&l, "no-faq", "en/index.yaml", 8, 9,
	    "the menu shows the FAQ, but en has no faq.yaml");
	load_end(&l);
}

static void
test_bad_layout(void)
{
	struct load l;
	char *root;

	bad_fixture(&l, "no-index", 1);
	expect(&l, "no-index", "en", 0, 0,
	    "no index.yaml in this language folder");
	load_end(&l);

	load_fixture(&l, "bad/no-language");
	is_int(l.st, CONTENT_NOT_FOUND, "no-language: not found");
	is_int(l.c.nlangs, 0, "  ... no language");
	is_int(l.d.errors, 1, "  ... one error");
	expect(&l, "no-language", "", 0, 0,
	    "no language folder (such as en/ with an index.yaml) here");
	load_end(&l);

	root = h_join(tmpdir, "does-not-exist");
	load_root(&l, root);
	free(root);
	is_int(l.st, CONTENT_NOT_FOUND, "missing root: not found");
	is_int(l.c.nlangs, 0, "  ... no language");
	is_int(l.d.errors, 1, "  ... one error");
	expect(&l, "missing root", "", 0, 0, "cannot open the content folder");
	load_end(&l);

	/* A misnamed file is left out like a broken topic file. */
	load_fixture(&l, "bad/bad-filename");
	is_int(l.d.errors, 1, "bad-filename: one error");
	expect(&l, "bad-filename", "en/topics/Bad_Name.yaml", 0, 0,
	    "a topic file must be named ID.yaml, where ID is 1 to 64 of "
	    "a-z, 0-9 and -");
	is_int(l.st, CONTENT_ERRORS, "bad-filename: CONTENT_ERRORS");
	is_int(l.c.nlangs, 1, "bad-filename: en loads without it");
	is_int(l.c.broken, 0, "bad-filename: en is not broken");
	load_end(&l);
}

/* Files that are awkward in git, written at run time. */
static void
test_bad_bytes(void)
{
	static const char latin1[] = INDEX_HEAD "title: Caf\xe9 kiosk\n"
	    INDEX_REST;
	static const char wide[] = INDEX_HEAD "title: Caf\xc3\xa9 \xff\n"
	    INDEX_REST;
	static const char overlong[] = INDEX_HEAD "title: \xc0\xaf\n"
	    INDEX_REST;
	static const char surrogate[] = INDEX_HEAD "title: \xed\xa0\x80\n"
	    INDEX_REST;
	static const char cut[] = INDEX_HEAD "title: Kiosk\n" INDEX_REST
	    "# \xe2\x82";
	static const char nul[] = INDEX_HEAD "title: Test\0kiosk\n"
	    INDEX_REST;
	static const char esc[] = INDEX_HEAD "title: Test\x1b[2Jkiosk\n"
	    INDEX_REST;
	static const char c1[] = INDEX_HEAD "title: Test \xc2\x9b kiosk\n"
	    INDEX_REST;
	static const char del[] = INDEX_HEAD "title: Test\x7f\n" INDEX_REST;
	static const char utf16le[] = "\xff\xfen\0a\0m\0e\0:\0 \0E\0\n\0";
	static const char utf16be[] = "\xfe\xff\0n\0a\0m\0e\0:\0 \0E\0\n";
	static const char utf32le[] = "\xff\xfe\0\0n\0\0\0";
	static const char nobom16[] = "n\0a\0m\0e\0:\0 \0E\0\n\0";
	char msg[128];

	bad_bytes("latin1", latin1, sizeof(latin1) - 1, 2, 11,
	    "invalid UTF-8 at byte offset 24 (0xe9); save the file as UTF-8");
	/* the offset counts bytes, the column characters */
	bad_bytes("after-wide", wide, sizeof(wide) - 1, 2, 13,
	    "invalid UTF-8 at byte offset 27 (0xff); save the file as UTF-8");
	bad_bytes("overlong", overlong, sizeof(overlong) - 1, 2, 8,
	    "invalid UTF-8 at byte offset 21 (0xc0); save the file as UTF-8");
	bad_bytes("surrogate", surrogate, sizeof(surrogate) - 1, 2, 8,
	    "invalid UTF-8 at byte offset 21 (0xed); save the file as UTF-8");
	snprintf(msg, sizeof(msg), "invalid UTF-8 at byte offset %zu (0xe2); "
	    "save the file as UTF-8", sizeof(cut) - 1 - 2);
	bad_bytes("cut-at-end", cut, sizeof(cut) - 1, 8, 3, msg);
	bad_bytes("nul", nul, sizeof(nul) - 1, 2, 12,
	    "NUL byte at byte offset 25 (is the file UTF-16 or binary?)");
	bad_bytes("utf16le", utf16le, sizeof(utf16le) - 1, 1, 1,
	    "the file is UTF-16; save it as UTF-8");
	bad_bytes("utf16be", utf16be, sizeof(utf16be) - 1, 1, 1,
	    "the file is UTF-16; save it as UTF-8");
	bad_bytes("utf32le", utf32le, sizeof(utf32le) - 1, 1, 1,
	    "the file is UTF-32; save it as UTF-8");
	bad_bytes("utf16-no-bom", nobom16, sizeof(nobom16) - 1, 1, 2,
	    "NUL byte at byte offset 1 (is the file UTF-16 or binary?)");
	bad_bytes("escape", esc, sizeof(esc) - 1, 2, 12,
	    "control character U+001B is not allowed");
	bad_bytes("c1-control", c1, sizeof(c1) - 1, 2, 13,
	    "control character U+009B is not allowed");
	bad_bytes("delete", del, sizeof(del) - 1, 2, 12,
	    "control character U+007F is not allowed");
}

/* What is allowed at the byte level: a UTF-8 BOM, CRLF line ends. */
static void
test_good_bytes(void)
{
	static const char bom[] = "\xef\xbb\xbf" INDEX_HEAD "title: Kiosk\n"
	    INDEX_REST;
	static const char crlf[] = "name: English\r\ntitle: Kiosk\r\n"
	    "welcome: Welcome.\r\n"
	    "disclaimer: General information, not medical advice.\r\n"
	    "menu:\r\n  - show: disclaimer\r\n    title: About\r\n";

	/* Editors such as Notepad start UTF-8 files with a BOM. */
	good_bytes("utf8-bom", bom, sizeof(bom) - 1);
	good_bytes("crlf", crlf, sizeof(crlf) - 1);
}

/* An index.yaml whose title is n times "x"; *len receives its length. */
static char *
index_with_title(size_t n, size_t *len)
{
	static const char head[] = INDEX_HEAD "title: ";
	static const char tail[] = "\n" INDEX_REST;
	char *buf;

	*len = sizeof(head) - 1 + n + sizeof(tail) - 1;
	if ((buf = malloc(*len + 1)) == NULL) {
		perror("malloc");
		exit(99);
	}
	memcpy(buf, head, sizeof(head) - 1);
	memset(buf + sizeof(head) - 1, 'x', n);
	memcpy(buf + sizeof(head) - 1 + n, tail, sizeof(tail));
	return buf;
}

/* The size limits of limits.h, with generated files. */
static void
test_limits(void)
{
	struct load l;
	char *buf, *root, *path;
	size_t len, i;
	int fd;

	/* one text value one byte too long, then exactly the limit */
	buf = index_with_title(LIMIT_SCALAR_BYTES + 1, &len);
	bad_bytes("long-text", buf, len, 2, 8, "text longer than 65536 bytes");
	free(buf);
	buf = index_with_title(LIMIT_SCALAR_BYTES, &len);
	root = tmp_root("long-text-ok", "index.yaml", buf, len);
	free(buf);
	load_root(&l, root);
	if (!is_int(l.st, CONTENT_OK, "text of exactly the limit loads"))
		show_diags(&l.d);
	load_end(&l);
	h_remove_tree(root);
	free(root);

	/* one key too many in one mapping */
	len = 0;
	if ((buf = malloc(LIMIT_MAP_KEYS * 16 + 256)) == NULL) {
		perror("malloc");
		exit(99);
	}
	len += (size_t)sprintf(buf, "%s", INDEX_HEAD);
	for (i = 1; i < LIMIT_MAP_KEYS + 1; i++)
		len += (size_t)sprintf(buf + len, "k%zu: v\n", i);
	bad_bytes("many-keys", buf, len, LIMIT_MAP_KEYS + 1, 1,
	    "too many keys in one mapping");
	free(buf);

	/* a file over the size limit (sparse, so nothing is written) */
	root = tmp_root("huge", "index.yaml", "", 0);
	path = h_join(root, "en/index.yaml");
	must(fd = open(path, O_WRONLY), "open", path);
	must(ftruncate(fd, LIMIT_FILE_BYTES + 1), "truncate", path);
	must(close(fd), "close", path);
	free(path);
	load_root(&l, root);
	is_int(l.st, CONTENT_ERRORS, "huge");
	is_int(l.d.errors, 1, "  ... one error");
	expect(&l, "huge", "en/index.yaml", 1, 1,
	    "file larger than 1048576 bytes");
	load_end(&l);
	h_remove_tree(root);
	free(root);
}

/* ---- several errors, several languages, several roots ---- */

static void
test_many(void)
{
	struct load l;

	bad_fixture(&l, "many", 6);
	is_int(l.d.n, 6, "many: six diagnostics kept");
	expect(&l, "many", "en/index.yaml", 10, 11,
	    "show must be faq, disclaimer, help, clinic or selfcheck");
	expect(&l, "many", "en/topics/a.yaml", 9, 11,
	    "year must be a year such as 2022");
	expect(&l, "many", "en/topics/a.yaml", 10, 10,
	    "url must start with https:// or http://");
	expect(&l, "many", "en/topics/b.yaml", 4, 9,
	    "YAML syntax: did not find expected ',' or ']' while parsing a "
	    "flow sequence");
	expect(&l, "many", "en/topics/c.yaml", 9, 11,
	    "reviewed must be a date written YYYY-MM-DD");
	expect(&l, "many", "en/faq.yaml", 3, 5,
	    "an FAQ entry is missing the required key \"answer\"");
	load_end(&l);
}

static void
test_mixed(void)
{
	struct load l;
	struct language *en;
	size_t i;
	int all_fr = 1;

	load_fixture(&l, "mixed");
	is_int(l.st, CONTENT_ERRORS, "mixed: CONTENT_ERRORS");
	is_int(l.c.nlangs, 1, "mixed: one language loads");
	is_int(l.c.broken, 1, "mixed: one is broken");
	is_int(l.d.errors, 1, "mixed: one error");
	en = content_language(&l.c, "en");
	ok(en != NULL && en->ntopics == 1 && en->home.n == 1 &&
	    en->home.items[0].title != NULL &&
	    strcmp(en->home.items[0].title, "Topic A") == 0,
	    "mixed: en is whole");
	ok(content_language(&l.c, "fr") == NULL, "mixed: fr is left out");
	expect(&l, "mixed", "fr/topics/a.yaml", 10, 14,
	    "next_review must come after reviewed");
	for (i = 0; i < l.d.n; i++)
		if (l.d.v[i].file == NULL || strstr(l.d.v[i].file, "/fr/") ==
		    NULL)
			all_fr = 0;
	ok(all_fr, "mixed: every diagnostic is about fr");
	load_end(&l);
}

static void
test_overlay(void)
{
	struct load l;
	struct language *en, *es;
	struct topic *alpha, *beta, *gamma;
	char *fx = h_join(srcdir, "tests/fixtures/overlay");
	char *base = h_join(fx, "base"), *top = h_join(fx, "top"), *file;
	const char *roots[2];

	roots[0] = base;
	roots[1] = top;
	load_roots(&l, roots, 2);
	if (!is_int(l.st, CONTENT_OK, "overlay: loads cleanly"))
		show_diags(&l.d);
	is_int(l.c.nlangs, 2, "overlay: two languages");
	en = content_language(&l.c, "en");
	es = content_language(&l.c, "es");
	ok(l.c.nlangs == 2 && l.c.langs[0] == en && l.c.langs[1] == es,
	    "overlay: languages sorted by code");
	if (ok(en != NULL, "overlay: en")) {
		is_str(en->title, "Overlay kiosk", "overlay: index replaced");
		is_int(en->ntopics, 3, "overlay: three topics");
		alpha = language_topic(en, "alpha");
		beta = language_topic(en, "beta");
		gamma = language_topic(en, "gamma");
		is_str(alpha ? alpha->title : NULL, "Alpha from overlay",
		    "overlay: alpha replaced");
		file = h_join(top, "en/topics/alpha.yaml");
		is_str(alpha ? alpha->file : NULL, file,
		    "overlay: alpha read from the overlay");
		free(file);
		is_str(beta ? beta->title : NULL, "Beta from base",
		    "overlay: beta from the base");
		file = h_join(base, "en/topics/beta.yaml");
		is_str(beta ? beta->file : NULL, file,
		    "overlay: beta read from the base");
		free(file);
		is_str(gamma ? gamma->title : NULL, "Gamma from overlay",
		    "overlay: gamma added");
		ok(alpha && alpha->nrelated == 1 && alpha->related[0] == gamma,
		    "overlay: alpha's related from the overlay file");
		ok(gamma && gamma->nrelated == 1 && gamma->related[0] == beta,
		    "overlay: a new topic refers to a base topic");
		ok(en->home.n == 3 && en->home.items[2].topic == gamma,
		    "overlay: the new index opens gamma");
	}
	if (ok(es != NULL, "overlay: es, only in the overlay")) {
		is_str(es->name, "Español", "overlay: es name");
		is_int(es->ntopics, 0, "overlay: es has no topics");
	}
	load_end(&l);

	/* the other way round, the base wins */
	roots[0] = top;
	roots[1] = base;
	load_roots(&l, roots, 2);
	if (!is_int(l.st, CONTENT_OK, "reversed overlay: loads cleanly"))
		show_diags(&l.d);
	en = content_language(&l.c, "en");
	if (ok(en != NULL, "reversed overlay: en")) {
		is_str(en->title, "Base kiosk", "reversed overlay: base index");
		alpha = language_topic(en, "alpha");
		is_str(alpha ? alpha->title : NULL, "Alpha from base",
		    "reversed overlay: base alpha");
		ok(language_topic(en, "gamma") != NULL,
		    "reversed overlay: gamma still there");
	}
	load_end(&l);

	/* a missing root among good ones */
	roots[0] = base;
	roots[1] = "/nonexistent/t-load/root";
	load_roots(&l, roots, 2);
	is_int(l.st, CONTENT_NOT_FOUND, "a missing overlay root: not found");
	expect(&l, "a missing overlay root", "", 0, 0,
	    "cannot open the content folder");
	load_end(&l);

	free(base);
	free(top);
	free(fx);
}

/* ---- a clinic's details in every language ---- */

/* Does lang have a "show: clinic" item on its home menu? */
static int
has_clinic_item(const struct language *lang)
{
	size_t i;

	for (i = 0; i < lang->home.n; i++)
		if (lang->home.items[i].kind == MENU_SHOW &&
		    lang->home.items[i].show == SHOW_CLINIC)
			return 1;
	return 0;
}

/* Checks that lang shows the clinic of en/clinic.yaml in root. */
static void
is_english_clinic(const struct language *lang, const char *root,
    const char *name)
{
	char *file = h_join(root, "en/clinic.yaml");

	if (!ok(lang != NULL && lang->clinic != NULL, "%s: a clinic", name)) {
		free(file);
		return;
	}
	is_str(lang->clinic->name, "Lingua Clinic", "  ... en's name");
	is_str(lang->clinic->relationship,
	    "Lingua Clinic runs this kiosk and offers SMP.",
	    "  ... and en's relationship statement");
	is_str(lang->clinic_file, file, "  ... read from en/clinic.yaml");
	free(file);
}

static struct language *
pick_es(const struct content *c, void *ctx)
{
	(void)ctx;
	return content_language(c, "es");
}

/*
 * An overlay with only en/clinic.yaml (tests/fixtures/i18n/clinic-en):
 * es and fr show its details, flagged as the default language's, in the
 * full load and in the welcome part; a language's own clinic.yaml wins.
 */
static void
test_clinic_fallback(void)
{
	char *fx = h_join(srcdir, "tests/fixtures/i18n");
	char *base = h_join(fx, "clinic"), *en_only = h_join(fx, "clinic-en");
	char *es_too = h_join(fx, "clinic-es"), *broken;
	const char *roots[3] = { base, en_only, es_too };
	struct language *en, *es, *fr;
	struct content c;
	struct diags d;
	struct load l;
	enum content_status st;

	load_roots(&l, roots, 1);
	if (!is_int(l.st, CONTENT_OK, "no clinic file: loads cleanly"))
		show_diags(&l.d);
	es = content_language(&l.c, "es");
	ok(es != NULL && es->clinic == NULL && !es->clinic_fallback &&
	    !has_clinic_item(es), "no clinic file: es has no clinic and no "
	    "contact item");
	load_end(&l);

	load_roots(&l, roots, 2);
	if (!is_int(l.st, CONTENT_OK, "en/clinic.yaml only: loads cleanly"))
		show_diags(&l.d);
	is_int(l.d.warnings, 0, "  ... the loader itself warns of nothing");
	en = content_language(&l.c, "en");
	es = content_language(&l.c, "es");
	fr = content_language(&l.c, "fr");
	is_english_clinic(en, en_only, "en/clinic.yaml only: en");
	ok(en != NULL && !en->clinic_fallback, "  ... its own");
	is_english_clinic(es, en_only, "en/clinic.yaml only: es");
	ok(es != NULL && es->clinic_fallback && en != NULL &&
	    es->clinic == en->clinic, "  ... shared with en, as a fallback");
	ok(es != NULL && has_clinic_item(es), "  ... and es keeps its "
	    "contact item");
	is_english_clinic(fr, en_only, "en/clinic.yaml only: fr");
	ok(fr != NULL && fr->clinic_fallback && has_clinic_item(fr),
	    "  ... as a fallback, with the contact item");
	load_end(&l);

	load_roots(&l, roots, 3);
	if (!is_int(l.st, CONTENT_OK, "en and es clinic files: loads cleanly"))
		show_diags(&l.d);
	es = content_language(&l.c, "es");
	ok(es != NULL && es->clinic != NULL && !es->clinic_fallback &&
	    strcmp(es->clinic->name, "Clínica Lingua") == 0,
	    "en and es clinic files: es shows its own");
	is_english_clinic(content_language(&l.c, "fr"), en_only,
	    "en and es clinic files: fr");
	load_end(&l);

	/* The welcome screen names the clinic in every language too. */
	diags_init(&d);
	st = content_load_welcome(&c, roots, 2, &d, NULL, NULL);
	is_int(st, CONTENT_OK, "welcome part, en/clinic.yaml only: loads");
	is_english_clinic(content_language(&c, "es"), en_only,
	    "welcome part: es");
	es = content_language(&c, "es");
	ok(es != NULL && es->clinic_fallback, "  ... as a fallback");
	content_free(&c);
	st = content_load_welcome(&c, roots, 2, &d, pick_es, NULL);
	is_int(st, CONTENT_OK, "welcome part picking es: loads");
	is_english_clinic(content_language(&c, "es"), en_only,
	    "welcome part picking es: es");
	es = content_language(&c, "es");
	en = content_language(&c, "en");
	ok(es != NULL && es->clinic_fallback && en != NULL &&
	    en->clinic == NULL, "  ... read for es alone, as a fallback");
	content_free(&c);
	is_int(d.n, 0, "welcome parts: no diagnostics");
	diags_free(&d);

	/* A broken en/clinic.yaml leaves out the clinic's details, with
	 * an error, and never the language (it once took en out, and the
	 * kiosk started in Spanish); the others have none to fall back
	 * on either. */
	broken = tmp_root("clinic-broken", "clinic.yaml",
	    "name: Broken Clinic\n", 19);
	roots[1] = broken;
	load_roots(&l, roots, 2);
	is_int(l.st, CONTENT_ERRORS, "broken en/clinic.yaml: errors");
	en = content_language(&l.c, "en");
	ok(en != NULL && l.c.broken == 0 && en->clinic == NULL &&
	    !has_clinic_item(en), "  ... en loads, without a clinic or a "
	    "contact item");
	ok(content_default_language(&l.c) == en, "  ... and is still the "
	    "language to start in");
	es = content_language(&l.c, "es");
	ok(es != NULL && es->clinic == NULL && !es->clinic_fallback &&
	    !has_clinic_item(es), "  ... es shows no clinic, and no contact "
	    "item");
	load_end(&l);

	/* The welcome part too: the language stays, without the clinic. */
	diags_init(&d);
	st = content_load_welcome(&c, roots, 2, &d, NULL, NULL);
	en = content_language(&c, "en");
	ok(en != NULL && en->clinic == NULL && c.broken == 0 && d.errors > 0,
	    "broken en/clinic.yaml, welcome part: en stays, without a clinic");
	content_free(&c);
	diags_free(&d);
	h_remove_tree(broken);

	free(broken);
	free(es_too);
	free(en_only);
	free(base);
	free(fx);
}

static void
test_too_many_roots(void)
{
	const char *roots[LIMIT_ROOTS + 1];
	struct load l;
	size_t i;

	for (i = 0; i < LIMIT_ROOTS + 1; i++)
		roots[i] = srcdir;
	load_roots(&l, roots, LIMIT_ROOTS + 1);
	is_int(l.st, CONTENT_NOT_FOUND, "17 roots: refused");
	expect(&l, "17 roots", NULL, 0, 0, "more than 16 content folders");
	load_end(&l);
}

/* ---- picking a language ---- */

static void
test_locale(void)
{
	static struct language en, pt, pt_BR;
	struct language *all[] = { &en, &pt, &pt_BR };
	struct content c;
	struct load l;
	char *root;

	strcpy(en.code, "en");
	strcpy(pt.code, "pt");
	strcpy(pt_BR.code, "pt_BR");
	c.langs = all;
	c.nlangs = 3;
	c.broken = 0;
	ok(content_language_for_locale(&c, "pt_BR.UTF-8") == &pt_BR,
	    "locale pt_BR.UTF-8 -> pt_BR when there");
	ok(content_language_for_locale(&c, "pt_PT.UTF-8") == &pt,
	    "locale pt_PT.UTF-8 -> pt");
	ok(content_language_for_locale(&c, "pt") == &pt, "locale pt -> pt");
	ok(content_language_for_locale(&c, "en_US.UTF-8@euro") == &en,
	    "locale en_US.UTF-8@euro -> en");
	ok(content_language_for_locale(&c, "en@euro") == &en,
	    "locale en@euro -> en");
	ok(content_language_for_locale(&c, "C") == NULL, "locale C -> none");
	ok(content_language_for_locale(&c, "C.UTF-8") == NULL,
	    "locale C.UTF-8 -> none");
	ok(content_language_for_locale(&c, "POSIX") == NULL,
	    "locale POSIX -> none");
	ok(content_language_for_locale(&c, "") == NULL, "locale \"\" -> none");
	ok(content_language_for_locale(&c, NULL) == NULL,
	    "locale NULL -> none");
	ok(content_language_for_locale(&c, "de_DE.UTF-8") == NULL,
	    "locale de_DE.UTF-8 -> none");
	c.nlangs = 2;	/* en and pt */
	ok(content_language_for_locale(&c, "pt_BR.UTF-8") == &pt,
	    "locale pt_BR.UTF-8 -> pt without pt_BR");

	root = h_join(srcdir, "content");
	load_root(&l, root);
	free(root);
	ok(content_language_for_locale(&l.c, "en_US.UTF-8@euro") ==
	    content_language(&l.c, "en") &&
	    content_language(&l.c, "en") != NULL,
	    "shipped content: en_US.UTF-8@euro -> en");
	ok(content_language_for_locale(&l.c, "pt_BR.UTF-8") == NULL,
	    "shipped content: pt_BR.UTF-8 -> none");
	load_end(&l);
}

/* ---- sources, checks.yaml's bad_domains, clinic sign-off ---- */

/* Loads the sources fixture with an overlay from the fixtures, or NULL. */
static void
load_sources(struct load *l, const char *overlay)
{
	char *fx = h_join(srcdir, "tests/fixtures"), *a = h_join(fx, "sources"),
	    *b = overlay != NULL ? h_join(fx, overlay) : NULL;
	const char *roots[2] = { a, b };

	load_roots(l, roots, b != NULL ? 2 : 1);
	free(a);
	free(b);
	free(fx);
}

static void
test_sources(void)
{
	const struct language *en;
	const struct topic *t;
	const struct source *s;
	struct load l;

	load_sources(&l, NULL);
	if (!is_int(l.st, CONTENT_OK, "sources: loads"))
		show_diags(&l.d);
	en = content_language(&l.c, "en");
	if (!ok(en != NULL, "sources: en loads")) {
		load_end(&l);
		return;
	}
	is_int(en->nbad_domains, 2, "sources: checks.yaml's bad_domains");
	is_str(en->nbad_domains > 1 ? en->bad_domains[1] : NULL,
	    "mirror.example", "  ... in order");
	is_int(en->nforbidden, 2, "  ... next to forbidden");
	t = language_topic(en, "kinds");
	if (!ok(t != NULL && t->rev.nsources == 6, "sources: six sources"))
		goto out;
	s = t->rev.sources;
	is_int(s[0].kind, SOURCE_CLINIC, "  ... a clinic's");
	is_str(s[0].conflict, "The clinic sells SMP.", "  ... its conflict");
	is_int(s[0].line, 14, "  ... where it starts");
	is_int(s[0].col, 5, "  ... at its first key");
	is_int(s[1].kind, SOURCE_STUDY, "  ... a study");
	is_str(s[1].doi, "10.1111/jocd.70375", "  ... its DOI");
	is_str(s[2].pmid, "40899372", "  ... a review's PubMed id");
	is_int(s[5].kind, SOURCE_FORUM, "  ... a forum");
	ok(source_kind_is_example(SOURCE_CLINIC) &&
	    source_kind_is_example(SOURCE_FORUM) &&
	    !source_kind_is_example(SOURCE_HEALTH_SERVICE),
	    "clinic and forum sources are examples only; a health service's "
	    "is not");
	ok(en->faq != NULL && en->faq->rev.reviewed == 20260101 &&
	    en->faq->rev.nsources == 1 &&
	    en->faq->rev.sources[0].kind == SOURCE_STANDARD,
	    "sources: the FAQ's review data");
out:
	load_end(&l);

	/* An old FAQ without review data still loads. */
	load_sources(&l, "sources-oldfaq");
	if (!is_int(l.st, CONTENT_OK, "sources-oldfaq: an FAQ without review "
	    "data loads"))
		show_diags(&l.d);
	en = content_language(&l.c, "en");
	ok(en != NULL && en->faq != NULL && en->faq->rev.reviewed == 0 &&
	    en->faq->rev.nsources == 0, "  ... with none");
	load_end(&l);
}

static void
test_sign_off(void)
{
	static const char bad[] =
	    "name: Test Clinic\n"
	    "relationship: Test Clinic runs this kiosk.\n"
	    "sign_off:\n"
	    "  - name: Dr Ann Example\n"
	    "    date: 2026-12-01\n"
	    "    pages: all\n"
	    "  - name: Dr B\n"
	    "    role: Nurse\n"
	    "    date: 2026-12-01\n"
	    "    pages: [Not An Id]\n";
	const struct language *en;
	const struct clinic *c;
	const struct sign_off *s;
	struct load l;
	char *fx, *a, *root;
	const char *roots[2];

	load_sources(&l, "sign-off");
	if (!is_int(l.st, CONTENT_OK, "sign-off: loads"))
		show_diags(&l.d);
	en = content_language(&l.c, "en");
	c = en != NULL ? en->clinic : NULL;
	if (!ok(c != NULL && c->nsign_offs == 2, "sign-off: two sign-offs")) {
		load_end(&l);
		return;
	}
	s = &c->sign_offs[0];
	is_str(s->name, "Dr Ann Example", "  ... a name");
	is_str(s->role, "Consultant dermatologist", "  ... a role");
	is_int(s->date, 20261201, "  ... a date");
	ok(s->npages == 2 && !s->all && strcmp(s->pages[1].id, "faq") == 0,
	    "  ... the pages it covers");
	is_int(s->pages[0].line, 10, "  ... each page where it is named");
	is_int(s->pages[0].col, 13, "  ... line and column");
	ok(c->sign_offs[1].all, "pages: [all]");
	ok(sign_off_covers(s, "kinds") && sign_off_covers(s, "faq") &&
	    !sign_off_covers(s, "later") &&
	    sign_off_covers(&c->sign_offs[1], "later"),
	    "sign_off_covers: the pages named, or all");
	ok(clinic_sign_off(c, "kinds", 20260601) == s,
	    "clinic_sign_off: one dated after the page's review");
	ok(clinic_sign_off(c, "kinds", 20261201) == s,
	    "  ... or on the same day");
	ok(clinic_sign_off(c, "later", 20261205) == NULL,
	    "  ... none dated before it");
	ok(clinic_sign_off(c, "later", 20200101) == &c->sign_offs[1],
	    "  ... another that covers all");
	ok(clinic_sign_off(c, "faq", 20190101) == s,
	    "  ... the latest of those that cover the page");
	ok(clinic_sign_off(NULL, "faq", 0) == NULL, "  ... none without a "
	    "clinic");
	load_end(&l);

	root = tmp_root("sign-off-bad", "clinic.yaml", bad, sizeof(bad) - 1);
	fx = h_join(srcdir, "tests/fixtures");
	a = h_join(fx, "sources");
	roots[0] = a;
	roots[1] = root;
	load_roots(&l, roots, 2);
	is_int(l.st, CONTENT_ERRORS, "sign-off: mistakes are errors");
	expect(&l, "sign-off", "en/clinic.yaml", 4, 5,
	    "a sign-off is missing the required key \"role\"");
	expect(&l, "sign-off", "en/clinic.yaml", 6, 12,
	    "pages must be a list, not text");
	expect(&l, "sign-off", "en/clinic.yaml", 10, 13, "a page of a "
	    "sign-off must be a topic id (1 to 64 of a-z, 0-9 and -)");
	load_end(&l);
	h_remove_tree(root);
	free(root);
	free(a);
	free(fx);
}

/* Copies the file src to dst. */
static void
copy_file(const char *src, const char *dst)
{
	char buf[8192];
	ssize_t n;
	int in, out;

	must(in = open(src, O_RDONLY), "open", src);
	must(out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0600), "create",
	    dst);
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n)
			must(-1, "write", dst);
	must((int)n, "read", src);
	close(in);
	must(close(out), "close", dst);
}

/*
 * TMP/name/en with the good fixture's index.yaml and faq.yaml, and a
 * topics folder made by topics (a folder, or a link to one given as
 * topics_link); returns the root, to be freed.
 */
static char *
links_root(const char *name, const char *topics_link)
{
	char *fx = h_join(srcdir, "tests/fixtures/good/en"), *root, *lang, *a,
	    *b;

	root = h_join(tmpdir, name);
	lang = h_join(root, "en");
	must(mkdir(root, 0700), "mkdir", root);
	must(mkdir(lang, 0700), "mkdir", lang);
	a = h_join(fx, "index.yaml");
	b = h_join(lang, "index.yaml");
	copy_file(a, b);
	free(a);
	free(b);
	a = h_join(fx, "faq.yaml");
	b = h_join(lang, "faq.yaml");
	copy_file(a, b);
	free(a);
	free(b);
	b = h_join(lang, "topics");
	if (topics_link != NULL)
		must(symlink(topics_link, b), "symlink", b);
	else
		must(mkdir(b, 0700), "mkdir", b);
	free(b);
	free(lang);
	free(fx);
	return root;
}

/*
 * Symbolic links among the topics: one that stays inside the root is
 * read, one that leads out is reported and left out, and so is every
 * file of a topics folder that is itself a link out of the root (the
 * loader resolves such a folder once, not each file in it).
 */
static void
test_links(void)
{
	char *fx = h_join(srcdir, "tests/fixtures/good/en/topics");
	char *root, *src, *dst, *inside, *out_beta;
	struct language *en;
	struct load l;

	/* alpha a file, beta a link to a copy elsewhere in the root. */
	root = links_root("links-in", NULL);
	src = h_join(fx, "alpha.yaml");
	dst = h_join(root, "en/topics/alpha.yaml");
	copy_file(src, dst);
	free(src);
	free(dst);
	src = h_join(fx, "beta.yaml");
	inside = h_join(root, "beta-copy.yaml");
	copy_file(src, inside);
	dst = h_join(root, "en/topics/beta.yaml");
	must(symlink("../../beta-copy.yaml", dst), "symlink", dst);
	free(dst);
	load_root(&l, root);
	is_int(l.st, CONTENT_OK, "links: a link inside the root is read");
	if (l.st != CONTENT_OK)
		show_diags(&l.d);
	en = content_language(&l.c, "en");
	ok(en != NULL && language_topic(en, "alpha") != NULL &&
	    language_topic(en, "beta") != NULL,
	    "links: both topics loaded");
	load_end(&l);

	/* beta a link to the fixture, outside the root. */
	must((out_beta = realpath(src, NULL)) != NULL ? 0 : -1, "realpath",
	    src);
	free(src);
	free(root);
	root = links_root("links-out", NULL);
	src = h_join(fx, "alpha.yaml");
	dst = h_join(root, "en/topics/alpha.yaml");
	copy_file(src, dst);
	free(src);
	free(dst);
	dst = h_join(root, "en/topics/beta.yaml");
	must(symlink(out_beta, dst), "symlink", dst);
	free(dst);
	load_root(&l, root);
	expect(&l, "links: a topic linked out of the root",
	    "en/topics/beta.yaml", 0, 0, "a symbolic link that leads out of "
	    "the content folder; it is not read");
	en = content_language(&l.c, "en");
	ok(en != NULL && language_topic(en, "alpha") != NULL &&
	    (language_topic(en, "beta") == NULL ||
	    language_topic(en, "beta")->title == NULL),
	    "links: alpha loaded, beta not read");
	load_end(&l);

	/* The topics folder a link to the first root's, outside this one. */
	free(root);
	src = h_join(tmpdir, "links-in/en/topics");
	must((dst = realpath(src, NULL)) != NULL ? 0 : -1, "realpath", src);
	root = links_root("links-dir", dst);
	free(src);
	free(dst);
	load_root(&l, root);
	expect(&l, "links: a file in a topics folder linked out of the root",
	    "en/topics/alpha.yaml", 0, 0, "a symbolic link that leads out "
	    "of the content folder; it is not read");
	load_end(&l);

	free(root);
	free(out_beta);
	free(inside);
	free(fx);
}

/* ---- content_load_lean(), content_hold(), content_release() ---- */

/* Whether every diagnostic of a and b reads the same, in order. */
static int
same_diags(const struct diags *a, const struct diags *b)
{
	char *x, *y;
	size_t i;
	int same = a->n == b->n && a->errors == b->errors;

	for (i = 0; same && i < a->n; i++) {
		x = diag_format(&a->v[i]);
		y = diag_format(&b->v[i]);
		same = x != NULL && y != NULL && strcmp(x, y) == 0;
		free(x);
		free(y);
	}
	return same;
}

/* Whether lang, held again, is what content_load() made of it. */
static int
same_language(const struct language *a, const struct language *b)
{
	size_t i;

	if (!a->loaded || !b->loaded || a->ntopics != b->ntopics ||
	    strcmp(a->name, b->name) != 0 || strcmp(a->title, b->title) != 0 ||
	    a->home.n != b->home.n || (a->faq == NULL) != (b->faq == NULL) ||
	    (a->faq != NULL && a->faq->n != b->faq->n) ||
	    (a->selfcheck == NULL) != (b->selfcheck == NULL))
		return 0;
	for (i = 0; i < a->ntopics; i++)
		if (strcmp(a->topics[i].id, b->topics[i].id) != 0 ||
		    strcmp(a->topics[i].title, b->topics[i].title) != 0 ||
		    a->topics[i].tr != b->topics[i].tr ||
		    a->topics[i].nsections != b->topics[i].nsections)
			return 0;
	return 1;
}

/* Held by its name alone: nothing of its pages is left. */
static int
by_name(const struct language *l, const struct language *full)
{
	return !l->loaded && l->topics == NULL && l->ntopics == 0 &&
	    l->home.n == 0 && l->faq == NULL && l->selfcheck == NULL &&
	    l->title == NULL && l->name != NULL &&
	    strcmp(l->name, full->name) == 0 &&
	    l->checked.topics == full->ntopics;
}

static void
test_lean(void)
{
	struct load full, withbroken;
	struct content c;
	struct diags d, hd;
	struct language *en, *es, *fr, *zh, *fr_at;
	enum content_status st;
	char *fx = h_join(srcdir, "tests/fixtures/i18n"),
	    *good = h_join(fx, "good"), *broken = h_join(fx, "broken"),
	    *over = h_join(tmpdir, "lean"), *frdir, *endir, *index;
	const char *roots[2];
	size_t i;

	load_fixture(&full, "i18n/good");
	roots[0] = good;
	diags_init(&d);
	st = content_load_lean(&c, roots, 1, &d, pick_es, NULL);
	is_int(st, full.st, "lean: the status content_load() gives");
	ok(same_diags(&d, &full.d), "lean: the same diagnostics");
	is_int(c.nlangs, full.c.nlangs, "lean: every language");
	en = content_language(&c, "en");
	es = content_language(&c, "es");
	fr = content_language(&c, "fr");
	zh = content_language(&c, "zh");
	if (!ok(en && es && fr && zh, "lean: en, es, fr and zh")) {
		content_free(&c);
		diags_free(&d);
		load_end(&full);
		return;
	}
	ok(same_language(en, content_language(&full.c, "en")),
	    "lean: the default language is whole");
	ok(same_language(es, content_language(&full.c, "es")),
	    "lean: the language picked is whole, its translation states "
	    "resolved");
	ok(by_name(fr, content_language(&full.c, "fr")) &&
	    by_name(zh, content_language(&full.c, "zh")),
	    "lean: the others keep their name and what was checked alone");

	diags_init(&hd);
	fr_at = fr;
	ok(content_hold(&c, fr, &hd) == 0 && hd.n == 0,
	    "hold: fr is read again, cleanly");
	ok(fr == content_language(&c, "fr") && fr == fr_at,
	    "hold: the language keeps its address");
	ok(same_language(fr, content_language(&full.c, "fr")),
	    "hold: fr is what content_load() made of it");
	ok(content_hold(&c, fr, &hd) == 0 && hd.n == 0,
	    "hold: a whole language is left as it is");

	content_release(&c, es);
	ok(by_name(fr, content_language(&full.c, "fr")) && es->loaded &&
	    en->loaded, "release: fr goes, the one kept and the default stay");
	content_release(&c, NULL);
	ok(!es->loaded && en->loaded, "release: the default always stays");
	ok(content_hold(&c, es, &hd) == 0 &&
	    same_language(es, content_language(&full.c, "es")),
	    "release: es can be read again");
	content_release(&full.c, NULL);
	for (i = 0; i < full.c.nlangs; i++)
		if (!full.c.langs[i]->loaded)
			break;
	ok(i == full.c.nlangs, "release: content_load()'s content is kept "
	    "whole");
	content_free(&c);
	diags_free(&d);

	/* Without a pick, the default language alone. */
	diags_init(&d);
	content_load_lean(&c, roots, 1, &d, NULL, NULL);
	en = content_language(&c, "en");
	es = content_language(&c, "es");
	ok(en != NULL && en->loaded && es != NULL && !es->loaded,
	    "lean, no pick: the default language alone is whole");
	content_free(&c);
	diags_free(&d);

	/* A broken language is left out as by content_load(). */
	roots[1] = broken;
	load_roots(&withbroken, roots, 2);
	diags_init(&d);
	content_load_lean(&c, roots, 2, &d, NULL, NULL);
	ok(same_diags(&d, &withbroken.d) && d.errors > 0,
	    "lean: a broken language's errors, the same and in order");
	ok(c.nlangs == withbroken.c.nlangs && c.broken == withbroken.c.broken,
	    "lean: the same languages left out");
	content_free(&c);
	diags_free(&d);
	load_end(&withbroken);

	/* Files that break after the start: an overlay gets a bad
	 * index.yaml for fr. */
	h_mkdir(over);
	roots[1] = over;
	diags_init(&d);
	content_load_lean(&c, roots, 2, &d, NULL, NULL);
	is_int(d.n, 0, "lean with an empty overlay: clean");
	frdir = h_join(over, "fr");
	h_mkdir(frdir);
	index = h_join(frdir, "index.yaml");
	h_write_file(index, "name: [\n", 8);
	fr = content_language(&c, "fr");
	diags_free(&hd);
	diags_init(&hd);
	ok(fr != NULL && content_hold(&c, fr, &hd) < 0,
	    "hold: fr's files now have errors: it is not read");
	ok(hd.errors > 0 && hd.v[0].file != NULL &&
	    strcmp(hd.v[0].file, index) == 0 && hd.v[0].line > 0,
	    "hold: the error names the file and its place");
	ok(fr != NULL && by_name(fr, content_language(&full.c, "fr")),
	    "hold: on failure fr stays as it was, by its name");
	unlink(index);
	diags_free(&hd);
	diags_init(&hd);
	ok(fr != NULL && content_hold(&c, fr, &hd) == 0 && fr->loaded,
	    "hold: once mended, fr is read");
	content_free(&c);
	diags_free(&d);
	diags_free(&hd);
	rmdir(frdir);

	/* A default language with errors is left out: nothing falls
	 * back on it, and every other language stays whole. */
	endir = h_join(over, "en");
	h_mkdir(endir);
	free(index);
	index = h_join(endir, "index.yaml");
	h_write_file(index, "name: [\n", 8);
	diags_init(&d);
	content_load_lean(&c, roots, 2, &d, NULL, NULL);
	es = content_language(&c, "es");
	zh = content_language(&c, "zh");
	ok(content_language(&c, "en") == NULL && es != NULL && es->loaded &&
	    zh != NULL && zh->loaded && !c.lean,
	    "lean without its default language: every language whole");
	content_release(&c, NULL);
	ok(es != NULL && es->loaded && zh != NULL && zh->loaded,
	    "lean without its default language: none let go");
	content_free(&c);
	diags_free(&d);
	unlink(index);
	rmdir(endir);
	free(endir);
	rmdir(over);
	free(index);
	free(frdir);
	load_end(&full);
	free(over);
	free(broken);
	free(good);
	free(fx);
}

int
main(void)
{
	const char *t;
	char *tmpl;

	tap_plan_none();
	if ((srcdir = getenv("SMP_SRCDIR")) == NULL || *srcdir == '\0')
		srcdir = ".";
	if ((t = getenv("TMPDIR")) == NULL || *t == '\0')
		t = "/tmp";
	tmpl = h_join(t, "t-load.XXXXXX");
	if ((tmpdir = mkdtemp(tmpl)) == NULL) {
		fprintf(stderr, "t-load: mkdtemp %s: %s\n", tmpl,
		    strerror(errno));
		return 99;
	}

	test_shipped();
	test_good();
	test_date_format();
	test_bad_keys();
	test_bad_refs();
	test_bad_dates();
	test_bad_yaml();
	test_bad_menus();
	test_bad_layout();
	test_bad_bytes();
	test_good_bytes();
	test_limits();
	test_many();
	test_mixed();
	test_overlay();
	test_clinic_fallback();
	test_too_many_roots();
	test_locale();
	test_sources();
	test_sign_off();
	test_links();
	test_lean();

	h_remove_tree(tmpdir);
	free(tmpl);
	return tap_done();
}
