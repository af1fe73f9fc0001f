/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * proc.c: reading /proc, waiting for an exit without reaping, and
 * running a program outside a terminal.  See proc.h.
 */
#include <config.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"
#include "proc.h"

#define POLL_EXIT_US	200	/* waitid() interval without a pidfd */
#define YAML_FD_LIMIT	32	/* directories nftw() may keep open */

extern char **environ;

/* The value of "key ... N kB" in a /proc file, or -1. */
static long
kib_field(const char *path, const char *key)
{
	size_t klen = strlen(key);
	char line[256];
	long v = -1;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (strncmp(line, key, klen) == 0) {
			v = strtol(line + klen, NULL, 10);
			break;
		}
	fclose(fp);
	return v;
}

long
proc_status_kib(pid_t pid, const char *field)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	return kib_field(path, field);
}

long
proc_pss_kib(pid_t pid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%ld/smaps_rollup", (long)pid);
	return kib_field(path, "Pss:");
}

long long
proc_cpu_ns(pid_t pid)
{
	char path[64];
	long long ns = -1;
	FILE *fp;

	snprintf(path, sizeof(path), "/proc/%ld/schedstat", (long)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	if (fscanf(fp, "%lld", &ns) != 1)
		ns = -1;
	fclose(fp);
	return ns;
}

/* Whether the child has exited, without reaping it. */
static int
has_exited(pid_t pid)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) < 0)
		return errno == ECHILD;
	return si.si_pid == pid;
}

int
proc_wait_exit(pid_t pid, int timeout_ms)
{
	struct timespec pause = { 0, POLL_EXIT_US * 1000L };
	struct pollfd pfd;
	double deadline = now_ms() + timeout_ms;
	int fd = -1;

#ifdef SYS_pidfd_open
	fd = (int)syscall(SYS_pidfd_open, pid, 0);
#endif
	while (!has_exited(pid)) {
		if (now_ms() >= deadline) {
			if (fd != -1)
				close(fd);
			return 0;
		}
		if (fd == -1) {
			nanosleep(&pause, NULL);
			continue;
		}
		pfd.fd = fd;
		pfd.events = POLLIN;
		poll(&pfd, 1, (int)(deadline - now_ms()) + 1);
	}
	if (fd != -1)
		close(fd);
	return 1;
}

int
proc_run(char *const argv[], double *ms, long *maxrss_kib, int *status)
{
	posix_spawn_file_actions_t fa;
	struct rusage ru;
	double t0;
	pid_t pid;
	int rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null",
	    O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null",
	    O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null",
	    O_WRONLY, 0);
	t0 = now_ms();
	rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0) {
		fprintf(stderr, "bench: %s: %s\n", argv[0], strerror(rc));
		return -1;
	}
	while (wait4(pid, status, 0, &ru) < 0)
		if (errno != EINTR)
			return -1;
	*ms = now_ms() - t0;
	*maxrss_kib = ru.ru_maxrss;
	return 0;
}

static unsigned long long yaml_total;

static int
add_yaml(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	size_t len = strlen(path);

	(void)ftw;
	if (type == FTW_F && S_ISREG(st->st_mode) && len > 5 &&
	    strcmp(path + len - 5, ".yaml") == 0)
		yaml_total += (unsigned long long)st->st_size;
	return 0;
}

unsigned long long
yaml_bytes(const char *root)
{
	yaml_total = 0;
	if (nftw(root, add_yaml, YAML_FD_LIMIT, FTW_PHYS) != 0)
		return 0;
	return yaml_total;
}
