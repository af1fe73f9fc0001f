/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Hostile input for the content loader (src/ytree.c, src/load.c).
 *
 * 1. One test per limit or refusal, each checking the whole message
 *    "FILE:LINE:COL: text", through content_load() on a content root
 *    made at run time and, for the YAML-level ones, through
 *    ytree_parse() on a buffer; each limit is also checked to let its
 *    boundary value through.
 * 2. Inputs built at run time to exhaust time or memory: 80,000 levels
 *    of nesting, a "billion laughs" alias file, a self-referencing
 *    anchor, a 50 MB scalar, a million tiny mappings.  Each must be
 *    refused with its message; how long that took is printed as a
 *    diagnostic ("# ... rejected in 0.4 ms") and never asserted.
 * 3. Every file in tests/fixtures/hostile/ (inputs that once crashed,
 *    hung or misled the loader, most found by fuzz/) loaded as a
 *    topic, an index, an FAQ and a self-check in a child process that
 *    must end cleanly within the time limit.
 *
 * 4. Regressions of bugs found in the loader, each named after what
 *    it once got wrong.
 * 5. A content root where half the files are broken: what is valid
 *    loads, what is left out is said, --check lists every problem and
 *    nothing is written into the folder.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content.h"
#include "diag.h"
#include "hostile.h"
#include "content-limits.h"
#include "tap.h"
#include "ytree.h"

#define WATCHDOG_S	600	/* the whole program, against a hang */
#define FIXTURE_TIMEOUT_S 5	/* per fixture load; SMP_HOSTILE_TIMEOUT_S */

static const char *srcdir;
static char *tmpdir;
static int nroots;		/* for unique root names */

static const char *const mode_file[H_NMODES] = {
	"en/topics/x.yaml", "en/index.yaml", "en/faq.yaml", "en/selfcheck.yaml"
};

/* ---- helpers ---- */

/* A growing buffer for generated files. */
struct gen {
	char	*p;
	size_t	 len, cap;
};

/* Makes room for n more bytes and a NUL. */
static void
gen_reserve(struct gen *g, size_t n)
{
	size_t cap = g->cap ? g->cap : 4096;

	if (g->len + n + 1 <= g->cap)
		return;
	while (cap < g->len + n + 1)
		cap *= 2;
	if ((g->p = realloc(g->p, cap)) == NULL) {
		perror("realloc");
		exit(99);
	}
	g->cap = cap;
}

static void
gen_add(struct gen *g, const char *s, size_t n)
{
	gen_reserve(g, n);
	memcpy(g->p + g->len, s, n);
	g->len += n;
	g->p[g->len] = '\0';
}

static void
gen_str(struct gen *g, const char *s)
{
	gen_add(g, s, strlen(s));
}

static void
gen_fill(struct gen *g, int c, size_t n)
{
	gen_reserve(g, n);
	memset(g->p + g->len, c, n);
	g->len += n;
	g->p[g->len] = '\0';
}

static void
gen_repeat(struct gen *g, const char *s, size_t times)
{
	size_t i, n = strlen(s);

	for (i = 0; i < times; i++)
		gen_add(g, s, n);
}

static void
gen_free(struct gen *g)
{
	free(g->p);
	memset(g, 0, sizeof(*g));
}

/* A new, unused root folder name under tmpdir. */
static char *
new_root(const char *name)
{
	char buf[128];

	snprintf(buf, sizeof(buf), "%03d-%s", ++nroots, name);
	return h_join(tmpdir, buf);
}

static void
show_diags(const struct diags *d)
{
	char *s;
	size_t i;

	diag("%zu diagnostics (%zu errors):", d->n, d->errors);
	for (i = 0; i < d->n && i < 20; i++) {
		if ((s = diag_format(&d->v[i])) != NULL)
			diag("  %s", s);
		free(s);
	}
}

/* The first diagnostic as "FILE:LINE:COL: message", to be freed. */
static char *
first_diag(const struct diags *d)
{
	return d->n > 0 ? diag_format(&d->v[0]) : NULL;
}

/* One content_load() of one root. */
struct load {
	char	*root;
	struct content c;
	struct diags d;
	enum content_status st;
	double	 ms;
};

static void
load_root(struct load *l)
{
	const char *roots[1] = { l->root };
	double t0 = h_now_ms();

	diags_init(&l->d);
	l->st = content_load(&l->c, roots, 1, &l->d);
	l->ms = h_now_ms() - t0;
}

static void
load_end(struct load *l)
{
	content_free(&l->c);
	diags_free(&l->d);
	h_remove_tree(l->root);
	free(l->root);
	memset(l, 0, sizeof(*l));
}

/*
 * Loads a root whose file of mode is buf and checks that exactly one
 * error came, formatted as ROOT/FILE:want.  Returns the load time.
 */
static double
refuse_load(const char *name, enum h_mode mode, const char *buf, size_t len,
    const char *want)
{
	struct load l;
	char *file, *got, *exp;
	double ms;

	memset(&l, 0, sizeof(l));
	l.root = new_root(name);
	free(h_root(l.root, mode, buf, len));
	load_root(&l);
	file = h_join(l.root, mode_file[mode]);
	exp = h_alloc(strlen(file) + strlen(want) + 2);
	sprintf(exp, "%s:%s", file, want);
	got = first_diag(&l.d);
	is_int(l.st, CONTENT_ERRORS, name);
	if (!is_int(l.d.errors, 1, "  ... one error"))
		show_diags(&l.d);
	is_str(got, exp, "  ... content_load: the message and position");
	ms = l.ms;
	free(got);
	free(exp);
	free(file);
	load_end(&l);
	return ms;
}

/*
 * ytree_parse() of buf as "mem.yaml": checks its result and that one
 * error came, formatted as mem.yaml:want.  Returns the parse time.
 */
static double
refuse_parse(const char *name, const char *buf, size_t len, int want_rc,
    const char *want)
{
	struct ytree t;
	struct diags d;
	char *got, exp[1024];
	double t0 = h_now_ms(), ms;
	int rc;

	diags_init(&d);
	rc = ytree_parse(&t, "mem.yaml", buf, len, &d);
	ms = h_now_ms() - t0;
	snprintf(exp, sizeof(exp), "mem.yaml:%s", want);
	got = first_diag(&d);
	is_int(rc, want_rc, "  ... ytree_parse: result");
	if (!is_int(d.errors, 1, "  ... ytree_parse: one error"))
		show_diags(&d);
	is_str(got, exp, "  ... ytree_parse: the message and position");
	ok(rc == 0 || t.root == NULL, "  ... ytree_parse: no tree on failure "
	    "(%s)", name);
	free(got);
	ytree_free(&t);
	diags_free(&d);
	return ms;
}

/* A YAML-level refusal: both through the loader and the parser. */
static void
refuse(const char *name, const char *buf, size_t len, const char *want)
{
	refuse_load(name, H_INDEX, buf, len, want);
	refuse_parse(name, buf, len, -1, want);
}

/* ytree_parse() takes buf without a word. */
static void
accept_parse(const char *name, const char *buf, size_t len)
{
	struct ytree t;
	struct diags d;

	diags_init(&d);
	if (!ok(ytree_parse(&t, "mem.yaml", buf, len, &d) == 0 &&
	    d.errors == 0 && t.root != NULL, "%s", name))
		show_diags(&d);
	ytree_free(&t);
	diags_free(&d);
}

/* content_load() takes the root whose file of mode is buf. */
static void
accept_load(const char *name, enum h_mode mode, const char *buf, size_t len)
{
	struct load l;

	memset(&l, 0, sizeof(l));
	l.root = new_root(name);
	free(h_root(l.root, mode, buf, len));
	load_root(&l);
	if (!ok(l.st == CONTENT_OK && l.d.n == 0 && l.c.nlangs == 1, "%s",
	    name))
		show_diags(&l.d);
	load_end(&l);
}

/* The first diagnostic whose message contains text, or NULL. */
static const struct diag *
find_diag(const struct diags *d, const char *text)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (strstr(d->v[i].msg, text) != NULL)
			return &d->v[i];
	return NULL;
}

/* The index with one line replaced (1-based), or a line added at 0. */
static char *
index_with(int line, const char *text)
{
	struct gen g = { NULL, 0, 0 };
	const char *p = h_index_yaml, *eol;
	int n = 1;

	if (line == 0) {
		gen_str(&g, h_index_yaml);
		gen_str(&g, text);
		return g.p;
	}
	for (; *p != '\0'; p = eol + 1, n++) {
		eol = strchr(p, '\n');
		if (n == line)
			gen_str(&g, text);
		else
			gen_add(&g, p, (size_t)(eol - p) + 1);
	}
	return g.p;
}

/* ---- 1. one test per limit and refusal ---- */

static void
test_baseline(void)
{
	accept_load("baseline: the generated index loads cleanly", H_INDEX,
	    h_index_yaml, strlen(h_index_yaml));
}

static void
test_file_size(void)
{
	struct gen g = { NULL, 0, 0 };
	struct load l;
	char *file, *got, exp[4096];

	memset(&l, 0, sizeof(l));
	l.root = new_root("file-size");
	file = h_root(l.root, H_INDEX, h_index_yaml, strlen(h_index_yaml));
	if (truncate(file, LIMIT_FILE_BYTES + 1) < 0) {
		perror("truncate");
		exit(99);
	}
	load_root(&l);
	snprintf(exp, sizeof(exp), "%s:1:1: file larger than %ld bytes", file,
	    LIMIT_FILE_BYTES);
	got = first_diag(&l.d);
	is_int(l.st, CONTENT_ERRORS, "file size: LIMIT_FILE_BYTES + 1");
	if (!is_int(l.d.errors, 1, "  ... one error"))
		show_diags(&l.d);
	is_str(got, exp, "  ... content_load: the message and position");
	free(got);
	free(file);
	load_end(&l);

	/* Exactly the limit: a valid index padded with a comment. */
	gen_str(&g, h_index_yaml);
	gen_str(&g, "#");
	gen_fill(&g, 'x', (size_t)LIMIT_FILE_BYTES - g.len - 1);
	gen_str(&g, "\n");
	accept_load("file size: exactly LIMIT_FILE_BYTES loads", H_INDEX, g.p,
	    g.len);
	gen_free(&g);
}

static void
test_depth(void)
{
	struct gen g = { NULL, 0, 0 };
	char want[128];

	gen_fill(&g, '[', LIMIT_DEPTH + 1);
	gen_fill(&g, ']', LIMIT_DEPTH + 1);
	snprintf(want, sizeof(want), "1:%d: nesting deeper than %d levels",
	    LIMIT_DEPTH + 1, LIMIT_DEPTH);
	refuse("depth: LIMIT_DEPTH + 1 levels", g.p, g.len, want);
	gen_free(&g);
	gen_fill(&g, '[', LIMIT_DEPTH);
	gen_fill(&g, ']', LIMIT_DEPTH);
	accept_parse("depth: LIMIT_DEPTH levels parse", g.p, g.len);
	gen_free(&g);

	/* Block mappings nest the same way. */
	gen_str(&g, "a:\n");
	for (int i = 1; i <= LIMIT_DEPTH; i++) {
		gen_fill(&g, ' ', (size_t)i);
		gen_str(&g, "a:\n");
	}
	/* Level 1 is the root; the mapping opened at line 17 is 17th. */
	snprintf(want, sizeof(want), "%d:%d: nesting deeper than %d levels",
	    LIMIT_DEPTH + 1, LIMIT_DEPTH + 1, LIMIT_DEPTH);
	refuse("depth: block mappings", g.p, g.len, want);
	gen_free(&g);
}

static void
test_scalar(void)
{
	struct gen g = { NULL, 0, 0 };
	char want[128];
	char *idx;

	gen_str(&g, "name: English\ntitle: ");
	gen_fill(&g, 'x', LIMIT_SCALAR_BYTES + 1);
	gen_str(&g, "\n");
	idx = index_with(0, "");
	gen_str(&g, strchr(strchr(idx, '\n') + 1, '\n') + 1);
	free(idx);
	snprintf(want, sizeof(want), "2:8: text longer than %d bytes",
	    LIMIT_SCALAR_BYTES);
	refuse("scalar: LIMIT_SCALAR_BYTES + 1", g.p, g.len, want);
	gen_free(&g);

	gen_str(&g, "name: English\ntitle: ");
	gen_fill(&g, 'x', LIMIT_SCALAR_BYTES);
	gen_str(&g, "\n");
	idx = index_with(0, "");
	gen_str(&g, strchr(strchr(idx, '\n') + 1, '\n') + 1);
	free(idx);
	accept_load("scalar: LIMIT_SCALAR_BYTES loads", H_INDEX, g.p, g.len);
	gen_free(&g);

	/* A quoted scalar's length is counted after its escapes. */
	gen_str(&g, "a: \"");
	gen_repeat(&g, "\\t", LIMIT_SCALAR_BYTES / 2 + 1);
	gen_str(&g, "\"\n");
	accept_parse("scalar: counted after its escapes (raw text over the "
	    "limit, value within)", g.p, g.len);
	gen_free(&g);
}

static void
test_nodes(void)
{
	struct gen g = { NULL, 0, 0 };
	char want[128];

	/* The list is one value, so its LIMIT_NODES-th item is one too many. */
	gen_repeat(&g, "- 1\n", LIMIT_NODES);
	snprintf(want, sizeof(want), "%d:3: more than %d values in one file",
	    LIMIT_NODES, LIMIT_NODES);
	refuse("nodes: LIMIT_NODES + 1 values", g.p, g.len, want);
	gen_free(&g);
	gen_repeat(&g, "- 1\n", LIMIT_NODES - 1);
	accept_parse("nodes: LIMIT_NODES values parse", g.p, g.len);
	gen_free(&g);
}

static void
test_keys(void)
{
	struct gen g = { NULL, 0, 0 };
	char line[64], want[128];
	int i;

	for (i = 1; i <= LIMIT_MAP_KEYS + 1; i++) {
		snprintf(line, sizeof(line), "k%d: %d\n", i, i);
		gen_str(&g, line);
	}
	snprintf(want, sizeof(want), "%d:1: too many keys in one mapping",
	    LIMIT_MAP_KEYS + 1);
	refuse("keys: LIMIT_MAP_KEYS + 1 in one mapping", g.p, g.len, want);
	gen_free(&g);
	for (i = 1; i <= LIMIT_MAP_KEYS; i++) {
		snprintf(line, sizeof(line), "k%d: %d\n", i, i);
		gen_str(&g, line);
	}
	accept_parse("keys: LIMIT_MAP_KEYS in one mapping parse", g.p, g.len);
	gen_free(&g);
}

static void
test_refusals(void)
{
	char *s;

	s = index_with(2, "title: &t Test kiosk\n");
	refuse("anchor on a value", s, strlen(s),
	    "2:8: anchors (&t) are not allowed in content");
	free(s);
	s = index_with(5, "menu: &m\n");
	refuse("anchor on a list", s, strlen(s),
	    "5:7: anchors (&m) are not allowed in content");
	free(s);
	s = index_with(2, "title: *t\n");
	refuse("alias", s, strlen(s),
	    "2:8: aliases (*t) are not allowed in content");
	free(s);
	s = index_with(0, "<<: {a: b}\n");
	refuse("merge key", s, strlen(s),
	    "8:1: merge keys (<<) are not allowed in content");
	free(s);
	s = index_with(2, "title: !!str Test kiosk\n");
	refuse("tag on a value", s, strlen(s),
	    "2:8: tags (tag:yaml.org,2002:str) are not allowed in content");
	free(s);
	s = index_with(6, "  - !item\n    show: disclaimer\n");
	refuse("tag on a mapping", s, strlen(s),
	    "6:5: tags (!item) are not allowed in content");
	free(s);
	s = index_with(2, "title: Test kiosk\ntitle: Again\n");
	refuse_load("duplicate key", H_INDEX, s, strlen(s),
	    "3:1: duplicate key \"title\" (first at line 2)");
	refuse_parse("duplicate key", s, strlen(s), 0,
	    "3:1: duplicate key \"title\" (first at line 2)");
	free(s);
	s = index_with(0, "---\nname: English\n");
	refuse("two documents", s, strlen(s),
	    "8:1: only one YAML document per file");
	free(s);
	s = index_with(0, "? [a]\n: b\n");
	refuse("a list as a key", s, strlen(s),
	    "8:3: a mapping key must be plain text");
	free(s);
	s = index_with(2, "title: [Test kiosk\n");
	refuse("syntax error", s, strlen(s),
	    "3:8: YAML syntax: did not find expected ',' or ']' while "
	    "parsing a flow sequence");
	free(s);
}

static void
test_bytes(void)
{
	static const char nul[] = "name: English\ntitle: Te\0st\n";
	static const char nul_esc[] = "name: English\ntitle: \"Te\\0st\"\n";
	static const char bad[] = "name: English\ntitle: Te\xffst\n";
	static const char cut[] = "name: English\ntitle: Te\xe2\x82";
	static const char esc[] = "name: English\ntitle: Te\033[2Jst\n";
	static const char u16le[] = "\xff\xfen\0a\0m\0e\0:\0 \0x\0\n\0";
	static const char u16be[] = "\xfe\xff\0n\0a\0m\0e\0:\0 \0x\0\n";
	static const char u32le[] = "\xff\xfe\0\0n\0\0\0:\0\0\0";
	static const char u32be[] = "\0\0\xfe\xff\0\0\0n\0\0\0:";
	static const char u16nobom[] = "n\0a\0m\0e\0:\0 \0x\0\n\0";

	refuse("NUL byte", nul, sizeof(nul) - 1,
	    "2:10: NUL byte at byte offset 23 (is the file UTF-16 or "
	    "binary?)");
	refuse("NUL written as \\0", nul_esc, sizeof(nul_esc) - 1,
	    "2:8: NUL character in text");
	refuse("invalid UTF-8", bad, sizeof(bad) - 1,
	    "2:10: invalid UTF-8 at byte offset 23 (0xff); save the file as "
	    "UTF-8");
	refuse("UTF-8 cut at the end", cut, sizeof(cut) - 1,
	    "2:10: invalid UTF-8 at byte offset 23 (0xe2); save the file as "
	    "UTF-8");
	refuse("control character", esc, sizeof(esc) - 1,
	    "2:10: control character U+001B is not allowed");
	refuse("UTF-16LE", u16le, sizeof(u16le) - 1,
	    "1:1: the file is UTF-16; save it as UTF-8");
	refuse("UTF-16BE", u16be, sizeof(u16be) - 1,
	    "1:1: the file is UTF-16; save it as UTF-8");
	refuse("UTF-32LE", u32le, sizeof(u32le) - 1,
	    "1:1: the file is UTF-32; save it as UTF-8");
	refuse("UTF-32BE", u32be, sizeof(u32be) - 1,
	    "1:1: the file is UTF-32; save it as UTF-8");
	refuse("UTF-16 without a byte order mark", u16nobom,
	    sizeof(u16nobom) - 1,
	    "1:2: NUL byte at byte offset 1 (is the file UTF-16 or binary?)");
}

/* Limits of the loader itself: ids, languages, roots, kept errors. */
static void
test_loader_limits(void)
{
	struct gen g = { NULL, 0, 0 };
	struct load l;
	const struct diag *dg;
	const char *roots[LIMIT_ROOTS + 1];
	char name[LIMIT_ID_CHARS + 16], *dir, *p;
	int i;

	/* A topic id of LIMIT_ID_CHARS + 1 characters, and of the limit. */
	memset(&l, 0, sizeof(l));
	l.root = new_root("long-id");
	free(h_root(l.root, H_INDEX, h_index_yaml, strlen(h_index_yaml)));
	dir = h_join(l.root, "en/topics");
	h_mkdir(dir);
	memset(name, 'a', LIMIT_ID_CHARS + 1);
	strcpy(name + LIMIT_ID_CHARS + 1, ".yaml");
	p = h_join(dir, name);
	h_write_file(p, "", 0);
	free(p);
	memset(name, 'b', LIMIT_ID_CHARS);
	strcpy(name + LIMIT_ID_CHARS, ".yaml");
	p = h_join(dir, name);
	h_write_file(p, "", 0);
	load_root(&l);
	dg = find_diag(&l.d, "a topic file must be named ID.yaml");
	ok(dg != NULL && dg->file != NULL && strstr(dg->file, "/aaaa") &&
	    dg->line == 0, "LIMIT_ID_CHARS + 1: the file name is refused");
	is_int(l.d.errors, 2, "  ... and the topic of LIMIT_ID_CHARS is read "
	    "(it is empty)");
	dg = find_diag(&l.d, "the file is empty");
	ok(dg != NULL && strcmp(dg->file, p) == 0, "  ... the empty one is "
	    "the one of LIMIT_ID_CHARS");
	free(p);
	free(dir);
	load_end(&l);

	/* LIMIT_LANGS + 1 language folders. */
	memset(&l, 0, sizeof(l));
	l.root = new_root("langs");
	h_mkdir(l.root);
	for (i = 0; i < LIMIT_LANGS + 1; i++) {
		snprintf(name, sizeof(name), "%c%c", 'a' + i / 26,
		    'a' + i % 26);
		p = h_join(l.root, name);
		h_mkdir(p);
		free(p);
	}
	load_root(&l);
	snprintf(name, sizeof(name), "more than %d languages", LIMIT_LANGS);
	ok(find_diag(&l.d, name) != NULL, "LIMIT_LANGS + 1 languages: %s",
	    name);
	load_end(&l);

	/* LIMIT_ROOTS + 1 content folders. */
	memset(&l, 0, sizeof(l));
	l.root = new_root("roots");
	h_mkdir(l.root);
	for (i = 0; i < LIMIT_ROOTS + 1; i++)
		roots[i] = l.root;
	diags_init(&l.d);
	l.st = content_load(&l.c, roots, LIMIT_ROOTS + 1, &l.d);
	snprintf(name, sizeof(name), "more than %d content folders",
	    LIMIT_ROOTS);
	is_int(l.st, CONTENT_NOT_FOUND, "LIMIT_ROOTS + 1 content folders");
	ok(find_diag(&l.d, name) != NULL, "  ... %s", name);
	load_end(&l);

	/* More than LIMIT_ERRORS errors: the rest are counted, not kept. */
	gen_str(&g, h_index_yaml);
	g.len -= strlen("  - show: disclaimer\n    title: About this "
	    "information\n");
	g.p[g.len] = '\0';
	gen_repeat(&g, "  - {}\n", LIMIT_ERRORS + 100);
	memset(&l, 0, sizeof(l));
	l.root = new_root("errors");
	free(h_root(l.root, H_INDEX, g.p, g.len));
	load_root(&l);
	is_int(l.d.n, LIMIT_ERRORS, "LIMIT_ERRORS: that many kept");
	is_int(l.d.errors, LIMIT_ERRORS + 100, "  ... all counted");
	is_int(l.d.dropped, 100, "  ... the rest dropped");
	ok(l.d.n > 0 && l.d.v[0].line == 6 && l.d.v[LIMIT_ERRORS - 1].line ==
	    6 + LIMIT_ERRORS - 1, "  ... the first ones, in order");
	load_end(&l);
	gen_free(&g);
}

/*
 * scan_topics() (src/load.c) once stopped at LIMIT_TOPICS * LIMIT_ROOTS
 * files, so one root could hold 320,000 topics while limits.h and the
 * message said 20,000.  A folder past the limit is now refused as soon
 * as it is read, and the language left out without decoding a file.
 */
static void
test_topic_limit(void)
{
	struct load l;
	char name[64], *dir, *p;
	int i;

	memset(&l, 0, sizeof(l));
	l.root = new_root("topics");
	free(h_root(l.root, H_INDEX, h_index_yaml, strlen(h_index_yaml)));
	dir = h_join(l.root, "en/topics");
	h_mkdir(dir);
	for (i = 0; i < LIMIT_TOPICS + 1; i++) {
		snprintf(name, sizeof(name), "t%d.yaml", i);
		p = h_join(dir, name);
		h_write_file(p, "", 0);
		free(p);
	}
	free(dir);
	load_root(&l);
	snprintf(name, sizeof(name), "more than %d topics", LIMIT_TOPICS);
	if (!ok(find_diag(&l.d, name) != NULL, "LIMIT_TOPICS + 1 topic "
	    "files in one language: \"%s\"", name))
		diag("loaded %d topic files with %zu errors and no limit",
		    LIMIT_TOPICS + 1, l.d.errors);
	is_int(l.d.errors, 1, "  ... one error, no file decoded");
	is_int(l.c.nlangs, 0, "  ... the language is left out");
	diag("LIMIT_TOPICS + 1 topic files refused in %.1f ms", l.ms);
	load_end(&l);
}

/* Is any byte of s a C0 or C1 control character (or DEL)? */
static int
has_control(const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f)
			return 1;
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return 1;
	}
	return 0;
}

/*
 * ytree.c once refused control characters only as raw bytes
 * (check_bytes); the ones written as escapes in a double-quoted
 * scalar ("\e", "\x9b", "\u0085", "\x7f") reached the tree, and from
 * there the screen, --dump and the messages, where "\e[2J" or an
 * OSC sequence drives the visitor's terminal.  A tag's %-escapes
 * ("!e%1B%5B2J") reached the message "tags (...) are not allowed" the
 * same way.  on_scalar() now refuses them like check_bytes(), and the
 * names echoed in messages are made printable.
 */
static void
test_escaped_controls(void)
{
	static const struct {
		const char *yaml, *cp;
	} cases[] = {
		{ "title: \"Te\\e[2Jst\"\n", "U+001B" },
		{ "title: \"Te\\x9b2Jst\"\n", "U+009B" },
		{ "title: \"Te\\u0085st\"\n", "U+0085" },
		{ "title: \"Te\\x7fst\"\n", "U+007F" },
		{ "title: \"Te\\x07st\"\n", "U+0007" },
		{ "title: \"Te\\uffffst\"\n", "U+FFFF" },
	};
	struct load l;
	const struct diag *dg;
	struct ytree t;
	struct diags d;
	size_t i;
	char *s, *file;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		s = index_with(2, cases[i].yaml);
		memset(&l, 0, sizeof(l));
		l.root = new_root("escaped-control");
		free(h_root(l.root, H_INDEX, s, strlen(s)));
		load_root(&l);
		file = h_join(l.root, "en/index.yaml");
		dg = find_diag(&l.d, cases[i].cp);
		if (!ok(l.st == CONTENT_ERRORS && dg != NULL && dg->line == 2 &&
		    dg->col == 8 && strcmp(dg->file, file) == 0,
		    "character %s written as an escape is "
		    "refused at 2:8", cases[i].cp))
			show_diags(&l.d);
		free(file);
		load_end(&l);
		free(s);
	}

	diags_init(&d);
	s = index_with(2, "title: !e%1B%5B2J Test kiosk\n");
	ytree_parse(&t, "mem.yaml", s, strlen(s), &d);
	ok(d.n == 1 && !has_control(d.v[0].msg) &&
	    strstr(d.v[0].msg, "!e\\x1B[2J") != NULL, "a tag's %%-escapes "
	    "do not put control characters into the message");
	if (d.n > 0)
		diag("got: %s", d.v[0].msg);
	ytree_free(&t);
	diags_free(&d);
	free(s);
}

/*
 * U+FFFE and U+FFFF once passed check_bytes() but libyaml's reader
 * refuses them (YAML_READER_ERROR), whose position is in problem_offset
 * while syntax_error() read problem_mark, which is zero: the message
 * said "1:1: YAML syntax: control characters are not allowed" for a
 * character on line 4.  check_bytes() now refuses them itself.
 */
static void
test_reader_position(void)
{
	static const char in[] = "name: English\ntitle: Test\n\nx: \xef\xbf\xbe\n";
	struct ytree t;
	struct diags d;
	char *got;

	diags_init(&d);
	ytree_parse(&t, "mem.yaml", in, sizeof(in) - 1, &d);
	got = first_diag(&d);
	ok(d.n == 1 && d.v[0].line == 4 && d.v[0].col == 4 &&
	    strstr(d.v[0].msg, "U+FFFE") != NULL, "a U+FFFE on line 4 "
	    "is reported at 4:4 and named");
	if (got != NULL)
		diag("got: %s", got);
	free(got);
	ytree_free(&t);
	diags_free(&d);
}

/*
 * Bidirectional controls and invisible format characters loaded
 * silently: U+202E turned "100\u202E005" around on screen, U+2066
 * left stale cells behind it, a zero-width space hid inside a word.
 * Each fixture is refused at the character's line and column, written
 * raw or as an escape; ZWNJ and ZWJ, which Persian, the Indic scripts
 * and emoji need, still load.
 */
static void
test_format_chars(void)
{
	static const struct {
		const char *file, *pos, *cp;
	} cases[] = {
		{ "bidi-override.yaml", "2:19", "202E" },
		{ "bidi-isolate.yaml", "4:8", "2066" },
		{ "bidi-escaped.yaml", "2:8", "202E" },
		{ "zero-width-space.yaml", "2:12", "200B" },
		{ "bom-inside.yaml", "2:10", "FEFF" },
		{ "rlm-mark.yaml", "2:12", "200F" },
	};
	char want[256], *path, *buf;
	size_t i, len;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		path = h_join(srcdir, "tests/fixtures/hostile/");
		path = realloc(path, strlen(path) + strlen(cases[i].file) + 1);
		strcat(path, cases[i].file);
		if ((buf = h_read_file(path, &len)) == NULL) {
			ok(0, "format characters: read %s", path);
			free(path);
			continue;
		}
		snprintf(want, sizeof(want), "%s: invisible format character "
		    "U+%s (a bidirectional control or zero-width character) "
		    "is not allowed", cases[i].pos, cases[i].cp);
		refuse(cases[i].file, buf, len, want);
		free(buf);
		free(path);
	}
	path = h_join(srcdir, "tests/fixtures/hostile/zwnj-zwj.yaml");
	if ((buf = h_read_file(path, &len)) != NULL)
		accept_parse("format characters: ZWNJ in Persian and ZWJ in an "
		    "emoji sequence are taken", buf, len);
	else
		ok(0, "format characters: read %s", path);
	free(buf);
	free(path);
}

/* ---- 5. half of the content broken ---- */

static int cmp_str(const void *, const void *);

/* Every entry under path: name, type, size, mode, mtime, one a line. */
static void
snapshot(const char *path, struct gen *g)
{
	char line[8192], **names = NULL, *p;
	size_t n = 0, cap = 0, i;
	struct dirent *e;
	struct stat st;
	DIR *dp;

	if (lstat(path, &st) < 0)
		return;
	snprintf(line, sizeof(line), "%s %o %lld %lld.%09ld\n", path,
	    (unsigned)st.st_mode, (long long)st.st_size,
	    (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	gen_str(g, line);
	if (!S_ISDIR(st.st_mode) || (dp = opendir(path)) == NULL)
		return;
	while ((e = readdir(dp)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n == cap && (names = realloc(names, (cap = cap ? cap * 2 :
		    16) * sizeof(*names))) == NULL) {
			perror("realloc");
			exit(99);
		}
		names[n++] = h_join(path, e->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		p = names[i];
		snapshot(p, g);
		free(p);
	}
	free(names);
}

#define GOOD_TOPIC(id, related) \
	"id: " id "\ntitle: Page " id "\nsummary: A summary.\n" \
	"sections:\n  - heading: About\n    body: Some text.\n" \
	related "sources:\n  - title: A source\nreviewed: 2026-01-01\n" \
	"next_review: 2027-01-01\nreviewer: A reviewer\n"

static void
write_in(const char *dir, const char *name, const char *text)
{
	char *p = h_join(dir, name);

	h_write_file(p, text, strlen(text));
	free(p);
}

/* Runs the kiosk with args; returns its exit status, output in *out. */
static int
run_kiosk(const char *args, struct gen *out)
{
	const char *kiosk = getenv("SMP_KIOSK");
	char cmd[8192], buf[4096];
	size_t n;
	FILE *fp;
	int st;

	snprintf(cmd, sizeof(cmd), "'%s' %s 2>&1", kiosk, args);
	if ((fp = popen(cmd, "r")) == NULL)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		gen_add(out, buf, n);
	st = pclose(fp);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/*
 * A content root where half the files are broken: en keeps its valid
 * topics and drops the links to the others (each with a warning), fr
 * has a broken index and is left out, and nothing is written anywhere
 * under the root, neither by content_load() nor by the kiosk.
 */
static void
test_half_broken(void)
{
	struct gen before = { NULL, 0, 0 }, after = { NULL, 0, 0 };
	struct gen out = { NULL, 0, 0 };
	const struct language *en;
	const struct topic *t;
	struct load l;
	char *dir, *args;
	size_t i;
	int st;

	memset(&l, 0, sizeof(l));
	l.root = new_root("half-broken");
	h_mkdir(l.root);
	dir = h_join(l.root, "en");
	h_mkdir(dir);
	write_in(dir, "index.yaml", "name: English\ntitle: Half kiosk\n"
	    "welcome: Welcome.\ndisclaimer: Not advice.\nmenu:\n"
	    "  - topic: good-a\n  - topic: bad-syntax\n"
	    "  - title: Only broken pages\n    menu:\n"
	    "      - topic: bad-key\n      - topic: bad-date\n"
	    "  - topic: good-b\n  - show: faq\n    title: Questions\n");
	write_in(dir, "faq.yaml", "title: Questions\nentries:\n"
	    "  - question: Why?\n    answer: Because.\n    topic: bad-key\n"
	    "  - question: How?\n    answer: Like this.\n    topic: good-a\n");
	free(dir);
	dir = h_join(l.root, "en/topics");
	h_mkdir(dir);
	write_in(dir, "good-a.yaml", GOOD_TOPIC("good-a",
	    "related:\n  - bad-date\n  - good-b\n  - bad-syntax\n"));
	write_in(dir, "good-b.yaml", GOOD_TOPIC("good-b", ""));
	write_in(dir, "bad-syntax.yaml", "id: bad-syntax\ntitle: [Oops\n");
	write_in(dir, "bad-key.yaml", GOOD_TOPIC("bad-key", "colour: red\n"));
	write_in(dir, "bad-date.yaml", "id: bad-date\ntitle: T\n"
	    "summary: S.\nsections: []\nsources: []\nreviewed: 2026-13-01\n"
	    "next_review: 2027-01-01\nreviewer: R\n");
	write_in(dir, "Bad_Name.yaml", GOOD_TOPIC("good-c", ""));
	free(dir);
	dir = h_join(l.root, "fr");
	h_mkdir(dir);
	write_in(dir, "index.yaml", "name: Fran\xc3\xa7" "ais\ntitle: [\n");
	free(dir);
	snapshot(l.root, &before);

	load_root(&l);
	is_int(l.st, CONTENT_ERRORS, "half broken: CONTENT_ERRORS");
	is_int(l.c.nlangs, 1, "  ... en loads");
	is_int(l.c.broken, 1, "  ... fr, whose index is broken, is left out");
	is_int(l.c.skipped, 3, "  ... three topic files are left out");
	en = content_language(&l.c, "en");
	if (!ok(en != NULL && en->ntopics == 2, "  ... en has its two valid "
	    "topics")) {
		show_diags(&l.d);
		load_end(&l);
		free(before.p);
		return;
	}
	is_str(en->topics[0].id, "good-a", "  ... good-a");
	is_str(en->topics[1].id, "good-b", "  ... good-b");
	t = &en->topics[0];
	ok(t->nrelated == 1 && t->related[0] == &en->topics[1],
	    "  ... good-a keeps its one valid related link, to good-b");
	ok(en->home.n == 3 && en->home.items[0].topic == &en->topics[0] &&
	    en->home.items[1].topic == &en->topics[1] &&
	    en->home.items[2].kind == MENU_SHOW, "  ... the home menu keeps "
	    "good-a, good-b and the FAQ; the submenu of broken pages goes");
	ok(en->faq != NULL && en->faq->n == 2 &&
	    en->faq->entries[0].topic == NULL &&
	    en->faq->entries[1].topic == &en->topics[0],
	    "  ... the FAQ keeps both entries, the link to bad-key dropped");
	for (i = 0; i < l.d.n; i++)
		if (l.d.v[i].level == DIAG_WARNING &&
		    strstr(l.d.v[i].msg, "this link is dropped") != NULL &&
		    (l.d.v[i].line <= 0 || l.d.v[i].col <= 0))
			break;
	ok(i == l.d.n, "  ... every dropped link is a warning with a "
	    "position");
	ok(find_diag(&l.d, "this topic is left out of en") != NULL &&
	    find_diag(&l.d, "this menu is left out") != NULL &&
	    find_diag(&l.d, "topic \"bad-date\" is left out") != NULL,
	    "  ... warnings name the topics, links and menu left out");
	is_int(l.d.errors, 7, "  ... seven errors: a file name, one in "
	    "bad-syntax, one in bad-key, three in bad-date, one in fr");
	if (l.d.errors != 7)
		show_diags(&l.d);

	/* --check lists every problem; --dump and --check write nothing. */
	if (getenv("SMP_KIOSK") != NULL) {
		args = h_alloc(strlen(l.root) * 2 + 64);
		sprintf(args, "--check --content '%s'", l.root);
		st = run_kiosk(args, &out);
		is_int(st, 65, "  ... --check exits 65");
		for (i = 0; i < l.d.n; i++) {
			char *f = diag_format(&l.d.v[i]);
			if (f != NULL && strstr(out.p ? out.p : "", f) == NULL) {
				ok(0, "  ... --check lists %s", f);
				free(f);
				break;
			}
			free(f);
		}
		ok(i == l.d.n, "  ... --check lists all %zu problems", l.d.n);
		sprintf(args, "--dump good-a --content '%s'", l.root);
		gen_free(&out);
		st = run_kiosk(args, &out);
		ok(st == 0 && out.p != NULL && strstr(out.p, "Page good-a"),
		    "  ... --dump shows a valid topic");
		free(args);
		gen_free(&out);
	}
	snapshot(l.root, &after);
	ok(before.p != NULL && after.p != NULL &&
	    strcmp(before.p, after.p) == 0, "  ... nothing under the content "
	    "folder was written, added or removed");
	gen_free(&before);
	gen_free(&after);
	load_end(&l);
}

/* ---- 2. inputs made to exhaust time or memory ---- */

/* How one hostile input went: where refused, and how long it took. */
static void
hostile(const char *name, const struct gen *g, const char *want_load,
    const char *want_parse)
{
	double lms, pms;
	char label[256];

	snprintf(label, sizeof(label), "%s (%.1f KB) through content_load",
	    name, (double)g->len / 1024);
	lms = refuse_load(label, H_INDEX, g->p, g->len, want_load);
	snprintf(label, sizeof(label), "%s through ytree_parse", name);
	pms = refuse_parse(label, g->p, g->len, -1, want_parse);
	diag("%s (%.1f KB) rejected in %.2f ms by content_load, %.2f ms by "
	    "ytree_parse", name, (double)g->len / 1024, lms, pms);
}

static void
test_hostile_inputs(void)
{
	static const char *const laughs[] = {
		("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
		    "\"lol\",\"lol\",\"lol\"]\n"),
		"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n",
		"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
		"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
		"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n",
		"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
		"g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n",
		"h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n",
		"i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n",
	};
	struct gen g = { NULL, 0, 0 };
	char want[128], size_msg[128];
	size_t i;

	snprintf(size_msg, sizeof(size_msg),
	    "1:1: file larger than %ld bytes", LIMIT_FILE_BYTES);
	snprintf(want, sizeof(want), "1:%d: nesting deeper than %d levels",
	    LIMIT_DEPTH + 1, LIMIT_DEPTH);

	gen_fill(&g, '[', 80000);
	gen_fill(&g, ']', 80000);
	hostile("80000-level [ nesting", &g, want, want);
	gen_free(&g);

	gen_fill(&g, '{', 80000);
	gen_fill(&g, '}', 80000);
	hostile("80000-level { nesting", &g,
	    "1:2: a mapping key must be plain text",
	    "1:2: a mapping key must be plain text");
	gen_free(&g);

	gen_repeat(&g, "- ", 80000);
	gen_str(&g, "x\n");
	snprintf(want, sizeof(want), "1:%d: nesting deeper than %d levels",
	    2 * LIMIT_DEPTH + 1, LIMIT_DEPTH);
	hostile("80000-level block nesting", &g, want, want);
	gen_free(&g);

	for (i = 0; i < sizeof(laughs) / sizeof(laughs[0]); i++)
		gen_str(&g, laughs[i]);
	hostile("billion laughs", &g,
	    "1:4: anchors (&a) are not allowed in content",
	    "1:4: anchors (&a) are not allowed in content");
	gen_free(&g);

	gen_str(&g, "a: &x [1, *x]\n");
	hostile("self-referencing anchor", &g,
	    "1:4: anchors (&x) are not allowed in content",
	    "1:4: anchors (&x) are not allowed in content");
	gen_free(&g);

	/* An alias without its anchor is refused just the same. */
	gen_str(&g, "a: [1, *x]\n");
	hostile("alias to nothing", &g,
	    "1:8: aliases (*x) are not allowed in content",
	    "1:8: aliases (*x) are not allowed in content");
	gen_free(&g);

	/* ytree_parse() refuses a buffer past the file size limit before
	 * reading it, as ytree_load() does a file. */
	gen_str(&g, "a: ");
	gen_fill(&g, 'x', (size_t)50 * 1024 * 1024);
	gen_str(&g, "\n");
	hostile("50 MB scalar", &g, size_msg, size_msg);
	gen_free(&g);

	/* Within the size limit, the scalar's own limit. */
	gen_str(&g, "a: ");
	gen_fill(&g, 'x', (size_t)LIMIT_FILE_BYTES - 4);
	gen_str(&g, "\n");
	snprintf(want, sizeof(want), "1:4: text longer than %d bytes",
	    LIMIT_SCALAR_BYTES);
	hostile("scalar of LIMIT_FILE_BYTES", &g, want, want);
	gen_free(&g);

	gen_repeat(&g, "- {a: 1}\n", 1000000);
	hostile("1 million tiny mappings", &g, size_msg, size_msg);
	gen_free(&g);

	/* The same within the size limit.  Value 1 is the root list, then
	 * line k holds values 3k - 1 ({ at column 3), 3k (a, 4) and
	 * 3k + 1 (1, 7); value LIMIT_NODES + 1 is the one refused. */
	gen_repeat(&g, "- {a: 1}\n", ((size_t)LIMIT_FILE_BYTES - 1) / 9);
	i = LIMIT_NODES + 1;
	snprintf(want, sizeof(want), "%zu:%d: more than %d values in one file",
	    (i + 1) / 3, i % 3 == 0 ? 4 : i % 3 == 1 ? 7 : 3, LIMIT_NODES);
	hostile("116,508 tiny mappings (within the size limit)", &g, want, want);
	gen_free(&g);

	/* Within the size limit too: "[{},{},...]" on one line. */
	gen_str(&g, "[{}");
	gen_repeat(&g, ",{}", ((size_t)LIMIT_FILE_BYTES - 4) / 3 - 1);
	gen_str(&g, "]\n");
	snprintf(want, sizeof(want), "1:%d: more than %d values in one file",
	    2 + 3 * (LIMIT_NODES - 1), LIMIT_NODES);
	hostile("349,524 empty mappings in one line", &g, want, want);
	gen_free(&g);
}

/* ---- 3. fixtures: inputs that once crashed or hung ---- */

struct fixture_job {
	const char *buf;
	size_t	 len;
	enum h_mode mode;
};

static int
fixture_child(void *arg, int fd)
{
	const struct fixture_job *j = arg;

	return h_load_check(tmpdir, j->mode, j->buf, j->len, fd);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_fixtures(void)
{
	const char *env = getenv("SMP_HOSTILE_TIMEOUT_S");
	unsigned limit = env && atoi(env) > 0 ? (unsigned)atoi(env) :
	    FIXTURE_TIMEOUT_S;
	char *dir = h_join(srcdir, "tests/fixtures/hostile"), *path, **names;
	struct fixture_job j;
	struct h_child ch;
	struct dirent *e;
	size_t n = 0, cap = 64, i;
	DIR *dp;
	int m;

	if ((dp = opendir(dir)) == NULL) {
		ok(0, "fixtures: open %s", dir);
		free(dir);
		return;
	}
	names = h_alloc(cap * sizeof(*names));
	while ((e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.' || strcmp(e->d_name, "README") == 0)
			continue;
		if (n == cap && (names = realloc(names, (cap *= 2) *
		    sizeof(*names))) == NULL) {
			perror("realloc");
			exit(99);
		}
		names[n++] = h_join(dir, e->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof(*names), cmp_str);
	ok(n > 0, "fixtures: %zu files in tests/fixtures/hostile", n);
	for (i = 0; i < n; i++) {
		path = names[i];
		if ((j.buf = h_read_file(path, &j.len)) == NULL) {
			ok(0, "fixture %s: read", path);
			free(path);
			continue;
		}
		for (m = 0; m < H_NMODES; m++) {
			j.mode = (enum h_mode)m;
			if (h_forked(fixture_child, &j, limit, &ch) < 0) {
				ok(0, "fixture %s as %s: fork",
				    strrchr(path, '/') + 1, h_mode_name[m]);
				continue;
			}
			if (!ok(ch.ok, "fixture %s as %s: %s",
			    strrchr(path, '/') + 1, h_mode_name[m],
			    ch.ok ? ch.msg : h_child_end(&ch)))
				diag("%s: %s", path, ch.msg[0] ? ch.msg :
				    "no message");
		}
		free((char *)j.buf);
		free(path);
	}
	free(names);
	free(dir);
}

int
main(void)
{
	if ((srcdir = getenv("SMP_SRCDIR")) == NULL || *srcdir == '\0')
		srcdir = ".";
	alarm(WATCHDOG_S);
	tmpdir = h_tmpdir("t-hostile");

	test_baseline();
	test_file_size();
	test_depth();
	test_scalar();
	test_nodes();
	test_keys();
	test_refusals();
	test_bytes();
	test_loader_limits();

	test_hostile_inputs();
	test_fixtures();

	test_escaped_controls();
	test_format_chars();
	test_reader_position();
	test_topic_limit();
	test_half_broken();

	h_remove_tree(tmpdir);
	free(tmpdir);
	return tap_done();
}
