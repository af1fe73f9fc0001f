/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Text layout: UTF-8 line filling by display width (wide characters
 * take two columns, combining marks none), breaking only where the
 * Unicode line breaking algorithm (UAX #14, libunibreak) allows:
 * between words, between Chinese and Japanese characters but not
 * before closing punctuation, never at a no-break space; Korean at
 * its spaces.  Paragraphs are separated by blank lines, "- " bullets
 * get a hanging indent, and what is wider than a line is broken
 * between characters.  Shared by the screens and --dump; no curses
 * here.  Needs a UTF-8 LC_CTYPE for wcwidth().
 *
 * Invalid UTF-8, control characters and characters without a width
 * come out as U+FFFD, so a laid-out line is always valid UTF-8 and
 * never wider than asked (but see whole_urls).
 */
#ifndef SMP_WRAP_H
#define SMP_WRAP_H

#include <stddef.h>

#define WRAP_MIN_WIDTH	2

struct wrap_line {
	size_t	 off;		/* text at buf + off */
	size_t	 len;		/* bytes; 0 for a blank line */
	int	 indent;	/* blank columns before the text */
	int	 width;		/* display columns of the text */
};

struct wrap {
	char	*buf;
	size_t	 buflen, bufcap;
	struct wrap_line *lines;
	size_t	 n, cap;
	int	 whole_urls;	/* set by the caller: a web address is
				 * never broken, and one wider than a
				 * line stands alone on a longer line
				 * (handouts, where a reader types it) */
};

void	wrap_init(struct wrap *);
void	wrap_free(struct wrap *);
void	wrap_clear(struct wrap *);

/*
 * Appends body text laid out in width columns (at least WRAP_MIN_WIDTH)
 * with indent blank columns on the left; bullet items start with the
 * marker bullet (such as "- "), their other lines under its text.
 * Returns 0, or -1 when out of memory.
 */
int	wrap_body(struct wrap *, const char *text, int width, int indent,
	    const char *bullet);
/*
 * Appends one paragraph: every whitespace run becomes one space, but
 * a line end between two wide characters (Chinese, Japanese) none.
 */
int	wrap_paragraph(struct wrap *, const char *text, size_t len, int width,
	    int indent);
/*
 * Appends one paragraph that starts with marker; the lines after the
 * first line up under the text that follows the marker.  With a NULL
 * marker, the same as wrap_paragraph().
 */
int	wrap_hanging(struct wrap *, const char *text, size_t len, int width,
	    int indent, const char *marker);
/* Appends a blank line. */
int	wrap_blank(struct wrap *);

/* Display columns of a UTF-8 string. */
int	utf8_width(const char *, size_t);
/* Bytes of the longest prefix of s that fits in cols columns. */
size_t	utf8_fit(const char *s, size_t len, int cols);

#endif
