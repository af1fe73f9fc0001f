/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for text layout (src/wrap.c).  The first three
 * bytes pick the width (0 to 129 columns, below WRAP_MIN_WIDTH too),
 * the indent and the bullet marker; the rest is body text, any bytes
 * at all, laid out with wrap_body() as a page would be.  It aborts
 * unless every line:
 *
 *   - fits: indent + width <= max(width, WRAP_MIN_WIDTH);
 *   - is valid UTF-8 without control characters (wrap.h promises
 *     U+FFFD for anything that cannot be shown), so no character was
 *     split between lines;
 *   - has the width it claims: utf8_width(line) == line.width;
 *
 * and unless the text survives: the lines hold, in order, every
 * character of the input but the whitespace and the "- " of bullet
 * items (each replaced by the marker), invalid ones as U+FFFD.
 * utf8_fit() is checked on the input as well.
 */
#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "wrap.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const bullets[] = { NULL, "- ", "\xe2\x80\xa2 ", "* " };

static _Noreturn void
broken(const char *what, size_t line)
{
	fprintf(stderr, "fuzz-wrap: %s (line %zu)\n", what, line);
	abort();
}

/* Strict UTF-8: the length of the sequence at s, or 0 if invalid. */
static size_t
utf8_len(const unsigned char *s, size_t avail, unsigned long *cp)
{
	unsigned long c;
	size_t n, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, c = s[0] & 0x07;
	else
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

/* Valid UTF-8 with no C0 or C1 control character and no DEL. */
static int
printable_utf8(const char *s, size_t len)
{
	unsigned long cp;
	size_t i = 0, n;

	while (i < len) {
		if ((n = utf8_len((const unsigned char *)s + i, len - i,
		    &cp)) == 0)
			return 0;
		if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
			return 0;
		i += n;
	}
	return 1;
}

struct text {
	char	*p;
	size_t	 len;
};

static void
put(struct text *t, const char *s, size_t n)
{
	memcpy(t->p + t->len, s, n);
	t->len += n;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* What the layout must show of a word: each character, or U+FFFD. */
static void
expect_word(struct text *t, const char *s, size_t len)
{
	mbstate_t st;
	wchar_t wc;
	size_t i = 0, n;

	while (i < len) {
		memset(&st, 0, sizeof(st));
		n = mbrtowc(&wc, s + i, len - i, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			put(t, "\xef\xbf\xbd", 3);
			i++;
			continue;
		}
		if ((unsigned long)wc < 0x20 || wc == 0x7f ||
		    ((unsigned long)wc >= 0x80 && (unsigned long)wc < 0xa0) ||
		    wcwidth(wc) < 0)
			put(t, "\xef\xbf\xbd", 3);
		else
			put(t, s + i, n);
		i += n;
	}
}

static void
expect_words(struct text *t, const char *s, size_t len)
{
	size_t i = 0, start;

	while (i < len) {
		while (i < len && is_space(s[i]))
			i++;
		start = i;
		while (i < len && !is_space(s[i]))
			i++;
		expect_word(t, s + start, i - start);
	}
}

/*
 * The characters wrap_body() must keep, without whitespace: bullet
 * items ("- " after any spaces) lose their marker for the bullet.
 */
static void
expected_text(struct text *t, const char *text, const char *bullet)
{
	const char *p = text, *eol;
	size_t len, i;

	for (;;) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		i = 0;
		while (i < len && p[i] == ' ')
			i++;
		if (strspn(p, " \r") < len && i + 1 < len && p[i] == '-' &&
		    p[i + 1] == ' ') {
			if (bullet != NULL)
				expect_words(t, bullet, strlen(bullet));
			expect_words(t, p + i + 2, len - i - 2);
		} else
			expect_words(t, p, len);
		if (eol == NULL)
			break;
		p = eol + 1;
	}
}

/* Is the line one web address and nothing else? */
static int
lone_url(const char *s, size_t len)
{
	if (!(len > 8 && strncmp(s, "https://", 8) == 0) &&
	    !(len > 7 && strncmp(s, "http://", 7) == 0))
		return 0;
	return memchr(s, ' ', len) == NULL;
}

static void
check_fit(const char *s, size_t len, int cols)
{
	size_t fit = utf8_fit(s, len, cols);
	mbstate_t st;
	wchar_t wc;
	size_t n;

	if (fit > len || utf8_width(s, fit) > cols)
		broken("utf8_fit() gave a prefix wider than asked", fit);
	if (fit < len) {
		/* The next character must not have fitted. */
		memset(&st, 0, sizeof(st));
		n = mbrtowc(&wc, s + fit, len - fit, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0)
			n = 1;
		if (utf8_width(s, fit + n) <= cols)
			broken("utf8_fit() stopped early", fit);
	}
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL &&
	    setlocale(LC_ALL, "en_US.UTF-8") == NULL) {
		fprintf(stderr, "fuzz-wrap: no UTF-8 locale\n");
		abort();
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct text want, got;
	const char *bullet, *s;
	struct wrap w;
	char *text;
	size_t i, tlen;
	int width, indent, max;

	if (size < 3 || size > 65536)
		return -1;
	width = data[0] % 130;
	indent = data[1] % 64;
	bullet = bullets[data[2] % (sizeof(bullets) / sizeof(bullets[0]))];
	max = width < WRAP_MIN_WIDTH ? WRAP_MIN_WIDTH : width;
	if ((text = malloc(size - 2)) == NULL)
		return 0;
	memcpy(text, data + 3, size - 3);
	text[size - 3] = '\0';
	tlen = strlen(text);

	wrap_init(&w);
	/* Bit 6 of the indent byte: handouts' whole web addresses. */
	w.whole_urls = (data[1] & 64) != 0;
	if (wrap_body(&w, text, width, indent, bullet) < 0)
		broken("out of memory", 0);
	want.p = malloc(tlen * 3 + 8 * (tlen + 1));
	got.p = malloc(w.buflen + 1);
	if (want.p == NULL || got.p == NULL)
		broken("out of memory", 0);
	want.len = got.len = 0;
	for (i = 0; i < w.n; i++) {
		if (w.lines[i].off > w.buflen ||
		    w.lines[i].len > w.buflen - w.lines[i].off)
			broken("a line outside the buffer", i);
		/* An empty layout may have no buffer at all. */
		s = w.buf != NULL ? w.buf + w.lines[i].off : "";
		if (w.lines[i].indent < 0 || w.lines[i].width < 0 ||
		    (w.lines[i].indent + w.lines[i].width > max &&
		    !(w.whole_urls && lone_url(s, w.lines[i].len))))
			broken("a line wider than the width", i);
		if (!printable_utf8(s, w.lines[i].len))
			broken("a line that is not printable UTF-8", i);
		if (utf8_width(s, w.lines[i].len) != w.lines[i].width)
			broken("a line whose width is wrong", i);
		expect_words(&got, s, w.lines[i].len);
	}
	expected_text(&want, text, bullet);
	if (want.len != got.len || memcmp(want.p, got.p, want.len) != 0)
		broken("text lost, added or reordered", 0);

	check_fit(text, tlen, width);
	free(want.p);
	free(got.p);
	wrap_free(&w);
	free(text);
	return 0;
}
