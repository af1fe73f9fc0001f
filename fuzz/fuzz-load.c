/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the content loader.  The bytes are one content
 * file: ytree_parse() reads them with every limit of limits.h, and when
 * a tree comes out it goes through the same decoders a language's
 * files go through (topic, index, FAQ, clinic, self-check), then the
 * reference checks, the skipping of a broken topic (with the links to
 * it) and the menu defaults, as load_language() does; a topic that
 * decodes without an error is laid out as a page at a few widths.
 *
 * Beside crashes, leaks and undefined behaviour, the target aborts
 * when the tree breaks its own invariants (a position outside the
 * file, a count that does not match the children, a mapping with an
 * odd number of children, nesting past LIMIT_DEPTH) or when a
 * diagnostic has no file or a position outside the file.
 *
 * The decoders are static functions of src/load.c, so this file
 * includes it; the build leaves load.c out of the library sources it
 * compiles for this target.  A public entry point that decodes one
 * buffer as a given kind of file would make that unnecessary.
 */
#include "load.c"

#include <locale.h>
#include <stdint.h>

#include "doc.h"
#include "selfcheck.h"

#define FUZZ_FILE	"fuzz.yaml"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int lines;		/* newlines in the input + 1 */

static _Noreturn void
broken(const char *what, int line, int col)
{
	fprintf(stderr, "fuzz-load: %s (at %d:%d)\n", what, line, col);
	abort();
}

/* Checks a node and everything under it; returns the number of nodes. */
static size_t
check_node(const struct ynode *n, int depth)
{
	const struct ynode *c;
	size_t kids = 0, nodes = 1;

	if (depth > LIMIT_DEPTH && n->kind != YN_SCALAR)
		broken("a collection deeper than LIMIT_DEPTH", n->line, n->col);
	if (n->line < 1 || n->line > lines || n->col < 1)
		broken("a node outside the file", n->line, n->col);
	switch (n->kind) {
	case YN_SCALAR:
		if (n->str == NULL || strlen(n->str) != n->len ||
		    n->len > LIMIT_SCALAR_BYTES || n->child != NULL)
			broken("a malformed scalar", n->line, n->col);
		return 1;
	case YN_SEQ:
	case YN_MAP:
		for (c = n->child; c != NULL; c = c->next) {
			kids++;
			nodes += check_node(c, depth + 1);
		}
		if (n->kind == YN_SEQ && kids != n->n)
			broken("a list whose count is wrong", n->line, n->col);
		if (n->kind == YN_MAP && (kids % 2 != 0 || kids / 2 != n->n ||
		    n->n > LIMIT_MAP_KEYS))
			broken("a mapping whose count is wrong", n->line,
			    n->col);
		if (n->kind == YN_MAP)
			for (c = n->child; c != NULL; c = c->next->next)
				if (c->kind != YN_SCALAR)
					broken("a key that is not text",
					    c->line, c->col);
		return nodes;
	}
	broken("a node of no kind", n->line, n->col);
}

static void
check_diags(const struct diags *d)
{
	const struct diag *dg;
	size_t i;

	for (i = 0; i < d->n; i++) {
		dg = &d->v[i];
		if (dg->msg == NULL || dg->file == NULL)
			broken("a diagnostic without a message or file",
			    dg->line, dg->col);
		if (strcmp(dg->msg, "the file is empty") == 0 ||
		    strcmp(dg->msg, "out of memory") == 0 ||
		    strncmp(dg->msg, "this topic is left out of ", 26) == 0)
			continue;
		if (dg->line < 1 || dg->line > lines || dg->col < 1)
			broken(dg->msg, dg->line, dg->col);
	}
}

/* Lays out a topic that decoded cleanly, as the page would show it. */
static void
render(const struct topic *t, const struct clinic *c)
{
	static const int widths[] = { 2, 9, 40, 76 };
	struct doc doc;
	size_t i, j, len;
	const char *s;

	for (i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		doc_init(&doc, widths[i], "\xe2\x80\xa2 ");
		if (doc_topic(&doc, t, c) == 0)
			for (j = 0; j < doc.w.n; j++) {
				s = doc_text_at(&doc, j, &len);
				if (doc.w.lines[j].indent +
				    utf8_width(s, len) > widths[i] &&
				    widths[i] >= WRAP_MIN_WIDTH)
					broken("a page line wider than the "
					    "page", (int)j, widths[i]);
			}
		doc_free(&doc);
	}
}

/* Decodes the tree as each kind of file, as load_language() would. */
static void
decode_all(const struct ynode *root, struct diags *d)
{
	struct language *lang;
	struct refs refs = { NULL, 0, 0 };
	struct topic topic;
	struct clinic clinic;
	struct faq faq;
	struct selfcheck sc;
	struct skip sk;
	struct dec x;
	size_t before, errors, ref_end;
	unsigned char bad;
	int nomem = 0;

	if ((lang = language_new("en", &nomem)) == NULL)
		return;
	memset(&x, 0, sizeof(x));
	x.d = d;
	x.file = FUZZ_FILE;
	x.a = &lang->arena;
	x.refs = &refs;

	memset(&topic, 0, sizeof(topic));
	topic.id = "x";		/* the name of the file */
	topic.file = FUZZ_FILE;
	before = d->errors;
	decode_topic_cb(&x, root, &topic);
	lang->topics = &topic;
	lang->ntopics = 1;
	bad = d->errors != before;
	ref_end = refs.n;
	sk.bad = &bad;
	sk.ref_end = &ref_end;
	sk.nbad = 0;

	decode_index_cb(&x, root, lang);
	memset(&faq, 0, sizeof(faq));
	decode_faq_cb(&x, root, &faq);
	lang->faq = &faq;
	memset(&clinic, 0, sizeof(clinic));
	clinic_decode(&x, root, &clinic);
	memset(&sc, 0, sizeof(sc));
	selfcheck_decode(&x, root, &sc);
	selfcheck_validate(&x, &sc);

	/* As load_language() does once every file is decoded. */
	errors = d->errors;
	if (check_refs(lang, NULL, &refs, &sk, d) == 0 &&
	    d->errors == errors &&
	    skip_topics(lang, NULL, &refs, &sk, d) == 0) {
		related_prune(lang);
		(void)menu_drop_empty(&lang->home, FUZZ_FILE, d);
		menu_defaults(&lang->home);
	}
	(void)find_show(&lang->home, SHOW_FAQ);
	if (d->errors == before && topic.title != NULL)
		render(&topic, NULL);

	free(refs.v);
	arena_free(&lang->arena);
	free(lang);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "en_US.UTF-8");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	struct ytree t;
	struct diags d;
	size_t i;
	int rc;

	if (size > LIMIT_FILE_BYTES)	/* ytree_load() refuses these */
		return -1;
	lines = 1;
	for (i = 0; i < size; i++)
		if (buf[i] == '\n')
			lines++;
	diags_init(&d);
	rc = ytree_parse(&t, FUZZ_FILE, buf, size, &d);
	if (rc < 0 && (t.root != NULL || d.errors == 0))
		broken("a failed parse without a message, or with a tree", 0,
		    0);
	if (rc == 0 && t.root != NULL) {
		if (check_node(t.root, 1) > LIMIT_NODES)
			broken("more nodes than LIMIT_NODES", 0, 0);
		decode_all(t.root, &d);
	}
	check_diags(&d);
	ytree_free(&t);
	diags_free(&d);
	return 0;
}
