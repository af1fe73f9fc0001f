/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <linebreak.h>

#include "wrap.h"
#include "wipe.h"

static const char replacement[] = "\xef\xbf\xbd";	/* U+FFFD */

/* The line being filled. */
struct filler {
	struct wrap *w;
	int	 width;		/* total columns */
	int	 indent;	/* of the current line */
	int	 hang;		/* indent of the lines that follow */
	int	 col;		/* columns used after the indent */
	int	 open;		/* a line has been started */
	int	 words;		/* words on the current line */
	int	 nomem;
};

void
wrap_init(struct wrap *w)
{
	memset(w, 0, sizeof(*w));
}

void
wrap_free(struct wrap *w)
{
	free(w->buf);
	free(w->lines);
	wrap_init(w);
}

void
wrap_clear(struct wrap *w)
{
	w->buflen = 0;
	w->n = 0;
}

/*
 * Reads one character at s: returns its length in bytes (at least 1),
 * its display width, and whether it is valid.  Anything that cannot be
 * shown as it is gets *ok = 0 and is written as U+FFFD.
 */
static size_t
next_char(const char *s, size_t len, int *cw, int *ok)
{
	mbstate_t st;
	wchar_t wc;
	size_t n;
	int w;

	/* Printable ASCII without mbrtowc(), which goes through iconv. */
	if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7f) {
		*ok = 1;
		*cw = 1;
		return 1;
	}
	memset(&st, 0, sizeof(st));
	n = mbrtowc(&wc, s, len, &st);
	*ok = 0;
	*cw = 1;
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0)
		return 1;
	if ((unsigned long)wc < 0x20 || wc == 0x7f ||
	    ((unsigned long)wc >= 0x80 && (unsigned long)wc < 0xa0))
		return n;
	if ((w = wcwidth(wc)) < 0)
		return n;
	*ok = 1;
	*cw = w;
	return n;
}

int
utf8_width(const char *s, size_t len)
{
	size_t i = 0;
	int cw, ok, total = 0;

	while (i < len) {
		i += next_char(s + i, len - i, &cw, &ok);
		total += cw;
	}
	return total;
}

size_t
utf8_fit(const char *s, size_t len, int cols)
{
	size_t i = 0, n;
	int cw, ok, used = 0;

	while (i < len) {
		n = next_char(s + i, len - i, &cw, &ok);
		if (used + cw > cols)
			break;
		used += cw;
		i += n;
	}
	return i;
}

static int
grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap = *cap ? *cap : 64;
	void *np;

	if (need <= *cap)
		return 0;
	while (ncap < need)
		ncap *= 2;
	/* Not realloc(): the old copy is wiped, not left behind in the
	 * heap, as a page may hold a visitor's questions or search. */
	if ((np = malloc(ncap * elem)) == NULL)
		return -1;
	if (*p != NULL) {
		memcpy(np, *p, *cap * elem);
		mem_wipe_free(*p, *cap * elem);
	}
	*p = np;
	*cap = ncap;
	return 0;
}

static void
put_bytes(struct filler *f, const char *s, size_t n, int cw)
{
	struct wrap *w = f->w;

	if (f->nomem || grow((void **)&w->buf, &w->bufcap, w->buflen + n, 1)) {
		f->nomem = 1;
		return;
	}
	memcpy(w->buf + w->buflen, s, n);
	w->buflen += n;
	w->lines[w->n - 1].len += n;
	w->lines[w->n - 1].width += cw;
	f->col += cw;
}

static int
add_line(struct wrap *w, int indent)
{
	if (grow((void **)&w->lines, &w->cap, w->n + 1, sizeof(*w->lines)))
		return -1;
	w->lines[w->n].off = w->buflen;
	w->lines[w->n].len = 0;
	w->lines[w->n].indent = indent;
	w->lines[w->n].width = 0;
	w->n++;
	return 0;
}

static void
new_line(struct filler *f)
{
	if (f->nomem)
		return;
	if (f->open)
		f->indent = f->hang;
	if (add_line(f->w, f->indent) < 0)
		f->nomem = 1;
	f->open = 1;
	f->col = 0;
	f->words = 0;
}

/* Appends one character, starting a new line if it does not fit. */
static void
put_char(struct filler *f, const char *s, size_t n, int cw, int ok)
{
	if (f->col > 0 && f->col + cw > f->width - f->indent)
		new_line(f);
	if (ok)
		put_bytes(f, s, n, cw);
	else
		put_bytes(f, replacement, sizeof(replacement) - 1, cw);
}

static int
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* A paragraph made ready for the line breaking rules. */
struct para {
	char	*s;		/* valid UTF-8, single spaces, no controls */
	size_t	 len;
	char	*brks;		/* per byte: LINEBREAK_* after it */
};

static void
para_put(struct para *p, const char *s, size_t n)
{
	memcpy(p->s + p->len, s, n);
	p->len += n;
}

/* The code point of the UTF-8 character at s (valid, NUL-terminated). */
static unsigned long
code_point(const char *s, size_t *n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] < 0x80) {
		*n = 1;
		return u[0];
	}
	if (u[0] < 0xe0) {
		*n = 2;
		return (u[0] & 0x1fUL) << 6 | (u[1] & 0x3f);
	}
	if (u[0] < 0xf0) {
		*n = 3;
		return (u[0] & 0x0fUL) << 12 | (u[1] & 0x3fUL) << 6 |
		    (u[2] & 0x3f);
	}
	*n = 4;
	return (u[0] & 0x07UL) << 18 | (u[1] & 0x3fUL) << 12 |
	    (u[2] & 0x3fUL) << 6 | (u[3] & 0x3f);
}

static int
is_hangul(unsigned long c)
{
	return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) ||
	    (c >= 0x3130 && c <= 0x318f);
}

/* Emoji skin tones: part of the emoji before them. */
static int
is_emoji_modifier(unsigned long c)
{
	return c >= 0x1f3fb && c <= 0x1f3ff;
}

/*
 * Two tailorings of UAX #14 as libunibreak applies it: Korean breaks
 * at the spaces between words, as Korean text is read (UAX #14 allows
 * both; breaking inside a word is harder to read), and an emoji stays
 * whole with its skin tone and the characters a zero width joiner
 * ties to it, which libunibreak's older tables do not know.
 */
static void
tailor(struct para *p)
{
	unsigned long prev = 0, c;
	size_t i = 0, n, last = 0;

	while (i < p->len) {
		c = code_point(p->s + i, &n);
		if (i > 0 && ((is_hangul(prev) && is_hangul(c)) ||
		    is_emoji_modifier(c) || prev == 0x200d || c == 0x200d))
			p->brks[last] = LINEBREAK_NOBREAK;
		prev = c;
		last = i + n - 1;
		i += n;
	}
}

/*
 * Copies text as it will be shown: what cannot be shown as U+FFFD, a
 * white space run as one space, none at the ends.  A line end between
 * two wide characters (Chinese, Japanese) is dropped rather than made
 * a space: those scripts do not put spaces between words.
 */
static int
para_make(struct para *p, const char *text, size_t len)
{
	static int tables;
	size_t i = 0, n;
	int cw, ok, prev_wide = 0, space = 0, newline = 0;

	/* U+FFFD is 3 bytes for each invalid byte at most. */
	if ((p->s = malloc(len * 3 + 1)) == NULL)
		return -1;
	p->len = 0;
	p->brks = NULL;
	while (i < len) {
		if (is_space(text[i])) {
			space = 1;
			newline |= text[i] == '\n';
			i++;
			continue;
		}
		n = next_char(text + i, len - i, &cw, &ok);
		if (space && p->len > 0 &&
		    !(newline && prev_wide && ok && cw == 2))
			para_put(p, " ", 1);
		space = newline = 0;
		if (ok)
			para_put(p, text + i, n);
		else
			para_put(p, replacement, sizeof(replacement) - 1);
		/* Combining marks keep the width of their base. */
		if (cw > 0)
			prev_wide = ok && cw == 2;
		i += n;
	}
	p->s[p->len] = '\0';
	if (p->len == 0)
		return 0;
	if ((p->brks = malloc(p->len)) == NULL) {
		mem_wipe_free(p->s, p->len + 1);
		p->s = NULL;
		return -1;
	}
	/* The index that makes looking up Chinese characters fast. */
	if (!tables) {
		init_linebreak();
		tables = 1;
	}
	set_linebreaks_utf8((const utf8_t *)p->s, p->len, NULL, p->brks);
	tailor(p);
	return 0;
}

/* The copy held a visitor's words as often as the content's: wiped. */
static void
para_free(struct para *p)
{
	mem_wipe_free(p->s, p->len + 1);
	mem_wipe_free(p->brks, p->len);
}

/* Appends characters, breaking between them where the line is full. */
static void
put_chars(struct filler *f, const char *s, size_t len)
{
	size_t i, n;
	int cw, ok;

	for (i = 0; i < len; i += n) {
		n = next_char(s + i, len - i, &cw, &ok);
		put_char(f, s + i, n, cw, ok);
	}
}

/* The bytes of the web address that s starts with; 0 when none. */
static size_t
url_len(const char *s, size_t len)
{
	size_t n;

	if (len > 8 && strncmp(s, "https://", 8) == 0)
		n = 8;
	else if (len > 7 && strncmp(s, "http://", 7) == 0)
		n = 7;
	else
		return 0;
	while (n < len && s[n] != ' ')
		n++;
	return n;
}

/*
 * Lays out one unit between two break opportunities: on this line
 * after a space if it had one before it, on the next line, or, when
 * wider than a line, broken between characters.
 */
static void
put_unit(struct filler *f, const char *s, size_t len, int space)
{
	int ww = utf8_width(s, len), room = f->width - f->indent;

	if (f->w->whole_urls && url_len(s, len) == len && ww > room) {
		/* Too wide for any line: on a line of its own, whole. */
		if (f->col > 0)
			new_line(f);
		put_bytes(f, s, len, ww);
		f->words++;
		return;
	}
	if (f->words > 0 && f->col + space + ww <= room) {
		if (space)
			put_bytes(f, " ", 1, 1);
	} else if (f->words > 0 || (f->col > 0 && f->col + ww > room &&
	    ww <= f->width - f->hang))
		new_line(f);
	f->words++;
	put_chars(f, s, len);
}

/*
 * Fills lines with a paragraph, breaking only where Unicode's line
 * breaking algorithm (UAX #14, by libunibreak) allows: at spaces,
 * after hyphens but not before a number, between Chinese or Japanese
 * characters but never before closing punctuation such as "。", never
 * at a no-break space.  Widths are display columns.
 */
static void
fill(struct filler *f, const char *text, size_t len)
{
	struct para p;
	size_t i, start = 0, end, u;
	int space = 0;

	if (para_make(&p, text, len) < 0) {
		f->nomem = 1;
		return;
	}
	for (i = 0; i < p.len; i++) {
		/* A web address that must stay whole is one unit: the
		 * opportunities inside it are passed over. */
		if (f->w->whole_urls && i == start &&
		    (u = url_len(p.s + i, p.len - i)) > 0)
			i += u - 1;
		if (i + 1 < p.len && p.brks[i] != LINEBREAK_MUSTBREAK &&
		    p.brks[i] != LINEBREAK_ALLOWBREAK)
			continue;
		/* A unit ends at a break opportunity; its space goes. */
		end = i + 1;
		if (p.s[end - 1] == ' ')
			end--;
		if (end > start)
			put_unit(f, p.s + start, end - start, space);
		space = p.s[i] == ' ';
		start = i + 1;
	}
	para_free(&p);
}

static void
filler_start(struct filler *f, struct wrap *w, int width, int indent, int hang)
{
	if (width < WRAP_MIN_WIDTH)
		width = WRAP_MIN_WIDTH;
	/* Keep room for a wide character on every line. */
	if (indent > width - WRAP_MIN_WIDTH)
		indent = width - WRAP_MIN_WIDTH;
	if (hang > width - WRAP_MIN_WIDTH)
		hang = width - WRAP_MIN_WIDTH;
	memset(f, 0, sizeof(*f));
	f->w = w;
	f->width = width;
	f->indent = indent;
	f->hang = hang;
	new_line(f);
}

int
wrap_paragraph(struct wrap *w, const char *text, size_t len, int width,
    int indent)
{
	struct filler f;

	filler_start(&f, w, width, indent, indent);
	fill(&f, text, len);
	return f.nomem ? -1 : 0;
}

int
wrap_blank(struct wrap *w)
{
	return add_line(w, 0);
}

static int
bullet_start(const char *line, size_t len)
{
	size_t i = 0;

	while (i < len && line[i] == ' ')
		i++;
	return i + 1 < len && line[i] == '-' && line[i + 1] == ' ' ? (int)i : -1;
}

int
wrap_hanging(struct wrap *w, const char *s, size_t len, int width, int indent,
    const char *bullet)
{
	struct filler f;
	int bw;

	if (bullet == NULL)
		return wrap_paragraph(w, s, len, width, indent);
	bw = utf8_width(bullet, strlen(bullet));
	filler_start(&f, w, width, indent, indent + bw);
	put_bytes(&f, bullet, strlen(bullet), bw);
	fill(&f, s, len);
	return f.nomem ? -1 : 0;
}

/* The block being collected by wrap_body(). */
struct block {
	const char *start, *end;	/* NULL start: none open */
	const char *marker;		/* bullet marker, or NULL */
	int	 blank;			/* a blank line came before it */
	int	 any;			/* something was laid out already */
};

static int
flush(struct wrap *w, struct block *b, int width, int indent)
{
	if (b->start == NULL)
		return 0;
	if (b->any && b->blank && wrap_blank(w) < 0)
		return -1;
	if (wrap_hanging(w, b->start, (size_t)(b->end - b->start), width, indent,
	    b->marker) < 0)
		return -1;
	b->any = 1;
	b->blank = 0;
	b->start = NULL;
	return 0;
}

int
wrap_body(struct wrap *w, const char *text, int width, int indent,
    const char *bullet)
{
	struct block b = { NULL, NULL, NULL, 0, 0 };
	const char *p = text, *eol;
	size_t len;
	int bs;

	for (;;) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		bs = bullet_start(p, len);
		if (strspn(p, " \r") >= len) {
			if (flush(w, &b, width, indent) < 0)
				return -1;
			b.blank = 1;
		} else if (bs >= 0) {
			if (flush(w, &b, width, indent) < 0)
				return -1;
			b.start = p + bs + 2;
			b.marker = bullet;
		} else if (b.start == NULL) {
			b.start = p;
			b.marker = NULL;
		}
		if (b.start != NULL)
			b.end = p + len;
		if (eol == NULL)
			break;
		p = eol + 1;
	}
	return flush(w, &b, width, indent);
}
