/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the plain interface (src/plain.c), with the
 * bytes a visitor types as its input.  The shipped content (every
 * language, the self-check) is loaded once; each input runs
 * plain_run() from start to end of input, reading from the bytes
 * (fmemopen()) and writing to memory (open_memstream()).  The first
 * byte picks kiosk mode (bit 0), the language to start in (bits 1-2)
 * and the width: bits 3-7 times 5, so 0 to 155 columns (0 is the
 * default, 80; below the interface's minimum of 20 it takes 20).  The rest is the input, any bytes.
 *
 * Beside crashes, leaks and undefined behaviour, it aborts when the
 * run fails (plain_run() returns anything but EX_OK), when what it
 * printed is not valid UTF-8 or holds a control character other than
 * newline (plain.h promises both whatever was typed), or when a line
 * is wider than the width the interface lays its text out in.
 *
 * FUZZ_CONTENT, the path of the shipped content, comes from the build.
 */
#include <config.h>

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "content.h"
#include "diag.h"
#include "i18n.h"
#include "plain.h"
#include "wrap.h"

#ifndef FUZZ_CONTENT
#define FUZZ_CONTENT	"content"
#endif
#define MIN_WIDTH	20	/* PLAIN_MIN_WIDTH */

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct content content;

static _Noreturn void
broken(const char *what, size_t line)
{
	fprintf(stderr, "fuzz-plain: %s (output line %zu)\n", what, line);
	abort();
}

/* Checks every line of what the run printed. */
static void
check_output(const char *out, size_t len, int width)
{
	const unsigned char *s = (const unsigned char *)out;
	size_t i = 0, start = 0, line = 1, n;
	unsigned long c;

	while (i < len) {
		if (s[i] == '\n') {
			if (utf8_width(out + start, i - start) > width)
				broken("a line wider than the width", line);
			line++;
			start = ++i;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &c)) == 0)
			broken("invalid UTF-8", line);
		if (c < 0x20 || (c >= 0x7f && c < 0xa0))
			broken("a control character", line);
		i += n;
	}
	if (start < len)
		broken("output that does not end with a newline", line);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags d;
	const char *roots[] = { FUZZ_CONTENT };

	(void)argc;
	(void)argv;
	setenv("LC_ALL", "C.UTF-8", 1);
	i18n_init(LOCALEDIR);
	diags_init(&d);
	if (content_load(&content, roots, 1, &d) != CONTENT_OK ||
	    content.nlangs == 0) {
		fprintf(stderr, "fuzz-plain: cannot load %s\n", FUZZ_CONTENT);
		exit(2);
	}
	diags_free(&d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct language *lang;
	FILE *in, *out;
	char *text = NULL;
	size_t len = 0;
	int kiosk, width, status;

	if (size < 1)
		return -1;
	kiosk = data[0] & 1;
	lang = content.langs[((data[0] >> 1) & 3) % content.nlangs];
	width = (data[0] >> 3) * 5;
	/* fmemopen() of no bytes fails: an empty input reads /dev/null. */
	in = size > 1 ? fmemopen((void *)(data + 1), size - 1, "r") :
	    fopen("/dev/null", "r");
	if (in == NULL || (out = open_memstream(&text, &len)) == NULL) {
		perror("fuzz-plain");
		abort();
	}
	i18n_set_language(lang->code);
	status = plain_run(&content, lang, kiosk, 0, in, out, width);
	fclose(in);
	if (fclose(out) != 0)
		broken("open_memstream failed", 0);
	if (status != EX_OK)
		broken("plain_run() did not return EX_OK", 0);
	/* plain.h: 0 is 80 columns, and fewer than 20 are 20. */
	check_output(text, len, width == 0 ? 80 : width > MIN_WIDTH ?
	    width : MIN_WIDTH);
	free(text);
	return 0;
}
