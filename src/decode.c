/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "content-limits.h"
#include "translation.h"

int
valid_id(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > LIMIT_ID_CHARS || s[0] == '-')
		return 0;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

void
dec_error(struct dec *x, const struct ynode *n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(x->d, DIAG_ERROR, x->file, n ? n->line : 0, n ? n->col : 0,
	    fmt, ap);
	va_end(ap);
	x->errors++;
}

void *
dec_alloc(struct dec *x, size_t n, size_t size)
{
	void *p;

	if (n != 0 && size > (size_t)-1 / n)
		p = NULL;
	else
		p = arena_alloc(x->a, n * size);
	if (p == NULL && !x->nomem) {
		x->nomem = 1;
		dec_error(x, NULL, "out of memory");
	}
	return p;
}

/* A copy of len bytes of s as a string, packed (text needs no alignment). */
char *
dec_strndup(struct dec *x, const char *s, size_t len)
{
	char *p = arena_strndup(x->a, s, len);

	if (p == NULL && !x->nomem) {
		x->nomem = 1;
		dec_error(x, NULL, "out of memory");
	}
	return p;
}

/* Edit distance, for suggesting the key a typo meant. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, cur, tmp;
	size_t row[32];

	if (la >= 32 || lb >= 32)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			cur = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < cur)
				cur = row[j] + 1;
			if (row[j - 1] + 1 < cur)
				cur = row[j - 1] + 1;
			row[j] = cur;
			prev = tmp;
		}
	}
	return row[lb];
}

/*
 * Matches a mapping against the keys it may hold: out[i] receives the
 * value of spec[i] or NULL.  Unknown keys and missing required keys
 * are reported.  Returns -1 if the node is not a mapping at all.
 */
int
dec_fields(struct dec *x, const struct ynode *map, const char *what,
    const struct field *spec, size_t nspec, const struct ynode **out)
{
	const struct ynode *k;
	size_t i, j, best, dist, bestdist;

	for (i = 0; i < nspec; i++)
		out[i] = NULL;
	if (map == NULL || map->kind != YN_MAP) {
		dec_error(x, map, "%s must be a mapping of keys, not %s", what,
		    map ? ynode_kind_name(map->kind) : "empty");
		return -1;
	}
	for (k = map->child; k != NULL && k->next != NULL; k = k->next->next) {
		best = nspec;
		bestdist = 3;
		for (i = 0; i < nspec; i++)
			if (k->str[0] == spec[i].name[0] &&
			    strcmp(k->str, spec[i].name) == 0)
				break;
		/* Distances only for an unknown key, to suggest one. */
		for (j = 0; i == nspec && j < nspec; j++)
			if ((dist = distance(k->str, spec[j].name)) < bestdist) {
				bestdist = dist;
				best = j;
			}
		if (i < nspec) {
			if (out[i] == NULL)	/* a duplicate was reported */
				out[i] = k->next;
		} else if (best < nspec)
			dec_error(x, k, "unknown key \"%s\" in %s (did you mean "
			    "\"%s\"?)", k->str, what, spec[best].name);
		else
			dec_error(x, k, "unknown key \"%s\" in %s", k->str, what);
	}
	for (i = 0; i < nspec; i++)
		if (spec[i].required && out[i] == NULL)
			dec_error(x, map, "%s is missing the required key \"%s\"",
			    what, spec[i].name);
	return 0;
}

/* Text: a non-empty scalar without tabs; trailing newlines dropped. */
const char *
dec_text(struct dec *x, const struct ynode *n, const char *what, int one_line)
{
	size_t len;
	const char *s;

	if (n == NULL)
		return NULL;
	if (n->kind != YN_SCALAR) {
		dec_error(x, n, "%s must be text, not %s", what,
		    ynode_kind_name(n->kind));
		return NULL;
	}
	s = n->str;
	len = n->len;
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' ' ||
	    s[len - 1] == '\r'))
		len--;
	if (len == 0) {
		dec_error(x, n, "%s is empty", what);
		return NULL;
	}
	if (memchr(s, '\t', len) != NULL) {
		dec_error(x, n, "%s contains a tab; use spaces", what);
		return NULL;
	}
	if (one_line && memchr(s, '\n', len) != NULL) {
		dec_error(x, n, "%s must be a single line", what);
		return NULL;
	}
	return dec_strndup(x, s, len);
}

const char *
dec_id(struct dec *x, const struct ynode *n, const char *what)
{
	if (n == NULL)
		return NULL;
	if (n->kind != YN_SCALAR || !valid_id(n->str, n->len)) {
		dec_error(x, n, "%s must be a topic id (1 to %d of a-z, 0-9 "
		    "and -)", what, LIMIT_ID_CHARS);
		return NULL;
	}
	return arena_strndup(x->a, n->str, n->len);
}

static int
days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int
digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* A date written YYYY-MM-DD, returned as YYYYMMDD, or 0. */
int
dec_date(struct dec *x, const struct ynode *n, const char *what)
{
	const char *s;
	int y, m, d;

	if (n == NULL)
		return 0;
	s = n->str;
	if (n->kind != YN_SCALAR || n->len != 10 || !digits(s, 4) ||
	    s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
	    !digits(s + 8, 2))
		goto bad;
	/* The digits are checked: no need for sscanf(), which is slow. */
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	/* Well-formed but impossible: say which part is wrong. */
	if (y < 1900 || y > 2999) {
		dec_error(x, n, "%s: the year %d is out of range (1900 to "
		    "2999)", what, y);
		return 0;
	}
	if (m < 1 || m > 12) {
		dec_error(x, n, "%s: there is no month %02d (months go from "
		    "01 to 12; the date is written YYYY-MM-DD)", what, m);
		return 0;
	}
	if (d < 1 || d > days_in_month(y, m)) {
		dec_error(x, n, "%s: there is no day %02d in %04d-%02d (it "
		    "has %d days)", what, d, y, m, days_in_month(y, m));
		return 0;
	}
	return y * 10000 + m * 100 + d;
bad:
	dec_error(x, n, "%s must be a date written YYYY-MM-DD", what);
	return 0;
}

int
dec_year(struct dec *x, const struct ynode *n)
{
	char *end;
	long y;

	if (n == NULL)
		return 0;
	if (n->kind == YN_SCALAR) {
		y = strtol(n->str, &end, 10);
		if (n->len == 4 && *end == '\0' && y >= 1800 && y <= 2999)
			return (int)y;
	}
	dec_error(x, n, "year must be a year such as 2022");
	return 0;
}

/* Checks that n is a list with at least one item; returns it or NULL. */
const struct ynode *
dec_list(struct dec *x, const struct ynode *n, const char *what, int nonempty)
{
	if (n == NULL)
		return NULL;
	if (n->kind != YN_SEQ) {
		dec_error(x, n, "%s must be a list, not %s", what,
		    ynode_kind_name(n->kind));
		return NULL;
	}
	if (nonempty && n->n == 0) {
		dec_error(x, n, "%s needs at least one item", what);
		return NULL;
	}
	return n;
}

/* Notes a reference to a topic id, to be checked once all are loaded. */
void
add_ref(struct dec *x, const struct ynode *n, const char *id,
    struct topic **slot)
{
	struct ref *v;

	if (id == NULL)
		return;
	if (x->refs->n == x->refs->cap) {
		size_t cap = x->refs->cap ? x->refs->cap * 2 : 64;
		if ((v = realloc(x->refs->v, cap * sizeof(*v))) == NULL) {
			if (!x->nomem)
				dec_error(x, NULL, "out of memory");
			x->nomem = 1;
			return;
		}
		x->refs->v = v;
		x->refs->cap = cap;
	}
	v = &x->refs->v[x->refs->n++];
	v->id = id;
	v->file = x->file;
	v->line = n->line;
	v->col = n->col;
	v->slot = slot;
}

/* Parses one file and decodes its tree into obj. */
void
dec_file(struct dec *x, const char *path, decode_fn *fn, void *obj)
{
	struct ytree t;

	x->file = path;
	if (ytree_load(&t, path, x->d) == 0) {
		if (t.root == NULL)
			dec_error(x, NULL, "the file is empty");
		else
			fn(x, t.root, obj);
	}
	ytree_free(&t);
}

const char *
dec_translates(struct dec *x, const struct ynode *n)
{
	const char *v;
	char code[16];
	uint64_t fp;

	if ((v = dec_text(x, n, "translates", 0)) != NULL &&
	    tr_parse(v, code, &fp) < 0)
		dec_error(x, n, "translates must be a language code and a "
		    "fingerprint, such as \"en 0123456789abcdef\"; let "
		    "smp-kiosk --mark-translated write it");
	return v;
}
