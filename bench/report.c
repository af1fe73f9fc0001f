/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.c: statistics over samples, and the results table.  Rows are
 * kept until the end, printed as one table to stdout and appended to
 * the TSV file (a header first when the file is new), so that runs on
 * different commits can be compared line by line.
 */
#include <config.h>

#include <sys/stat.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "report.h"

#define TEXT_MAX	96	/* budget and reason strings */

enum verdict {
	V_MET,
	V_MISSED,
	V_INFO,		/* no budget */
	V_NA,		/* not available in this kiosk */
	V_ERROR,	/* measurement failed */
};

static const char *const verdict_names[] = {
	"MET", "MISSED", "info", "n/a", "ERROR",
};

struct row {
	char	*kase, *metric;
	const char *unit;
	double	 med, min, max;	/* NAN when not measured */
	size_t	 n;		/* samples */
	double	 base;		/* median of the baseline, or NAN */
	double	 ratio;		/* med / base, or NAN */
	char	 budget[TEXT_MAX];
	enum verdict verdict;
};

struct report {
	struct row *rows;
	size_t	 n, cap;
	char	*tsv;
	char	*commit;
};

/* Allocate or abort: a benchmark has no use for running out of memory. */
static void *
xrealloc(void *p, size_t size)
{
	if ((p = realloc(p, size)) == NULL) {
		perror("bench");
		abort();
	}
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

void
samples_add(struct samples *s, double v)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->v = xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	s->v[s->n++] = v;
}

void
samples_free(struct samples *s)
{
	free(s->v);
	memset(s, 0, sizeof(*s));
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Nearest-rank percentile over a sorted copy. */
double
samples_pct(const struct samples *s, double p)
{
	double *v, r;
	size_t k;

	if (s == NULL || s->n == 0)
		return NAN;
	v = xrealloc(NULL, s->n * sizeof(*v));
	memcpy(v, s->v, s->n * sizeof(*v));
	qsort(v, s->n, sizeof(*v), cmp_double);
	if (p == 50 && s->n % 2 == 0)
		r = (v[s->n / 2 - 1] + v[s->n / 2]) / 2;
	else {
		k = (size_t)ceil(p / 100 * (double)s->n);
		r = v[k > 0 ? k - 1 : 0];
	}
	free(v);
	return r;
}

double
samples_median(const struct samples *s)
{
	return samples_pct(s, 50);
}

double
samples_min(const struct samples *s)
{
	return samples_pct(s, 0);
}

double
samples_max(const struct samples *s)
{
	return samples_pct(s, 100);
}

struct report *
report_new(const char *tsv_path, const char *commit)
{
	struct report *r = xrealloc(NULL, sizeof(*r));

	memset(r, 0, sizeof(*r));
	r->tsv = tsv_path ? xstrdup(tsv_path) : NULL;
	r->commit = xstrdup(commit && *commit ? commit : "-");
	return r;
}

static struct row *
add_row(struct report *r, const char *kase, const char *metric,
    const char *unit, const struct samples *value, const struct samples *base)
{
	struct row *w;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->rows = xrealloc(r->rows, r->cap * sizeof(*r->rows));
	}
	w = &r->rows[r->n++];
	memset(w, 0, sizeof(*w));
	w->kase = xstrdup(kase);
	w->metric = xstrdup(metric);
	w->unit = unit;
	w->n = value != NULL ? value->n : 0;
	w->med = samples_median(value);
	w->min = samples_min(value);
	w->max = samples_max(value);
	w->base = samples_median(base);
	w->ratio = w->base > 0 ? w->med / w->base : NAN;
	w->verdict = V_INFO;
	return w;
}

/* A value with its unit; counts and bytes without decimals. */
static void
fmt_value(char *buf, size_t size, double v, const char *unit)
{
	const char *sep = *unit ? " " : "";

	if (isnan(v))
		snprintf(buf, size, "-");
	else if (*unit == '\0' || strcmp(unit, "B") == 0 ||
	    strcmp(unit, "instr") == 0)
		snprintf(buf, size, "%.0f%s%s", v, sep, unit);
	else if (fabs(v) < 10)
		snprintf(buf, size, "%.3f%s%s", v, sep, unit);
	else if (fabs(v) < 1000)
		snprintf(buf, size, "%.1f%s%s", v, sep, unit);
	else
		snprintf(buf, size, "%.0f%s%s", v, sep, unit);
}

void
report_ratio(struct report *r, const char *kase, const char *metric,
    const char *unit, const struct samples *value, const struct samples *base,
    double max_ratio)
{
	struct row *w = add_row(r, kase, metric, unit, value, base);

	snprintf(w->budget, sizeof(w->budget), "<= %.3gx base", max_ratio);
	w->verdict = !isnan(w->ratio) && w->ratio <= max_ratio ? V_MET :
	    V_MISSED;
}

void
report_limit(struct report *r, const char *kase, const char *metric,
    const char *unit, const struct samples *value, const struct samples *base,
    const char *op, double limit, const char *what)
{
	struct row *w = add_row(r, kase, metric, unit, value, base);
	char lim[32];
	int met;

	fmt_value(lim, sizeof(lim), limit, unit);
	if (what != NULL)
		snprintf(w->budget, sizeof(w->budget), "%s %s (%s)", op, what,
		    lim);
	else
		snprintf(w->budget, sizeof(w->budget), "%s %s", op, lim);
	if (strcmp(op, "<") == 0)
		met = w->med < limit;
	else if (strcmp(op, "=") == 0)
		met = w->med == limit;
	else if (strcmp(op, ">=") == 0)
		met = w->med >= limit;
	else
		met = w->med <= limit;
	w->verdict = met ? V_MET : V_MISSED;
}

void
report_info(struct report *r, const char *kase, const char *metric,
    const char *unit, const struct samples *value, const struct samples *base)
{
	struct row *w = add_row(r, kase, metric, unit, value, base);

	snprintf(w->budget, sizeof(w->budget), "none");
}

static void
add_text_row(struct report *r, const char *kase, const char *metric,
    const char *why, enum verdict v)
{
	struct row *w = add_row(r, kase, metric, "", NULL, NULL);

	snprintf(w->budget, sizeof(w->budget), "%s", why);
	w->verdict = v;
}

void
report_na(struct report *r, const char *kase, const char *metric,
    const char *why)
{
	add_text_row(r, kase, metric, why, V_NA);
}

void
report_error(struct report *r, const char *kase, const char *metric,
    const char *why)
{
	add_text_row(r, kase, metric, why, V_ERROR);
}

static void
print_table(const struct report *r)
{
	char med[32], min[32], max[32], base[32], ratio[16];
	const struct row *w;
	size_t i;

	printf("\n%-36s %11s %11s %11s %11s %7s  %-28s %s\n", "case / metric",
	    "median", "min", "max", "baseline", "ratio", "budget", "verdict");
	for (i = 0; i < r->n; i++) {
		w = &r->rows[i];
		if (i == 0 || strcmp(w->kase, r->rows[i - 1].kase) != 0)
			printf("%s\n", w->kase);
		if (w->verdict == V_NA || w->verdict == V_ERROR) {
			printf("  %-34s %-69s %s\n", w->metric, w->budget,
			    verdict_names[w->verdict]);
			continue;
		}
		fmt_value(med, sizeof(med), w->med, w->unit);
		/* One sample (a total, a percentile): no range to show. */
		fmt_value(min, sizeof(min), w->n > 1 ? w->min : NAN, w->unit);
		fmt_value(max, sizeof(max), w->n > 1 ? w->max : NAN, w->unit);
		fmt_value(base, sizeof(base), w->base, w->unit);
		if (isnan(w->ratio))
			snprintf(ratio, sizeof(ratio), "-");
		else
			snprintf(ratio, sizeof(ratio), "%.2fx", w->ratio);
		printf("  %-34s %11s %11s %11s %11s %7s  %-28s %s\n", w->metric,
		    med, min, max, base, ratio, w->budget,
		    verdict_names[w->verdict]);
	}
}

/* A TSV field: tabs and newlines would break the columns. */
static void
put_field(FILE *fp, const char *s, int last)
{
	for (; *s != '\0'; s++)
		fputc(*s == '\t' || *s == '\n' ? ' ' : *s, fp);
	fputc(last ? '\n' : '\t', fp);
}

static void
put_number(FILE *fp, double v)
{
	if (isnan(v))
		fputs("-\t", fp);
	else
		fprintf(fp, "%.6g\t", v);
}

static int
write_tsv(const struct report *r)
{
	char date[32], metric[160];
	const struct row *w;
	struct stat st;
	time_t now = time(NULL);
	size_t i;
	FILE *fp;
	int fresh;

	fresh = stat(r->tsv, &st) != 0 || st.st_size == 0;
	if ((fp = fopen(r->tsv, "a")) == NULL) {
		perror(r->tsv);
		return -1;
	}
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	if (fresh)
		fputs("date\tcommit\tcase\tmetric\tvalue\tbaseline\tratio\t"
		    "budget\tverdict\n", fp);
	for (i = 0; i < r->n; i++) {
		w = &r->rows[i];
		if (*w->unit != '\0')
			snprintf(metric, sizeof(metric), "%s (%s)", w->metric,
			    w->unit);
		else
			snprintf(metric, sizeof(metric), "%s", w->metric);
		put_field(fp, date, 0);
		put_field(fp, r->commit, 0);
		put_field(fp, w->kase, 0);
		put_field(fp, metric, 0);
		put_number(fp, w->med);
		put_number(fp, w->base);
		put_number(fp, w->ratio);
		put_field(fp, w->budget, 0);
		put_field(fp, verdict_names[w->verdict], 1);
	}
	if (fclose(fp) != 0) {
		perror(r->tsv);
		return -1;
	}
	return 0;
}

int
report_finish(struct report *r, int *errors)
{
	size_t i;
	int missed = 0;

	*errors = 0;
	print_table(r);
	for (i = 0; i < r->n; i++) {
		missed += r->rows[i].verdict == V_MISSED;
		*errors += r->rows[i].verdict == V_ERROR;
	}
	printf("\n%d budgets missed, %d measurements failed\n", missed,
	    *errors);
	if (r->tsv != NULL && write_tsv(r) == 0)
		printf("results appended to %s\n", r->tsv);
	for (i = 0; i < r->n; i++) {
		free(r->rows[i].kase);
		free(r->rows[i].metric);
	}
	free(r->rows);
	free(r->tsv);
	free(r->commit);
	free(r);
	return missed;
}
