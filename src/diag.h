/*
 * Problems found in content, carried as values.  Each has the file and
 * position it concerns; main() decides how to print them.
 */
#ifndef SMP_DIAG_H
#define SMP_DIAG_H

#include <stdarg.h>
#include <stddef.h>

enum diag_level {
	DIAG_ERROR,
	DIAG_WARNING,
};

struct diag {
	enum diag_level level;
	char	*file;		/* NULL when the problem has no file */
	int	 line, col;	/* 1-based; 0 when unknown */
	char	*msg;
};

struct diags {
	struct diag *v;
	size_t	 n, cap;
	size_t	 errors;	/* all errors reported, kept or not */
	size_t	 warnings;
	size_t	 dropped;	/* past LIMIT_ERRORS */
};

void	diags_init(struct diags *);
void	diags_free(struct diags *);
void	diag_add(struct diags *, enum diag_level, const char *file, int line,
	    int col, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));
void	diag_vadd(struct diags *, enum diag_level, const char *file, int line,
	    int col, const char *fmt, va_list)
	    __attribute__((format(printf, 6, 0)));
/* Formats one diagnostic as "FILE:LINE:COL: message" into a new string. */
char	*diag_format(const struct diag *);

#endif
