#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "wrap.h"

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
	if ((np = realloc(*p, ncap * elem)) == NULL)
		return -1;
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

/* Lays out one word: on this line, on the next, or broken if too long. */
static void
put_word(struct filler *f, const char *s, size_t len)
{
	int ww = utf8_width(s, len), cw, ok;
	size_t i, n;

	if (f->words > 0 && f->col + 1 + ww <= f->width - f->indent)
		put_bytes(f, " ", 1, 1);
	else if (f->words > 0 || (f->col > 0 && f->col + ww > f->width -
	    f->indent && ww <= f->width - f->hang))
		new_line(f);
	f->words++;
	for (i = 0; i < len; i += n) {
		n = next_char(s + i, len - i, &cw, &ok);
		put_char(f, s + i, n, cw, ok);
	}
}

static void
fill(struct filler *f, const char *text, size_t len)
{
	size_t i = 0, start;

	while (i < len) {
		while (i < len && is_space(text[i]))
			i++;
		start = i;
		while (i < len && !is_space(text[i]))
			i++;
		if (i > start)
			put_word(f, text + start, i - start);
	}
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
