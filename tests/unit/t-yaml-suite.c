/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Every input of the yaml-test-suite through the real loader, four
 * ways: as a topic file (en/topics/x.yaml beside a valid index), as
 * en/index.yaml, as en/faq.yaml and, through selfcheck_load(), as a
 * self-check file.  Whatever YAML a case holds, the
 * load must end in a clean load or in errors that each name the file
 * and a position; it must neither crash nor hang, so each load runs in
 * a child process killed after a second.
 *
 * The suite is not part of the project and is never copied into it:
 * it is read from $SMP_YAML_TEST_SUITE when set, else from the first
 * shared/testdata/yaml-test-suite found beside the source folder or
 * one of its parents (so that "make distcheck", which unpacks the
 * sources one level down, finds it too).  It holds one folder per
 * case, with in.yaml or numbered sub-folders that each hold one; the
 * test skips when there is none.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content.h"
#include "diag.h"
#include "hostile.h"
#include "tap.h"
#include "ytree.h"

#define DEFAULT_TIMEOUT_S	1	/* per load; SMP_HOSTILE_TIMEOUT_S */

static char *tmpdir;

struct yaml_case {
	char	*id;		/* "229Q" or "2G84/00" */
	char	*path;		/* its in.yaml */
	int	 error;		/* the suite says the input is invalid */
};

struct cases {
	struct yaml_case *v;
	size_t	 n, cap;
};

static int
exists(const char *path, int want_dir)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return 0;
	return want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
}

static void
add_case(struct cases *cs, const char *id, const char *dir)
{
	char *err;

	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 512;
		if ((cs->v = realloc(cs->v, cs->cap * sizeof(*cs->v))) ==
		    NULL) {
			perror("realloc");
			exit(99);
		}
	}
	cs->v[cs->n].id = strdup(id);
	cs->v[cs->n].path = h_join(dir, "in.yaml");
	err = h_join(dir, "error");
	cs->v[cs->n].error = exists(err, 0);
	free(err);
	if (cs->v[cs->n].id == NULL) {
		perror("strdup");
		exit(99);
	}
	cs->n++;
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of a folder, sorted, without dot files; NULL-terminated. */
static char **
list_dir(const char *path)
{
	struct dirent *e;
	char **v = NULL;
	size_t n = 0, cap = 0;
	DIR *dp;

	if ((dp = opendir(path)) == NULL)
		return NULL;
	while ((e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n + 2 > cap) {
			cap = cap ? cap * 2 : 64;
			if ((v = realloc(v, cap * sizeof(*v))) == NULL) {
				perror("realloc");
				exit(99);
			}
		}
		if ((v[n++] = strdup(e->d_name)) == NULL) {
			perror("strdup");
			exit(99);
		}
	}
	closedir(dp);
	if (v == NULL)
		return NULL;
	qsort(v, n, sizeof(*v), cmp_name);
	v[n] = NULL;
	return v;
}

static void
free_list(char **v)
{
	size_t i;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

/* Finds ID/in.yaml and ID/NN/in.yaml under the suite folder. */
static void
find_cases(const char *suite, struct cases *cs, size_t *folders)
{
	char **top = list_dir(suite), **sub, *dir, *in, *sdir, id[512];
	size_t i, j;

	*folders = 0;
	for (i = 0; top != NULL && top[i] != NULL; i++) {
		dir = h_join(suite, top[i]);
		if (!exists(dir, 1)) {
			free(dir);
			continue;
		}
		in = h_join(dir, "in.yaml");
		if (exists(in, 0)) {
			add_case(cs, top[i], dir);
			++*folders;
		} else {
			sub = list_dir(dir);
			for (j = 0; sub != NULL && sub[j] != NULL; j++) {
				sdir = h_join(dir, sub[j]);
				free(in);
				in = h_join(sdir, "in.yaml");
				if (exists(in, 0)) {
					snprintf(id, sizeof(id), "%s/%s",
					    top[i], sub[j]);
					add_case(cs, id, sdir);
				}
				free(sdir);
			}
			free_list(sub);
			++*folders;
		}
		free(in);
		free(dir);
	}
	free_list(top);
}

struct job {
	const char *buf;
	size_t	 len;
	enum h_mode mode;
};

static int
load_child(void *arg, int fd)
{
	const struct job *j = arg;

	return h_load_check(tmpdir, j->mode, j->buf, j->len, fd);
}

static unsigned
timeout_s(void)
{
	const char *env = getenv("SMP_HOSTILE_TIMEOUT_S");
	long v;

	if (env == NULL || (v = strtol(env, NULL, 10)) <= 0 || v > 3600)
		return DEFAULT_TIMEOUT_S;
	return (unsigned)v;
}

/* Does ytree_parse() take the input?  Only called once it is known safe. */
static int
ytree_accepts(const char *buf, size_t len)
{
	struct ytree t;
	struct diags d;
	int rc;

	diags_init(&d);
	rc = ytree_parse(&t, "in.yaml", buf, len, &d) == 0 && d.errors == 0;
	ytree_free(&t);
	diags_free(&d);
	return rc;
}

/*
 * $SMP_YAML_TEST_SUITE, or DIR/../shared/testdata/yaml-test-suite for
 * the source folder and up to four of its parents; NULL if none.
 */
static char *
find_suite(const char *srcdir)
{
	const char *env = getenv("SMP_YAML_TEST_SUITE");
	char *dir, *up, *suite;
	int i;

	if (env != NULL && *env != '\0')
		return exists(env, 1) ? strdup(env) : NULL;
	dir = strdup(srcdir);
	for (i = 0; dir != NULL && i < 5; i++) {
		suite = h_join(dir, "../shared/testdata/yaml-test-suite");
		if (exists(suite, 1)) {
			free(dir);
			return suite;
		}
		free(suite);
		up = h_join(dir, "..");
		free(dir);
		dir = up;
	}
	free(dir);
	return NULL;
}

int
main(void)
{
	const char *srcdir = getenv("SMP_SRCDIR");
	char *suite, *buf, slowest[600] = "", slowest_load[600] = "";
	const char *t;
	double ms, worst_load = -1;
	struct cases cs = { NULL, 0, 0 };
	struct h_child ch;
	struct job j;
	size_t i, folders, clean[H_NMODES] = { 0 }, lenient = 0, errcases = 0;
	double worst = -1;
	unsigned limit = timeout_s();
	int m, safe;

	if (srcdir == NULL || *srcdir == '\0')
		srcdir = ".";
	if ((suite = find_suite(srcdir)) == NULL) {
		printf("1..0 # SKIP no shared/testdata/yaml-test-suite beside "
		    "%s or its parents (or set SMP_YAML_TEST_SUITE)\n", srcdir);
		return 0;
	}
	find_cases(suite, &cs, &folders);
	if (cs.n == 0) {
		printf("1..0 # SKIP no in.yaml under %s\n", suite);
		free(suite);
		return 0;
	}
	diag("%zu inputs in %zu cases of %s; each loaded as a topic, an "
	    "index, an FAQ and a self-check, %u s allowed per load", cs.n,
	    folders, suite,
	    limit);
	tmpdir = h_tmpdir("t-yaml-suite");
	for (i = 0; i < cs.n; i++) {
		if ((buf = h_read_file(cs.v[i].path, &j.len)) == NULL) {
			ok(0, "%s: read %s", cs.v[i].id, cs.v[i].path);
			continue;
		}
		j.buf = buf;
		safe = 1;
		for (m = 0; m < H_NMODES; m++) {
			j.mode = (enum h_mode)m;
			if (h_forked(load_child, &j, limit, &ch) < 0) {
				ok(0, "%s as %s: fork", cs.v[i].id,
				    h_mode_name[m]);
				safe = 0;
				continue;
			}
			if (!ok(ch.ok, "%s as %s: %s", cs.v[i].id,
			    h_mode_name[m], ch.ok ? ch.msg : h_child_end(&ch))) {
				diag("yaml-test-suite case %s (%s) as %s: %s; "
				    "%s", cs.v[i].id, cs.v[i].path,
				    h_mode_name[m], h_child_end(&ch),
				    ch.msg[0] ? ch.msg : "no message");
				safe = 0;
			}
			if (ch.ok && strncmp(ch.msg, "clean", 5) == 0)
				clean[m]++;
			if (ch.ms > worst) {
				worst = ch.ms;
				snprintf(slowest, sizeof(slowest), "%s as %s",
				    cs.v[i].id, h_mode_name[m]);
			}
			if ((t = strstr(ch.msg, " in ")) != NULL &&
			    (ms = strtod(t + 4, NULL)) > worst_load) {
				worst_load = ms;
				snprintf(slowest_load, sizeof(slowest_load),
				    "%s as %s", cs.v[i].id, h_mode_name[m]);
			}
		}
		if (cs.v[i].error) {
			errcases++;
			if (safe && ytree_accepts(buf, j.len))
				lenient++;
		}
		free(buf);
	}
	diag("slowest load: %s, %.2f ms in content_load() or "
	    "selfcheck_load()", slowest_load, worst_load);
	diag("slowest child: %s, %.1f ms (with fork and temporary files)",
	    slowest, worst);
	diag("clean loads: %zu as a topic, %zu as an index, %zu as an FAQ, "
	    "%zu as a self-check", clean[H_TOPIC], clean[H_INDEX],
	    clean[H_FAQ], clean[H_SELFCHECK]);
	diag("of %zu inputs the suite marks invalid, ytree_parse() "
	    "accepted %zu (libyaml is lenient there)", errcases, lenient);
	h_remove_tree(tmpdir);
	free(tmpdir);
	for (i = 0; i < cs.n; i++) {
		free(cs.v[i].id);
		free(cs.v[i].path);
	}
	free(cs.v);
	free(suite);
	return tap_done();
}
