/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading a QR code back the way a phone would: a grey image of the
 * code, given to zbarimg (zbar-tools).  For the unit tests (a grid of
 * cells from qr.c) and the screen tests (the cells of the terminal).
 */
#ifndef QRIMAGE_H
#define QRIMAGE_H

#include <stddef.h>

/* An image, w x h pixels, 0 black to 255 white. */
struct qrimg {
	int	 w, h;
	unsigned char *px;
};

/* The zbarimg to use ($ZBARIMG or the PATH's), or NULL when none. */
const char *qrimg_zbarimg(void);
/* A white image, w x h; 0 when out of memory. */
int	qrimg_new(struct qrimg *, int w, int h);
void	qrimg_free(struct qrimg *);
/*
 * Decodes the one code in the image (each pixel drawn scale x scale):
 * the text, a new string to free, or NULL when zbarimg finds none.
 */
char	*qrimg_decode(const struct qrimg *, int scale);

#endif
