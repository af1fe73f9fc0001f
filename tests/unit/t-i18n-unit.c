/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Languages without a terminal: translated labels within the limits
 * their TRANSLATORS: comments give, the ASCII fold for terminals that
 * are not UTF-8, the language asked for by the environment, and the
 * loader's fallback to the default language for untranslated topics.
 */
#include <config.h>

#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "diag.h"
#include "i18n.h"
#include "tap.h"
#include "wrap.h"

static char srcdir[4096];

/* Appends the C string on a po line ("...") to buf, unescaped. */
static void
po_append(char *buf, size_t size, const char *line)
{
	const char *p = strchr(line, '"');
	size_t n = strlen(buf);

	if (p == NULL)
		return;
	for (p++; *p != '\0' && *p != '"' && n + 1 < size; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
			buf[n++] = *p == 'n' ? '\n' : *p == 't' ? '\t' : *p;
		} else
			buf[n++] = *p;
	}
	buf[n] = '\0';
}

/* Columns of a label as shown: a printf directive counts as 3 digits. */
static int
shown_width(const char *s)
{
	char buf[4096];
	size_t n = 0;

	while (*s != '\0' && n + 4 < sizeof(buf)) {
		if (*s == '%' && s[1] != '\0' && s[1] != '%') {
			s += strspn(s + 1, "0123456789.-lz") + 2;
			memcpy(buf + n, "999", 3);
			n += 3;
		} else
			buf[n++] = *s++;
	}
	buf[n] = '\0';
	return utf8_width(buf, n);
}

/* The limit a TRANSLATORS: comment sets: "at most N", "under N". */
static int
comment_limit(const char *c, int *strict)
{
	const char *p;

	*strict = 0;
	if ((p = strstr(c, "at most ")) != NULL && isdigit((unsigned char)p[8]))
		return atoi(p + 8);
	if ((p = strstr(c, "under ")) != NULL && isdigit((unsigned char)p[6])) {
		*strict = 1;
		return atoi(p + 6);
	}
	return 0;
}

/*
 * Every message whose comment sets a width limit fits it, in English
 * and in the translation (each plural form on its own); returns how
 * many had a limit.
 */
static int
check_po_limits(const char *lang)
{
	char path[8192], line[4096], comment[4096] = "", id[4096] = "",
	    str[4096] = "", *cur = NULL;
	int limit, strict, w = 0, seen = 0, bad = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/po/%s.po", srcdir, lang);
	if ((fp = fopen(path, "r")) == NULL) {
		ok(0, "%s opens", path);
		return 0;
	}
	for (;;) {
		char *got = fgets(line, sizeof(line), fp);

		/* The widest form so far; the next form starts empty. */
		if (str[0] != '\0' && (got == NULL || line[0] == '\n' ||
		    strncmp(line, "msgstr", 6) == 0)) {
			if (shown_width(str) > w)
				w = shown_width(str);
			str[0] = '\0';
		}
		if (got == NULL || line[0] == '\n') {
			limit = comment_limit(comment, &strict);
			if (limit > 0 && id[0] != '\0') {
				seen++;
				if (w > limit - strict ||
				    shown_width(id) > limit - strict) {
					bad++;
					diag("%s: \"%s\": %d columns, limit %d",
					    lang, id, w, limit);
				}
			}
			comment[0] = id[0] = str[0] = '\0';
			w = 0;
			cur = NULL;
			if (got == NULL)
				break;
			continue;
		}
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, "#.", 2) == 0) {
			strncat(comment, line + 2, sizeof(comment) -
			    strlen(comment) - 1);
			strncat(comment, " ", sizeof(comment) - strlen(comment)
			    - 1);
		} else if (strncmp(line, "msgid ", 6) == 0)
			cur = id;
		else if (strncmp(line, "msgstr", 6) == 0)
			cur = str;
		else if (strncmp(line, "msgid_plural", 12) == 0)
			cur = NULL;
		if (cur != NULL && (line[0] == '"' || strncmp(line, "msg", 3)
		    == 0))
			po_append(cur, 4096, line);
	}
	fclose(fp);
	ok(bad == 0, "%s.po: %d labels with a width limit fit it", lang, seen);
	return seen;
}

static void
test_fold(void)
{
	const char *s;
	char out[64];

	i18n_fold("Espa\xc3\xb1ol", 8, out, sizeof(out));
	is_str(out, "Espanol", "fold: n with tilde becomes n");
	s = "Fran\xc3\xa7" "ais \xc5\x93uvre";
	i18n_fold(s, strlen(s), out, sizeof(out));
	is_str(out, "Francais oeuvre", "fold: cedilla and ligature");
	s = "\xc2\xab" "x\xc2\xbb \xe2\x80\xa6";
	i18n_fold(s, strlen(s), out, sizeof(out));
	is_str(out, "<<x>> ...", "fold: guillemets and ellipsis");
	s = "\xc2\xbfQu\xc3\xa9 es?";
	i18n_fold(s, strlen(s), out, sizeof(out));
	is_str(out, "?Que es?", "fold: an opening question mark becomes ?");
	i18n_fold("cafe\xcc\x81", 6, out, sizeof(out));
	is_str(out, "cafe", "fold: a combining accent is dropped");
	i18n_fold("\xe4\xb8\xad\xe6\x96\x87!", 7, out, sizeof(out));
	is_str(out, "?" "?!", "fold: one ? for each character without ASCII");
	i18n_fold("\xff" "a", 2, out, sizeof(out));
	is_str(out, "?a", "fold: invalid UTF-8 is a ?, not garbage");
	i18n_fold("abcdef", 6, out, 4);
	is_str(out, "abc", "fold: the output buffer is never overrun");
}

/* Without a translation, a message with a context is its msgid. */
static void
test_context(void)
{
	static const char *const marked = NC_("key", "Home");

	is_str(pgettext("key", "Home"), "Home",
	    "pgettext: the msgid, without its context");
	is_str(pgettext_aux(marked, strchr(marked, *GETTEXT_CONTEXT_GLUE) + 1),
	    "Home", "NC_: the context and the msgid, looked up together");
	ok(strcmp(marked, "key\004Home") == 0,
	    "NC_: joined as a catalog stores them");
}

static void
test_env_language(void)
{
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANGUAGE");
	setenv("LANG", "es_ES.UTF-8", 1);
	is_str(i18n_env_language(0), "es_ES.UTF-8", "LANG names the language");
	ok(i18n_env_language(1) == NULL, "and nothing after it");
	setenv("LC_ALL", "C.UTF-8", 1);
	ok(i18n_env_language(0) == NULL,
	    "LC_ALL=C.UTF-8 is in force over LANG and names no language");
	setenv("LC_MESSAGES", "fr_FR.UTF-8", 1);
	unsetenv("LC_ALL");
	is_str(i18n_env_language(0), "fr_FR.UTF-8", "LC_MESSAGES before LANG");
	setenv("LANGUAGE", "zh:es", 1);
	is_str(i18n_env_language(0), "zh", "LANGUAGE first, entry 1");
	is_str(i18n_env_language(1), "es", "LANGUAGE entry 2");
	is_str(i18n_env_language(2), "fr_FR.UTF-8", "then the locale");
	unsetenv("LANGUAGE");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "C", 1);
	ok(i18n_env_language(0) == NULL, "LANG=C asks for no language");

	/* A path in a locale variable once chose a catalog anywhere. */
	setenv("LANG", "../../../tmp/x", 1);
	ok(i18n_env_language(0) == NULL, "LANG=../../../tmp/x names none");
	setenv("LANGUAGE", "../x:es:/tmp/y:fr_FR", 1);
	is_str(i18n_env_language(0), "es", "LANGUAGE: a path is passed over");
	is_str(i18n_env_language(1), "fr_FR", "  ... and an absolute one");
	unsetenv("LANGUAGE");
	setenv("LANG", "C", 1);
}

/* Well-formed locale names: ll[_CC][.codeset][@modifier]. */
static void
test_locale_names(void)
{
	static const char *const good[] = {
		"es", "fil", "pt_BR", "es_419", "de_DE.UTF-8", "sr_RS@latin",
		"ca_ES.UTF-8@valencia", "en_US.ISO-8859-1", "zh_CN.gb18030",
	};
	static const char *const bad[] = {
		"", "e", "english", "../x", "/tmp/x", "es/../../x", "es_ES/x",
		"..", "es.", "es@", "es_E", "es_es", "ES", "es_ES.UTF-8/x",
		"es_ES.UTF-8@a/b", "es_ES.", "es ES", "es\n",
	};
	size_t i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		ok(i18n_locale_name_ok(good[i]), "locale name \"%s\" taken",
		    good[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ok(!i18n_locale_name_ok(bad[i]), "locale name \"%s\" refused",
		    bad[i]);
	ok(!i18n_locale_name_ok(NULL), "no locale name refused");
}

static void
test_fallback(void)
{
	char good[8192], broken[8192];
	const char *roots[2] = { good, broken };
	struct content c;
	struct diags d;
	struct language *en, *fr, *es;
	const struct topic *t;
	enum content_status cs;
	size_t i;
	int named = 0;

	snprintf(good, sizeof(good), "%s/tests/fixtures/i18n/good", srcdir);
	snprintf(broken, sizeof(broken), "%s/tests/fixtures/i18n/broken",
	    srcdir);
	diags_init(&d);
	cs = content_load(&c, roots, 2, &d);
	is_int(cs, CONTENT_ERRORS, "a broken translation is an error");
	is_int((long)c.nlangs, 4, "the four other languages load");
	is_int((long)c.broken, 1, "one language is left out");
	ok(content_language(&c, "de") == NULL, "the broken one is not offered");
	for (i = 0; i < d.n; i++)
		if (d.v[i].file != NULL && strstr(d.v[i].file,
		    "broken/de/index.yaml") != NULL && d.v[i].line > 0)
			named = 1;
	ok(named, "the reason names de/index.yaml with a line");
	en = content_language(&c, "en");
	fr = content_language(&c, "fr");
	es = content_language(&c, "es");
	ok(en != NULL && content_default_language(&c) == en,
	    "en is the default language");
	ok(fr != NULL && language_topic(fr, "risks") == NULL,
	    "fr has no topic risks of its own");
	t = fr ? fr->home.items[1].sub->items[0].topic : NULL;
	ok(t != NULL && en != NULL && t == language_topic(en, "risks") &&
	    !language_owns_topic(fr, t),
	    "fr's menu item for risks opens the English page");
	ok(es != NULL && language_owns_topic(es, language_topic(es, "risks")),
	    "es has its own risks page");
	content_free(&c);
	diags_free(&d);
}

int
main(void)
{
	const char *s = getenv("SMP_SRCDIR");

	snprintf(srcdir, sizeof(srcdir), "%s", s ? s : ".");
	if (setlocale(LC_ALL, "C.UTF-8") == NULL &&
	    setlocale(LC_ALL, "C.utf8") == NULL)
		skip_all("no C.UTF-8 locale");
	ok(check_po_limits("es") > 10, "es.po has width limits to check");
	ok(check_po_limits("fr") > 10, "fr.po has width limits to check");
	test_fold();
	test_context();
	test_env_language();
	test_locale_names();
	test_fallback();
	return tap_done();
}
