/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "content-limits.h"

void
diags_init(struct diags *d)
{
	memset(d, 0, sizeof(*d));
}

void
diags_free(struct diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	diags_init(d);
}

static char * __attribute__((format(printf, 1, 0)))
vformat(const char *fmt, va_list ap)
{
	va_list ap2;
	char *s;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || (s = malloc((size_t)n + 1)) == NULL)
		return NULL;
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

/*
 * Records a problem.  When memory runs out the problem is still counted,
 * so a load never looks clean because its report could not be stored.
 */
void
diag_add(struct diags *d, enum diag_level level, const char *file, int line,
    int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(d, level, file, line, col, fmt, ap);
	va_end(ap);
}

void
diag_vadd(struct diags *d, enum diag_level level, const char *file, int line,
    int col, const char *fmt, va_list ap)
{
	struct diag *nv, *dg;
	char *msg;

	if (level == DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
	if (d->n >= LIMIT_ERRORS) {
		d->dropped++;
		return;
	}
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 16;
		if ((nv = realloc(d->v, cap * sizeof(*nv))) == NULL) {
			d->dropped++;
			return;
		}
		d->v = nv;
		d->cap = cap;
	}
	dg = &d->v[d->n];
	dg->level = level;
	dg->line = line;
	dg->col = col;
	dg->file = file ? strdup(file) : NULL;
	/* Messages are translated here, so the callers need no _():
	 * po/Makevars names diag_add, dec_error and the like as keywords. */
	if ((msg = vformat(_(fmt), ap)) != NULL) {
		/* Arguments may hold a path or a name from a file. */
		dg->msg = diag_quote(msg);
		free(msg);
	} else
		dg->msg = NULL;
	if (dg->msg == NULL || (file && dg->file == NULL)) {
		free(dg->file);
		free(dg->msg);
		d->dropped++;
		return;
	}
	d->n++;
}

char *
diag_format(const struct diag *dg)
{
	/* TRANSLATORS: before the message of a warning from --check. */
	const char *kind = dg->level == DIAG_WARNING ? _("warning: ") : "";
	char *file = NULL, *s;
	size_t len;

	if (dg->file != NULL && (file = diag_quote(dg->file)) == NULL)
		return NULL;
	len = (file ? strlen(file) : 0) + strlen(kind) + strlen(dg->msg) + 64;
	if ((s = malloc(len)) == NULL) {
		free(file);
		return NULL;
	}
	if (file && dg->line > 0)
		snprintf(s, len, "%s:%d:%d: %s%s", file, dg->line, dg->col,
		    kind, dg->msg);
	else if (file)
		snprintf(s, len, "%s: %s%s", file, kind, dg->msg);
	else
		snprintf(s, len, "%s%s", kind, dg->msg);
	free(file);
	return s;
}

/*
 * Bidirectional controls and invisible format characters: they reorder
 * or hide what is shown around them (U+202E turns "txt.exe" into
 * "exe.txt" on screen), and a terminal may leave stale cells behind
 * them.  ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER (U+200C, U+200D)
 * are not among them: Persian, the Indic scripts and emoji sequences
 * need them to be spelled right, and they move nothing.
 */
int
diag_format_char(unsigned long cp)
{
	return cp == 0x061c ||			/* ARABIC LETTER MARK */
	    cp == 0x200b ||			/* ZERO WIDTH SPACE */
	    cp == 0x200e || cp == 0x200f ||	/* LRM, RLM */
	    (cp >= 0x202a && cp <= 0x202e) ||	/* embeddings, overrides */
	    (cp >= 0x2060 && cp <= 0x2064) ||	/* word joiner, invisible
						 * operators */
	    (cp >= 0x2066 && cp <= 0x206f) ||	/* isolates, deprecated */
	    cp == 0xfeff;			/* ZWNBSP (a BOM in text) */
}

size_t
utf8_decode(const unsigned char *s, size_t avail, unsigned long *cp)
{
	unsigned long c;
	size_t n, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (avail < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Whether a character may reach a terminal as it is. */
static int
shown_as_is(unsigned long cp)
{
	return cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp <= 0x9f) &&
	    !diag_format_char(cp);
}

char *
diag_quote(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	size_t i = 0, o = 0, n, len;
	char *out;

	/* At worst every byte becomes four. */
	len = strlen(s);
	if ((out = malloc(len * 4 + 1)) == NULL)
		return NULL;
	while (i < len) {
		if ((n = utf8_decode(u + i, len - i, &cp)) == 0 ||
		    !shown_as_is(cp)) {
			for (n = n ? n : 1; n > 0; n--, i++)
				o += (size_t)sprintf(out + o, "\\x%02X", u[i]);
			continue;
		}
		memcpy(out + o, s + i, n);
		o += n;
		i += n;
	}
	out[o] = '\0';
	return out;
}
