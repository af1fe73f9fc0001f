/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The locale, the message catalogs and the interface language.
 *
 * GNU gettext ignores LANGUAGE while LC_MESSAGES is the C locale, and
 * wcwidth() needs a UTF-8 LC_CTYPE, so both categories are moved to a
 * UTF-8 locale that exists when the user's is not one.  The terminal
 * itself may still not be UTF-8: that is remembered, and the screens
 * fold what they draw to ASCII (i18n_fold) rather than send bytes the
 * terminal would show as garbage.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"

#if ENABLE_NLS
/* GNU gettext re-reads LANGUAGE when this counter changes. */
extern int _nl_msg_cat_cntr;
#endif

static int term_utf8;		/* the terminal's locale is UTF-8 */

/* Locales that use UTF-8 and are found on most systems. */
static const char *const utf8_locales[] = {
	"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8",
};

static int
codeset_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
}

/* The locale the environment names for a category, as setlocale reads it. */
static const char *
env_locale(const char *category)
{
	const char *names[] = { "LC_ALL", category, "LANG" };
	const char *v;
	size_t i;

	for (i = 0; i < 3; i++)
		if ((v = getenv(names[i])) != NULL && *v != '\0')
			return v;
	return NULL;
}

/* "xx_YY.UTF-8" and "xx.utf8" say UTF-8 even when not installed here. */
static int
name_says_utf8(const char *loc)
{
	const char *dot;

	if (loc == NULL || (dot = strchr(loc, '.')) == NULL)
		return 0;
	return strncasecmp(dot + 1, "utf-8", 5) == 0 ||
	    strncasecmp(dot + 1, "utf8", 4) == 0;
}

static int
is_c_locale(const char *loc)
{
	return loc == NULL || strcmp(loc, "C") == 0 ||
	    strcmp(loc, "POSIX") == 0;
}

/* Moves one category to a UTF-8 locale that exists; 0 if none does. */
static int
category_to_utf8(int category)
{
	size_t i;

	for (i = 0; i < sizeof(utf8_locales) / sizeof(utf8_locales[0]); i++)
		if (setlocale(category, utf8_locales[i]) != NULL)
			return 1;
	return 0;
}

/* n > 0 characters of s that all pass is(). */
static size_t
span(const char *s, int (*is)(int))
{
	size_t n = 0;

	while (s[n] != '\0' && is((unsigned char)s[n]))
		n++;
	return n;
}

static int
is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static int
is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_codeset(int c)
{
	return isascii(c) && (isalnum(c) || c == '-' || c == '_');
}

static int
is_modifier(int c)
{
	return isascii(c) && (isalnum(c) || c == '_');
}

/*
 * "ll", "lll", "ll_CC" or "ll_NNN", then ".codeset" and "@modifier" if
 * any, within len bytes of s: a locale name that can be nothing but
 * one.  gettext makes a path of the names in LANGUAGE, so "../../tmp/x"
 * would have loaded a catalog from anywhere.
 */
static int
locale_name_ok(const char *s, size_t len)
{
	char name[64];
	size_t n, i = 0;

	if (len == 0 || len >= sizeof(name))
		return 0;
	memcpy(name, s, len);
	name[len] = '\0';
	if ((n = span(name, is_lower)) < 2 || n > 3)
		return 0;
	i = n;
	if (name[i] == '_') {
		i++;
		if ((n = span(name + i, is_upper)) != 2 &&
		    (n = span(name + i, is_digit)) != 3)
			return 0;
		i += n;
	}
	if (name[i] == '.') {
		i++;
		if ((n = span(name + i, is_codeset)) == 0)
			return 0;
		i += n;
	}
	if (name[i] == '@') {
		i++;
		if ((n = span(name + i, is_modifier)) == 0)
			return 0;
		i += n;
	}
	return name[i] == '\0';
}

int
i18n_locale_name_ok(const char *name)
{
	return name != NULL && locale_name_ok(name, strlen(name));
}

/*
 * Keeps of LANGUAGE, as the environment gave it, only the well-formed
 * locale names: gettext reads it too, not only i18n_env_language().
 */
static void
clean_language(void)
{
	const char *v = getenv("LANGUAGE"), *p, *end;
	char out[256];
	size_t len, o = 0;

	if (v == NULL)
		return;
	for (p = v; *p != '\0'; p = *end ? end + 1 : end) {
		end = p + strcspn(p, ":");
		len = (size_t)(end - p);
		if (!locale_name_ok(p, len) || o + len + 2 > sizeof(out))
			continue;
		if (o > 0)
			out[o++] = ':';
		memcpy(out + o, p, len);
		o += len;
	}
	out[o] = '\0';
	if (o == 0)
		unsetenv("LANGUAGE");
	else if (strcmp(out, v) != 0)
		setenv("LANGUAGE", out, 1);
}

const char *
build_tree_getenv(const char *name)
{
#ifdef BUILD_PROGRAM
	const char *value = getenv(name);
	char self[4096], *built;
	ssize_t n;
	int same;

	if (value == NULL || *value == '\0' ||
	    (n = readlink("/proc/self/exe", self, sizeof(self) - 1)) <= 0)
		return NULL;
	self[n] = '\0';
	if ((built = realpath(BUILD_PROGRAM, NULL)) == NULL)
		return NULL;
	same = strcmp(self, built) == 0;
	free(built);
	return same ? value : NULL;
#else
	(void)name;
	return NULL;
#endif
}

/*
 * $SMP_KIOSK_LOCALEDIR, the catalogs of the build tree, for the tests
 * and "make run" only: never once installed, where it would let anyone
 * who sets the environment (an SSH client can set some variables)
 * choose the catalogs, and so the text, of the kiosk.
 */
static const char *
test_localedir(void)
{
	return build_tree_getenv("SMP_KIOSK_LOCALEDIR");
}

void
i18n_init(const char *localedir)
{
	const char *dir = test_localedir();
	const char *msgs;
	int ok;

	if (setlocale(LC_ALL, "") != NULL)
		term_utf8 = codeset_utf8();
	else {
		/* Not installed here (often a visitor's locale over SSH):
		 * its name still tells what the terminal speaks. */
		term_utf8 = name_says_utf8(env_locale("LC_CTYPE"));
		setlocale(LC_ALL, "C");
	}
	ok = codeset_utf8() || category_to_utf8(LC_CTYPE);
	msgs = setlocale(LC_MESSAGES, NULL);
	/* Without a UTF-8 locale at all the labels stay English. */
	if (ok && is_c_locale(msgs))
		category_to_utf8(LC_MESSAGES);
	if (dir == NULL)
		dir = localedir;
	clean_language();
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	/* Messages before the content is read (--help, usage errors)
	 * follow the environment even when its locale is not installed. */
	if (getenv("LANGUAGE") == NULL && i18n_env_language(0) != NULL)
		i18n_set_language(i18n_env_language(0));
}

int
i18n_term_utf8(void)
{
	return term_utf8;
}

void
i18n_set_language(const char *code)
{
	if (!i18n_locale_name_ok(code))
		return;
	setenv("LANGUAGE", code, 1);
#if ENABLE_NLS
	++_nl_msg_cat_cntr;
#endif
}

const char *
i18n_env_language(size_t n)
{
	static char buf[64];
	const char *v = getenv("LANGUAGE"), *p, *end;
	size_t len;

	/* Entries of LANGUAGE first, separated by colons. */
	for (p = v; p != NULL && *p != '\0'; p = *end ? end + 1 : end) {
		end = p + strcspn(p, ":");
		len = (size_t)(end - p);
		if (!locale_name_ok(p, len) || len >= sizeof(buf))
			continue;
		if (n-- == 0) {
			memcpy(buf, p, len);
			buf[len] = '\0';
			return buf;
		}
	}
	/* Then the locale in force: the first variable set.  A C locale
	 * names no language (LC_ALL=C.UTF-8 LANG=es_ES.UTF-8: none). */
	v = env_locale("LC_MESSAGES");
	if (v == NULL || is_c_locale(v) || strncmp(v, "C.", 2) == 0 ||
	    !i18n_locale_name_ok(v))
		return NULL;
	return n == 0 ? v : NULL;
}

size_t
i18n_fold(const char *s, size_t len, char *out, size_t outsz)
{
	static iconv_t cd = (iconv_t)-1;
	static int tried;
	char *in = (char *)s, *o = out;
	size_t inleft = len, oleft;

	if (outsz == 0)
		return 0;
	oleft = outsz - 1;
	if (!tried) {
		tried = 1;
		cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
	}
	if (cd != (iconv_t)-1)
		iconv(cd, NULL, NULL, NULL, NULL);
	while (inleft > 0 && oleft > 0) {
		errno = 0;
		if (cd != (iconv_t)-1 &&
		    iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1)
			break;
		if (errno == E2BIG || inleft == 0 || oleft == 0)
			break;
		/* A byte iconv cannot take, or no iconv at all: ASCII
		 * stays, anything else becomes one "?" per character. */
		if ((unsigned char)*in < 0x80)
			*o++ = *in;
		else {
			*o++ = '?';
			while (inleft > 1 &&
			    ((unsigned char)in[1] & 0xc0) == 0x80) {
				in++;
				inleft--;
			}
		}
		in++;
		inleft--;
		oleft--;
	}
	*o = '\0';
	return (size_t)(o - out);
}

int
i18n_has_catalog(const char *code)
{
#if ENABLE_NLS
	const char *dir = bindtextdomain(PACKAGE, NULL);
	char path[4096], base[16];
	size_t n;

	if (dir == NULL || code == NULL)
		return 0;
	snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/%s.mo", dir, code,
	    PACKAGE);
	if (access(path, R_OK) == 0)
		return 1;
	/* gettext's fallback: pt_BR reads pt's catalog. */
	n = strcspn(code, "_");
	if (code[n] == '\0' || n >= sizeof(base))
		return 0;
	memcpy(base, code, n);
	base[n] = '\0';
	snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/%s.mo", dir, base,
	    PACKAGE);
	return access(path, R_OK) == 0;
#else
	(void)code;
	return 0;
#endif
}

const char *
i18n_catalog_dir(void)
{
#if ENABLE_NLS
	const char *dir = bindtextdomain(PACKAGE, NULL);

	return dir != NULL ? dir : "";
#else
	return "";
#endif
}
