/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor-yaml: the parsing floor of the load benchmarks.  It reads every
 * *.yaml file under the given content roots, each whole into memory as
 * the kiosk does, and runs libyaml's event parser over it, keeping
 * nothing.  Then it prints one line ("parsed N files ...") and, unless
 * -x is given and as long as standard input is a terminal, waits for a
 * byte or the end of input, so that its peak memory can be read while
 * it waits, as for the kiosk on its first frame.
 *
 *   floor-yaml [-x] ROOT...
 */
#include <config.h>

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yaml.h>

#define FLOOR_FD_LIMIT	32	/* directories nftw() may keep open */

static unsigned long files, events;
static unsigned long long bytes;

/* Reads path whole; returns the buffer (free it) or NULL. */
static unsigned char *
read_file(const char *path, size_t *len)
{
	struct stat st;
	unsigned char *buf;
	ssize_t r;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || (buf = malloc((size_t)st.st_size + 1)) ==
	    NULL) {
		close(fd);
		return NULL;
	}
	*len = 0;
	while (*len < (size_t)st.st_size) {
		r = read(fd, buf + *len, (size_t)st.st_size - *len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		*len += (size_t)r;
	}
	close(fd);
	return buf;
}

/* Parses one file with the event API; -1 on a syntax error. */
static int
parse_file(const char *path)
{
	yaml_parser_t p;
	yaml_event_t ev;
	unsigned char *buf;
	size_t len;
	int done = 0, rc = 0;

	if ((buf = read_file(path, &len)) == NULL) {
		fprintf(stderr, "floor-yaml: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!yaml_parser_initialize(&p)) {
		free(buf);
		return -1;
	}
	yaml_parser_set_input_string(&p, buf, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			fprintf(stderr, "floor-yaml: %s:%lu: %s\n", path,
			    (unsigned long)p.problem_mark.line + 1,
			    p.problem ? p.problem : "syntax error");
			rc = -1;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		events++;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	free(buf);
	files++;
	bytes += len;
	return rc;
}

static int
visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	size_t len = strlen(path);

	(void)ftw;
	if (type != FTW_F || !S_ISREG(st->st_mode) || len <= 5 ||
	    strcmp(path + len - 5, ".yaml") != 0)
		return 0;
	return parse_file(path) < 0 ? -1 : 0;
}

int
main(int argc, char **argv)
{
	int i = 1, wait_input = 1;
	char c;

	if (argc > 1 && strcmp(argv[1], "-x") == 0) {
		wait_input = 0;
		i++;
	}
	if (i >= argc) {
		fputs("usage: floor-yaml [-x] ROOT...\n", stderr);
		return 64;
	}
	for (; i < argc; i++)
		if (nftw(argv[i], visit, FLOOR_FD_LIMIT, FTW_PHYS) != 0) {
			fprintf(stderr, "floor-yaml: cannot parse %s\n",
			    argv[i]);
			return 65;
		}
	printf("parsed %lu files, %llu bytes, %lu events\n", files, bytes,
	    events);
	fflush(stdout);
	if (wait_input && isatty(STDIN_FILENO))
		while (read(STDIN_FILENO, &c, 1) < 0 && errno == EINTR)
			;
	return 0;
}
