/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Interface strings go through gettext; content text never does.
 *
 * i18n.c sets up the locale once at start: text is handled in UTF-8
 * inside (widths, gettext's output) whatever the terminal uses, and
 * the interface language can change at run time.  When the terminal's
 * locale is not UTF-8, what is drawn is folded to ASCII first.  No
 * curses here.
 */
#ifndef SMP_I18N_H
#define SMP_I18N_H

#include <stddef.h>

#if ENABLE_NLS
#include <libintl.h>
#define _(s)	gettext(s)
#else
#define _(s)	(s)
#define ngettext(s, p, n)	((n) == 1 ? (s) : (p))
#define textdomain(d)	((void)(d))
#define bindtextdomain(d, dir)	((void)(d), (void)(dir))
#define bind_textdomain_codeset(d, c)	((void)(d), (void)(c))
#endif
#define N_(s)	(s)

/*
 * Messages with a context, as in GNU gettext's gettext.h: the same
 * English word in two places ("Home" the key, "Home" the menu) is two
 * messages that translate apart.  A catalog stores the context and the
 * msgid joined by GETTEXT_CONTEXT_GLUE.  pgettext() takes literals;
 * NC_() marks one in a table (xgettext --keyword=NC_:1c,2) as that
 * joined string, and pgettext_aux() looks it up.
 */
#define GETTEXT_CONTEXT_GLUE	"\004"
#define pgettext(ctx, s)	pgettext_aux(ctx GETTEXT_CONTEXT_GLUE s, s)
#define NC_(ctx, s)		ctx GETTEXT_CONTEXT_GLUE s

/* The translation of msg_ctxt_id, else msgid (the part after the glue). */
static inline const char *
pgettext_aux(const char *msg_ctxt_id, const char *msgid)
{
	const char *translation = _(msg_ctxt_id);

	return translation == msg_ctxt_id ? msgid : translation;
}

/*
 * Sets the locale from the environment, makes sure LC_CTYPE and
 * LC_MESSAGES are UTF-8 locales (C.UTF-8 when the user's is C, is not
 * UTF-8 or is not installed here), drops from LANGUAGE what is not a
 * locale name, and binds the message catalogs: from localedir, or from
 * $SMP_KIOSK_LOCALEDIR for the program in its build tree (tests and
 * "make run"; an installed program ignores it).
 */
void	i18n_init(const char *localedir);

/*
 * Whether name is a well-formed locale name: "ll" or "lll", then
 * "_CC" or "_NNN", ".codeset" and "@modifier" if any; no slashes, no
 * dots of a path.  Only such names are used to find catalogs.
 */
int	i18n_locale_name_ok(const char *name);

/* 1 when the terminal's own locale is UTF-8; else output is ASCII. */
int	i18n_term_utf8(void);

/*
 * Interface strings in the language of a content folder ("es",
 * "pt_BR") from now on; without a catalog for it they stay English.
 */
void	i18n_set_language(const char *code);
/*
 * 1 when the interface has a message catalog for the language of a
 * content folder ("pt_BR" may use "pt"'s) where the kiosk looks.
 */
int	i18n_has_catalog(const char *code);
/* Where the catalogs are looked for ("" without NLS). */
const char *i18n_catalog_dir(void);

/*
 * The language the environment asks for, as GNU gettext reads it:
 * LANGUAGE (a list such as "fr:es"; entry n of it), then the first of
 * LC_ALL, LC_MESSAGES and LANG that is set, unless it is a C or POSIX
 * locale.  Names that are not well-formed (i18n_locale_name_ok) are
 * passed over.
 * Returns NULL after the last.
 */
const char *i18n_env_language(size_t n);

/*
 * Folds UTF-8 text to ASCII for a terminal that is not UTF-8 (iconv's
 * //TRANSLIT: "é" becomes "e", "œ" "oe", "«" "<<"; what has no ASCII
 * form becomes "?").  Writes at most outsz - 1 bytes and a NUL;
 * returns the length written.
 */
size_t	i18n_fold(const char *s, size_t len, char *out, size_t outsz);

/*
 * The value of the environment variable name, but only while the
 * program runs from the build tree it was built in (tests, "make
 * run"); NULL in an installed program, whatever the environment says.
 */
const char *build_tree_getenv(const char *name);

#endif
