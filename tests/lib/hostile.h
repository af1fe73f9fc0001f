/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * hostile.h: helpers shared by the tests that feed the loader hostile
 * or foreign YAML (t-hostile, t-yaml-suite): temporary content roots,
 * a check that a load ended cleanly, and running a load in a child
 * process with a time limit, so that a crash or a hang fails one test
 * instead of the whole program.
 */
#ifndef HOSTILE_H
#define HOSTILE_H

#include <stddef.h>

#include "content.h"
#include "diag.h"

/* Which file of a language a YAML text is loaded as. */
enum h_mode {
	H_TOPIC,		/* en/topics/x.yaml */
	H_INDEX,		/* en/index.yaml */
	H_FAQ,			/* en/faq.yaml */
	H_SELFCHECK,		/* en/selfcheck.yaml, through selfcheck_load() */
	H_NMODES
};

extern const char *const h_mode_name[H_NMODES];

/* A valid en/index.yaml that the other files are added beside. */
extern const char h_index_yaml[];

/* Allocation that cannot fail (exits with 99, a hard error). */
void	*h_alloc(size_t);
char	*h_join(const char *, const char *);
/* The contents of a file, NUL-terminated; NULL if it cannot be read. */
char	*h_read_file(const char *path, size_t *len);
void	 h_write_file(const char *path, const void *buf, size_t len);
void	 h_mkdir(const char *path);
void	 h_remove_tree(const char *path);
/* A new directory under $TMPDIR (or /tmp) named after the test. */
char	*h_tmpdir(const char *name);
double	 h_now_ms(void);

/*
 * Makes the content root ROOT with en/index.yaml (h_index_yaml unless
 * mode is H_INDEX) and writes len bytes of buf as the file of mode.
 * Returns that file's path, to be freed.
 */
char	*h_root(const char *root, enum h_mode, const char *buf, size_t len);

/*
 * Whether a content_load() of root, whose file of mode was the input,
 * ended cleanly: CONTENT_OK without a diagnostic, or CONTENT_ERRORS
 * with every diagnostic naming a file under root and (but for a
 * whole-file problem such as an empty file) a line within the file's
 * lines and a column.  With errors, a topic file is left out while the
 * language still loads, and an index or FAQ leaves the language out.
 * Returns NULL when clean, else what was wrong, in a static buffer.
 * lines: newlines in the file + 1.
 */
const char *h_unclean(const char *root, enum h_mode, enum content_status,
	    const struct content *, const struct diags *, int lines);
/* The same for the diagnostics of selfcheck_load() on file. */
const char *h_unclean_diags(const char *file, const struct diags *,
	    int lines);

/* Newlines in buf plus one: the last line a position may name. */
int	 h_lines(const char *buf, size_t len);

/* What a child run by h_forked() did. */
struct h_child {
	int	 ok;		/* exited 0 */
	int	 hung;		/* killed by the time limit */
	int	 signal;	/* killed by another signal, or 0 */
	int	 code;		/* exit status when it exited */
	double	 ms;		/* wall time */
	char	 msg[2048];	/* what it wrote to its message fd */
};

/*
 * Runs fn(arg, fd) in a child process killed after timeout_s seconds
 * (SIGALRM).  fn writes what the parent should know to fd and returns
 * the child's exit status.  Returns 0, or -1 if fork() failed.
 */
int	 h_forked(int (*fn)(void *arg, int fd), void *arg, unsigned timeout_s,
	    struct h_child *);
/* A one-line description of how a child ended ("exit 1", "SIGSEGV"). */
const char *h_child_end(const struct h_child *);

/*
 * Loads buf as the file of mode in a fresh root under dir (removed
 * afterwards) with content_load(), or for H_SELFCHECK with
 * selfcheck_load(); writes "clean in T ms", "errors N in T ms" or
 * "UNCLEAN: why" to fd.
 * Returns 0 when the load was clean, 1 otherwise.  Meant for children.
 */
int	 h_load_check(const char *dir, enum h_mode, const char *buf,
	    size_t len, int fd);

#endif /* HOSTILE_H */
