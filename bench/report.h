/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.h: samples, their statistics, and the table of results with
 * their budgets, printed to stdout and appended to a TSV file.
 */
#ifndef BENCH_REPORT_H
#define BENCH_REPORT_H

#include <stddef.h>

struct samples {
	double	*v;
	size_t	 n, cap;
};

void	samples_add(struct samples *, double);
void	samples_free(struct samples *);
/* Statistics; NAN without samples.  p is a percentile, 0 to 100. */
double	samples_median(const struct samples *);
double	samples_pct(const struct samples *, double p);
double	samples_min(const struct samples *);
double	samples_max(const struct samples *);

struct report;

struct report	*report_new(const char *tsv_path, const char *commit);

/*
 * Every row names its case ("first frame, shipped content") and what
 * was measured ("time to first frame"); the rows of a case come one
 * after the other.
 *
 * report_ratio: the budget is a ratio, the median of value over the
 * median of base at most max_ratio.
 */
void	report_ratio(struct report *, const char *kase, const char *metric,
	    const char *unit, const struct samples *value,
	    const struct samples *base, double max_ratio);
/*
 * report_limit: the budget is on the median of value, compared with
 * limit by op ("<=", "<", "=" or ">=").  base may be NULL; what names the
 * limit in the table ("2 x YAML + floor"), or NULL to print it.
 */
void	report_limit(struct report *, const char *kase, const char *metric,
	    const char *unit, const struct samples *value,
	    const struct samples *base, const char *op, double limit,
	    const char *what);
/* A row without a budget, for information. */
void	report_info(struct report *, const char *kase, const char *metric,
	    const char *unit, const struct samples *value,
	    const struct samples *base);
/* A case that cannot be measured yet (the feature is missing). */
void	report_na(struct report *, const char *kase, const char *metric,
	    const char *why);
/* A measurement that failed: the kiosk or the harness broke. */
void	report_error(struct report *, const char *kase, const char *metric,
	    const char *why);
/*
 * Prints the table, appends its rows to the TSV file and frees the
 * report.  Returns the number of budgets missed; *errors gets the
 * number of measurements that failed.
 */
int	report_finish(struct report *, int *errors);

#endif /* BENCH_REPORT_H */
