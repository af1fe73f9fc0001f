/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Problems found in content, carried as values.  Each has the file and
 * position it concerns; main() decides how to print them.  Whatever
 * is printed of them is quoted (diag_quote).
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
/*
 * Formats one diagnostic as "FILE:LINE:COL: message" into a new string,
 * the file name quoted as diag_quote() does.
 */
char	*diag_format(const struct diag *);

/*
 * s, a path or a name that came from outside, ready to print: every
 * control character (C0, DEL, C1), byte of invalid UTF-8 and character
 * of diag_format_char() written as \xHH escapes of its bytes, so that a
 * file name can neither drive the terminal that shows a message nor
 * split it into lines.  A new string, or NULL when out of memory.
 */
char	*diag_quote(const char *s);

/*
 * Whether cp is a bidirectional control or an invisible format
 * character, which content may not hold (ZWNJ and ZWJ are allowed).
 */
int	diag_format_char(unsigned long cp);

/*
 * Decodes the UTF-8 sequence at s (avail bytes there) into *cp: its
 * length, or 0 when it is not valid UTF-8 (overlong, a surrogate,
 * beyond U+10FFFF, cut short).
 */
size_t	utf8_decode(const unsigned char *s, size_t avail, unsigned long *cp);

#endif
