/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "script.h"

int
script_rtl_char(unsigned long c)
{
	return (c >= 0x0590 && c <= 0x08ff) ||	/* Hebrew to Arabic Ext-A */
	    (c >= 0xfb1d && c <= 0xfdff) ||	/* presentation forms */
	    (c >= 0xfe70 && c <= 0xfefe) ||
	    (c >= 0x10800 && c <= 0x10fff) ||	/* historic scripts */
	    (c >= 0x1e800 && c <= 0x1efff);
}

/* The code point at s and its length (1 for an invalid byte). */
static unsigned long
decode(const char *s, size_t *n)
{
	mbstate_t st;
	wchar_t wc;
	size_t k;

	memset(&st, 0, sizeof(st));
	k = mbrtowc(&wc, s, strlen(s), &st);
	if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
		*n = 1;
		return 0xfffd;
	}
	*n = k;
	return (unsigned long)wc;
}

const char *
script_find_rtl(const char *s)
{
	size_t n;

	for (; s != NULL && *s != '\0'; s += n) {
		if ((unsigned char)*s < 0x80) {
			n = 1;
			continue;
		}
		if (script_rtl_char(decode(s, &n)))
			return s;
	}
	return NULL;
}

/* The first letter of s is of a right-to-left script. */
static int
starts_rtl(const char *s)
{
	unsigned long c;
	size_t n;

	for (; s != NULL && *s != '\0'; s += n) {
		c = decode(s, &n);
		if (script_rtl_char(c))
			return 1;
		if (iswalpha((wint_t)c))
			return 0;
	}
	return 0;
}

/* Languages written right to left, by their ISO 639 codes. */
static int
rtl_code(const char *code)
{
	static const char *const codes[] = {
		"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "nqo",
		"pnb", "ps", "sd", "syr", "ug", "ur", "yi",
	};
	size_t i, n = strcspn(code, "_@.");

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (strlen(codes[i]) == n && strncmp(code, codes[i], n) == 0)
			return 1;
	return 0;
}

/* Where the first right-to-left character of a file is; 0 if none. */
static void
locate_rtl(const char *path, int *line, int *col)
{
	char buf[8192];
	const char *p, *q;
	FILE *fp;
	int k;

	*line = *col = 0;
	if (path == NULL || (fp = fopen(path, "r")) == NULL)
		return;
	for (k = 1; fgets(buf, sizeof(buf), fp) != NULL; k++)
		if ((p = script_find_rtl(buf)) != NULL) {
			/* Columns count characters, as libyaml's do. */
			*line = k;
			*col = 1;
			for (q = buf; q < p; q++)
				*col += ((unsigned char)*q & 0xc0) != 0x80;
			break;
		}
	fclose(fp);
}

int
script_refuse_rtl(const struct language *lang, struct diags *d)
{
	int line, col;

	if (!rtl_code(lang->code) && !starts_rtl(lang->name) &&
	    !starts_rtl(lang->title))
		return 0;
	locate_rtl(lang->index_file, &line, &col);
	diag_add(d, DIAG_ERROR, lang->index_file, line, col, "%s is written "
	    "right to left, and the kiosk cannot show such text in the right "
	    "order on a terminal: the language is left out (see "
	    "smp-kiosk-content(5), RIGHT-TO-LEFT SCRIPTS)", lang->code);
	return 1;
}
