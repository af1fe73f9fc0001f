/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * QR codes a visitor can take home with a phone's camera: the text a
 * code holds, the symbol that fits a part of the screen, and the symbol
 * laid out as terminal cells.  The codes are made with libqrencode
 * when the kiosk was built with it (qr_available()).  No curses here:
 * the screens draw the cells (ui.c).
 */
#ifndef SMP_QR_H
#define SMP_QR_H

#include <stddef.h>

/* Light modules around the symbol, on every side: readers need some. */
#define QR_QUIET	2

/*
 * How modules become cells.  Half blocks (a UTF-8 terminal): a cell
 * holds two modules one above the other, so that modules are square.
 * Reverse: where there are no half blocks, a module is two cells side
 * by side, each either light or dark.
 */
enum qr_draw {
	QR_HALF_BLOCKS,
	QR_REVERSE,
};

/* Error correction, weakest first (libqrencode's order). */
enum qr_level {
	QR_LEVEL_L,
	QR_LEVEL_M,
	QR_LEVEL_Q,
	QR_LEVEL_H,
};

/* What qr_make() did. */
enum qr_status {
	QR_OK,
	QR_TOO_BIG,	/* no symbol that holds the text fits the cells */
	QR_NOMEM,
	QR_NONE,	/* built without libqrencode, or it does not load */
};

/* A symbol: modules * modules, dark[y * modules + x] is 1 or 0. */
struct qr_code {
	int	 version;	/* 1 to 40 */
	enum qr_level level;
	int	 modules;	/* 17 + 4 * version, without the quiet zone */
	unsigned char *dark;
};

/*
 * The symbol as cells, quiet zone included.  Half blocks: bit 0 of a
 * cell is its upper module, bit 1 its lower (1 for dark).  Reverse:
 * a cell is 0 (light) or 3 (dark).
 */
struct qr_grid {
	int	 cols, rows;
	unsigned char *cell;	/* rows * cols */
};

#define QR_CELL_UPPER	1
#define QR_CELL_LOWER	2

/*
 * The code screen keeps its last row for the key hints; the code takes
 * the rest of the height from the top left corner (over the header's
 * path), and the text goes beside it in QR_SCREEN_TEXT_COLS at least.
 */
#define QR_SCREEN_FOOTER_ROWS	1
#define QR_SCREEN_TEXT_COLS	26	/* the text beside: 24 and margins */

/* The cells the code screen of a cols x rows window has for a code. */
void	qr_screen_area(int cols, int rows, int *acols, int *arows);

/*
 * Can the kiosk draw codes (built with libqrencode, which loads)?  The
 * first call loads the library: ask only when a code is wanted.
 */
int	qr_available(void);

/* The cells a symbol of side modules needs, quiet zone included. */
void	qr_cells_for(int modules, enum qr_draw, int *cols, int *rows);

/*
 * Encodes len bytes of data (UTF-8 text, in byte mode) in the smallest
 * symbol that holds them and fits in cols x rows cells drawn as draw,
 * with the strongest error correction that symbol can take.  On QR_OK
 * *code is filled in and must go to qr_free().
 */
enum qr_status qr_make(struct qr_code *code, const char *data, size_t len,
	    int cols, int rows, enum qr_draw draw);
void	qr_free(struct qr_code *);

/* Lays code out as cells; 0 when out of memory. */
int	qr_render(const struct qr_code *, enum qr_draw, struct qr_grid *);
void	qr_grid_free(struct qr_grid *);

/*
 * The glyph of a half-block cell (UTF-8).  With light_is_ink the
 * glyph's ink is the light part (the terminal's foreground where no
 * colour can be set); otherwise its ink is the dark part.
 */
const char *qr_half_glyph(unsigned char cell, int light_is_ink);

/*
 * The text of a list of questions: the title line, the questions
 * numbered from 1, then the clinic's name and phone when given (either
 * may be NULL).  A new string to free, or NULL when out of memory.
 */
char	*qr_list_text(const char *title, const char *const *questions,
	    size_t n, const char *clinic, const char *phone);

/*
 * How many of the first questions fit in a code in cols x rows cells:
 * n when all do, 0 when a code with none does not fit.
 */
size_t	qr_questions_fit(const char *title, const char *const *questions,
	    size_t n, const char *clinic, const char *phone,
	    int cols, int rows, enum qr_draw draw);

/*
 * What to tell the visitor when only fit of their n questions fit
 * (fit < n): a new string to free, or NULL when out of memory.
 */
char	*qr_fit_message(size_t fit, size_t n);

/* The longest text in bytes a code in cols x rows cells can hold. */
size_t	qr_capacity(int cols, int rows, enum qr_draw draw);

#endif
