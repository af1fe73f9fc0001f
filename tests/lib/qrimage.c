/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading QR codes back with zbarimg (qrimage.h). */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "qrimage.h"

const char *
qrimg_zbarimg(void)
{
	const char *z = getenv("ZBARIMG");

	if (z != NULL && *z != '\0' && access(z, X_OK) == 0)
		return z;
	if (access("/usr/bin/zbarimg", X_OK) == 0)
		return "/usr/bin/zbarimg";
	return NULL;
}

int
qrimg_new(struct qrimg *m, int w, int h)
{
	m->w = w;
	m->h = h;
	m->px = malloc((size_t)w * (size_t)h);
	if (m->px == NULL)
		return 0;
	memset(m->px, 255, (size_t)w * (size_t)h);
	return 1;
}

void
qrimg_free(struct qrimg *m)
{
	free(m->px);
	m->px = NULL;
}

/* Writes the image as a binary PGM, scaled; 0 on failure. */
static int
write_pgm(const struct qrimg *m, int scale, const char *path)
{
	FILE *f = fopen(path, "wb");
	int x, y, i;
	unsigned char *row;

	if (f == NULL)
		return 0;
	row = malloc((size_t)m->w * (size_t)scale);
	if (row == NULL) {
		fclose(f);
		return 0;
	}
	fprintf(f, "P5\n%d %d\n255\n", m->w * scale, m->h * scale);
	for (y = 0; y < m->h; y++) {
		for (x = 0; x < m->w; x++)
			memset(row + x * scale, m->px[y * m->w + x],
			    (size_t)scale);
		for (i = 0; i < scale; i++)
			fwrite(row, 1, (size_t)m->w * (size_t)scale, f);
	}
	free(row);
	return fclose(f) == 0;
}

char *
qrimg_decode(const struct qrimg *m, int scale)
{
	const char *z = qrimg_zbarimg(), *tmp = getenv("TMPDIR");
	char path[4096], cmd[8300], *out = NULL;
	size_t len = 0, size = 0;
	FILE *p;
	int c, fd;

	if (z == NULL)
		return NULL;
	snprintf(path, sizeof path, "%s/qrimage.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	close(fd);
	if (!write_pgm(m, scale, path)) {
		unlink(path);
		return NULL;
	}
	/* --raw: the bytes of the code as they are, with a line break. */
	snprintf(cmd, sizeof cmd, "'%s' -q --raw -Sdisable -Sqrcode.enable "
	    "'%s' 2>/dev/null", z, path);
	p = popen(cmd, "r");
	if (p != NULL) {
		while ((c = getc(p)) != EOF) {
			if (len + 2 > size) {
				char *n = realloc(out, size = size * 2 + 256);
				if (n == NULL)
					break;
				out = n;
			}
			out[len++] = (char)c;
			out[len] = '\0';
		}
		if (pclose(p) != 0 && out != NULL) {
			free(out);
			out = NULL;
		}
	}
	unlink(path);
	if (out != NULL && len > 0 && out[len - 1] == '\n')
		out[--len] = '\0';
	return out;
}
