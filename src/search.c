/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Search: an FTS5 index per language with a tokenizer that folds case
 * and accents and stems with Snowball (search.h).
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include <dlfcn.h>

#include <sqlite3.h>
#ifdef HAVE_LIBSTEMMER
#include <libstemmer.h>
#endif

#include "i18n.h"
#include "search.h"
#include "wipe.h"

/*
 * SQLite and the stemmers are loaded when a visitor first searches, not
 * linked: a shared library costs every process its start-up time and
 * memory (libstemmer's tables alone some 600 KiB of relocated pages),
 * and most visits never search.  The calls below go through pointers
 * that engine_load() fills.
 */
#define SQLITE_SONAMES	"libsqlite3.so.0", "libsqlite3.so"
#define STEMMER_SONAMES	"libstemmer.so.0d", "libstemmer.so.0", \
			"libstemmer.so"

#define ENGINE_FUNCS(X) \
	X(int, sqlite3_config, (int, ...)) \
	X(int, sqlite3_initialize, (void)) \
	X(int, sqlite3_open_v2, (const char *, sqlite3 **, int, const char *)) \
	X(int, sqlite3_close, (sqlite3 *)) \
	X(int, sqlite3_db_config, (sqlite3 *, int, ...)) \
	X(int, sqlite3_exec, (sqlite3 *, const char *, \
	    int (*)(void *, int, char **, char **), void *, char **)) \
	X(int, sqlite3_prepare_v2, (sqlite3 *, const char *, int, \
	    sqlite3_stmt **, const char **)) \
	X(int, sqlite3_finalize, (sqlite3_stmt *)) \
	X(int, sqlite3_step, (sqlite3_stmt *)) \
	X(int, sqlite3_reset, (sqlite3_stmt *)) \
	X(int, sqlite3_clear_bindings, (sqlite3_stmt *)) \
	X(int, sqlite3_bind_int, (sqlite3_stmt *, int, int)) \
	X(int, sqlite3_bind_int64, (sqlite3_stmt *, int, sqlite3_int64)) \
	X(int, sqlite3_bind_text, (sqlite3_stmt *, int, const char *, int, \
	    void (*)(void *))) \
	X(int, sqlite3_bind_pointer, (sqlite3_stmt *, int, void *, \
	    const char *, void (*)(void *))) \
	X(sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt *, int)) \
	X(double, sqlite3_column_double, (sqlite3_stmt *, int)) \
	X(void, sqlite3_result_double, (sqlite3_context *, double)) \
	X(sqlite3_int64, sqlite3_memory_used, (void))

#define ENGINE_PTR(ret, name, args) static ret (*p_##name) args;
ENGINE_FUNCS(ENGINE_PTR)

#ifdef HAVE_LIBSTEMMER
static struct sb_stemmer *(*p_sb_stemmer_new)(const char *, const char *);
static void (*p_sb_stemmer_delete)(struct sb_stemmer *);
static const sb_symbol *(*p_sb_stemmer_stem)(struct sb_stemmer *,
    const sb_symbol *, int);
static int (*p_sb_stemmer_length)(struct sb_stemmer *);
#define sb_stemmer_new		p_sb_stemmer_new
#define sb_stemmer_delete	p_sb_stemmer_delete
#define sb_stemmer_stem		p_sb_stemmer_stem
#define sb_stemmer_length	p_sb_stemmer_length
#endif

#define sqlite3_config		p_sqlite3_config
#define sqlite3_initialize	p_sqlite3_initialize
#define sqlite3_open_v2		p_sqlite3_open_v2
#define sqlite3_close		p_sqlite3_close
#define sqlite3_db_config	p_sqlite3_db_config
#define sqlite3_exec		p_sqlite3_exec
#define sqlite3_prepare_v2	p_sqlite3_prepare_v2
#define sqlite3_finalize	p_sqlite3_finalize
#define sqlite3_step		p_sqlite3_step
#define sqlite3_reset		p_sqlite3_reset
#define sqlite3_clear_bindings	p_sqlite3_clear_bindings
#define sqlite3_bind_int	p_sqlite3_bind_int
#define sqlite3_bind_int64	p_sqlite3_bind_int64
#define sqlite3_bind_text	p_sqlite3_bind_text
#define sqlite3_bind_pointer	p_sqlite3_bind_pointer
#define sqlite3_column_int64	p_sqlite3_column_int64
#define sqlite3_column_double	p_sqlite3_column_double
#define sqlite3_result_double	p_sqlite3_result_double
#define sqlite3_memory_used	p_sqlite3_memory_used

static void *
open_first(const char *const *names, size_t n)
{
	void *h = NULL;
	size_t i;

	for (i = 0; i < n && h == NULL; i++)
		h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	return h;
}

/* Loads SQLite (required) and the stemmers (optional), once. */
static int
engine_load(void)
{
	static const char *const sq[] = { SQLITE_SONAMES };
	static int done, ok;
	void *h;

	if (done)
		return ok;
	done = 1;
	/* The tests' way to run without SQLite (never once installed). */
	if (build_tree_getenv("SMP_KIOSK_TEST_NO_SQLITE") != NULL)
		return 0;
	if ((h = open_first(sq, sizeof sq / sizeof sq[0])) == NULL)
		return 0;
#define ENGINE_SYM(ret, name, args) \
	if ((*(void **)&p_##name = dlsym(h, #name)) == NULL) \
		return 0;
	ENGINE_FUNCS(ENGINE_SYM)
#ifdef HAVE_LIBSTEMMER
	{
		static const char *const st[] = { STEMMER_SONAMES };
		void *hs = open_first(st, sizeof st / sizeof st[0]);

		if (hs != NULL) {
			*(void **)&p_sb_stemmer_new = dlsym(hs,
			    "sb_stemmer_new");
			*(void **)&p_sb_stemmer_delete = dlsym(hs,
			    "sb_stemmer_delete");
			*(void **)&p_sb_stemmer_stem = dlsym(hs,
			    "sb_stemmer_stem");
			*(void **)&p_sb_stemmer_length = dlsym(hs,
			    "sb_stemmer_length");
		}
		/* Without all four, no stems: search still works. */
		if (p_sb_stemmer_delete == NULL || p_sb_stemmer_stem == NULL ||
		    p_sb_stemmer_length == NULL)
			p_sb_stemmer_new = NULL;
	}
#endif
	ok = 1;
	return 1;
}

size_t
search_engine_bytes(void)
{
	return p_sqlite3_memory_used != NULL ?
	    (size_t)p_sqlite3_memory_used() : 0;
}

#define GLOSSARY_ID	"glossary"
/* Rows read per tier: a title is one topic's, so SEARCH_MAX_HITS of
 * them fill the results; headings and body text share topics. */
static const int rows_looked_at[3] = { SEARCH_MAX_HITS, 80, 60 };
#define ROWS_LOOKED_AT	(SEARCH_MAX_HITS + 80 + 60)

enum row_kind {
	ROW_TOPIC,		/* title and summary */
	ROW_SECTION,
	ROW_NOTE,		/* the evidence (item 0), a question to ask */
	ROW_FAQ,
};

/* One row of the index: a topic's title and summary, a section, a
 * question with its answer.  Its rowid is its index + 1. */
struct row {
	uint16_t topic;		/* index in lang->topics */
	uint16_t item;		/* section, or FAQ entry */
	uint16_t words;		/* in its body, up to UINT16_MAX */
	uint8_t	 twords, hwords;	/* in its title, its heading, up
				 * to UINT8_MAX */
	uint8_t	 kind;		/* enum row_kind */
};

/*
 * A word of the content, for suggestions and for the words a prefix
 * stands for.  24 bytes: the vocabulary is most of a small index.
 */
struct vword {
	const char *shown;	/* as the content writes it */
	uint32_t off;		/* folded form in the pool */
	uint32_t stem;		/* its stem in the pool */
	uint16_t count;		/* how often, up to UINT16_MAX */
	uint8_t	 len, stemlen, shownlen;
	uint8_t	 where;		/* columns it is in: 1 title, 2 heading, 4 body */
	uint8_t	 swhere;	/* the same for any word of its stem */
};

struct search {
	const struct language *lang;
	sqlite3	*db;
	sqlite3_stmt *query;	/* rows matching ?1, with their rank, at
				 * most ?2: one statement for every tier
				 * (the column filter is in ?1) */
#ifdef HAVE_LIBSTEMMER
	struct sb_stemmer *stemmer;
#endif
	int	 es;		/* Spanish: z and c alternate (luz, luces) */
	struct row *rows;
	size_t	 nrows, glossary;	/* glossary: topic index or -1 */
	struct vword *vocab;	/* every word, nvocab of them; once built,
				 * sorted by folded form */
	size_t	 nvocab, wcap;
	uint32_t *slots;	/* while building, open addressing: vocab
				 * index + 1, or 0; then freed */
	size_t	 vcap;
	char	*pool;
	size_t	 poollen, poolcap;
	size_t	 dbmem;
	int	 vocab_failed;
	const char *cols[3];	/* the row being indexed */
	size_t	 ncolwords[3];	/* its words so far, per column */
};

/* ---- SQLite's memory, zeroed when freed ---- */

#define ZHEAD	16	/* keeps 8-byte alignment; holds the size */

static void *
z_malloc(int n)
{
	unsigned char *p;

	if (n < 0)
		return NULL;
	p = malloc((size_t)n + ZHEAD);
	if (p == NULL)
		return NULL;
	memcpy(p, &n, sizeof n);
	return p + ZHEAD;
}

static int
z_size(void *q)
{
	int n;

	if (q == NULL)
		return 0;
	memcpy(&n, (unsigned char *)q - ZHEAD, sizeof n);
	return n;
}

static void
z_free(void *q)
{
	unsigned char *p;

	if (q == NULL)
		return;
	p = (unsigned char *)q - ZHEAD;
	mem_wipe_free(p, (size_t)z_size(q) + ZHEAD);
}

static void *
z_realloc(void *q, int n)
{
	void *r;
	int old;

	r = z_malloc(n);
	if (r == NULL || q == NULL)
		return r;
	old = z_size(q);
	memcpy(r, q, (size_t)(old < n ? old : n));
	z_free(q);
	return r;
}

static int
z_roundup(int n)
{
	return (n + 7) & ~7;
}

static int
z_init(void *unused)
{
	(void)unused;
	return SQLITE_OK;
}

static void
z_shutdown(void *unused)
{
	(void)unused;
}

static int
sqlite_setup(void)
{
	static int done, ok;
	static const sqlite3_mem_methods zeroing = {
		z_malloc, z_free, z_realloc, z_size, z_roundup,
		z_init, z_shutdown, NULL
	};

	if (!done) {
		done = 1;
		if (!engine_load())
			return 0;
		ok = sqlite3_config(SQLITE_CONFIG_MALLOC, &zeroing) ==
		    SQLITE_OK && sqlite3_initialize() == SQLITE_OK;
	}
	return ok;
}

/* ---- words ---- */

/*
 * Base letters of U+00C0..U+017F: a digit stands for two letters
 * (1 ae, 2 th, 3 ss, 4 ij, 5 oe), a space for a sign that is no letter.
 */
static const char latin[] =
	"aaaaaa1ceeeeiiiidnooooo ouuuuy23aaaaaa1ceeeeiiiidnooooo ouuuuy2y"
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii44jjkkklllllll"
	"lllnnnnnnnnnoooooo55rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static const char *const pairs[] = { "ae", "th", "ss", "ij", "oe" };

/* Decodes one UTF-8 character; -1 for a byte that starts none. */
static long
utf8_next(const unsigned char *s, size_t len, size_t *n)
{
	unsigned char c = s[0];
	long cp;
	size_t need, i;

	*n = 1;
	if (c < 0x80)
		return c;
	if (c >= 0xc2 && c <= 0xdf)
		need = 1, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		need = 2, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 3, cp = c & 0x07;
	else
		return -1;
	if (len < need + 1)
		return -1;
	for (i = 1; i <= need; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 ||
	    cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*n = need + 1;
	return cp;
}

/* Combining accents: part of a word, folded away. */
static int
is_mark(long cp)
{
	return cp >= 0x300 && cp <= 0x36f;
}

static int
is_word(long cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z');
	if (cp < 0xc0)
		return 0;
	if (cp <= 0x17f)
		return latin[cp - 0xc0] != ' ';
	if (is_mark(cp))
		return 1;
	/* Punctuation, symbols, arrows, boxes, emoji: not words. */
	if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff0f) ||
	    cp >= 0x1f000 || cp == 0xfeff || (cp >= 0xfff0 && cp <= 0xffff))
		return 0;
	return 1;
}

/* Finds the next word of s[0..len) from *pos: 1 and its range, or 0. */
static int
next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *end)
{
	size_t i = *pos, n;
	long cp;

	while (i < len) {
		cp = utf8_next((const unsigned char *)s + i, len - i, &n);
		if (is_word(cp) && !is_mark(cp))
			break;
		i += n;
	}
	if (i >= len) {
		*pos = len;
		return 0;
	}
	*start = i;
	while (i < len) {
		cp = utf8_next((const unsigned char *)s + i, len - i, &n);
		if (!is_word(cp))
			break;
		i += n;
	}
	*end = *pos = i;
	return 1;
}

static size_t
put(char *out, size_t at, size_t size, const char *s, size_t n)
{
	if (at + n >= size)
		return at;
	memcpy(out + at, s, n);
	return at + n;
}

size_t
search_fold(const char *word, size_t len, char *out, size_t size)
{
	size_t i = 0, at = 0, n;
	long cp;
	char c, buf[4];

	if (size == 0)
		return 0;
	while (i < len) {
		cp = utf8_next((const unsigned char *)word + i, len - i, &n);
		if (cp < 0 || is_mark(cp)) {
			;
		} else if (cp < 0x80) {
			c = (char)cp;
			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			at = put(out, at, size, &c, 1);
		} else if (cp >= 0xc0 && cp <= 0x17f) {
			c = latin[cp - 0xc0];
			if (c >= '1' && c <= '5')
				at = put(out, at, size, pairs[c - '1'], 2);
			else if (c != ' ')
				at = put(out, at, size, &c, 1);
		} else {
			long lc = (long)towlower((wint_t)cp);
			size_t k;

			if (lc <= 0x7f || lc > 0x10ffff)
				lc = cp;
			if (lc < 0x800) {
				buf[0] = (char)(0xc0 | (lc >> 6));
				buf[1] = (char)(0x80 | (lc & 0x3f));
				k = 2;
			} else if (lc < 0x10000) {
				buf[0] = (char)(0xe0 | (lc >> 12));
				buf[1] = (char)(0x80 | ((lc >> 6) & 0x3f));
				buf[2] = (char)(0x80 | (lc & 0x3f));
				k = 3;
			} else {
				buf[0] = (char)(0xf0 | (lc >> 18));
				buf[1] = (char)(0x80 | ((lc >> 12) & 0x3f));
				buf[2] = (char)(0x80 | ((lc >> 6) & 0x3f));
				buf[3] = (char)(0x80 | (lc & 0x3f));
				k = 4;
			}
			at = put(out, at, size, buf, k);
		}
		i += n;
	}
	out[at] = '\0';
	return at;
}

/* The stem of a folded word, into out (SEARCH_MAX_WORD bytes). */
static size_t
stem(const struct search *s, const char *w, size_t len, char *out)
{
	size_t n = len;

#ifdef HAVE_LIBSTEMMER
	if (s->stemmer != NULL && len > 0) {
		const sb_symbol *r;
		int k;

		r = sb_stemmer_stem(s->stemmer, (const sb_symbol *)w, (int)len);
		k = sb_stemmer_length(s->stemmer);
		if (r != NULL && k > 0 && (size_t)k < SEARCH_MAX_WORD) {
			memcpy(out, r, (size_t)k);
			n = (size_t)k;
			w = out;
		}
	}
#endif
	if (w != out)
		memcpy(out, w, n);
	/* cicatriz, cicatrices: one stem */
	if (s->es && n > 1 && out[n - 1] == 'z')
		out[n - 1] = 'c';
	out[n] = '\0';
	return n;
}

/* ---- the vocabulary, for "did you mean" ---- */

static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h | 1;
}

static int
vocab_grow(struct search *s)
{
	size_t cap = s->vcap ? s->vcap * 2 : 1024, i, j;
	uint32_t *v;

	v = calloc(cap, sizeof *v);
	if (v == NULL)
		return -1;
	for (i = 0; i < s->nvocab; i++) {
		j = hash(s->pool + s->vocab[i].off, s->vocab[i].len) &
		    (cap - 1);
		while (v[j] != 0)
			j = (j + 1) & (cap - 1);
		v[j] = (uint32_t)i + 1;
	}
	free(s->slots);
	s->slots = v;
	s->vcap = cap;
	return 0;
}

/* The slot of w in the table: its word, or a free slot. */
static uint32_t *
vocab_slot(const struct search *s, const char *w, size_t len, uint32_t h)
{
	size_t j;

	for (j = h & (s->vcap - 1);; j = (j + 1) & (s->vcap - 1)) {
		const struct vword *v;

		if (s->slots[j] == 0)
			return &s->slots[j];
		v = &s->vocab[s->slots[j] - 1];
		if (v->len == len && memcmp(s->pool + v->off, w, len) == 0)
			return &s->slots[j];
	}
}

/* Orders folded words as bytes, a prefix first. */
static int
vword_cmp(const char *pool, const struct vword *v, const char *w, size_t len)
{
	size_t n = v->len < len ? v->len : len;
	int c = memcmp(pool + v->off, w, n);

	if (c != 0)
		return c;
	return v->len < len ? -1 : v->len > len;
}

/* The first word of the sorted vocabulary not before w. */
static size_t
vocab_lower(const struct search *s, const char *w, size_t len)
{
	size_t lo = 0, hi = s->nvocab, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (vword_cmp(s->pool, &s->vocab[mid], w, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static struct vword *
vocab_find(const struct search *s, const char *w, size_t len)
{
	uint32_t *slot;
	size_t i;

	if (s->slots == NULL) {
		i = vocab_lower(s, w, len);
		return i < s->nvocab && vword_cmp(s->pool, &s->vocab[i], w,
		    len) == 0 ? &s->vocab[i] : NULL;
	}
	slot = vocab_slot(s, w, len, hash(w, len));
	return *slot ? &s->vocab[*slot - 1] : NULL;
}

/* The stem of a folded word: the vocabulary's, else the stemmer's. */
static size_t
stem_of(const struct search *s, const char *w, size_t len, char *out)
{
	const struct vword *v = vocab_find(s, w, len);

	if (v == NULL)
		return stem(s, w, len, out);
	memcpy(out, s->pool + v->stem, v->stemlen);
	out[v->stemlen] = '\0';
	return v->stemlen;
}

/* Counts a folded word, written in the content as shown. */
static struct vword *
vocab_add(struct search *s, const char *w, size_t len, const char *st,
    size_t ns, const char *shown, size_t shownlen)
{
	uint32_t h = hash(w, len), *slot;
	struct vword *v;

	if (s->vocab_failed || len >= SEARCH_MAX_WORD || ns >= SEARCH_MAX_WORD)
		return NULL;
	if (shownlen > 255)
		shownlen = 255;		/* a suggestion never shows it whole */
	if ((s->nvocab + 1) * 2 > s->vcap && vocab_grow(s) < 0)
		goto fail;
	slot = vocab_slot(s, w, len, h);
	if (*slot != 0) {
		v = &s->vocab[*slot - 1];
		if (v->count < UINT16_MAX)
			v->count++;
		/* Prefer a lower-case spelling to a capital. */
		if (v->shown[0] >= 'A' && v->shown[0] <= 'Z' &&
		    !(shown[0] >= 'A' && shown[0] <= 'Z')) {
			v->shown = shown;
			v->shownlen = (uint8_t)shownlen;
		}
		return v;
	}
	if (s->nvocab == s->wcap) {
		size_t cap = s->wcap ? s->wcap + s->wcap / 2 : 1024;
		struct vword *p = realloc(s->vocab, cap * sizeof *p);

		if (p == NULL)
			goto fail;
		s->vocab = p;
		s->wcap = cap;
	}
	while (s->poollen + len + ns > s->poolcap) {
		size_t cap = s->poolcap ? s->poolcap * 2 : 16384;
		char *p = realloc(s->pool, cap);

		if (p == NULL)
			goto fail;
		s->pool = p;
		s->poolcap = cap;
	}
	if (s->poollen + len + ns > UINT32_MAX)
		goto fail;
	v = &s->vocab[s->nvocab];
	memcpy(s->pool + s->poollen, w, len);
	v->count = 1;
	v->off = (uint32_t)s->poollen;
	v->len = (uint8_t)len;
	v->shown = shown;
	v->shownlen = (uint8_t)shownlen;
	s->poollen += len;
	v->stemlen = (uint8_t)ns;
	if (ns <= len && memcmp(w, st, ns) == 0) {
		v->stem = v->off;	/* most stems begin the word */
	} else {
		memcpy(s->pool + s->poollen, st, ns);
		v->stem = (uint32_t)s->poollen;
		s->poollen += ns;
	}
	v->where = v->swhere = 0;
	*slot = (uint32_t)++s->nvocab;
	return v;
fail:
	s->vocab_failed = 1;
	return NULL;
}

/* Gives each word the columns of every word of its stem. */
static int
vocab_stems(struct search *s)
{
	size_t cap = 16, i, j;
	uint32_t *slot;
	uint8_t *acc;

	while (cap < s->nvocab * 2)
		cap *= 2;
	slot = calloc(cap, sizeof *slot);
	acc = calloc(cap, 1);
	if (slot == NULL || acc == NULL) {
		free(slot);
		free(acc);
		return -1;
	}
	for (int pass = 0; pass < 2; pass++)
		for (i = 0; i < s->nvocab; i++) {
			struct vword *v = &s->vocab[i];
			const char *st = s->pool + v->stem;

			j = hash(st, v->stemlen) & (cap - 1);
			for (;; j = (j + 1) & (cap - 1)) {
				const struct vword *o;

				if (slot[j] == 0) {
					slot[j] = (uint32_t)i + 1;
					break;
				}
				o = &s->vocab[slot[j] - 1];
				if (o->stemlen == v->stemlen && memcmp(s->pool +
				    o->stem, st, v->stemlen) == 0)
					break;
			}
			if (pass == 0)
				acc[j] |= v->where;
			else
				v->swhere = acc[j];
		}
	free(slot);
	free(acc);
	return 0;
}

static const char *sort_pool;	/* vocab_finish()'s, while it sorts */

static int
by_word(const void *a, const void *b)
{
	const struct vword *x = a, *y = b;

	return vword_cmp(sort_pool, x, sort_pool + y->off, y->len);
}

/*
 * Once the index is built: the vocabulary sorted by folded form (a
 * prefix's words are then one run of it), its hash table freed and
 * its arrays cut to their size.
 */
static void
vocab_finish(struct search *s)
{
	void *p;

	sort_pool = s->pool;
	qsort(s->vocab, s->nvocab, sizeof *s->vocab, by_word);
	sort_pool = NULL;
	free(s->slots);
	s->slots = NULL;
	s->vcap = 0;
	if (s->nvocab > 0 && s->nvocab < s->wcap &&
	    (p = realloc(s->vocab, s->nvocab * sizeof *s->vocab)) != NULL) {
		s->vocab = p;
		s->wcap = s->nvocab;
	}
	if (s->poollen > 0 && s->poollen < s->poolcap &&
	    (p = realloc(s->pool, s->poollen)) != NULL) {
		s->pool = p;
		s->poolcap = s->poollen;
	}
}

/* ---- the FTS5 tokenizer ---- */

static int
tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv;
	(void)argc;
	*out = ctx;
	return SQLITE_OK;
}

static void
tok_delete(Fts5Tokenizer *t)
{
	(void)t;
}

/*
 * Each word gives its stem.  While the index is built, the words of a
 * document go to the vocabulary as well.
 */
static int
tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text,
    int ntext, int (*token)(void *, int, const char *, int, int, int))
{
	struct search *s = (struct search *)t;
	size_t len = ntext > 0 ? (size_t)ntext : 0, pos = 0, a, b, nf, ns;
	char f[SEARCH_MAX_WORD], st[SEARCH_MAX_WORD];
	int rc = SQLITE_OK, doc = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
	const char *shown = NULL;
	struct vword *v;
	int col = 0;

	/* FTS5 hands over the bound text itself, which the content
	 * owns: the vocabulary may point into it. */
	if (doc)
		for (int k = 0; k < 3; k++)
			if (text == s->cols[k]) {
				shown = text;
				col = k;
			}

	while (rc == SQLITE_OK && next_word(text, len, &pos, &a, &b)) {
		nf = search_fold(text + a, b - a, f, sizeof f);
		if (nf == 0)
			continue;
		ns = stem_of(s, f, nf, st);
		rc = token(ctx, 0, st, (int)ns, (int)a, (int)b);
		if (shown != NULL)
			s->ncolwords[col]++;
		if (shown != NULL &&
		    (v = vocab_add(s, f, nf, st, ns, shown + a, b - a)) != NULL)
			v->where |= (uint8_t)(1 << col);
	}
	mem_wipe(f, sizeof f);
	mem_wipe(st, sizeof st);
	return rc;
}

/*
 * The rank of a row: per column, the words of the query it has,
 * saturated and weighed by the column's length, titles counting 10, headings 4 and body text 1;
 * lower is better, as with bm25().  bm25() would first read every
 * matching row to weigh rare words up, which on a large content costs
 * more than a key may.
 */
static void
rank_row(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
    int nval, sqlite3_value **val)
{
	static const double weight[3] = { 10.0, 4.0, 1.0 };
	const struct search *s = api->xUserData(fts);
	const struct row *r;
	int tf[3] = { 0, 0, 0 }, n, i, col, len;
	sqlite3_int64 id = api->xRowid(fts);
	Fts5PhraseIter it;
	double score = 0;

	(void)nval;
	(void)val;
	if (id < 1 || (size_t)id > s->nrows) {
		sqlite3_result_double(ctx, 0);
		return;
	}
	r = &s->rows[id - 1];
	/* detail=column: which phrases each column has, not how often */
	n = api->xPhraseCount(fts);
	for (i = 0; i < n; i++) {
		if (api->xPhraseFirstColumn(fts, i, &it, &col) != SQLITE_OK)
			continue;
		for (; col >= 0; api->xPhraseNextColumn(fts, &it, &col))
			if (col < 3)
				tf[col]++;
	}
	for (col = 0; col < 3; col++) {
		if (tf[col] == 0)
			continue;
		/* The index keeps no column sizes (columnsize=0): the
		 * rows have them, at no cost of a B-tree look-up. */
		len = col == 0 ? r->twords : col == 1 ? r->hwords : r->words;
		score += weight[col] * tf[col] /
		    (tf[col] + 1.2 * (0.25 + 0.75 * len / 20.0));
	}
	sqlite3_result_double(ctx, -score);
}

static int
register_tokenizer(struct search *s)
{
	static fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (api == NULL)
		return -1;
	rc = api->xCreateTokenizer(api, "smp", s, &tok, NULL);
	if (rc == SQLITE_OK)
		rc = api->xCreateFunction(api, "smprank", s, rank_row, NULL);
	return rc == SQLITE_OK ? 0 : -1;
}

/* ---- building ---- */

static int
section_shown(const struct language *lang, const struct section *sec)
{
	switch (sec->when) {
	case WHEN_ALWAYS:
		return 1;
	case WHEN_CLINIC:
		return lang->clinic != NULL;
	case WHEN_NO_CLINIC:
		return lang->clinic == NULL;
	}
	return 1;
}

static int
add_row(struct search *s, size_t *cap, enum row_kind kind, size_t topic,
    size_t item)
{
	if (s->nrows == *cap) {
		size_t n = *cap ? *cap * 2 : 256;
		struct row *r = realloc(s->rows, n * sizeof *r);

		if (r == NULL)
			return -1;
		s->rows = r;
		*cap = n;
	}
	if (topic > UINT16_MAX || item > UINT16_MAX)
		return -1;	/* more than content-limits.h lets a content have */
	s->rows[s->nrows].kind = (uint8_t)kind;
	s->rows[s->nrows].topic = (uint16_t)topic;
	s->rows[s->nrows].item = (uint16_t)item;
	s->nrows++;
	return 0;
}

static int
collect_rows(struct search *s)
{
	const struct language *lang = s->lang;
	size_t cap = 0, i, j;

	s->glossary = SEARCH_NO_SECTION;
	for (i = 0; i < lang->ntopics; i++) {
		const struct topic *t = &lang->topics[i];

		if (strcmp(t->id, GLOSSARY_ID) == 0)
			s->glossary = i;
		if (add_row(s, &cap, ROW_TOPIC, i, 0) < 0)
			return -1;
		for (j = 0; j < t->nsections; j++)
			if (section_shown(lang, &t->sections[j]) &&
			    add_row(s, &cap, ROW_SECTION, i, j) < 0)
				return -1;
		if (t->evidence != NULL && add_row(s, &cap, ROW_NOTE, i, 0) < 0)
			return -1;
		for (j = 0; j < t->nask; j++)
			if (add_row(s, &cap, ROW_NOTE, i, j + 1) < 0)
				return -1;
	}
	if (lang->faq != NULL)
		for (j = 0; j < lang->faq->n; j++)
			if (add_row(s, &cap, ROW_FAQ, 0, j) < 0)
				return -1;
	if (s->nrows > 0 && s->nrows < cap) {	/* cut to size */
		struct row *r = realloc(s->rows, s->nrows * sizeof *r);

		if (r != NULL)
			s->rows = r;
	}
	return 0;
}

/* The title, heading and body text of a row. */
static void
row_text(const struct search *s, const struct row *r, const char *col[3])
{
	const struct topic *t = &s->lang->topics[r->topic];

	col[0] = col[1] = col[2] = "";
	switch (r->kind) {
	case ROW_TOPIC:
		col[0] = t->title ? t->title : "";
		col[2] = t->summary ? t->summary : "";
		break;
	case ROW_SECTION:
		col[1] = t->sections[r->item].heading ?
		    t->sections[r->item].heading : "";
		col[2] = t->sections[r->item].body ?
		    t->sections[r->item].body : "";
		break;
	case ROW_NOTE:
		col[2] = r->item == 0 ? t->evidence : t->ask[r->item - 1];
		break;
	case ROW_FAQ:
		col[1] = s->lang->faq->entries[r->item].question;
		col[2] = s->lang->faq->entries[r->item].answer;
		break;
	}
	for (int k = 0; k < 3; k++)
		if (col[k] == NULL)
			col[k] = "";
}

static int
fill(struct search *s)
{
	sqlite3_stmt *ins;
	const char *col[3];
	size_t i;
	int k, rc = 0;

	if (sqlite3_exec(s->db,
	    "CREATE VIRTUAL TABLE idx USING fts5(title, heading, body,"
	    " content='', detail=column, columnsize=0, tokenize='smp');"
	    "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO idx(rowid, title, heading,"
	    " body) VALUES (?1, ?2, ?3, ?4)", -1, &ins, NULL) != SQLITE_OK)
		return -1;
	for (i = 0; i < s->nrows && rc == 0; i++) {
		row_text(s, &s->rows[i], col);
		memcpy(s->cols, col, sizeof s->cols);
		memset(s->ncolwords, 0, sizeof s->ncolwords);
		sqlite3_bind_int64(ins, 1, (sqlite3_int64)i + 1);
		for (k = 0; k < 3; k++)
			sqlite3_bind_text(ins, k + 2, col[k], -1, SQLITE_STATIC);
		if (sqlite3_step(ins) != SQLITE_DONE)
			rc = -1;
		sqlite3_reset(ins);
		s->rows[i].twords = (uint8_t)(s->ncolwords[0] < UINT8_MAX ?
		    s->ncolwords[0] : UINT8_MAX);
		s->rows[i].hwords = (uint8_t)(s->ncolwords[1] < UINT8_MAX ?
		    s->ncolwords[1] : UINT8_MAX);
		s->rows[i].words = (uint16_t)(s->ncolwords[2] < UINT16_MAX ?
		    s->ncolwords[2] : UINT16_MAX);
	}
	memset(s->cols, 0, sizeof s->cols);
	sqlite3_finalize(ins);
	if (rc == 0 && sqlite3_exec(s->db, "COMMIT;"
	    "INSERT INTO idx(idx) VALUES('optimize')", NULL, NULL, NULL) !=
	    SQLITE_OK)
		rc = -1;
	return rc;
}

static const char *
stemmer_name(const char *code, char *buf, size_t size)
{
	size_t n = strcspn(code, "_-@.");

	if (n >= size)
		n = size - 1;
	memcpy(buf, code, n);
	buf[n] = '\0';
	return buf;
}

int
search_available(void)
{
	return sqlite_setup();
}

struct search *
search_open(const struct language *lang)
{
	struct search *s;
	size_t before;
	char name[16];

	if (!sqlite_setup())
		return NULL;
	s = calloc(1, sizeof *s);
	if (s == NULL)
		return NULL;
	s->lang = lang;
	stemmer_name(lang->code, name, sizeof name);
	s->es = strcmp(name, "es") == 0;
#ifdef HAVE_LIBSTEMMER
	s->stemmer = sb_stemmer_new != NULL ? sb_stemmer_new(name, NULL) :
	    NULL;
#endif
	before = (size_t)sqlite3_memory_used();
	if (sqlite3_open_v2(":memory:", &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, NULL) != SQLITE_OK)
		goto fail;
	/* No lookaside: its slots would be the most of a small index. */
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_LOOKASIDE, NULL, 0, 0);
	/* Pages of 1 KiB: the page cache holds the whole index, and
	 * its slack and headers cost less than with 4 KiB pages. */
	sqlite3_exec(s->db, "PRAGMA secure_delete=ON; PRAGMA page_size=1024",
	    NULL, NULL, NULL);
	if (register_tokenizer(s) < 0 || collect_rows(s) < 0 || fill(s) < 0 ||
	    vocab_stems(s) < 0)
		goto fail;
	vocab_finish(s);
	/* One statement: each one prepared costs some 2.5 KiB. */
	if (sqlite3_prepare_v2(s->db, "SELECT rowid, smprank(idx)"
	    " FROM idx WHERE idx MATCH ?1 LIMIT ?2", -1, &s->query, NULL) !=
	    SQLITE_OK)
		goto fail;
	s->dbmem = (size_t)sqlite3_memory_used() - before;
	return s;
fail:
	search_close(s);
	return NULL;
}

void
search_close(struct search *s)
{
	if (s == NULL)
		return;
	sqlite3_finalize(s->query);
	sqlite3_close(s->db);
#ifdef HAVE_LIBSTEMMER
	if (s->stemmer != NULL)
		sb_stemmer_delete(s->stemmer);
#endif
	free(s->rows);
	free(s->vocab);
	free(s->slots);
	free(s->pool);
	mem_wipe_free(s, sizeof *s);
}

const struct language *
search_language(const struct search *s)
{
	return s->lang;
}

size_t
search_memory(const struct search *s)
{
	return s->dbmem + s->wcap * sizeof *s->vocab +
	    s->vcap * sizeof *s->slots + s->poolcap +
	    s->nrows * sizeof *s->rows;
}

/* ---- queries ---- */

struct qword {
	char	 f[SEARCH_MAX_WORD];	/* folded */
	char	 st[SEARCH_MAX_WORD];	/* stem */
	size_t	 nf, ns;
	size_t	 start, end;		/* in the query */
};

#define MATCH_MAX	4096	/* bytes of an FTS5 query */
#define EXPAND_MAX	16	/* whole words for a prefix */

struct query {
	struct qword w[SEARCH_MAX_WORDS];
	size_t	 n;
	int	 prefix;	/* the last word is being typed */
	/* For the spans: the words the prefix stood for, nex of them
	 * (0: any word that begins with it). */
	const struct vword *ex[EXPAND_MAX];
	size_t	 nex;
};

static void
parse(const struct search *s, const char *q, struct query *out)
{
	size_t len = strnlen(q, SEARCH_MAX_QUERY - 1), pos = 0, a, b;
	struct qword *w;

	out->n = 0;
	out->nex = 0;
	while (out->n < SEARCH_MAX_WORDS && next_word(q, len, &pos, &a, &b)) {
		w = &out->w[out->n];
		w->nf = search_fold(q + a, b - a, w->f, sizeof w->f);
		if (w->nf == 0)
			continue;
		w->ns = stem_of(s, w->f, w->nf, w->st);
		w->start = a;
		w->end = b;
		out->n++;
	}
	out->prefix = out->n > 0 && out->w[out->n - 1].end == len;
}

/*
 * The content's words that begin with the folded prefix w and whose
 * stems are in a column of mask, one for each stem, at most
 * EXPAND_MAX, the most frequent if there are more.  *any: whether
 * some word begins with w at all.
 */
static size_t
expand(const struct search *s, const struct qword *w, int mask,
    const struct vword **out, int *any)
{
	size_t k, n = 0, j;

	*any = 0;
	/* The vocabulary is sorted: the words with the prefix are a run. */
	for (k = vocab_lower(s, w->f, w->nf); k < s->nvocab; k++) {
		const struct vword *v = &s->vocab[k];

		if (v->len < w->nf ||
		    memcmp(s->pool + v->off, w->f, w->nf) != 0)
			break;
		*any = 1;
		if (!(v->swhere & mask))
			continue;
		for (j = 0; j < n; j++)
			if (out[j]->stemlen == v->stemlen && memcmp(s->pool +
			    out[j]->stem, s->pool + v->stem, v->stemlen) == 0)
				break;
		if (j < n)
			continue;	/* (its count is not added: a guide) */
		if (n == EXPAND_MAX && out[n - 1]->count >= v->count)
			continue;
		j = n < EXPAND_MAX ? n++ : n - 1;
		while (j > 0 && out[j - 1]->count < v->count) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = v;
	}
	return n;
}

/* Appends w quoted (as data, whatever it holds) to buf. */
static size_t
quote(char *buf, size_t at, size_t size, const char *w, size_t n)
{
	size_t k;

	if (at + n * 2 + 3 >= size)
		return at;
	buf[at++] = '"';
	for (k = 0; k < n; k++) {
		if (w[k] == '"')
			buf[at++] = '"';
		buf[at++] = w[k];
	}
	buf[at++] = '"';
	return at;
}

/*
 * The FTS5 query for the columns of mask: every word quoted, all of
 * them required.  The last word, when it is being typed, stands for
 * the content's words that begin with it (FTS5's own prefix queries
 * read every matching posting before the first row: too slow on a
 * large content for each key).  Returns 0 when the vocabulary shows
 * that no row can match there.
 */
static int
match_string(const struct search *s, const struct query *q, int mask,
    char *buf, size_t size)
{
	const struct vword *ex[EXPAND_MAX], *v;
	size_t at = 0, i, k, n;
	int any;

	buf[0] = '\0';
	if (size < 64)
		return 0;
	if (mask == 1 || mask == 2) {	/* a column filter */
		at = (size_t)snprintf(buf, size, "{%s} : (",
		    mask == 1 ? "title" : "heading");
		size--;			/* room for the ')' */
	}
	for (i = 0; i < q->n; i++) {
		const struct qword *w = &q->w[i];

		if (at + w->nf * 2 + 12 >= size)
			break;
		if (i > 0) {
			memcpy(buf + at, " AND ", 5);
			at += 5;
		}
		n = 0;
		if (i + 1 == q->n && q->prefix) {
			n = expand(s, w, mask, ex, &any);
			if (any && n == 0)
				return 0;
		} else if ((v = vocab_find(s, w->f, w->nf)) != NULL &&
		    !(v->swhere & mask)) {
			return 0;
		}
		if (n == 0) {
			at = quote(buf, at, size, w->f, w->nf);
			continue;
		}
		buf[at++] = '(';
		for (k = 0; k < n; k++) {
			if (at + ex[k]->len * 2 + 10 >= size)
				break;
			if (k > 0) {
				memcpy(buf + at, " OR ", 4);
				at += 4;
			}
			at = quote(buf, at, size, s->pool + ex[k]->off,
			    ex[k]->len);
		}
		buf[at++] = ')';
	}
	if (mask == 1 || mask == 2)
		buf[at++] = ')';
	buf[at] = '\0';
	return 1;
}

/*
 * 1 when the folded word f of a text matches a word of q: the same
 * stem, or for the word being typed, a beginning of the word or of its
 * stem.  Stemmers change the ends of words only, so a word that
 * begins like no word of the query is not stemmed at all.
 */
static int
word_matches(const struct search *s, const struct query *q, const char *f,
    size_t nf)
{
	char st[SEARCH_MAX_WORD];
	size_t i, ns, k;
	int found = 0;

	for (i = 0; i < q->n; i++) {
		k = q->w[i].ns < 2 ? q->w[i].ns : 2;
		if (nf >= k && memcmp(f, q->w[i].st, k) == 0)
			break;
	}
	if (i == q->n)
		return 0;
	ns = stem_of(s, f, nf, st);
	for (i = 0; i < q->n && !found; i++) {
		const struct qword *w = &q->w[i];

		if (ns == w->ns && memcmp(st, w->st, ns) == 0)
			found = 1;
		else if (i + 1 == q->n && q->prefix && q->nex > 0) {
			/* the words searched for, no others */
			for (k = 0; k < q->nex && !found; k++)
				found = ns == q->ex[k]->stemlen && memcmp(st,
				    s->pool + q->ex[k]->stem, ns) == 0;
		} else if (i + 1 == q->n && q->prefix &&
		    ((nf >= w->nf && memcmp(f, w->f, w->nf) == 0) ||
		    (ns >= w->ns && memcmp(st, w->st, w->ns) == 0)))
			found = 1;
	}
	mem_wipe(st, sizeof st);
	return found;
}

static int
has_word(const struct search *s, const struct query *q, const char *text)
{
	size_t pos = 0, a, b, nf, len = strlen(text);
	char f[SEARCH_MAX_WORD];
	int found = 0;

	while (!found && next_word(text, len, &pos, &a, &b)) {
		nf = search_fold(text + a, b - a, f, sizeof f);
		found = word_matches(s, q, f, nf);
	}
	mem_wipe(f, sizeof f);
	return found;
}

static struct search_hit *
find_topic_hit(struct search_results *res, const struct topic *t)
{
	size_t i;

	for (i = 0; i < res->n; i++)
		if (res->hits[i].kind == SEARCH_TOPIC && res->hits[i].topic == t)
			return &res->hits[i];
	return NULL;
}

/* A matching row: its tier (title 0, heading 1, any 2), its rank. */
struct cand {
	sqlite3_int64 id;
	int	 tier;
	double	 score;
};

static int
by_rank(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->tier != y->tier)
		return x->tier - y->tier;
	if (x->score != y->score)
		return x->score < y->score ? -1 : 1;	/* bm25: lower is better */
	return x->id < y->id ? -1 : x->id > y->id;
}

#define SEEN_SLOTS	512	/* a power of two over ROWS_LOOKED_AT */
_Static_assert(SEEN_SLOTS > ROWS_LOOKED_AT &&
    (SEEN_SLOTS & (SEEN_SLOTS - 1)) == 0,
    "gather()'s probing needs a free slot and a power of two");

/*
 * Adds the rows of match to c, as many as its tier looks at, but for
 * rows already there: a row in a title is in the last tier too, and
 * the tiers come best first.  seen: the ids in c, open addressing.
 */
static int
gather(struct search *s, const char *match, int tier, struct cand *c,
    size_t *n, sqlite3_int64 *seen)
{
	sqlite3_stmt *st = s->query;
	sqlite3_int64 id;
	size_t j;
	int rc;

	sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, rows_looked_at[tier]);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		for (j = (size_t)id & (SEEN_SLOTS - 1); seen[j] != 0 &&
		    seen[j] != id; j = (j + 1) & (SEEN_SLOTS - 1))
			;
		if (seen[j] == id)
			continue;
		seen[j] = id;
		c[*n].id = id;
		c[*n].score = sqlite3_column_double(st, 1);
		c[*n].tier = tier;
		(*n)++;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Turns the row id into a hit, or into a better place of one. */
static void
add_hit(struct search *s, const struct query *q, sqlite3_int64 id,
    struct search_results *res)
{
	const struct row *r;
	const struct topic *t;
	const struct section *sec;
	struct search_hit *h;

	if (id < 1 || (size_t)id > s->nrows)
		return;
	r = &s->rows[id - 1];
	t = &s->lang->topics[r->topic];
	if (r->kind == ROW_SECTION && r->topic == s->glossary && r->item > 0) {
		if (res->n == SEARCH_MAX_HITS)
			return;
		sec = &t->sections[r->item];
		h = &res->hits[res->n++];
		h->kind = SEARCH_GLOSSARY;
		h->topic = t;
		h->section = r->item;
		h->faq = 0;
		h->title = sec->heading;
		h->context = has_word(s, q, sec->body) ? sec->body :
		    sec->heading;
		return;
	}
	if (r->kind == ROW_FAQ) {
		const struct faq_entry *e = &s->lang->faq->entries[r->item];

		if (res->n == SEARCH_MAX_HITS)
			return;
		h = &res->hits[res->n++];
		h->kind = SEARCH_FAQ;
		h->topic = NULL;
		h->section = SEARCH_NO_SECTION;
		h->faq = r->item;
		h->title = e->question;
		h->context = has_word(s, q, e->answer) ? e->answer :
		    e->question;
		return;
	}
	h = find_topic_hit(res, t);
	if (h == NULL) {
		if (res->n == SEARCH_MAX_HITS)
			return;
		h = &res->hits[res->n++];
		h->kind = SEARCH_TOPIC;
		h->topic = t;
		h->faq = 0;
		h->title = t->title;
		h->section = SEARCH_NO_SECTION;
		h->context = t->summary != NULL &&
		    has_word(s, q, t->summary) ? t->summary : t->title;
	}
	if (r->kind == ROW_SECTION && h->section == SEARCH_NO_SECTION) {
		sec = &t->sections[r->item];
		h->section = r->item;
		if (h->context == t->title || h->context == t->summary)
			h->context = has_word(s, q, sec->body) ? sec->body :
			    sec->heading;
	}
	if (r->kind == ROW_NOTE && h->section == SEARCH_NO_SECTION &&
	    (h->context == t->title || (h->context == t->summary &&
	    !has_word(s, q, t->summary))))
		h->context = r->item == 0 ? t->evidence : t->ask[r->item - 1];
}

/*
 * Reads the rows that match into hits: those that match in a title,
 * then in a heading (or an FAQ question, or a glossary word), then
 * anywhere, each by rank.  FTS5 ranks only the rows it returns, so a
 * huge content costs no more than ROWS_LOOKED_AT rows.  The last tier
 * is not asked when the first two fill the results.
 */
static int
collect(struct search *s, struct query *q, struct search_results *res)
{
	sqlite3_int64 seen[SEEN_SLOTS];
	struct cand *c;
	char *m;
	size_t n = 0, i;
	int rc = 0, tier;

	res->n = 0;
	memset(seen, 0, sizeof(seen));
	c = malloc(ROWS_LOOKED_AT * sizeof *c);
	m = malloc(MATCH_MAX);
	if (c == NULL || m == NULL) {
		free(c);
		free(m);
		return -1;
	}
	for (tier = 0; tier < 3 && rc == 0; tier++)
		if ((tier < 2 || n < 2 * SEARCH_MAX_HITS) &&
		    match_string(s, q, tier == 2 ? 7 : 1 << tier, m, MATCH_MAX))
			rc = gather(s, m, tier, c, &n, seen);
	mem_wipe_free(m, MATCH_MAX);
	qsort(c, n, sizeof *c, by_rank);
	for (i = 0; i < n && rc == 0; i++)
		add_hit(s, q, c[i].id, res);
	mem_wipe(c, ROWS_LOOKED_AT * sizeof *c);
	mem_wipe(seen, sizeof(seen));
	free(c);
	return rc;
}

static int
matches_any(struct search *s, const char *match)
{
	int rc;

	sqlite3_bind_text(s->query, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(s->query, 2, 1);
	rc = sqlite3_step(s->query);
	sqlite3_reset(s->query);
	sqlite3_clear_bindings(s->query);
	return rc == SQLITE_ROW;
}

/*
 * Optimal string alignment distance from a to b, or more than max.
 * With infix, from a to the closest part of b.
 */
static size_t
distance(const char *a, size_t na, const char *b, size_t nb, size_t max,
    int infix)
{
	size_t d[SEARCH_MAX_WORD + 1][SEARCH_MAX_WORD + 1], i, j, best, c;

	if (na >= SEARCH_MAX_WORD || nb >= SEARCH_MAX_WORD)
		return max + 1;
	if (!infix && (na > nb ? na - nb : nb - na) > max)
		return max + 1;
	for (i = 0; i <= na; i++)
		d[i][0] = i;
	for (j = 0; j <= nb; j++)
		d[0][j] = infix ? 0 : j;
	for (i = 1; i <= na; i++) {
		best = max + 1;
		for (j = 1; j <= nb; j++) {
			c = a[i - 1] != b[j - 1];
			d[i][j] = d[i - 1][j - 1] + c;
			if (d[i - 1][j] + 1 < d[i][j])
				d[i][j] = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < d[i][j])
				d[i][j] = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 <
			    d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
			if (d[i][j] < best)
				best = d[i][j];
		}
		if (best > max)
			return max + 1;
	}
	if (infix) {
		best = d[na][nb];
		for (j = 0; j < nb; j++)
			if (d[na][j] < best)
				best = d[na][j];
		return best;
	}
	return d[na][nb];
}

/*
 * The content's word closest to w, or NULL.  Of words as close, the
 * most frequent wins, and of those the first in the vocabulary's
 * order (by folded form, vocab_finish()): the same suggestion for the
 * same content, however its files are laid out.
 */
static const struct vword *
closest(const struct search *s, const struct qword *w)
{
	const struct vword *best = NULL;
	size_t i, d, bestd, max;

	max = w->nf <= 4 ? 1 : w->nf <= 8 ? 2 : 3;
	if (w->nf < 3)
		return NULL;
	bestd = 2 * max + 2;
	for (i = 0; i < s->nvocab; i++) {
		const struct vword *v = &s->vocab[i];

		if (v->len < 3)
			continue;
		/* A word with none of the first three pairs of letters
		 * is no typo of it ("keloide": "el" of "queloide"). */
		if (memmem(s->pool + v->off, v->len, w->f, 2) == NULL &&
		    memmem(s->pool + v->off, v->len, w->f + 1, 2) == NULL &&
		    memmem(s->pool + v->off, v->len, w->f + 2, 2) == NULL)
			continue;
		/* Twice the typos, so that a whole word wins a tie. */
		d = 2 * distance(w->f, w->nf, s->pool + v->off, v->len, max,
		    0);
		/* Part of a longer word ("pigmentacion" of
		 * "micropigmentación") costs one typo more. */
		if (d > 2 && w->nf >= 5 && v->len > w->nf) {
			size_t di = 2 * distance(w->f, w->nf, s->pool + v->off,
			    v->len, max, 1) + 3;

			if (di < d)
				d = di;
		}
		if (d < bestd || (d == bestd && best != NULL &&
		    v->count > best->count)) {
			bestd = d;
			best = v;
		}
	}
	return bestd <= 2 * max + 1 ? best : NULL;
}

/*
 * Replaces each word of q that matches nothing with the content's
 * closest word, into out; 0 when none could be.
 */
static int
suggest(struct search *s, const char *qtext, struct query *q, char *out,
    size_t size)
{
	char m[MATCH_MAX];
	size_t i, at = 0, from = 0, n;
	int changed = 0;

	for (i = 0; i < q->n; i++) {
		struct query one;
		const struct vword *v;

		one.n = 1;
		one.prefix = i + 1 == q->n && q->prefix;
		one.w[0] = q->w[i];
		v = match_string(s, &one, 7, m, sizeof m) && matches_any(s, m) ?
		    NULL : closest(s, &q->w[i]);
		mem_wipe(&one, sizeof one);
		if (v == NULL)
			continue;
		n = q->w[i].start - from;
		if (at + n + v->shownlen >= size)
			break;
		memcpy(out + at, qtext + from, n);
		at += n;
		memcpy(out + at, v->shown, v->shownlen);
		at += v->shownlen;
		from = q->w[i].end;
		changed = 1;
	}
	mem_wipe(m, sizeof m);
	n = strnlen(qtext + from, SEARCH_MAX_QUERY);
	if (!changed || at + n >= size)
		return 0;
	memcpy(out + at, qtext + from, n);
	out[at + n] = '\0';
	return 1;
}

int
search_run(struct search *s, const char *query, struct search_results *res)
{
	struct query q;
	int rc = 0;

	res->n = 0;
	res->suggestion[0] = '\0';
	parse(s, query, &q);
	if (q.n == 0)
		goto out;
	rc = collect(s, &q, res);
	if (rc == 0 && res->n == 0 && suggest(s, query, &q, res->suggestion,
	    sizeof res->suggestion)) {
		mem_wipe(&q, sizeof q);
		parse(s, res->suggestion, &q);
		q.prefix = 0;
		rc = collect(s, &q, res);
		if (res->n == 0)
			mem_wipe(res->suggestion, sizeof res->suggestion);
	}
out:
	mem_wipe(&q, sizeof q);
	return rc;
}

size_t
search_spans(const struct search *s, const char *query, const char *text,
    size_t len, struct search_span *spans, size_t max)
{
	struct query q;
	size_t pos = 0, a, b, nf, n = 0;
	char f[SEARCH_MAX_WORD];

	parse(s, query, &q);
	if (q.n > 0 && q.prefix) {
		int any;

		q.nex = expand(s, &q.w[q.n - 1], 7, q.ex, &any);
	}
	while (q.n > 0 && next_word(text, len, &pos, &a, &b)) {
		nf = search_fold(text + a, b - a, f, sizeof f);
		if (!word_matches(s, &q, f, nf))
			continue;
		if (n < max) {
			spans[n].start = a;
			spans[n].len = b - a;
		}
		n++;
	}
	mem_wipe(&q, sizeof q);
	mem_wipe(f, sizeof f);
	return n;
}

size_t
search_excerpt(const struct search *s, const char *query, const char *text,
    size_t before)
{
	struct search_span sp;
	size_t from;

	if (search_spans(s, query, text, strlen(text), &sp, 1) == 0)
		return 0;
	from = sp.start;
	/* Lines of a paragraph are only wrapped: back to its start, a
	 * blank line or a bullet. */
	while (from > 0 && sp.start - from < before && !(text[from - 1] ==
	    '\n' && (from < 2 || text[from - 2] == '\n' ||
	    text[from] == '-')))
		from--;
	if (from > 0 && text[from - 1] != '\n') {	/* at a word */
		const char *dot;

		while (from < sp.start && text[from - 1] != ' ')
			from++;
		/* better, at a sentence */
		for (dot = text + sp.start; dot > text + from; dot--)
			if (dot[-1] == ' ' && dot - 2 >= text + from &&
			    (dot[-2] == '.' || dot[-2] == '?' ||
			    dot[-2] == '!' || dot[-2] == ':')) {
				from = (size_t)(dot - text);
				break;
			}
	}
	/* a bullet's "- " adds nothing to a context line */
	if (text[from] == '-' && text[from + 1] == ' ')
		from += 2;
	return from;
}

size_t
search_context(const struct search *s, const char *query, const char *text,
    size_t before, char *buf, size_t size)
{
	size_t i = search_excerpt(s, query, text, before), at = 0, k, n;

	if (size == 0)
		return 0;
	for (; text[i] != '\0'; i += n) {
		if (text[i] == '\n' && (text[i + 1] == '\n' ||
		    text[i + 1] == '-' || text[i + 1] == '\0'))
			break;		/* the paragraph ends */
		n = 1;
		while (((unsigned char)text[i + n] & 0xc0) == 0x80)
			n++;
		if (at + n >= size)
			break;
		for (k = 0; k < n; k++)
			buf[at++] = text[i + k] == '\n' || text[i + k] == '\t' ?
			    ' ' : text[i + k];
	}
	buf[at] = '\0';
	return at;
}

/* ---- where a hit lives ---- */

static int
path_to(const struct menu *m, const struct search_hit *h, char *buf,
    size_t size, size_t at, int depth)
{
	size_t i, n;

	if (depth > 8)
		return 0;
	for (i = 0; i < m->n; i++) {
		const struct menu_item *it = &m->items[i];

		if ((h->kind == SEARCH_FAQ && it->kind == MENU_SHOW &&
		    it->show == SHOW_FAQ) || (h->kind != SEARCH_FAQ &&
		    it->kind == MENU_TOPIC && it->topic == h->topic)) {
			n = strlen(it->title);
			if (at + n + 4 >= size)
				return 1;
			if (at > 0) {
				memcpy(buf + at, " > ", 3);
				at += 3;
			}
			memcpy(buf + at, it->title, n);
			buf[at + n] = '\0';
			return 1;
		}
	}
	for (i = 0; i < m->n; i++) {
		const struct menu_item *it = &m->items[i];

		if (it->kind != MENU_SUBMENU || it->sub == NULL)
			continue;
		n = strlen(it->title);
		if (at + n + 4 >= size)
			continue;
		if (at > 0)
			memcpy(buf + at, " > ", 3);
		memcpy(buf + at + (at > 0 ? 3 : 0), it->title, n);
		if (path_to(it->sub, h, buf, size, at + n + (at > 0 ? 3 : 0),
		    depth + 1))
			return 1;
	}
	buf[at] = '\0';
	return 0;
}

void
search_menu_path(const struct language *lang, const struct search_hit *h,
    char *buf, size_t size)
{
	if (size == 0)
		return;
	buf[0] = '\0';
	if (!path_to(&lang->home, h, buf, size, 0, 0))
		buf[0] = '\0';
}

/* ---- dead glossary entries ---- */

size_t
search_dead_glossary(struct search *s,
    void (*dead)(const struct topic *, size_t, void *), void *ctx)
{
	const struct topic *g;
	size_t i, j, first = 0, last = 0, n = 0, len;
	char m[MATCH_MAX];
	struct query q;
	sqlite3_stmt *outside;	/* ?1 matches a row outside ?2..?3 */

	if (s->glossary == SEARCH_NO_SECTION)
		return 0;
	/* Prepared here: only a content author's --check asks. */
	if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM idx WHERE idx MATCH ?1"
	    " AND (rowid < ?2 OR rowid > ?3) LIMIT 1", -1, &outside, NULL) !=
	    SQLITE_OK)
		return SEARCH_FAILED;
	g = &s->lang->topics[s->glossary];
	for (i = 0; i < s->nrows; i++) {
		if (s->rows[i].topic != s->glossary || s->rows[i].kind ==
		    ROW_FAQ)
			continue;
		if (first == 0)
			first = i + 1;
		last = i + 1;
	}
	for (j = 1; j < g->nsections; j++) {
		char word[SEARCH_MAX_QUERY];
		const char *h = g->sections[j].heading;
		int rc;

		if (h == NULL)
			continue;
		/* "Chemotherapy (chemo)": the word is before the bracket */
		len = strcspn(h, "(");
		if (len >= sizeof word)
			len = sizeof word - 1;
		memcpy(word, h, len);
		word[len] = '\0';
		parse(s, word, &q);
		q.prefix = 0;
		if (q.n == 0)
			continue;
		rc = SQLITE_DONE;
		if (match_string(s, &q, 7, m, sizeof m)) {
			sqlite3_bind_text(outside, 1, m, -1,
			    SQLITE_TRANSIENT);
			sqlite3_bind_int64(outside, 2, (sqlite3_int64)first);
			sqlite3_bind_int64(outside, 3, (sqlite3_int64)last);
			rc = sqlite3_step(outside);
			sqlite3_reset(outside);
			sqlite3_clear_bindings(outside);
		}
		if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
			n = SEARCH_FAILED;
			break;
		}
		if (rc == SQLITE_DONE) {
			n++;
			if (dead != NULL)
				dead(g, j, ctx);
		}
	}
	sqlite3_finalize(outside);
	return n;
}
