/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "i18n.h"
#include "mark.h"
#include "translation.h"
#include "ytree.h"

#ifndef PATH_MAX
#define PATH_MAX	4096
#endif

/* The topic of c whose file is path (by its real path), and its language. */
static const struct topic *
find_topic(const struct content *c, const char *real,
    const struct language **lang)
{
	char buf[PATH_MAX];
	size_t i, k;

	for (i = 0; i < c->nlangs; i++)
		for (k = 0; k < c->langs[i]->ntopics; k++) {
			const struct topic *t = &c->langs[i]->topics[k];

			if (t->file != NULL && realpath(t->file, buf) != NULL &&
			    strcmp(buf, real) == 0) {
				*lang = c->langs[i];
				return t;
			}
		}
	return NULL;
}

/* The whole file, NUL-terminated, or NULL with errno set. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *fp;
	char *buf = NULL, *nb;
	size_t cap = 0, n;

	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;
	*len = 0;
	for (;;) {
		if (*len + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			if ((nb = realloc(buf, cap)) == NULL) {
				free(buf);
				fclose(fp);
				errno = ENOMEM;
				return NULL;
			}
			buf = nb;
		}
		if ((n = fread(buf + *len, 1, 4096, fp)) == 0)
			break;
		*len += n;
	}
	if (ferror(fp)) {
		free(buf);
		fclose(fp);
		errno = EIO;
		return NULL;
	}
	fclose(fp);
	buf[*len] = '\0';
	return buf;
}

/*
 * Writes text to path through a file beside it, renamed over it, less
 * its old "translates:" lines and with line ("translates: VALUE\n") at
 * the end.  Returns 0, -1 with errno set, or -2 when the file would not
 * read back with that value (it ends with "..." or inside a quoted
 * text): path is left as it was.
 */
static int
rewrite(const char *path, const char *text, size_t len, const char *line)
{
	char value[64], *back;
	char tmp[PATH_MAX];
	const char *p = text, *eol, *end = text + len;
	struct stat st;
	FILE *fp;
	int fd;

	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int)sizeof(tmp)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if ((fd = mkstemp(tmp)) < 0)
		return -1;
	if (stat(path, &st) == 0)
		(void)fchmod(fd, st.st_mode & 07777);
	if ((fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(tmp);
		return -1;
	}
	for (; p < end; p = eol) {
		eol = memchr(p, '\n', (size_t)(end - p));
		eol = eol != NULL ? eol + 1 : end;
		if (strncmp(p, "translates:", 11) == 0)
			continue;
		fwrite(p, 1, (size_t)(eol - p), fp);
		if (eol == end && eol[-1] != '\n')
			fputc('\n', fp);
	}
	fputs(line, fp);
	if (fflush(fp) != 0 || fsync(fileno(fp)) != 0 || ferror(fp)) {
		fclose(fp);
		unlink(tmp);
		return -1;
	}
	if (fclose(fp) != 0) {
		unlink(tmp);
		return -1;
	}
	/* As the kiosk would read it: the value under the top-level key. */
	snprintf(value, sizeof(value), "%s", line + strlen("translates: "));
	value[strcspn(value, "\n")] = '\0';
	back = ytree_peek(tmp, "translates");
	if (back == NULL || strcmp(back, value) != 0) {
		free(back);
		unlink(tmp);
		return -2;
	}
	free(back);
	if (rename(tmp, path) != 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* Whether the file named f is the one at real. */
static int
same_file(const char *f, const char *real)
{
	char buf[PATH_MAX];

	return f != NULL && realpath(f, buf) != NULL && strcmp(buf, real) == 0;
}

/*
 * The FAQ or the self-check of a translation, at real: which of them
 * (*kind), its status, its source's file and fingerprint now.  Returns
 * 0, or -1 when real is neither.
 */
static int
find_file(const struct content *c, const struct language *def,
    const char *real, const struct language **lang, const char **kind,
    enum tr_status *s, const char **src, uint64_t *fp)
{
	size_t i;

	for (i = 0; i < c->nlangs; i++) {
		*lang = c->langs[i];
		if (!(*lang)->faq_fallback && (*lang)->faq != NULL &&
		    same_file((*lang)->faq_file, real)) {
			*kind = "faq.yaml";
			*src = def->faq_file;
			if (*lang == def || def->faq == NULL)
				return 0;
			*s = (*lang)->faq_tr;
			*fp = tr_faq_fingerprint(def->faq);
			return 0;
		}
		if ((*lang)->selfcheck != NULL &&
		    same_file((*lang)->selfcheck_file, real)) {
			*kind = "selfcheck.yaml";
			*src = def->selfcheck_file;
			if (*lang == def || def->selfcheck == NULL)
				return 0;
			*s = (*lang)->selfcheck_tr;
			*fp = tr_selfcheck_fingerprint(def->selfcheck);
			return 0;
		}
	}
	return -1;
}

int
mark_translated(const struct content *c, const char *path, FILE *out,
    FILE *err)
{
	const struct language *def = content_default_language(c), *lang;
	const struct topic *t, *src;
	const char *from = NULL, *kind = "";
	char real[PATH_MAX], fps[TR_FP_CHARS], line[64];
	enum tr_status s = TR_SOURCE;
	uint64_t fp = 0;
	size_t len;
	char *text;
	int rc = 0;

	if (realpath(path, real) == NULL) {
		fprintf(err, "smp-kiosk: %s: %s\n", path, strerror(errno));
		return EX_NOINPUT;
	}
	if (def != NULL && (t = find_topic(c, real, &lang)) != NULL) {
		if (lang != def && (src = language_topic(def, t->id)) == NULL) {
			fprintf(err, _("smp-kiosk: %s: %s has no topic \"%s\" to "
			    "translate from\n"), path, def->code, t->id);
			return EX_DATAERR;
		}
		if (lang != def) {
			s = t->tr;
			from = src->file;
			fp = tr_fingerprint(src);
		}
	} else if (def == NULL || find_file(c, def, real, &lang, &kind, &s,
	    &from, &fp) < 0) {
		fprintf(err, _("smp-kiosk: %s: not a topic, faq.yaml or "
		    "selfcheck.yaml of the content read (a file with errors is "
		    "left out: run --check; give the folder it is in with "
		    "--content)\n"), path);
		return EX_DATAERR;
	}
	if (lang == def) {
		fprintf(err, _("smp-kiosk: %s: a page of %s, the default "
		    "language; only a translation is marked\n"), path,
		    def->code);
		return EX_USAGE;
	}
	if (from == NULL) {
		/* TRANSLATORS: %s are a file, a language code and a file
		 * name, faq.yaml or selfcheck.yaml. */
		fprintf(err, _("smp-kiosk: %s: %s has no %s to translate "
		    "from\n"), path, def->code, kind);
		return EX_DATAERR;
	}
	if (s == TR_UNTRANSLATED) {
		fprintf(err, _("smp-kiosk: %s: its text is still that of %s: "
		    "translate it first\n"), path, from);
		return EX_DATAERR;
	}
	tr_fp_format(fp, fps);
	snprintf(line, sizeof(line), "translates: %s %s\n", def->code, fps);
	if ((text = slurp(path, &len)) != NULL &&
	    (rc = rewrite(path, text, len, line)) == -2) {
		/* TRANSLATORS: %s is a file. */
		fprintf(err, _("smp-kiosk: %s: a translates line at its end "
		    "would not read back (does it end with \"...\" or inside "
		    "a quoted text?): it is left as it was\n"), path);
		free(text);
		return EX_DATAERR;
	}
	if (text == NULL || rc < 0) {
		fprintf(err, "smp-kiosk: %s: %s\n", path, strerror(errno));
		free(text);
		return EX_CANTCREAT;
	}
	free(text);
	/* TRANSLATORS: %s are a file, another file and a fingerprint. */
	fprintf(out, _("%s: marked as a translation of %s as it is now "
	    "(%s)\n"), path, from, fps);
	return EX_OK;
}
