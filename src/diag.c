#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "limits.h"

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
	dg->msg = vformat(_(fmt), ap);
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
	size_t len;
	char *s;

	len = (dg->file ? strlen(dg->file) : 0) + strlen(dg->msg) + 64;
	if ((s = malloc(len)) == NULL)
		return NULL;
	if (dg->file && dg->line > 0)
		snprintf(s, len, "%s:%d:%d: %s%s", dg->file, dg->line, dg->col,
		    kind, dg->msg);
	else if (dg->file)
		snprintf(s, len, "%s: %s%s", dg->file, kind, dg->msg);
	else
		snprintf(s, len, "%s%s", kind, dg->msg);
	return s;
}
