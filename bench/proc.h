/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * proc.h: what the benchmarks read about a process from /proc, waiting
 * for a child's exit without reaping it, and running a program outside
 * a terminal with its time and peak memory.  Linux only.
 */
#ifndef BENCH_PROC_H
#define BENCH_PROC_H

#include <sys/types.h>

/* A "Field:   123 kB" line of /proc/PID/status in KiB, or -1. */
long	proc_status_kib(pid_t, const char *field);
/* The proportional set size from /proc/PID/smaps_rollup in KiB, or -1. */
long	proc_pss_kib(pid_t);
/*
 * CPU time the process has used, in nanoseconds, from
 * /proc/PID/schedstat; it can still be read while the process is a
 * zombie.  -1 when unavailable.
 */
long long proc_cpu_ns(pid_t);
/*
 * Waits up to timeout_ms for the child pid to exit, leaving it to be
 * reaped by its owner.  Returns 1 once it has exited, 0 on timeout.
 */
int	proc_wait_exit(pid_t, int timeout_ms);
/*
 * Runs argv (argv[0] a path) with its input and output on /dev/null and
 * waits for it: wall time in ms, peak RSS in KiB (from wait4) and the
 * wait status.  Returns 0, or -1 when it could not be started.
 */
int	proc_run(char *const argv[], double *ms, long *maxrss_kib,
	    int *status);
/* Bytes in the *.yaml files under root (recursively), or 0. */
unsigned long long yaml_bytes(const char *root);

#endif /* BENCH_PROC_H */
