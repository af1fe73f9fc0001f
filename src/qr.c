/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * QR codes of plain text (qr.h), made with libqrencode.
 *
 * libqrencode is loaded when a code is first needed, not linked: most
 * visits never draw one, and a linked library costs every kiosk
 * process its pages from the start (search's SQLite and speech's
 * espeak-ng are loaded the same way).  The calls below go through
 * pointers that qr_load() fills.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_QRENCODE
#include <dlfcn.h>
#include <qrencode.h>
#endif

#include "i18n.h"
#include "log.h"
#include "qr.h"
#include "wipe.h"

#define QR_MAX_VERSION	40

#ifdef HAVE_QRENCODE
#define QRENCODE_SONAMES	"libqrencode.so.4", "libqrencode.so"

#define QR_FUNCS(X) \
	X(QRinput *, QRinput_new2, (int, QRecLevel)) \
	X(int, QRinput_appendECIheader, (QRinput *, unsigned int)) \
	X(int, QRinput_append, (QRinput *, QRencodeMode, int, \
	    const unsigned char *)) \
	X(void, QRinput_free, (QRinput *)) \
	X(QRcode *, QRcode_encodeInput, (QRinput *)) \
	X(void, QRcode_free, (QRcode *))

#define QR_PTR(ret, name, args) static ret (*p_##name) args;
QR_FUNCS(QR_PTR)

#define QRinput_new2		p_QRinput_new2
#define QRinput_appendECIheader	p_QRinput_appendECIheader
#define QRinput_append		p_QRinput_append
#define QRinput_free		p_QRinput_free
#define QRcode_encodeInput	p_QRcode_encodeInput
#define QRcode_free		p_QRcode_free

/* Loads libqrencode, once; 1 when every function was found. */
static int
qr_load(void)
{
	static const char *const names[] = { QRENCODE_SONAMES };
	static int done, ok;
	void *h = NULL;
	size_t i;

	if (done)
		return ok;
	done = 1;
	for (i = 0; i < sizeof names / sizeof names[0] && h == NULL; i++)
		h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) {
		log_warn("QR codes: %s", dlerror());
		return 0;
	}
#define QR_SYM(ret, name, args) \
	if ((*(void **)&p_##name = dlsym(h, #name)) == NULL) \
		goto fail;
	QR_FUNCS(QR_SYM)
	ok = 1;
	return 1;
fail:
	/* No half-filled table: every pointer back to NULL. */
	log_warn("QR codes: %s", dlerror());
#define QR_NULL(ret, name, args) p_##name = NULL;
	QR_FUNCS(QR_NULL)
	dlclose(h);
	return 0;
}
#endif

/*
 * Whether codes can be drawn: the kiosk was built with libqrencode and
 * the library loads.  The first call loads it, so callers ask only
 * when there is a code to draw.
 */
int
qr_available(void)
{
#ifdef HAVE_QRENCODE
	return qr_load();
#else
	return 0;
#endif
}

void
qr_screen_area(int cols, int rows, int *acols, int *arows)
{
	*acols = cols > QR_SCREEN_TEXT_COLS ? cols - QR_SCREEN_TEXT_COLS : 0;
	*arows = rows > QR_SCREEN_FOOTER_ROWS ? rows - QR_SCREEN_FOOTER_ROWS :
	    0;
}

void
qr_cells_for(int modules, enum qr_draw draw, int *cols, int *rows)
{
	int side = modules + 2 * QR_QUIET;

	*cols = *rows = 0;
	switch (draw) {
	case QR_HALF_BLOCKS:
		*cols = side;
		*rows = (side + 1) / 2;
		break;
	case QR_REVERSE:
		*cols = 2 * side;
		*rows = side;
		break;
	}
}

#ifdef HAVE_QRENCODE
/* The largest version whose symbol fits cols x rows, or 0. */
static int
largest_version(int cols, int rows, enum qr_draw draw)
{
	int v, c, r;

	for (v = QR_MAX_VERSION; v >= 1; v--) {
		qr_cells_for(17 + 4 * v, draw, &c, &r);
		if (c <= cols && r <= rows)
			return v;
	}
	return 0;
}

static const QRecLevel levels[] = {
	QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H,
};

/* Does data hold any byte past ASCII? */
static int
beyond_ascii(const char *data, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)data[i] >= 0x80)
			return 1;
	return 0;
}

/* libqrencode's symbol, its modules wiped first: they hold the text. */
static void
code_free(QRcode *q)
{
	if (q != NULL && q->data != NULL && q->width > 0)
		mem_wipe(q->data, (size_t)q->width * (size_t)q->width);
	QRcode_free(q);
}

/*
 * The symbol of data at level in version or the next one up that holds
 * it; NULL with errno ERANGE when none does, ENOMEM when out of memory.
 * Text past ASCII is marked as UTF-8 (ECI 26): byte mode is Latin-1
 * unless told otherwise, and readers that guess take UTF-8 for
 * Shift JIS or Big5.
 */
static QRcode *
encode(const char *data, size_t len, int version, enum qr_level level)
{
	QRinput *in;
	QRcode *q = NULL;

	if (len > 8000) {	/* more than any version holds */
		errno = ERANGE;
		return NULL;
	}
	errno = 0;
	in = QRinput_new2(version, levels[level]);
	if (in == NULL)
		return NULL;
	if ((!beyond_ascii(data, len) || QRinput_appendECIheader(in, 26) == 0)
	    && QRinput_append(in, QR_MODE_8, (int)len,
	    (const unsigned char *)data) == 0)
		q = QRcode_encodeInput(in);
	QRinput_free(in);
	if (q == NULL && errno != ENOMEM)
		errno = ERANGE;
	return q;
}
#endif

enum qr_status
qr_make(struct qr_code *code, const char *data, size_t len, int cols,
    int rows, enum qr_draw draw)
{
#ifdef HAVE_QRENCODE
	QRcode *q, *best;
	int max = largest_version(cols, rows, draw), lv, i, n;

	memset(code, 0, sizeof *code);
	if (!qr_load())
		return QR_NONE;
	if (max == 0)
		return QR_TOO_BIG;
	/* The smallest symbol: the one that holds the text at level L. */
	best = encode(data, len, 1, QR_LEVEL_L);
	if (best == NULL)
		return errno == ENOMEM ? QR_NOMEM : QR_TOO_BIG;
	if (best->version > max) {
		code_free(best);
		return QR_TOO_BIG;
	}
	/* Then the strongest correction that symbol can take. */
	code->level = QR_LEVEL_L;
	for (lv = QR_LEVEL_H; lv > QR_LEVEL_L; lv--) {
		q = encode(data, len, best->version, (enum qr_level)lv);
		if (q == NULL && errno == ENOMEM) {
			code_free(best);
			return QR_NOMEM;
		}
		if (q != NULL && q->version == best->version) {
			code_free(best);
			best = q;
			code->level = (enum qr_level)lv;
			break;
		}
		code_free(q);
	}
	n = best->width;
	code->dark = malloc((size_t)n * (size_t)n);
	if (code->dark == NULL) {
		code_free(best);
		return QR_NOMEM;
	}
	for (i = 0; i < n * n; i++)
		code->dark[i] = best->data[i] & 1;
	code->version = best->version;
	code->modules = n;
	code_free(best);
	return QR_OK;
#else
	(void)data;
	(void)len;
	(void)cols;
	(void)rows;
	(void)draw;
	memset(code, 0, sizeof *code);
	return QR_NONE;
#endif
}

void
qr_free(struct qr_code *code)
{
	mem_wipe_free(code->dark, (size_t)code->modules *
	    (size_t)code->modules);
	memset(code, 0, sizeof *code);
}

/* Is module (x, y) of the quiet-zoned symbol dark? */
static int
dark_at(const struct qr_code *code, int x, int y)
{
	x -= QR_QUIET;
	y -= QR_QUIET;
	if (x < 0 || y < 0 || x >= code->modules || y >= code->modules)
		return 0;
	return code->dark[y * code->modules + x];
}

int
qr_render(const struct qr_code *code, enum qr_draw draw, struct qr_grid *g)
{
	int x, y;
	unsigned char *c;

	qr_cells_for(code->modules, draw, &g->cols, &g->rows);
	g->cell = calloc((size_t)g->cols * (size_t)g->rows, 1);
	if (g->cell == NULL)
		return 0;
	for (y = 0; y < g->rows; y++)
		for (x = 0; x < g->cols; x++) {
			c = &g->cell[y * g->cols + x];
			switch (draw) {
			case QR_HALF_BLOCKS:
				*c = (unsigned char)(
				    (dark_at(code, x, 2 * y) ? QR_CELL_UPPER :
				    0) | (dark_at(code, x, 2 * y + 1) ?
				    QR_CELL_LOWER : 0));
				break;
			case QR_REVERSE:
				*c = dark_at(code, x / 2, y) ?
				    QR_CELL_UPPER | QR_CELL_LOWER : 0;
				break;
			}
		}
	return 1;
}

void
qr_grid_free(struct qr_grid *g)
{
	/* The cells spell a visitor's questions to any camera. */
	mem_wipe_free(g->cell, (size_t)g->cols * (size_t)g->rows);
	memset(g, 0, sizeof *g);
}

const char *
qr_half_glyph(unsigned char cell, int light_is_ink)
{
	/* space, upper half, lower half, full block */
	static const char *const glyph[4] = {
		" ", "\u2580", "\u2584", "\u2588",
	};

	cell &= QR_CELL_UPPER | QR_CELL_LOWER;
	return glyph[light_is_ink ? 3 - cell : cell];
}

/* Appends s (len bytes) to the buffer *b of *used bytes, *size long. */
static int
append(char **b, size_t *used, size_t *size, const char *s, size_t len)
{
	char *nb;
	size_t ns;

	if (*used + len + 1 > *size) {
		ns = (*used + len + 1) * 2;
		nb = realloc(*b, ns);
		if (nb == NULL)
			return 0;
		*b = nb;
		*size = ns;
	}
	memcpy(*b + *used, s, len);
	*used += len;
	(*b)[*used] = '\0';
	return 1;
}

/* Appends s, its line breaks turned into spaces, and a line break. */
static int
append_line(char **b, size_t *used, size_t *size, const char *s)
{
	size_t start = *used, i;

	if (!append(b, used, size, s, strlen(s)) ||
	    !append(b, used, size, "\n", 1))
		return 0;
	for (i = start; i + 1 < *used; i++)
		if ((*b)[i] == '\n' || (*b)[i] == '\r' || (*b)[i] == '\t')
			(*b)[i] = ' ';
	return 1;
}

char *
qr_list_text(const char *title, const char *const *questions, size_t n,
    const char *clinic, const char *phone)
{
	char *b = NULL, num[32];
	size_t used = 0, size = 0, i;
	int ok;

	ok = append(&b, &used, &size, "", 0) && append_line(&b, &used, &size,
	    title);
	for (i = 0; ok && i < n; i++) {
		snprintf(num, sizeof num, "%zu. ", i + 1);
		ok = append(&b, &used, &size, num, strlen(num)) &&
		    append_line(&b, &used, &size, questions[i]);
	}
	if (ok && clinic != NULL && *clinic != '\0')
		ok = append_line(&b, &used, &size, clinic);
	if (ok && phone != NULL && *phone != '\0')
		ok = append_line(&b, &used, &size, phone);
	if (!ok) {
		free(b);
		return NULL;
	}
	/* No line break after the last line. */
	if (used > 0 && b[used - 1] == '\n')
		b[--used] = '\0';
	return b;
}

size_t
qr_questions_fit(const char *title, const char *const *questions, size_t n,
    const char *clinic, const char *phone, int cols, int rows,
    enum qr_draw draw)
{
	size_t cap = qr_capacity(cols, rows, draw), k, len;
	char *text;

	for (k = n; ; k--) {
		text = qr_list_text(title, questions, k, clinic, phone);
		len = text != NULL ? strlen(text) : (size_t)-1;
		free(text);
		if ((cap > 0 && len <= cap) || k == 0)
			return cap > 0 && len <= cap ? k : 0;
	}
}

char *
qr_fit_message(size_t fit, size_t n)
{
	char buf[1024];

	if (fit == 0)
		return strdup(_("This window is too small for a code of your "
		    "questions: a larger window is needed."));
	if (fit == 1) {
		/* TRANSLATORS: %zu is the number of the visitor's
		 * questions, 2 or more. */
		snprintf(buf, sizeof buf, ngettext("Only your first question "
		    "of %zu fits in a code here: remove some or use a larger "
		    "window.", "Only your first question of %zu fits in a "
		    "code here: remove some or use a larger window.",
		    (unsigned long)n), n);
		return strdup(buf);
	}
	/* TRANSLATORS: the first %zu (fit) of the visitor's %zu
	 * questions fit in a code on this screen. */
	snprintf(buf, sizeof buf, ngettext("Only the first %zu of your %zu "
	    "question fits in a code here: remove some or use a larger "
	    "window.", "Only the first %zu of your %zu questions fit in a "
	    "code here: remove some or use a larger window.",
	    (unsigned long)n), fit, n);
	return strdup(buf);
}

size_t
qr_capacity(int cols, int rows, enum qr_draw draw)
{
#ifdef HAVE_QRENCODE
	int max = largest_version(cols, rows, draw);
	size_t lo = 0, hi = 3000, mid;	/* version 40 at L holds 2953 */
	char *buf;
	QRcode *q;

	if (max == 0 || !qr_load())
		return 0;
	buf = malloc(hi);
	if (buf == NULL)
		return 0;
	memset(buf, 'a', hi);
	/* The largest length whose smallest symbol is no larger than max. */
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		q = encode(buf, mid, 1, QR_LEVEL_L);
		if (q != NULL && q->version <= max)
			lo = mid;
		else
			hi = mid - 1;
		code_free(q);
	}
	free(buf);
	return lo;
#else
	(void)cols;
	(void)rows;
	(void)draw;
	return 0;
#endif
}
