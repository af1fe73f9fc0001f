/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading content: finding the files under the content roots (later
 * roots override earlier ones file by file), decoding each YAML tree
 * into the model of content.h, and checking references between files.
 * Every problem is reported with its position, and nothing
 * half-checked reaches a screen: a topic file with an error is left
 * out (and the links to it dropped, each with a warning), while an
 * error in any other file of a language leaves the language out.
 */
#include <config.h>

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clinic.h"
#include "content.h"
#include "decode.h"
#include "content-limits.h"
#include "script.h"
#include "translation.h"
#include "selfcheck-load.h"
#include "ytree.h"

/* One topic file found under a root. */
struct topic_file {
	char	*id;
	const char *tdir;	/* its folder, owned by lang_files: the
				 * path is made when the file is read */
	size_t	 order;		/* later roots win */
	int	 outside;	/* leads out of its root: reported, unread */
};

/* The files that make up one language once overlays are applied. */
struct lang_files {
	char	 code[16];
	char	*dir;		/* first folder seen, for messages */
	char	*index;
	char	*faq;
	char	*clinic;
	char	*checks;
	char	*selfcheck;
	size_t	 errors;	/* problems that leave the language out */
	struct topic_file *topics;
	size_t	 ntopics, cap;
	char	**tdirs;	/* the topics folders, one a root */
	size_t	 ntdirs;
};

struct file_set {
	struct lang_files *langs;
	size_t	 n, cap;
	size_t	 order;
	int	 welcome;	/* content_load_welcome(): no topics */
	const char *only;	/* content_hold(): this language alone */
};

/* ---- small helpers ---- */

static char *
path_join(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *p;

	if ((p = malloc(la + lb + 2)) == NULL)
		return NULL;
	memcpy(p, a, la);
	p[la] = '/';
	memcpy(p + la + 1, b, lb + 1);
	return p;
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/*
 * Whether path, a file under a content root whose resolved path is
 * rroot, resolves to a place inside that root.  A symbolic link that
 * leads out of it (to /etc/shadow, say) is never read: its target's
 * lines would be echoed in the diagnostics.
 */
static int
inside_root(const char *path, const char *rroot)
{
	char *real = realpath(path, NULL);
	size_t n = strlen(rroot);
	int in;

	if (real == NULL)
		return 0;
	in = strncmp(real, rroot, n) == 0 &&
	    (real[n] == '/' || (n == 1 && rroot[0] == '/'));
	free(real);
	return in;
}

/* Reports a link out of its root, naming the link, not its target. */
static void
outside_error(struct diags *d, const char *path)
{
	diag_add(d, DIAG_ERROR, path, 0, 0, "a symbolic link that leads out "
	    "of the content folder; it is not read");
}

/* Language folders: "en", "fil", "pt_BR". */
static int
valid_lang_code(const char *s)
{
	size_t i = 0;

	while (s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i < 2 || i > 3)
		return 0;
	if (s[i] == '\0')
		return 1;
	return s[i] == '_' && isupper((unsigned char)s[i + 1]) &&
	    isupper((unsigned char)s[i + 2]) && s[i + 3] == '\0';
}

/* ---- topics ---- */

static void
dec_section(struct dec *x, const struct ynode *n, struct section *s)
{
	static const struct field spec[] = {
		{ "heading", 1 }, { "body", 1 }, { "when", 0 },
	};
	const struct ynode *f[3];

	if (dec_fields(x, n, "a section", spec, 3, f) < 0)
		return;
	s->heading = dec_text(x, f[0], "heading", 1);
	s->body = dec_text(x, f[1], "body", 0);
	if (f[2] != NULL) {
		if (f[2]->kind == YN_SCALAR && strcmp(f[2]->str, "clinic") == 0)
			s->when = WHEN_CLINIC;
		else if (f[2]->kind == YN_SCALAR &&
		    strcmp(f[2]->str, "no-clinic") == 0)
			s->when = WHEN_NO_CLINIC;
		else
			dec_error(x, f[2], "when must be clinic or no-clinic");
	}
	placeholder_check(x, f[0], s->heading, s->when == WHEN_CLINIC);
	placeholder_check(x, f[1], s->body, s->when == WHEN_CLINIC);
}

static void
dec_topic(struct dec *x, const struct ynode *root, struct topic *t)
{
	static const struct field spec[] = {
		{ "id", 1 }, { "title", 1 }, { "summary", 1 },
		{ "sections", 1 }, { "related", 0 }, { "sources", 1 },
		{ "reviewed", 1 }, { "next_review", 1 }, { "reviewer", 1 },
		{ "evidence", 0 }, { "ask", 0 }, { "translates", 0 },
	};
	const struct ynode *f[12], *l, *c;
	const char *id;
	size_t i;

	if (dec_fields(x, root, "a topic", spec, 12, f) < 0)
		return;
	if ((id = dec_id(x, f[0], "id")) != NULL && strcmp(id, t->id) != 0)
		dec_error(x, f[0], "id \"%s\" does not match the file name "
		    "(%s.yaml)", id, t->id);
	t->title = dec_text(x, f[1], "title", 1);
	t->summary = dec_text(x, f[2], "summary", 1);
	placeholder_check(x, f[1], t->title, 0);
	placeholder_check(x, f[2], t->summary, 0);
	if ((l = dec_list(x, f[3], "sections", 1)) != NULL &&
	    (t->sections = dec_alloc(x, l->n, sizeof(*t->sections))) != NULL) {
		t->nsections = l->n;
		for (c = l->child, i = 0; c != NULL; c = c->next, i++)
			dec_section(x, c, &t->sections[i]);
	}
	if ((l = dec_list(x, f[4], "related", 0)) != NULL &&
	    (t->related = dec_alloc(x, l->n, sizeof(*t->related))) != NULL) {
		t->nrelated = l->n;
		for (c = l->child, i = 0; c != NULL; c = c->next, i++)
			add_ref(x, c, dec_id(x, c, "a related topic"),
			    &t->related[i]);
	}
	dec_review(x, root, f[5], f[6], f[7], f[8], 1, &t->rev);
	t->evidence = dec_text(x, f[9], "evidence", 0);
	placeholder_check(x, f[9], t->evidence, 0);
	if ((l = dec_list(x, f[10], "ask", 1)) != NULL &&
	    (t->ask = dec_alloc(x, l->n, sizeof(*t->ask))) != NULL) {
		t->nask = l->n;
		for (c = l->child, i = 0; c != NULL; c = c->next, i++) {
			t->ask[i] = dec_text(x, c, "a question to ask", 1);
			placeholder_check(x, c, t->ask[i], 0);
		}
	}
	t->translates = dec_translates(x, f[11]);
}

/* ---- index and menus ---- */

static void dec_menu(struct dec *, const struct ynode *, struct menu *,
    const char *);

static void
dec_menu_item(struct dec *x, const struct ynode *n, struct menu_item *it)
{
	static const struct field spec[] = {
		{ "topic", 0 }, { "title", 0 }, { "summary", 0 }, { "menu", 0 },
		{ "show", 0 },
	};
	const struct ynode *f[5];
	int kinds;

	if (dec_fields(x, n, "a menu item", spec, 5, f) < 0)
		return;
	it->line = n->line;
	it->col = n->col;
	kinds = (f[0] != NULL) + (f[3] != NULL) + (f[4] != NULL);
	if (kinds != 1) {
		dec_error(x, n, "a menu item needs exactly one of \"topic\", "
		    "\"menu\" or \"show\"");
		return;
	}
	it->title = dec_text(x, f[1], "title", 1);
	it->summary = dec_text(x, f[2], "summary", 1);
	placeholder_check(x, f[1], it->title, 0);
	placeholder_check(x, f[2], it->summary, 0);
	if (f[0] == NULL && f[1] == NULL)
		dec_error(x, n, "a menu item without \"topic\" needs a "
		    "\"title\"");
	if (f[0] != NULL) {
		it->kind = MENU_TOPIC;
		add_ref(x, f[0], dec_id(x, f[0], "topic"), &it->topic);
	} else if (f[3] != NULL) {
		it->kind = MENU_SUBMENU;
		if ((it->sub = dec_alloc(x, 1, sizeof(*it->sub))) != NULL)
			dec_menu(x, f[3], it->sub, it->title);
	} else {
		it->kind = MENU_SHOW;
		if (f[4]->kind == YN_SCALAR && strcmp(f[4]->str, "faq") == 0)
			it->show = SHOW_FAQ;
		else if (f[4]->kind == YN_SCALAR &&
		    strcmp(f[4]->str, "disclaimer") == 0)
			it->show = SHOW_DISCLAIMER;
		else if (f[4]->kind == YN_SCALAR &&
		    strcmp(f[4]->str, "help") == 0)
			it->show = SHOW_HELP;
		else if (f[4]->kind == YN_SCALAR &&
		    strcmp(f[4]->str, "clinic") == 0)
			it->show = SHOW_CLINIC;
		else if (f[4]->kind == YN_SCALAR &&
		    strcmp(f[4]->str, "selfcheck") == 0)
			it->show = SHOW_SELFCHECK;
		else {
			dec_error(x, f[4], "show must be faq, disclaimer, help, "
			    "clinic or selfcheck");
			it->show = SHOW_HELP;	/* not taken for an FAQ */
		}
	}
}

static void
dec_menu(struct dec *x, const struct ynode *n, struct menu *m,
    const char *title)
{
	const struct ynode *l, *c;
	size_t i;

	m->title = title;
	if ((l = dec_list(x, n, "menu", 1)) == NULL ||
	    (m->items = dec_alloc(x, l->n, sizeof(*m->items))) == NULL)
		return;
	m->n = l->n;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++)
		dec_menu_item(x, c, &m->items[i]);
}

/* Finds the first "show: faq" item, to check that an FAQ exists. */
static const struct menu_item *
find_show(const struct menu *m, enum show_kind k)
{
	const struct menu_item *hit;
	size_t i;

	for (i = 0; i < m->n; i++) {
		if (m->items[i].kind == MENU_SHOW && m->items[i].show == k)
			return &m->items[i];
		if (m->items[i].kind == MENU_SUBMENU && m->items[i].sub &&
		    (hit = find_show(m->items[i].sub, k)) != NULL)
			return hit;
	}
	return NULL;
}

static void
dec_index(struct dec *x, const struct ynode *root, struct language *lang)
{
	static const struct field spec[] = {
		{ "name", 1 }, { "title", 1 }, { "welcome", 1 },
		{ "disclaimer", 1 }, { "menu", 1 },
	};
	const struct ynode *f[5];

	if (dec_fields(x, root, "the index", spec, 5, f) < 0)
		return;
	lang->name = dec_text(x, f[0], "name", 1);
	lang->title = dec_text(x, f[1], "title", 1);
	lang->welcome = dec_text(x, f[2], "welcome", 0);
	lang->disclaimer = dec_text(x, f[3], "disclaimer", 0);
	placeholder_check(x, f[1], lang->title, 0);
	placeholder_check(x, f[2], lang->welcome, 0);
	placeholder_check(x, f[3], lang->disclaimer, 0);
	dec_menu(x, f[4], &lang->home, NULL);
}

/* ---- FAQ ---- */

static void
dec_faq_entry(struct dec *x, const struct ynode *n, struct faq_entry *e)
{
	static const struct field spec[] = {
		{ "question", 1 }, { "answer", 1 }, { "topic", 0 },
	};
	const struct ynode *f[3];

	if (dec_fields(x, n, "an FAQ entry", spec, 3, f) < 0)
		return;
	e->question = dec_text(x, f[0], "question", 1);
	e->answer = dec_text(x, f[1], "answer", 0);
	placeholder_check(x, f[0], e->question, 0);
	placeholder_check(x, f[1], e->answer, 0);
	if (f[2] != NULL)
		add_ref(x, f[2], dec_id(x, f[2], "topic"), &e->topic);
}

static void
dec_faq(struct dec *x, const struct ynode *root, struct faq *q)
{
	static const struct field spec[] = {
		{ "title", 1 }, { "entries", 1 }, { "sources", 0 },
		{ "reviewed", 0 }, { "next_review", 0 }, { "reviewer", 0 },
		{ "translates", 0 },
	};
	const struct ynode *f[7], *l, *c;
	size_t i;

	if (dec_fields(x, root, "the FAQ", spec, 7, f) < 0)
		return;
	q->title = dec_text(x, f[0], "title", 1);
	q->translates = dec_translates(x, f[6]);
	dec_review(x, root, f[2], f[3], f[4], f[5], 0, &q->rev);
	if ((l = dec_list(x, f[1], "entries", 1)) == NULL ||
	    (q->entries = dec_alloc(x, l->n, sizeof(*q->entries))) == NULL)
		return;
	q->n = l->n;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++)
		dec_faq_entry(x, c, &q->entries[i]);
}

/* ---- finding the files ---- */

static struct lang_files *
files_lang(struct file_set *fs, const char *code)
{
	struct lang_files *v;
	size_t i;

	for (i = 0; i < fs->n; i++)
		if (strcmp(fs->langs[i].code, code) == 0)
			return &fs->langs[i];
	if (fs->n >= LIMIT_LANGS)
		return NULL;
	if (fs->n == fs->cap) {
		size_t cap = fs->cap ? fs->cap * 2 : 8;
		if ((v = realloc(fs->langs, cap * sizeof(*v))) == NULL)
			return NULL;
		fs->langs = v;
		fs->cap = cap;
	}
	if (strlen(code) >= sizeof(v->code))
		return NULL;
	v = &fs->langs[fs->n++];
	memset(v, 0, sizeof(*v));
	memcpy(v->code, code, strlen(code) + 1);
	return v;
}

/*
 * Replaces *slot with path if path is a regular file inside the root
 * whose resolved path is rroot.  One that leads out of it is reported
 * and counted in *errors (which leaves the language out), or for a
 * file the language can do without (errors NULL) just not taken.
 */
static int
files_take(char **slot, const char *dir, const char *name,
    const char *rroot, struct diags *d, size_t *errors)
{
	char *p;

	if ((p = path_join(dir, name)) == NULL)
		return -1;
	if (!is_file(p)) {
		free(p);
		return 0;
	}
	if (!inside_root(p, rroot)) {
		outside_error(d, p);
		if (errors != NULL)
			(*errors)++;
		free(p);
		return 0;
	}
	free(*slot);
	*slot = p;
	return 0;
}

static int
files_add_topic(struct lang_files *lf, const char *id, size_t idlen,
    const char *tdir, size_t order)
{
	struct topic_file *v;

	if (lf->ntopics == lf->cap) {
		size_t cap = lf->cap ? lf->cap * 2 : 32;
		if ((v = realloc(lf->topics, cap * sizeof(*v))) == NULL)
			return -1;
		lf->topics = v;
		lf->cap = cap;
	}
	v = &lf->topics[lf->ntopics];
	if ((v->id = strndup(id, idlen)) == NULL)
		return -1;
	v->tdir = tdir;
	v->order = order;
	v->outside = 0;
	lf->ntopics++;
	return 0;
}

/*
 * An entry of a folder whose resolved path is inside the root is
 * inside it too, unless the entry is itself a symbolic link: a regular
 * file named so by readdir() needs neither stat() nor realpath(), which
 * calls readlink() on every part of the path (six calls a topic, the
 * most of the system time of a large load).  Returns 1 when the entry
 * is a regular file inside the root, 0 when it is no regular file, and
 * -1 when it is one that leads out of the root.
 */
static int
topic_entry(const struct dirent *e, const char *p, int dir_inside,
    const char *rroot)
{
#ifdef _DIRENT_HAVE_D_TYPE
	if (e->d_type == DT_REG)
		return dir_inside ? 1 : -1;
	if (e->d_type != DT_LNK && e->d_type != DT_UNKNOWN)
		return 0;
#else
	(void)e;
	(void)dir_inside;
#endif
	if (!is_file(p))
		return 0;
	return inside_root(p, rroot) ? 1 : -1;
}

static int
scan_topics(struct file_set *fs, struct lang_files *lf, const char *dir,
    const char *rroot, struct diags *d)
{
	struct dirent *e;
	char *tdir, *p, **v;
	size_t len, seen = 0;
	DIR *dp;
	int rc = 0, dir_inside, kind;

	if ((tdir = path_join(dir, "topics")) == NULL)
		return -1;
	if ((dp = opendir(tdir)) == NULL) {
		free(tdir);
		return 0;		/* a language may have no topics yet */
	}
	if ((v = realloc(lf->tdirs, (lf->ntdirs + 1) * sizeof(*v))) == NULL) {
		closedir(dp);
		free(tdir);
		return -1;
	}
	lf->tdirs = v;
	lf->tdirs[lf->ntdirs++] = tdir;
	dir_inside = inside_root(tdir, rroot);
	while (rc == 0 && (e = readdir(dp)) != NULL) {
		len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len <= 5 ||
		    strcmp(e->d_name + len - 5, ".yaml") != 0)
			continue;
		if ((p = path_join(tdir, e->d_name)) == NULL) {
			rc = -1;
			break;
		}
		if ((kind = topic_entry(e, p, dir_inside, rroot)) == 0) {
			free(p);
			continue;
		}
		/* A misnamed file is left out like a broken topic. */
		if (!valid_id(e->d_name, len - 5)) {
			diag_add(d, DIAG_ERROR, p, 0, 0, "a topic file must be "
			    "named ID.yaml, where ID is 1 to %d of a-z, 0-9 "
			    "and -", LIMIT_ID_CHARS);
			free(p);
			continue;
		}
		/* Stop reading a folder of hostile size at once. */
		if (++seen > LIMIT_TOPICS) {
			diag_add(d, DIAG_ERROR, tdir, 0, 0, "more than %d "
			    "topics", LIMIT_TOPICS);
			lf->errors++;
			free(p);
			break;
		}
		if (files_add_topic(lf, e->d_name, len - 5, tdir,
		    fs->order++) < 0)
			rc = -1;
		else if (kind < 0) {
			/* Left out like a topic with errors. */
			outside_error(d, p);
			lf->topics[lf->ntopics - 1].outside = 1;
		}
		free(p);
	}
	closedir(dp);
	return rc;
}

/* Adds the language folders of one root; returns -1 if out of memory. */
static int
scan_root(struct file_set *fs, const char *root, struct diags *d,
    int *missing)
{
	struct lang_files *lf;
	struct dirent *e;
	char *dir, *rroot;
	DIR *dp;
	int rc = 0;

	if ((dp = opendir(root)) == NULL) {
		diag_add(d, DIAG_ERROR, root, 0, 0,
		    "cannot open the content folder");
		*missing = 1;
		return 0;
	}
	/* Where the root really is, for inside_root(). */
	if ((rroot = realpath(root, NULL)) == NULL) {
		closedir(dp);
		if (errno == ENOMEM)
			return -1;
		diag_add(d, DIAG_ERROR, root, 0, 0,
		    "cannot open the content folder");
		*missing = 1;
		return 0;
	}
	while (rc == 0 && (e = readdir(dp)) != NULL) {
		if (!valid_lang_code(e->d_name) ||
		    (fs->only != NULL && strcmp(e->d_name, fs->only) != 0))
			continue;
		if ((dir = path_join(root, e->d_name)) == NULL) {
			rc = -1;
			break;
		}
		if (!is_dir(dir)) {
			free(dir);
			continue;
		}
		if ((lf = files_lang(fs, e->d_name)) == NULL) {
			diag_add(d, DIAG_ERROR, dir, 0, 0,
			    "more than %d languages", LIMIT_LANGS);
			free(dir);
			break;
		}
		if (files_take(&lf->index, dir, "index.yaml", rroot, d,
		    &lf->errors) < 0 ||
		    files_take(&lf->faq, dir, "faq.yaml", rroot, d,
		    &lf->errors) < 0 ||
		    files_take(&lf->clinic, dir, "clinic.yaml", rroot, d,
		    NULL) < 0 ||
		    files_take(&lf->checks, dir, "checks.yaml", rroot, d,
		    &lf->errors) < 0 ||
		    files_take(&lf->selfcheck, dir, "selfcheck.yaml", rroot, d,
		    &lf->errors) < 0 ||
		    (!fs->welcome && scan_topics(fs, lf, dir, rroot, d) < 0))
			rc = -1;
		if (lf->dir == NULL)
			lf->dir = dir;
		else
			free(dir);
	}
	closedir(dp);
	free(rroot);
	return rc;
}

static int
cmp_topic_file(const void *a, const void *b)
{
	const struct topic_file *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	if (c != 0)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Sorts a language's topics by id and keeps the last root's file of each. */
static void
files_overlay(struct lang_files *lf)
{
	size_t i, out = 0;

	if (lf->ntopics == 0)
		return;
	qsort(lf->topics, lf->ntopics, sizeof(*lf->topics), cmp_topic_file);
	for (i = 0; i < lf->ntopics; i++) {
		if (i + 1 < lf->ntopics &&
		    strcmp(lf->topics[i].id, lf->topics[i + 1].id) == 0) {
			free(lf->topics[i].id);
			continue;
		}
		lf->topics[out++] = lf->topics[i];
	}
	lf->ntopics = out;
}

/* The roots together may not give a language more than LIMIT_TOPICS. */
static void
files_limit(struct lang_files *lf, struct diags *d)
{
	if (lf->ntopics > LIMIT_TOPICS && lf->errors == 0) {
		diag_add(d, DIAG_ERROR, lf->dir, 0, 0, "more than %d topics",
		    LIMIT_TOPICS);
		lf->errors++;
	}
}

static void
files_free(struct file_set *fs)
{
	size_t i, j;

	for (i = 0; i < fs->n; i++) {
		for (j = 0; j < fs->langs[i].ntopics; j++)
			free(fs->langs[i].topics[j].id);
		free(fs->langs[i].topics);
		for (j = 0; j < fs->langs[i].ntdirs; j++)
			free(fs->langs[i].tdirs[j]);
		free(fs->langs[i].tdirs);
		free(fs->langs[i].dir);
		free(fs->langs[i].index);
		free(fs->langs[i].faq);
		free(fs->langs[i].clinic);
		free(fs->langs[i].checks);
		free(fs->langs[i].selfcheck);
	}
	free(fs->langs);
}

/* ---- one language ---- */

/*
 * FOLDER/ID.yaml of a topic file, in the arena.  The list of files
 * keeps only the folder and the id: 10,000 paths held while the
 * topics are read cost some 0.6 MiB of the load's peak.
 */
static char *
topic_path(struct arena *a, const struct topic_file *tf)
{
	size_t ld = strlen(tf->tdir), li = strlen(tf->id);
	char *p;

	if ((p = arena_alloc(a, ld + li + 7)) == NULL)
		return NULL;
	memcpy(p, tf->tdir, ld);
	p[ld] = '/';
	memcpy(p + ld + 1, tf->id, li);
	memcpy(p + ld + 1 + li, ".yaml", 6);
	return p;
}

static void
decode_topic_cb(struct dec *x, const struct ynode *root, void *obj)
{
	dec_topic(x, root, obj);
}

static void
decode_index_cb(struct dec *x, const struct ynode *root, void *obj)
{
	dec_index(x, root, obj);
}

static void
decode_clinic_cb(struct dec *x, const struct ynode *root, void *obj)
{
	clinic_decode(x, root, obj);
}

/* A list of one-line texts, such as checks.yaml's; NULL when n is. */
static const char **
dec_texts(struct dec *x, const struct ynode *n, const char *what,
    const char *item, size_t *count)
{
	const struct ynode *l, *c;
	const char **v;
	size_t i;

	if ((l = dec_list(x, n, what, 0)) == NULL ||
	    (v = dec_alloc(x, l->n, sizeof(*v))) == NULL)
		return NULL;
	*count = l->n;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++)
		v[i] = dec_text(x, c, item, 1);
	return v;
}

/* checks.yaml: what the checker refuses in this language. */
static void
decode_checks_cb(struct dec *x, const struct ynode *root, void *obj)
{
	static const struct field spec[] = {
		{ "forbidden", 1 }, { "bad_domains", 0 },
	};
	struct language *lang = obj;
	const struct ynode *f[2];

	if (dec_fields(x, root, "the checks file", spec, 2, f) < 0)
		return;
	lang->forbidden = dec_texts(x, f[0], "forbidden", "a forbidden phrase",
	    &lang->nforbidden);
	lang->bad_domains = dec_texts(x, f[1], "bad_domains", "a domain",
	    &lang->nbad_domains);
}

static void
decode_faq_cb(struct dec *x, const struct ynode *root, void *obj)
{
	dec_faq(x, root, obj);
}

static int
cmp_topic_id(const void *key, const void *elem)
{
	return strcmp(key, ((const struct topic *)elem)->id);
}

struct topic *
language_topic(const struct language *lang, const char *id)
{
	if (lang->ntopics == 0)
		return NULL;
	return bsearch(id, lang->topics, lang->ntopics, sizeof(struct topic),
	    cmp_topic_id);
}

/*
 * Topic files with errors, while a language loads: which topics are
 * broken, and where each topic's references are in the list of refs
 * (those of topic 0 start at ref_start, those of topic i end before
 * ref_end[i]; the references of the other files of the language come
 * before the first topic's or after the last topic's).
 */
struct skip {
	unsigned char *bad;
	size_t	 ref_start;
	size_t	*ref_end;
	size_t	 nbad;
};

/*
 * Whose reference refs->v[at] is, a topic or n, given in *k the last
 * topic that owned one (references are looked at in order).
 */
static size_t
ref_owner(const struct skip *sk, size_t n, size_t at, size_t *k)
{
	if (at < sk->ref_start)
		return n;
	while (*k < n && sk->ref_end[*k] <= at)
		(*k)++;
	return *k;
}

/*
 * A reference to an id without a file is an error in the file that
 * holds it, so a topic holding one is broken too.  Returns the number
 * of such errors outside the topic files.
 */
static size_t
check_refs(const struct language *lang, const struct language *fallback,
    const struct refs *refs, struct skip *sk, struct diags *d)
{
	const struct ref *r;
	size_t i, k = 0, owner, others = 0;

	for (i = 0; i < refs->n; i++) {
		r = &refs->v[i];
		owner = ref_owner(sk, lang->ntopics, i, &k);
		if (language_topic(lang, r->id) != NULL || (fallback != NULL &&
		    language_topic(fallback, r->id) != NULL))
			continue;
		diag_add(d, DIAG_ERROR, r->file, r->line, r->col, "no topic "
		    "\"%s\" in %s (expected a file topics/%s.yaml)", r->id,
		    lang->code, r->id);
		if (owner < lang->ntopics)
			sk->bad[owner] = 1;
		else
			others++;
	}
	return others;
}

/*
 * Leaves the broken topics out of lang and resolves the references of
 * the others: a link to a topic left out is dropped, with a warning
 * where it is written.  Every id has a file by now (check_refs).
 * Returns -1 when out of memory.
 */
static int
skip_topics(struct language *lang, const struct language *fallback,
    struct refs *refs, struct skip *sk, struct diags *d)
{
	size_t i, k = 0, owner, out = 0, n = lang->ntopics, *to;
	struct topic *t;
	struct ref *r;

	if ((to = calloc(n ? n : 1, sizeof(*to))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if (sk->bad[i]) {
			diag_add(d, DIAG_WARNING, lang->topics[i].file, 0, 0,
			    "this topic is left out of %s because of its "
			    "errors", lang->code);
			sk->nbad++;
		} else
			to[i] = out++;	/* its place once the others go */
	}
	for (i = 0; i < refs->n; i++) {
		r = &refs->v[i];
		if ((owner = ref_owner(sk, n, i, &k)) < n && sk->bad[owner])
			continue;	/* a link from a topic left out */
		t = language_topic(lang, r->id);
		if (t != NULL && !sk->bad[t - lang->topics]) {
			*r->slot = &lang->topics[to[t - lang->topics]];
			continue;
		}
		/* Not translated: the default language's page, which the
		 * screens show with a note. */
		if (t == NULL && fallback != NULL &&
		    (*r->slot = language_topic(fallback, r->id)) != NULL)
			continue;
		*r->slot = NULL;
		diag_add(d, DIAG_WARNING, r->file, r->line, r->col, "this link "
		    "is dropped: topic \"%s\" is left out because of its "
		    "errors", r->id);
	}
	for (i = 0; i < n; i++)
		if (!sk->bad[i])
			lang->topics[to[i]] = lang->topics[i];
	lang->ntopics = out;
	free(to);
	return 0;
}

/* Related links that were dropped leave no gap. */
static void
related_prune(struct language *lang)
{
	struct topic *t;
	size_t i, j, out;

	for (i = 0; i < lang->ntopics; i++) {
		t = &lang->topics[i];
		for (j = 0, out = 0; j < t->nrelated; j++)
			if (t->related[j] != NULL)
				t->related[out++] = t->related[j];
		t->nrelated = out;
	}
}

/*
 * Leaves out the menu items whose topic was left out, and the submenus
 * left without an item.  Returns the number of items kept.
 */
static size_t
menu_drop_empty(struct menu *m, const char *file, struct diags *d)
{
	size_t i, out = 0;
	struct menu_item *it;

	for (i = 0; i < m->n; i++) {
		it = &m->items[i];
		if (it->kind == MENU_TOPIC && it->topic == NULL)
			continue;	/* the link was dropped with a warning */
		if (it->kind == MENU_SUBMENU && it->sub != NULL &&
		    menu_drop_empty(it->sub, file, d) == 0) {
			diag_add(d, DIAG_WARNING, file, it->line, it->col,
			    "this menu is left out: every topic in it is "
			    "left out because of its errors");
			continue;
		}
		m->items[out++] = *it;
	}
	m->n = out;
	return out;
}

/* Menu items that open a topic take its title and summary by default. */
static void
menu_defaults(struct menu *m)
{
	struct menu_item *it;
	size_t i;

	for (i = 0; i < m->n; i++) {
		it = &m->items[i];
		if (it->kind == MENU_TOPIC && it->topic != NULL) {
			if (it->title == NULL)
				it->title = it->topic->title;
			if (it->summary == NULL)
				it->summary = it->topic->summary;
		}
		if (it->kind == MENU_SUBMENU && it->sub != NULL)
			menu_defaults(it->sub);
	}
}

/* Leaves out the items that show a screen this language cannot. */
static void
menu_prune(struct menu *m, enum show_kind k)
{
	size_t i, out = 0;

	for (i = 0; i < m->n; i++) {
		if (m->items[i].kind == MENU_SHOW && m->items[i].show == k)
			continue;
		if (m->items[i].kind == MENU_SUBMENU && m->items[i].sub)
			menu_prune(m->items[i].sub, k);
		m->items[out++] = m->items[i];
	}
	m->n = out;
}

static void
language_free(struct language *lang)
{
	if (lang == NULL)
		return;
	arena_free(&lang->arena);
	free(lang);
}

/*
 * A language read and checked that no visitor reads: all of it but its
 * code, its name and what was checked is let go, and content_hold()
 * reads it again.  The name is copied out first, so that the little
 * left takes its memory from what was let go, not from above it.
 * Without the memory for that copy it stays whole; without the memory
 * for its name afterwards its code stands for it.
 */
static void
language_reduce(struct language *lang)
{
	struct language keep;
	char *name = NULL;

	if (lang->name != NULL && (name = strdup(lang->name)) == NULL)
		return;
	memset(&keep, 0, sizeof(keep));
	memcpy(keep.code, lang->code, sizeof(keep.code));
	keep.checked = lang->checked;
	arena_free(&lang->arena);
	arena_init(&keep.arena);
	if (name != NULL)
		keep.name = arena_strdup(&keep.arena, name);
	free(name);
	*lang = keep;
	if (lang->name == NULL)		/* as its language chooser shows it */
		lang->name = lang->code;
}

/* A new, empty language with its code and arena; NULL (*nomem set) if
 * memory ran out. */
static struct language *
language_new(const char *code, int *nomem)
{
	struct language *lang;

	if ((lang = calloc(1, sizeof(*lang))) == NULL) {
		*nomem = 1;
		return NULL;
	}
	arena_init(&lang->arena);
	snprintf(lang->code, sizeof(lang->code), "%s", code);
	return lang;
}

/*
 * Decodes file, a clinic.yaml, into lang: the language's own, or for
 * the welcome screen the default language's (see load_welcome).  A
 * clinic file with errors leaves out the clinic's details, never the
 * language: the kiosk goes on as one without a clinic (a year of 99999
 * in the prices once took English out and started the kiosk in
 * Spanish).  Returns the number of errors, which are the clinic's.
 */
static size_t
load_clinic(struct dec *x, struct language *lang, const char *file)
{
	size_t before = x->d->errors;

	if ((lang->clinic = dec_alloc(x, 1, sizeof(*lang->clinic))) == NULL ||
	    (lang->clinic_file = arena_strdup(x->a, file)) == NULL) {
		x->nomem = 1;
		return 0;
	}
	dec_file(x, file, decode_clinic_cb, lang->clinic);
	if (x->nomem || x->d->errors == before)
		return 0;
	lang->clinic = NULL;
	lang->clinic_file = NULL;
	diag_add(x->d, DIAG_WARNING, file, 0, 0, "the clinic's details are "
	    "left out of %s because of their errors", lang->code);
	return x->d->errors - before;
}

/*
 * Loads one language.  Returns it, or NULL when it had errors outside
 * its topic files (all reported in d) or memory ran out (*nomem set).
 * A topic file with errors is left out (*skipped counts it) and the
 * links to it dropped, each with a warning; a menu left empty that way
 * is dropped too, and a language whose home menu is left empty is
 * left out.
 */
static struct language *
load_language(const struct lang_files *lf, const struct language *fallback,
    struct diags *d, int *nomem, size_t *skipped)
{
	struct language *lang;
	const struct menu_item *faq_item, *sc_item;
	struct refs refs = { NULL, 0, 0 };
	struct skip sk = { NULL, 0, NULL, 0 };
	struct dec x;
	size_t errors, clinic_errors = 0, sc_errors, i;

	if (lf->errors > 0)	/* reported while the files were found */
		return NULL;
	if ((lang = language_new(lf->code, nomem)) == NULL)
		return NULL;
	memset(&x, 0, sizeof(x));
	x.d = d;
	x.a = &lang->arena;
	x.refs = &refs;
	if (lf->index == NULL)	/* the topics are still checked */
		diag_add(d, DIAG_ERROR, lf->dir, 0, 0,
		    "no index.yaml in this language folder");
	/*
	 * The self-check first: its tree is the largest of a language's,
	 * and read before the topics it is never held beside them, which
	 * sets how much memory loading takes at its highest.
	 */
	sc_errors = d->errors;
	if (lf->selfcheck != NULL && (lang->selfcheck = dec_alloc(&x, 1,
	    sizeof(*lang->selfcheck))) != NULL) {
		lang->selfcheck_file = arena_strdup(x.a, lf->selfcheck);
		selfcheck_load(&x, lf->selfcheck, lang->selfcheck);
	}
	sc_errors = d->errors - sc_errors;
	sk.ref_start = refs.n;
	lang->topics = dec_alloc(&x, lf->ntopics, sizeof(*lang->topics));
	sk.bad = dec_alloc(&x, lf->ntopics, 1);
	sk.ref_end = dec_alloc(&x, lf->ntopics, sizeof(*sk.ref_end));
	if (lf->ntopics > 0 && (lang->topics == NULL || sk.bad == NULL ||
	    sk.ref_end == NULL))
		goto fail;
	lang->ntopics = lf->ntopics;
	/* Ids come from the file names, so references resolve even to a
	 * topic whose file has errors, and only the real problem shows. */
	for (i = 0; i < lf->ntopics && !x.nomem; i++) {
		errors = d->errors;
		lang->topics[i].id = arena_strdup(x.a, lf->topics[i].id);
		lang->topics[i].file = topic_path(x.a, &lf->topics[i]);
		if (lang->topics[i].id == NULL || lang->topics[i].file == NULL)
			x.nomem = 1;
		else if (!lf->topics[i].outside)
			dec_file(&x, lang->topics[i].file, decode_topic_cb,
			    &lang->topics[i]);
		sk.bad[i] = d->errors != errors || lf->topics[i].outside;
		sk.ref_end[i] = refs.n;
	}
	/* From here on, the language's own, with the self-check's. */
	errors = d->errors - sc_errors;
	if (lf->index == NULL)
		errors--;
	lang->index_file = lf->index ? arena_strdup(x.a, lf->index) : NULL;
	lang->faq_file = lf->faq ? arena_strdup(x.a, lf->faq) : NULL;
	if (lf->index != NULL)
		dec_file(&x, lf->index, decode_index_cb, lang);
	if (lf->faq != NULL && (lang->faq = dec_alloc(&x, 1,
	    sizeof(*lang->faq))) != NULL)
		dec_file(&x, lf->faq, decode_faq_cb, lang->faq);
	if (lf->clinic != NULL)
		clinic_errors = load_clinic(&x, lang, lf->clinic);
	if (lf->checks != NULL)
		dec_file(&x, lf->checks, decode_checks_cb, lang);
	if (x.nomem)
		goto fail;
	errors = d->errors - errors - clinic_errors + check_refs(lang,
	    fallback, &refs, &sk, d);
	/* An untranslated FAQ shows in the default language, like a topic. */
	if (lang->faq == NULL && fallback != NULL && fallback->faq != NULL &&
	    find_show(&lang->home, SHOW_FAQ) != NULL) {
		lang->faq = fallback->faq;
		lang->faq_fallback = 1;
	}
	/* The clinic's details too, though not translated: a visitor must
	 * learn how the clinic is linked to the kiosk in every language. */
	if (lang->clinic == NULL && fallback != NULL &&
	    fallback->clinic != NULL) {
		lang->clinic = fallback->clinic;
		lang->clinic_file = fallback->clinic_file;
		lang->clinic_fallback = 1;
	}
	if (lang->faq == NULL &&
	    (faq_item = find_show(&lang->home, SHOW_FAQ)) != NULL) {
		diag_add(d, DIAG_ERROR, lf->index, faq_item->line,
		    faq_item->col, "the menu shows the FAQ, but %s has no "
		    "faq.yaml", lf->code);
		errors++;
	}
	if (lang->selfcheck == NULL &&
	    (sc_item = find_show(&lang->home, SHOW_SELFCHECK)) != NULL) {
		diag_add(d, DIAG_ERROR, lf->index, sc_item->line,
		    sc_item->col, "the menu shows the self-check, but %s has "
		    "no selfcheck.yaml", lf->code);
		errors++;
	}
	if (errors > 0)
		goto fail;
	if (skip_topics(lang, fallback, &refs, &sk, d) < 0) {
		x.nomem = 1;
		goto fail;
	}
	*skipped += sk.nbad;
	related_prune(lang);
	if (sk.nbad > 0 && menu_drop_empty(&lang->home, lf->index, d) == 0) {
		diag_add(d, DIAG_WARNING, lf->index, 0, 0, "%s is left out: "
		    "every topic in its menu is left out because of its "
		    "errors", lf->code);
		goto fail;
	}
	menu_defaults(&lang->home);
	if (lang->clinic == NULL)
		menu_prune(&lang->home, SHOW_CLINIC);
	free(refs.v);
	lang->loaded = 1;
	lang->checked.topics = lang->ntopics;
	lang->checked.faq = lang->faq != NULL ? lang->faq->n : 0;
	return lang;
fail:
	*nomem |= x.nomem;
	free(refs.v);
	language_free(lang);
	return NULL;
}

/* Which of the languages found is the default: en, else the first code. */
static size_t
default_files(const struct file_set *fs)
{
	size_t i, best = 0;

	for (i = 0; i < fs->n; i++) {
		if (strcmp(fs->langs[i].code, "en") == 0)
			return i;
		if (strcmp(fs->langs[i].code, fs->langs[best].code) < 0)
			best = i;
	}
	return best;
}

/*
 * What the welcome screen shows of a language: index.yaml and
 * clinic.yaml, decoded and checked on their own.  Without a clinic.yaml
 * of its own, the language reads default_clinic (the default
 * language's, or NULL), as content_load() would give it that one: read
 * again rather than shared, since with a pick the default language is
 * not read at all.  Menu items keep their topics unresolved (NULL);
 * content_load() reads everything again.
 */
static struct language *
load_welcome(const struct lang_files *lf, const char *default_clinic,
    struct diags *d, int *nomem)
{
	struct refs refs = { NULL, 0, 0 };
	struct language *lang;
	size_t before = d->errors, clinic_errors = 0;
	struct dec x;

	if ((lang = language_new(lf->code, nomem)) == NULL)
		return NULL;
	memset(&x, 0, sizeof(x));
	x.d = d;
	x.a = &lang->arena;
	x.refs = &refs;
	if (lf->index == NULL)
		diag_add(d, DIAG_ERROR, lf->dir, 0, 0,
		    "no index.yaml in this language folder");
	else
		dec_file(&x, lf->index, decode_index_cb, lang);
	if (lf->clinic != NULL)
		clinic_errors = load_clinic(&x, lang, lf->clinic);
	else if (default_clinic != NULL) {
		clinic_errors = load_clinic(&x, lang, default_clinic);
		lang->clinic_fallback = lang->clinic != NULL;
	}
	free(refs.v);
	if (x.nomem || d->errors - clinic_errors != before || lf->errors > 0) {
		*nomem |= x.nomem;
		language_free(lang);
		return NULL;
	}
	return lang;
}

/*
 * Another language than the one the welcome screen is in: its code and
 * the name the screen lists it by, from the start of its index.yaml.
 */
static struct language *
load_name(const struct lang_files *lf, int *nomem)
{
	struct language *lang;
	char *name;

	if (lf->index == NULL || lf->errors > 0 ||
	    (name = ytree_peek(lf->index, "name")) == NULL)
		return NULL;
	if ((lang = language_new(lf->code, nomem)) == NULL) {
		free(name);
		return NULL;
	}
	if ((lang->name = arena_strdup(&lang->arena, name)) == NULL) {
		*nomem = 1;
		language_free(lang);
		lang = NULL;
	}
	free(name);
	return lang;
}

/*
 * content_load_welcome() with pick: the welcome part of the language
 * pick chooses among the names, in place of its name alone (with the
 * default language's clinic.yaml if it has none).  Returns 0, or -1
 * when that part has errors or memory ran out.
 */
static int
load_picked(struct content *c, const struct file_set *fs,
    struct language *(*pick)(const struct content *, void *), void *ctx,
    struct diags *d, int *nomem)
{
	struct language *chosen, *full;
	size_t i, j, def = default_files(fs);

	if ((chosen = pick(c, ctx)) == NULL)
		return 0;
	for (i = 0; i < fs->n && strcmp(fs->langs[i].code, chosen->code); i++)
		;
	for (j = 0; j < c->nlangs && c->langs[j] != chosen; j++)
		;
	if (i == fs->n || j == c->nlangs ||
	    (full = load_welcome(&fs->langs[i], i == def ? NULL :
	    fs->langs[def].clinic, d, nomem)) == NULL)
		return -1;
	language_free(chosen);
	c->langs[j] = full;
	return 0;
}

static int
cmp_lang(const void *a, const void *b)
{
	const struct language *const *x = a, *const *y = b;

	return strcmp((*x)->code, (*y)->code);
}

enum load_mode {
	LOAD_ALL,		/* content_load() */
	LOAD_WELCOME,		/* content_load_welcome() */
	LOAD_LEAN,		/* content_load_lean() */
};

/*
 * The language pick chooses among those found, given them by their
 * code alone: its index in fs, or fs->n for none.
 */
static size_t
pick_files(const struct file_set *fs,
    struct language *(*pick)(const struct content *, void *), void *ctx,
    int *nomem)
{
	struct content codes;
	struct language *l;
	size_t i, found = fs->n;

	memset(&codes, 0, sizeof(codes));
	if ((codes.langs = calloc(fs->n, sizeof(*codes.langs))) == NULL) {
		*nomem = 1;
		return found;
	}
	for (i = 0; i < fs->n; i++) {
		if ((l = language_new(fs->langs[i].code, nomem)) == NULL)
			break;
		codes.langs[codes.nlangs++] = l;
	}
	qsort(codes.langs, codes.nlangs, sizeof(*codes.langs), cmp_lang);
	if (!*nomem && (l = pick(&codes, ctx)) != NULL)
		for (i = 0; i < fs->n; i++)
			if (strcmp(fs->langs[i].code, l->code) == 0)
				found = i;
	content_free(&codes);
	return found;
}

/*
 * The k-th language to read: the default (first) before the others,
 * which fall back on it, and the one kept whole (keep, or n for none)
 * last, so that each language read, checked and let go before it is
 * never held beside it.
 */
static size_t
load_order(size_t n, size_t k, size_t first, size_t keep)
{
	size_t at;

	if (keep < n && keep != first) {
		at = keep == 0 ? first : keep;	/* its place below */
		if (k == n - 1)
			return keep;
		if (k >= at)
			k++;
	}
	return k == 0 ? first : k == first ? 0 : k;
}

static enum content_status
load_content(struct content *c, const char *const *roots, size_t nroots,
    struct diags *d, enum load_mode mode,
    struct language *(*pick)(const struct content *, void *), void *ctx)
{
	struct file_set fs;
	struct language *lang, *fallback = NULL;
	const char *def_clinic;
	int missing = 0, nomem = 0, welcome = mode == LOAD_WELCOME;
	size_t i, k, first, keep, before = d->errors;

	memset(c, 0, sizeof(*c));
	memset(&fs, 0, sizeof(fs));
	fs.welcome = welcome;
	if (nroots == 0) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0, "no content folder given");
		return CONTENT_NOT_FOUND;
	}
	if (nroots > LIMIT_ROOTS) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0,
		    "more than %d content folders", LIMIT_ROOTS);
		return CONTENT_NOT_FOUND;
	}
	for (i = 0; i < nroots && !nomem; i++)
		if (scan_root(&fs, roots[i], d, &missing) < 0)
			nomem = 1;
	if (!nomem && !missing && fs.n == 0)
		for (i = 0; i < nroots; i++)
			diag_add(d, DIAG_ERROR, roots[i], 0, 0, "no language "
			    "folder (such as en/ with an index.yaml) here");
	if (nomem || missing || fs.n == 0) {
		files_free(&fs);
		return nomem ? CONTENT_NO_MEMORY : CONTENT_NOT_FOUND;
	}
	if ((c->langs = calloc(fs.n, sizeof(*c->langs))) == NULL) {
		files_free(&fs);
		return CONTENT_NO_MEMORY;
	}
	/* The default language first: the others fall back on it. */
	first = default_files(&fs);
	keep = mode == LOAD_LEAN && pick != NULL ?
	    pick_files(&fs, pick, ctx, &nomem) : fs.n;
	for (k = 0; k < fs.n && !nomem; k++) {
		i = load_order(fs.n, k, first, keep);
		files_overlay(&fs.langs[i]);
		files_limit(&fs.langs[i], d);
		def_clinic = k > 0 && fallback != NULL ?
		    fs.langs[first].clinic : NULL;
		if ((lang = welcome && pick != NULL ?
		    load_name(&fs.langs[i], &nomem) : welcome ?
		    load_welcome(&fs.langs[i], def_clinic, d, &nomem) :
		    load_language(&fs.langs[i], k == 0 ? NULL : fallback, d,
		    &nomem, &c->skipped)) != NULL &&
		    script_refuse_rtl(lang, d)) {
			language_free(lang);
			lang = NULL;
		}
		/* Checked whole, held by its name until a visitor asks;
		 * all whole when the default is left out, as nothing
		 * would fall back on it when read again. */
		if (lang != NULL && mode == LOAD_LEAN && k > 0 && i != keep &&
		    fallback != NULL)
			language_reduce(lang);
		if (lang != NULL)
			c->langs[c->nlangs++] = lang;
		else
			c->broken++;
		if (k == 0)
			fallback = lang;
	}
	qsort(c->langs, c->nlangs, sizeof(*c->langs), cmp_lang);
	if (!welcome)
		tr_resolve(c);
	if (!nomem && !c->broken && welcome && pick != NULL &&
	    load_picked(c, &fs, pick, ctx, d, &nomem) < 0)
		c->broken++;
	if (mode == LOAD_LEAN && fallback != NULL) {
		c->roots = roots;
		c->nroots = nroots;
		c->lean = 1;
	}
	files_free(&fs);
	if (nomem)
		return CONTENT_NO_MEMORY;
	return c->broken || d->errors != before ? CONTENT_ERRORS : CONTENT_OK;
}

enum content_status
content_load(struct content *c, const char *const *roots, size_t nroots,
    struct diags *d)
{
	return load_content(c, roots, nroots, d, LOAD_ALL, NULL, NULL);
}

enum content_status
content_load_lean(struct content *c, const char *const *roots,
    size_t nroots, struct diags *d,
    struct language *(*pick)(const struct content *, void *), void *ctx)
{
	return load_content(c, roots, nroots, d, LOAD_LEAN, pick, ctx);
}

int
content_hold(struct content *c, struct language *lang, struct diags *d)
{
	struct language *def = content_default_language(c), *full = NULL;
	struct file_set fs;
	int missing = 0, nomem = 0;
	size_t i, skipped = 0;

	if (lang->loaded)
		return 0;
	if (def == NULL || !def->loaded || c->nroots == 0)
		return -1;
	memset(&fs, 0, sizeof(fs));
	fs.only = lang->code;
	for (i = 0; i < c->nroots && !nomem; i++)
		if (scan_root(&fs, c->roots[i], d, &missing) < 0)
			nomem = 1;
	if (!nomem && !missing && fs.n == 0)
		diag_add(d, DIAG_ERROR, NULL, 0, 0, "the language folder %s "
		    "is no longer in the content", lang->code);
	else if (!nomem && !missing) {
		files_overlay(&fs.langs[0]);
		files_limit(&fs.langs[0], d);
		if ((full = load_language(&fs.langs[0], def, d, &nomem,
		    &skipped)) != NULL && script_refuse_rtl(full, d)) {
			language_free(full);
			full = NULL;
		}
	}
	files_free(&fs);
	if (full == NULL)
		return -1;
	tr_resolve_language(full, def);
	arena_free(&lang->arena);
	*lang = *full;		/* the arena moves with it */
	free(full);
	return 0;
}

void
content_release(struct content *c, const struct language *keep)
{
	const struct language *def = content_default_language(c);
	size_t i;

	for (i = 0; c->lean && i < c->nlangs; i++)
		if (c->langs[i]->loaded && c->langs[i] != def &&
		    c->langs[i] != keep)
			language_reduce(c->langs[i]);
}

enum content_status
content_load_welcome(struct content *c, const char *const *roots,
    size_t nroots, struct diags *d,
    struct language *(*pick)(const struct content *, void *), void *ctx)
{
	return load_content(c, roots, nroots, d, LOAD_WELCOME, pick, ctx);
}

void
content_free(struct content *c)
{
	size_t i;

	for (i = 0; i < c->nlangs; i++)
		language_free(c->langs[i]);
	free(c->langs);
	memset(c, 0, sizeof(*c));
}

struct language *
content_language(const struct content *c, const char *code)
{
	size_t i;

	for (i = 0; i < c->nlangs; i++)
		if (strcmp(c->langs[i]->code, code) == 0)
			return c->langs[i];
	return NULL;
}

struct language *
content_default_language(const struct content *c)
{
	struct language *lang;

	if ((lang = content_language(c, "en")) != NULL)
		return lang;
	return c->nlangs > 0 ? c->langs[0] : NULL;
}

int
language_owns_topic(const struct language *lang, const struct topic *t)
{
	return lang->ntopics > 0 && t >= lang->topics &&
	    t < lang->topics + lang->ntopics;
}

/*
 * "pt_BR.UTF-8@euro" tries pt_BR, then pt.  "C" and "POSIX" match
 * nothing, so the caller falls back to its default.
 */
struct language *
content_language_for_locale(const struct content *c, const char *locale)
{
	char code[16];
	size_t n;

	if (locale == NULL)
		return NULL;
	n = strcspn(locale, ".@");
	if (n == 0 || n >= sizeof(code))
		return NULL;
	memcpy(code, locale, n);
	code[n] = '\0';
	if (valid_lang_code(code) && content_language(c, code) != NULL)
		return content_language(c, code);
	code[strcspn(code, "_")] = '\0';
	if (valid_lang_code(code))
		return content_language(c, code);
	return NULL;
}

void
date_format(int date, char buf[11])
{
	unsigned u = date > 0 ? (unsigned)date : 0;

	snprintf(buf, 11, "%04u-%02u-%02u", u / 10000 % 10000, u / 100 % 100,
	    u % 100);
}

/* Two items match across languages: same topic, same screen, or both submenus. */
static int
same_item(const struct menu_item *a, const struct menu_item *b)
{
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case MENU_TOPIC:
		return a->topic != NULL && b->topic != NULL &&
		    strcmp(a->topic->id, b->topic->id) == 0;
	case MENU_SHOW:
		return a->show == b->show;
	default:
		return 1;	/* submenus: matched by their rank */
	}
}

/* The item of menu to that is item i of menu from, or (size_t)-1. */
size_t
content_map_item(const struct menu *from, size_t i, const struct menu *to)
{
	size_t k, rank = 0;

	if (from == NULL || to == NULL || i >= from->n)
		return (size_t)-1;
	for (k = 0; k < i; k++)
		if (same_item(&from->items[k], &from->items[i]))
			rank++;
	for (k = 0; k < to->n; k++)
		if (same_item(&to->items[k], &from->items[i]) && rank-- == 0)
			return k;
	return (size_t)-1;
}
