/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * t-ssh.c: the kiosk behind a real OpenSSH server, as a guest reaches it.
 *
 * The test starts a private sshd on a free loopback port, with its own
 * host key, an authorized key made for the test and the kiosk as the
 * ForceCommand, then logs in with the real ssh client inside the pty
 * harness.  It checks that the guest sees the kiosk, that a command the
 * client asks for is not run, that "ssh -T" gets a message and status 64,
 * and, above all, that when the client dies without a goodbye (SIGKILL)
 * the kiosk process on the server ends within 2 s without spinning.
 *
 * Then, as root, it follows the guest account set-up that
 * deploy/sshd-smp-kiosk.conf.in and smp-kiosk(1) document, word for
 * word, in a private mount namespace (copies of /etc and /home, so the
 * system's own accounts and PAM files are never touched): the account
 * with the kiosk as its shell and a locked password, the line in
 * sshd's PAM stack, the snippet itself included in sshd's
 * configuration with UsePAM yes.  A visitor must get in without a
 * password; a local user must not become the guest with su, nor log
 * in as the guest on a terminal; no process of the guest user may
 * read the memory of the kiosk a visitor is using; and when the
 * visitor's client stops (SIGSTOP: the connection stays up but nothing
 * answers), the snippet's ClientAlive settings must end the session
 * within the 45 s it claims.
 *
 * Nothing here sleeps to synchronise: every wait is on a condition (a
 * pidfd, a screen text, a connect that succeeds) with a timeout; where
 * no event exists to wait on, a condition is checked every 10 ms.
 *
 * SMP_KIOSK (absolute path) and SMP_SRCDIR come from make check.  The
 * whole program is skipped only when sshd cannot run here at all.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE		/* pidfd via syscall, nftw, prctl */
#endif

#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <sched.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

#define SSHD_PATH	"/usr/sbin/sshd"
#define SSH_PATH	"/usr/bin/ssh"
#define KEYGEN_PATH	"/usr/bin/ssh-keygen"
#define PRIVSEP_DIR	"/run/sshd"	/* Debian's; sshd needs it as root */
#define USERADD_PATH	"/usr/sbin/useradd"
#define USERDEL_PATH	"/usr/sbin/userdel"
#define SU_PATH		"/usr/bin/su"
#define LOGIN_PATH	"/usr/bin/login"
#define CP_PATH		"/bin/cp"

#ifndef PKGDATADIR
#define PKGDATADIR	"/usr/local/share/smp-kiosk"
#endif

/*
 * The guest account's set-up, as deploy/sshd-smp-kiosk.conf.in and
 * DEPLOYMENT in smp-kiosk(1) give it: the test checks that both say
 * these lines, then runs them.
 */
#define GUEST		"smp-guest"
#define GUEST_USERADD	"useradd --system --create-home --shell " \
	"@bindir@/smp-kiosk " GUEST
#define GUEST_PAM	"auth [success=done default=ignore] " \
	"pam_succeed_if.so quiet user = " GUEST
#define LOCAL_USER	"smp-t-local"	/* an ordinary local user */
#define GUEST_MARK	"smp-kiosk -c"	/* how sshd runs the kiosk as shell */

#define START_TRIES	3	/* ports to try if another program took one */
#define READY_MS	5000	/* for sshd to listen */
#define HANGUP_MS	2000	/* for the kiosk to end after a hang-up */
#define HANGUP_CPU_MS	100	/* CPU it may use meanwhile */
#define POLL_MS		10	/* between checks where no event exists */
#define MAX_DEPTH	64	/* of the process tree under sshd */
#define ALIVE_CLAIM_MS	45000	/* the snippet: a dead client goes within */

/* Paths and state shared by the tests and the cleanup. */
static char	 kiosk[PATH_MAX], fixture[PATH_MAX];
static char	 tmpdir[PATH_MAX] = "";
static char	 user[256];
static char	 client_key[PATH_MAX + 32], config[PATH_MAX + 32];
static char	 sshd_log[PATH_MAX + 32];
static char	 port_arg[16];
static pid_t	 sshd_pid = -1;
static int	 sshd_pidfd = -1;
static int	 made_privsep_dir;
static const char *kiosk_mark = fixture; /* in the kiosk's command line */
static char	 made_pkgdatadir[PATH_MAX];	/* mkdir'd for the guest test */

/* A pidfd for pid, or -1 where the kernel has none. */
static int
pidfd_for(pid_t pid)
{
#ifdef SYS_pidfd_open
	return (int)syscall(SYS_pidfd_open, pid, 0);
#else
	(void)pid;
	return -1;
#endif
}

/*
 * Wait up to ms for the process behind pidfd to end; with no pidfd,
 * just let ms pass so that the caller can check again.  1 if it ended.
 */
static int
wait_pidfd(int pidfd, int ms)
{
	struct pollfd	pfd;

	if (pidfd == -1) {
		poll(NULL, 0, ms);
		return 0;
	}
	pfd.fd = pidfd;
	pfd.events = POLLIN;
	return poll(&pfd, 1, ms) == 1;
}

/* Write text to path; 1 on success. */
static int
write_file(const char *path, const char *text)
{
	FILE	*f;
	int	 good;

	if ((f = fopen(path, "w")) == NULL)
		return 0;
	good = fputs(text, f) >= 0;
	return fclose(f) == 0 && good;
}

/* Read up to size - 1 bytes of path into buf; the length, or -1. */
static ssize_t
read_file(const char *path, char *buf, size_t size)
{
	ssize_t	n, got = 0;
	int	fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	while ((size_t)got < size - 1 &&
	    (n = read(fd, buf + got, size - 1 - (size_t)got)) > 0)
		got += n;
	close(fd);
	buf[got] = '\0';
	return got;
}

/* Print a file as TAP comments, to explain a failure. */
static void
diag_file(const char *title, const char *path)
{
	static char	buf[16384];

	if (read_file(path, buf, sizeof(buf)) > 0)
		diag("%s (%s):\n%s", title, path, buf);
}

/*
 * Run argv[0] (a path) with stdin from /dev/null and both outputs
 * appended to log; the exit status as waitpid() gives it, or -1.
 */
static int
run(char *const argv[], const char *log)
{
	pid_t	pid;
	int	fd, status;

	fflush(stdout);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		fd = open("/dev/null", O_RDONLY);
		dup2(fd, STDIN_FILENO);
		fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		execv(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return -1;
	return status;
}

/* Quote s for a POSIX shell, in single quotes; 1 if it fitted. */
static int
shell_quote(char *buf, size_t size, const char *s)
{
	size_t	len = 0;

	if (size < 3)
		return 0;
	buf[len++] = '\'';
	for (; *s != '\0'; s++) {
		if (len + 6 >= size)
			return 0;
		if (*s == '\'') {
			memcpy(buf + len, "'\\''", 4);
			len += 4;
		} else
			buf[len++] = *s;
	}
	buf[len++] = '\'';
	buf[len] = '\0';
	return 1;
}

/* Whether the kiosk's --help mentions an option. */
static int
kiosk_has_option(const char *option)
{
	static char	 out[16384];
	char		 log[PATH_MAX + 32];
	char		*argv[] = { kiosk, "--help", NULL };

	snprintf(log, sizeof(log), "%s/help.out", tmpdir);
	if (run(argv, log) == -1 || read_file(log, out, sizeof(out)) <= 0)
		return 0;
	return strstr(out, option) != NULL;
}

/* ---- processes ---- */

/*
 * Fields of /proc/PID/stat: the state, the parent and the CPU time in
 * clock ticks.  0 when the process is gone (or was never there).
 */
static int
proc_stat(pid_t pid, char *state, pid_t *ppid, unsigned long long *cpu)
{
	char			 path[64], buf[1024], *p;
	unsigned long long	 utime, stime;
	int			 parent;

	snprintf(path, sizeof(path), "/proc/%ld/stat", (long)pid);
	if (read_file(path, buf, sizeof(buf)) <= 0)
		return 0;
	/* The name in parentheses may hold anything: skip to its end. */
	if ((p = strrchr(buf, ')')) == NULL)
		return 0;
	if (sscanf(p + 1, " %c %d %*d %*d %*d %*d %*u %*u %*u %*u %*u "
	    "%llu %llu", state, &parent, &utime, &stime) != 4)
		return 0;
	*ppid = parent;
	*cpu = utime + stime;
	return 1;
}

/* Whether pid has ended: no longer in /proc, or a zombie. */
static int
proc_ended(pid_t pid)
{
	unsigned long long	cpu;
	pid_t			ppid;
	char			state;

	return !proc_stat(pid, &state, &ppid, &cpu) || state == 'Z';
}

/* How many generations below ancestor pid is; 0 if not below it. */
static int
proc_depth_below(pid_t pid, pid_t ancestor)
{
	unsigned long long	cpu;
	pid_t			ppid;
	char			state;
	int			depth;

	for (depth = 1; depth <= MAX_DEPTH; depth++) {
		if (!proc_stat(pid, &state, &ppid, &cpu) || ppid <= 1)
			return 0;
		if (ppid == ancestor)
			return depth;
		pid = ppid;
	}
	return 0;
}

/* Whether the command line of pid contains text. */
static int
proc_cmdline_has(pid_t pid, const char *text)
{
	char	path[64], buf[8192];
	ssize_t	len, i;

	snprintf(path, sizeof(path), "/proc/%ld/cmdline", (long)pid);
	if ((len = read_file(path, buf, sizeof(buf))) <= 0)
		return 0;
	for (i = 0; i < len; i++)
		if (buf[i] == '\0')
			buf[i] = ' ';
	return strstr(buf, text) != NULL;
}

/*
 * Call fn for each live process below sshd: fn gets the pid and its
 * depth.  Returns how many there were.
 */
static int
each_sshd_descendant(void (*fn)(pid_t, int, void *), void *arg)
{
	struct dirent	*ent;
	DIR		*dir;
	pid_t		 pid;
	int		 depth, n = 0;

	if (sshd_pid <= 0 || (dir = opendir("/proc")) == NULL)
		return 0;
	while ((ent = readdir(dir)) != NULL) {
		if (!isdigit((unsigned char)ent->d_name[0]))
			continue;
		pid = (pid_t)strtol(ent->d_name, NULL, 10);
		if ((depth = proc_depth_below(pid, sshd_pid)) == 0 ||
		    proc_ended(pid))
			continue;
		n++;
		if (fn != NULL)
			fn(pid, depth, arg);
	}
	closedir(dir);
	return n;
}

struct found {
	pid_t	pid;
	int	depth;
};

/*
 * Keep the deepest process whose command line names the fixture: the
 * kiosk itself, not a shell that may still wait for it (or, with a
 * wrapper such as valgrind-kiosk.sh in SMP_KIOSK, the wrapped program).
 */
static void
keep_kiosk(pid_t pid, int depth, void *arg)
{
	struct found	*f = arg;

	if (depth > f->depth && proc_cmdline_has(pid, kiosk_mark)) {
		f->pid = pid;
		f->depth = depth;
	}
}

/* The pid of the kiosk that sshd started, or -1. */
static pid_t
find_server_kiosk(void)
{
	struct found	f = { -1, 0 };

	each_sshd_descendant(keep_kiosk, &f);
	return f.pid;
}

static void
kill_one(pid_t pid, int depth, void *arg)
{
	(void)depth;
	(void)arg;
	kill(pid, SIGKILL);
}

/*
 * Wait up to ms for every process below sshd to end; 1 if they did.
 * No event tells when a process that is not our child ends, so check
 * every POLL_MS (the pidfd of sshd wakes us early if it dies).
 */
static int
wait_sessions_gone(int ms)
{
	long	deadline = clock_ms() + ms;

	while (each_sshd_descendant(NULL, NULL) > 0) {
		if (clock_ms() >= deadline)
			return 0;
		wait_pidfd(sshd_pidfd, POLL_MS);
	}
	return 1;
}

/* ---- the server ---- */

/* A loopback port that was free a moment ago, or 0. */
static int
free_port(void)
{
	struct sockaddr_in	sin;
	socklen_t		len = sizeof(sin);
	int			fd, port = 0;

	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1)
		return 0;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) == 0 &&
	    getsockname(fd, (struct sockaddr *)&sin, &len) == 0)
		port = ntohs(sin.sin_port);
	close(fd);
	return port;
}

/* Whether something accepts connections on the loopback port. */
static int
port_open(int port)
{
	struct sockaddr_in	sin;
	int			fd, open_;

	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1)
		return 0;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((unsigned short)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	open_ = connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == 0;
	close(fd);
	return open_;
}

/* Make the host key, the client key and authorized_keys; 1 on success. */
static int
make_keys(void)
{
	char	host_key[PATH_MAX + 32], log[PATH_MAX + 32];
	char	pub[PATH_MAX + 64], keys[PATH_MAX + 32], text[4096];
	char	*host_argv[] = { KEYGEN_PATH, "-q", "-t", "ed25519", "-N", "",
	    "-C", "smp-kiosk t-ssh host", "-f", host_key, NULL };
	char	*client_argv[] = { KEYGEN_PATH, "-q", "-t", "ed25519", "-N",
	    "", "-C", "smp-kiosk t-ssh client", "-f", client_key, NULL };

	snprintf(host_key, sizeof(host_key), "%s/host_key", tmpdir);
	snprintf(client_key, sizeof(client_key), "%s/client_key", tmpdir);
	snprintf(log, sizeof(log), "%s/keygen.log", tmpdir);
	snprintf(pub, sizeof(pub), "%s.pub", client_key);
	snprintf(keys, sizeof(keys), "%s/authorized_keys", tmpdir);
	if (run(host_argv, log) != 0 || run(client_argv, log) != 0) {
		diag_file("ssh-keygen failed", log);
		return 0;
	}
	return read_file(pub, text, sizeof(text)) > 0 &&
	    write_file(keys, text);
}

/* Write the server's configuration for port; 1 on success. */
static int
write_config(int port, int kiosk_mode)
{
	char	text[8 * PATH_MAX + 4096];
	char	qkiosk[2 * PATH_MAX], qfixture[2 * PATH_MAX];

	if (!shell_quote(qkiosk, sizeof(qkiosk), kiosk) ||
	    !shell_quote(qfixture, sizeof(qfixture), fixture))
		return 0;
	snprintf(config, sizeof(config), "%s/sshd_config", tmpdir);
	/*
	 * No AcceptEnv and no SetEnv: the kiosk gets only what sshd sets
	 * (TERM from the client's pty request, HOME, USER, SHELL, PATH...).
	 * UsePAM no keeps a container's PAM stack (pam_loginuid) out of it.
	 */
	snprintf(text, sizeof(text),
	    "# Written by tests/t-ssh for one run; see that file.\n"
	    "ListenAddress 127.0.0.1:%d\n"
	    "HostKey %s/host_key\n"
	    "PidFile %s/sshd.pid\n"
	    "AuthorizedKeysFile %s/authorized_keys\n"
	    "StrictModes no\n"
	    "UsePAM no\n"
	    "PermitRootLogin %s\n"
	    "AllowUsers %s\n"
	    "AuthenticationMethods publickey\n"
	    "PubkeyAuthentication yes\n"
	    "PasswordAuthentication no\n"
	    "KbdInteractiveAuthentication no\n"
	    "ForceCommand %s%s --content %s\n"
	    "PermitTTY yes\n"
	    "DisableForwarding yes\n"
	    "PermitUserRC no\n"
	    "MaxSessions 1\n"
	    "PrintMotd no\n"
	    "PrintLastLog no\n"
	    "UseDNS no\n"
	    "LogLevel INFO\n",
	    port, tmpdir, tmpdir, tmpdir,
	    getuid() == 0 ? "prohibit-password" : "no", user,
	    qkiosk, kiosk_mode ? " --kiosk" : "", qfixture);
	return write_file(config, text);
}

/* In the child: become sshd, logging to sshd_log; never returns. */
static _Noreturn void
exec_sshd(pid_t parent)
{
	char	*argv[] = { SSHD_PATH, "-D", "-e", "-f", config, NULL };
	int	 fd;

	/* If the test dies, so does its server. */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() != parent)
		_exit(1);
	setpgid(0, 0);
	fd = open("/dev/null", O_RDONLY);
	dup2(fd, STDIN_FILENO);
	fd = open(sshd_log, O_WRONLY | O_CREAT | O_APPEND, 0600);
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	execv(argv[0], argv);
	dprintf(STDERR_FILENO, "t-ssh: %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

/* Whether the server's log contains text. */
static int
log_has(const char *text)
{
	static char	buf[16384];

	return read_file(sshd_log, buf, sizeof(buf)) > 0 &&
	    strstr(buf, text) != NULL;
}

enum start { STARTED, PORT_TAKEN, CANNOT_RUN, FAILED };

/*
 * Start sshd on port and wait until it accepts connections.  Connection
 * refused comes back at once, so between tries wait POLL_MS on the
 * pidfd of sshd: that also notices at once when it exits instead.
 */
static enum start
start_sshd(int port)
{
	pid_t	parent = getpid();
	long	deadline;
	int	status;

	fflush(stdout);
	if ((sshd_pid = fork()) == -1)
		return CANNOT_RUN;
	if (sshd_pid == 0)
		exec_sshd(parent);
	sshd_pidfd = pidfd_for(sshd_pid);
	deadline = clock_ms() + READY_MS;
	while (!port_open(port)) {
		if (waitpid(sshd_pid, &status, WNOHANG) == sshd_pid) {
			sshd_pid = -1;
			if (sshd_pidfd != -1)
				close(sshd_pidfd);
			sshd_pidfd = -1;
			if (log_has("Address already in use"))
				return PORT_TAKEN;
			if (log_has("Cannot bind") ||
			    log_has("privilege separation") ||
			    (WIFEXITED(status) && WEXITSTATUS(status) == 127))
				return CANNOT_RUN;
			return FAILED;
		}
		if (clock_ms() >= deadline)
			return FAILED;
		wait_pidfd(sshd_pidfd, POLL_MS);
	}
	return STARTED;
}

/* Stop sshd (and any session it left), then remove the temporary folder. */
static int
remove_entry(const char *path, const struct stat *st, int flag,
    struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

/* Stop sshd and any session it left. */
static void
stop_sshd(void)
{
	int	status;

	if (sshd_pid > 0) {
		each_sshd_descendant(kill_one, NULL);
		kill(sshd_pid, SIGTERM);
		if (!wait_pidfd(sshd_pidfd, 2000) && sshd_pidfd != -1)
			kill(sshd_pid, SIGKILL);
		waitpid(sshd_pid, &status, 0);
		sshd_pid = -1;
	}
	if (sshd_pidfd != -1)
		close(sshd_pidfd);
	sshd_pidfd = -1;
}

static void
cleanup(void)
{
	stop_sshd();
	/* The private mounts, if any, end with this process. */
	if (made_pkgdatadir[0] != '\0' && umount2(PKGDATADIR, MNT_DETACH) == 0)
		rmdir(made_pkgdatadir);
	made_pkgdatadir[0] = '\0';
	if (tmpdir[0] != '\0')
		nftw(tmpdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	tmpdir[0] = '\0';
	if (made_privsep_dir)
		rmdir(PRIVSEP_DIR);
	made_privsep_dir = 0;
}

/* Set everything up and start sshd, or skip the whole program. */
static void
setup(void)
{
	struct passwd	*pw;
	const char	*tmp;
	int		 try, port = 0, kiosk_mode;
	enum start	 r = FAILED;

	if (access(SSHD_PATH, X_OK) != 0)
		skip_all(SSHD_PATH " not installed (openssh-server)");
	if (access(SSH_PATH, X_OK) != 0 || access(KEYGEN_PATH, X_OK) != 0)
		skip_all("ssh or ssh-keygen not installed (openssh-client)");
	if ((pw = getpwuid(getuid())) == NULL)
		skip_all("this user has no passwd entry for sshd");
	snprintf(user, sizeof(user), "%s", pw->pw_name);
	/* As root, sshd wants its privilege separation directory. */
	if (geteuid() == 0 && access(PRIVSEP_DIR, F_OK) != 0) {
		if (mkdir(PRIVSEP_DIR, 0755) != 0)
			skip_all("cannot create " PRIVSEP_DIR);
		made_privsep_dir = 1;
	}
	if ((tmp = getenv("TMPDIR")) == NULL || *tmp == '\0')
		tmp = "/tmp";
	snprintf(tmpdir, sizeof(tmpdir), "%s/smp-t-ssh.XXXXXX", tmp);
	if (mkdtemp(tmpdir) == NULL) {
		tmpdir[0] = '\0';
		skip_all("cannot create a temporary folder");
	}
	atexit(cleanup);
	snprintf(sshd_log, sizeof(sshd_log), "%s/sshd.log", tmpdir);
	if (!make_keys())
		skip_all("ssh-keygen cannot make an ed25519 key");
	kiosk_mode = kiosk_has_option("--kiosk");

	for (try = 0; try < START_TRIES; try++) {
		if ((port = free_port()) == 0)
			skip_all("cannot bind a loopback port");
		if (!write_config(port, kiosk_mode))
			skip_all("cannot write the sshd configuration");
		if ((r = start_sshd(port)) != PORT_TAKEN)
			break;
	}
	if (r == CANNOT_RUN || r == PORT_TAKEN) {
		diag_file("sshd log", sshd_log);
		skip_all("sshd cannot run here (see its log above)");
	}
	if (r == FAILED) {
		/* Our configuration or the server is wrong: that fails. */
		ok(0, "sshd starts and listens on 127.0.0.1:%d", port);
		diag_file("sshd configuration", config);
		diag_file("sshd log", sshd_log);
		exit(tap_done());
	}
	snprintf(port_arg, sizeof(port_arg), "%d", port);
	diag("sshd %ld on 127.0.0.1:%d, user %s%s", (long)sshd_pid, port,
	    user, kiosk_mode ? ", kiosk with --kiosk" : "");
}

/* ---- the client ---- */

/*
 * Start "ssh -tt" (or another mode) to the test server in an 80x24 pty,
 * with a command for the server if cmd is not NULL.
 */
static struct scr *
start_ssh_term(const char *mode, const char *cmd, const char *term)
{
	char	 dest[300];
	char	*argv[40];
	char	*env[] = { "SSH_AUTH_SOCK", "SSH_AGENT_PID", (char *)term,
	    NULL };
	size_t	 n = 0;

	snprintf(dest, sizeof(dest), "%s@127.0.0.1", user);
	argv[n++] = SSH_PATH;
	argv[n++] = (char *)mode;
	argv[n++] = "-F";		/* no user or system ssh_config */
	argv[n++] = "/dev/null";
	argv[n++] = "-e";		/* no ~ escapes: keys go through */
	argv[n++] = "none";
	argv[n++] = "-i";
	argv[n++] = client_key;
	argv[n++] = "-o";
	argv[n++] = "IdentitiesOnly=yes";
	argv[n++] = "-o";
	argv[n++] = "IdentityAgent=none";
	argv[n++] = "-o";
	argv[n++] = "BatchMode=yes";
	argv[n++] = "-o";
	argv[n++] = "StrictHostKeyChecking=no";
	argv[n++] = "-o";
	argv[n++] = "UserKnownHostsFile=/dev/null";
	argv[n++] = "-o";
	argv[n++] = "GlobalKnownHostsFile=/dev/null";
	argv[n++] = "-o";
	argv[n++] = "UpdateHostKeys=no";
	argv[n++] = "-o";
	argv[n++] = "LogLevel=ERROR";
	argv[n++] = "-o";
	argv[n++] = "ConnectTimeout=5";
	argv[n++] = "-p";
	argv[n++] = port_arg;
	argv[n++] = dest;
	if (cmd != NULL)
		argv[n++] = (char *)cmd;
	argv[n] = NULL;
	return scr_start(80, 24, argv, env);
}

static struct scr *
start_ssh(const char *mode, const char *cmd)
{
	return start_ssh_term(mode, cmd, NULL);
}

/*
 * Wait for pid (not our child) to end, checking every POLL_MS (or
 * waking on its pidfd).  Returns the milliseconds it took, or -1 after
 * ms; *cpu gets the last CPU time (clock ticks) seen while it ran.
 */
static long
wait_server_exit(pid_t pid, int pidfd, int ms, unsigned long long *cpu)
{
	unsigned long long	c;
	pid_t			ppid;
	long			start = clock_ms();
	char			state;

	for (;;) {
		if (!proc_stat(pid, &state, &ppid, &c))
			return clock_ms() - start;
		*cpu = c;
		if (state == 'Z')	/* ended; its parent has yet to reap */
			return clock_ms() - start;
		if (clock_ms() - start >= ms)
			return -1;
		wait_pidfd(pidfd, POLL_MS);
	}
}

/*
 * The guest logs in, reads a page, and the client dies without a word:
 * the kiosk on the server must end within HANGUP_MS, using almost no
 * CPU meanwhile, and sshd must clean the session up.
 */
static void
test_client_killed(void)
{
	unsigned long long	 before = 0, after = 0;
	struct scr		*s;
	pid_t			 pid, ppid;
	long			 took, used_ms, tick;
	char			 state;
	int			 pidfd;

	s = start_ssh("-tt", NULL);
	if (!ok(s != NULL, "killed client: ssh starts"))
		return;
	if (!ok(scr_wait_text(s, "Press any key to start", -1),
	    "killed client: the welcome screen comes through sshd")) {
		diag_file("sshd log", sshd_log);
		if (log_has("account is locked"))
			diag("the account %s is locked: sshd refuses it "
			    "with UsePAM no", user);
		scr_free(s);
		return;
	}
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Alpha page", -1), "killed client: home menu");
	scr_type(s, "1");
	ok(scr_wait_text(s, "Alpha body text.", -1),
	    "killed client: a topic opens over ssh");

	pid = find_server_kiosk();
	if (!ok(pid > 0, "killed client: the kiosk runs under sshd")) {
		scr_free(s);
		return;
	}
	pidfd = pidfd_for(pid);
	proc_stat(pid, &state, &ppid, &before);
	after = before;

	kill(scr_pid(s), SIGKILL);
	took = wait_server_exit(pid, pidfd, HANGUP_MS, &after);
	ok(took >= 0, "killed client: the kiosk (pid %ld) ends within %d ms "
	    "(took %ld ms)", (long)pid, HANGUP_MS, took);
	tick = sysconf(_SC_CLK_TCK) > 0 ? sysconf(_SC_CLK_TCK) : 100;
	used_ms = (long)((after - before) * 1000 / (unsigned long long)tick);
	ok(used_ms <= HANGUP_CPU_MS, "killed client: it used %ld ms of CPU "
	    "after the hang-up (at most %d)", used_ms, HANGUP_CPU_MS);
	if (took < 0) {
		kill(pid, SIGKILL);
		diag_file("sshd log", sshd_log);
	}
	ok(wait_sessions_gone(HANGUP_MS),
	    "killed client: sshd ends the session's processes");
	if (pidfd != -1)
		close(pidfd);
	scr_free(s);
}

/*
 * A command the client asks for is replaced by the kiosk; closing the
 * client's terminal (the guest shuts the window) ends everything.
 */
static void
test_command_ignored(void)
{
	unsigned long long	 cpu = 0;
	struct scr		*s;
	pid_t			 pid;
	int			 status = -1;

	s = start_ssh("-tt", "echo SMP-INJECTED; id");
	if (!ok(s != NULL, "client command: ssh starts"))
		return;
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "client command: the kiosk runs instead");
	ok(!scr_contains(s, "SMP-INJECTED") && !scr_contains(s, "uid="),
	    "client command: the client's command does not run");
	pid = find_server_kiosk();
	ok(pid > 0, "client command: the kiosk runs under sshd");
	scr_close_master(s);
	ok(scr_wait_exit(s, -1, &status), "client command: closing the "
	    "window ends the ssh client");
	if (pid > 0)
		ok(wait_server_exit(pid, -1, HANGUP_MS, &cpu) >= 0,
		    "client command: and the kiosk on the server");
	ok(wait_sessions_gone(HANGUP_MS),
	    "client command: sshd ends the session's processes");
	scr_free(s);
}

/*
 * A visitor whose terminal type the server's terminfo lacks (a newer
 * emulator than the host) still reaches a usable screen: the kiosk
 * picks a related entry, and the keys work.
 */
static void
test_unknown_term(void)
{
	struct scr	*s;
	int		 status = -1;

	s = start_ssh_term("-tt", NULL, "TERM=xterm-no-such-emulator");
	if (!ok(s != NULL, "unknown TERM over ssh: ssh starts"))
		return;
	ok(scr_wait_text(s, "Press any key to start", -1),
	    "unknown TERM over ssh: the welcome screen");
	scr_key(s, "Enter");
	ok(scr_wait_text(s, "1  Alpha page", -1),
	    "unknown TERM over ssh: a key opens the home menu");
	scr_close_master(s);
	ok(scr_wait_exit(s, -1, &status), "unknown TERM over ssh: closing "
	    "the window ends the client");
	ok(wait_sessions_gone(HANGUP_MS),
	    "unknown TERM over ssh: sshd ends the session's processes");
	scr_free(s);
}

/* Without a pty the kiosk says why it cannot run and exits 64. */
static void
test_no_tty(void)
{
	struct scr	*s;
	int		 status = -1;

	s = start_ssh("-T", NULL);
	if (!ok(s != NULL, "ssh -T: ssh starts"))
		return;
	ok(scr_wait_text(s, "terminal", -1),
	    "ssh -T: a message says a terminal is needed");
	ok(scr_wait_exit(s, -1, &status), "ssh -T: the session ends");
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 64,
	    "ssh -T: exit status 64 reaches the client (status 0x%x)",
	    (unsigned)status);
	scr_free(s);
	ok(wait_sessions_gone(HANGUP_MS), "ssh -T: no process left behind");
}

/* ---- the guest account, as the documentation sets it up ---- */

/* Whether the file at path contains text (in its first 64 KB). */
static int
file_has(const char *path, const char *text)
{
	static char	buf[65536];

	return read_file(path, buf, sizeof(buf)) > 0 &&
	    strstr(buf, text) != NULL;
}

/* text with "@bindir@" replaced by bindir; 1 if it fitted. */
static int
with_bindir(char *out, size_t size, const char *text, const char *bindir)
{
	const char	*at = strstr(text, "@bindir@");

	if (at == NULL)
		return (size_t)snprintf(out, size, "%s", text) < size;
	return (size_t)snprintf(out, size, "%.*s%s%s", (int)(at - text), text,
	    bindir, at + strlen("@bindir@")) < size;
}

/* Runs a command line of words apart by single spaces; its status. */
static int
run_words(const char *path, const char *line, const char *log)
{
	char	 copy[2 * PATH_MAX], *argv[32], *w;
	size_t	 n = 0;

	snprintf(copy, sizeof(copy), "%s", line);
	for (w = strtok(copy, " "); w != NULL && n < 31; w = strtok(NULL, " "))
		argv[n++] = w;
	if (n == 0)
		return -1;
	argv[0] = (char *)path;
	argv[n] = NULL;
	return run(argv, log);
}

/*
 * Binds a copy of a folder over it, in this process's mount namespace,
 * and makes sure the copy is what is seen there; 1 on success.
 */
static int
bind_copy(const char *dir, const char *copy, int copy_it, const char *log)
{
	char	 mark[PATH_MAX + 32], seen[PATH_MAX + 32];
	char	*cp_argv[] = { CP_PATH, "-a", (char *)dir, (char *)copy, NULL };

	if (copy_it ? run(cp_argv, log) != 0 : mkdir(copy, 0755) != 0)
		return 0;
	snprintf(mark, sizeof(mark), "%s/.smp-t-ssh", copy);
	snprintf(seen, sizeof(seen), "%s/.smp-t-ssh", dir);
	if (!write_file(mark, "t-ssh\n") ||
	    mount(copy, dir, NULL, MS_BIND, NULL) != 0)
		return 0;
	return access(seen, F_OK) == 0;
}

/*
 * A private mount namespace with copies of /etc and /home, and the
 * screen fixture as the default content (PKGDATADIR/content), which
 * the kiosk reads as a login shell.  NULL on success, else why not.
 */
static const char *
private_system(const char *log)
{
	char	 path[PATH_MAX + 32], parent[PATH_MAX];
	char	*cp_argv[] = { CP_PATH, "-a", fixture, path, NULL };
	char	*slash;

	if (unshare(CLONE_NEWNS) != 0)
		return "no private mount namespace here (unshare)";
	/* Nothing mounted from now on may reach the system. */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
		return "cannot make the mounts private";
	snprintf(path, sizeof(path), "%s/etc", tmpdir);
	if (!bind_copy("/etc", path, 1, log))
		return "cannot put a copy of /etc in place";
	snprintf(path, sizeof(path), "%s/home", tmpdir);
	if (access("/home", F_OK) != 0 || !bind_copy("/home", path, 0, log))
		return "cannot put an empty /home in place";
	snprintf(parent, sizeof(parent), "%s", PKGDATADIR);
	if ((slash = strrchr(parent, '/')) == NULL || slash == parent)
		return "PKGDATADIR is no absolute path";
	*slash = '\0';
	if (access(parent, F_OK) != 0)
		return "the folder above PKGDATADIR does not exist";
	if (access(PKGDATADIR, F_OK) != 0) {
		if (mkdir(PKGDATADIR, 0755) != 0)
			return "cannot create PKGDATADIR";
		snprintf(made_pkgdatadir, sizeof(made_pkgdatadir), "%s",
		    PKGDATADIR);
	}
	snprintf(path, sizeof(path), "%s/pkgdata", tmpdir);
	if (!bind_copy(PKGDATADIR, path, 0, log))
		return "cannot put the test content in PKGDATADIR";
	snprintf(path, sizeof(path), "%s/pkgdata/content", tmpdir);
	if (run(cp_argv, log) != 0)
		return "cannot copy the screen fixture";
	return NULL;
}

/* The documented steps, in the private /etc; NULL or what failed. */
static const char *
guest_steps(const char *bindir, const char *log)
{
	static char	 why[256];
	char		 line[2 * PATH_MAX], pam[65536 + 256];
	char		*userdel[] = { USERDEL_PATH, "-r", GUEST, NULL };
	char		*userdel_local[] = { USERDEL_PATH, "-r", LOCAL_USER,
	    NULL };
	char		*useradd_local[] = { USERADD_PATH, "--create-home",
	    "--shell", "/bin/sh", LOCAL_USER, NULL };
	size_t		 len;
	int		 rc;

	/* A copy of a system that has them already. */
	if (getpwnam(GUEST) != NULL)
		run(userdel, log);
	if (getpwnam(LOCAL_USER) != NULL)
		run(userdel_local, log);
	if (!with_bindir(line, sizeof(line), GUEST_USERADD, bindir))
		return "the kiosk's path is too long";
	if ((rc = run_words(USERADD_PATH, line, log)) != 0) {
		snprintf(why, sizeof(why), "useradd failed (status 0x%x)",
		    (unsigned)rc);
		return why;
	}
	/* Step 2: the line first in /etc/pam.d/sshd. */
	len = (size_t)snprintf(pam, sizeof(pam), "%s\n", GUEST_PAM);
	if (read_file("/etc/pam.d/sshd", pam + len, sizeof(pam) - len) <= 0)
		return "no /etc/pam.d/sshd";
	if (!write_file("/etc/pam.d/sshd", pam))
		return "cannot write /etc/pam.d/sshd";
	if (run(useradd_local, log) != 0)
		return "cannot make a local user";
	return NULL;
}

/*
 * The server for the guest: the snippet, @bindir@ filled in, included
 * at the end of a configuration that keeps Debian's defaults (UsePAM
 * yes, no password logins for anybody else).  1 on success.
 */
static int
write_guest_config(int port, const char *bindir)
{
	static char	 in[65536], out[65536 + PATH_MAX];
	char		 snippet[PATH_MAX + 64], path[PATH_MAX + 64];
	char		 text[4 * PATH_MAX + 1024], *at;
	size_t		 len = 0;
	const char	*p;

	snprintf(snippet, sizeof(snippet), "%s/deploy/sshd-smp-kiosk.conf.in",
	    getenv("SMP_SRCDIR"));
	snprintf(path, sizeof(path), "%s/smp-kiosk.conf", tmpdir);
	if (read_file(snippet, in, sizeof(in)) <= 0)
		return 0;
	for (p = in; (at = strstr(p, "@bindir@")) != NULL;
	    p = at + strlen("@bindir@"))
		len += (size_t)snprintf(out + len, sizeof(out) - len,
		    "%.*s%s", (int)(at - p), p, bindir);
	snprintf(out + len, sizeof(out) - len, "%s", p);
	snprintf(config, sizeof(config), "%s/sshd_config_guest", tmpdir);
	snprintf(text, sizeof(text),
	    "# Written by tests/t-ssh for one run; see that file.\n"
	    "ListenAddress 127.0.0.1:%d\n"
	    "HostKey %s/host_key\n"
	    "PidFile %s/sshd.pid\n"
	    "UsePAM yes\n"
	    "PermitRootLogin no\n"
	    "PasswordAuthentication no\n"
	    "KbdInteractiveAuthentication no\n"
	    "PrintMotd no\n"
	    "PrintLastLog no\n"
	    "UseDNS no\n"
	    "LogLevel INFO\n"
	    "Include %s\n",
	    port, tmpdir, tmpdir, path);
	return write_file(path, out) && write_file(config, text);
}

/* A field of /proc/PID/status ("Uid:"): its first number, or -1. */
static long
proc_status_field(pid_t pid, const char *field)
{
	char	 path[64], buf[4096], *p;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	if (read_file(path, buf, sizeof(buf)) <= 0 ||
	    (p = strstr(buf, field)) == NULL)
		return -1;
	return strtol(p + strlen(field), NULL, 10);
}

/* The start of pid's first writable mapping (its data), or 0. */
static unsigned long
proc_data_address(pid_t pid)
{
	static char	 buf[65536];
	char		 path[64], perms[8], *line;
	unsigned long	 start;

	snprintf(path, sizeof(path), "/proc/%ld/maps", (long)pid);
	if (read_file(path, buf, sizeof(buf)) <= 0)
		return 0;
	for (line = strtok(buf, "\n"); line != NULL;
	    line = strtok(NULL, "\n"))
		if (sscanf(line, "%lx-%*x %4s", &start, perms) == 2 &&
		    perms[0] == 'r' && perms[1] == 'w')
			return start;
	return 0;
}

/*
 * As another process of uid and gid, reads 4 KB of pid's memory
 * through /proc/PID/mem at addr.  Returns the bytes read (0 when
 * refused), with what happened in what; -1 if the test could not try.
 */
static long
read_memory_as(uid_t uid, gid_t gid, pid_t pid, unsigned long addr,
    char *what, size_t size)
{
	char	 path[64], buf[4096];
	int	 fds[2], fd, status;
	long	 got = -1;
	ssize_t	 n;
	pid_t	 child;

	if (pipe(fds) != 0)
		return -1;
	fflush(stdout);
	if ((child = fork()) == -1)
		return -1;
	if (child == 0) {
		close(fds[0]);
		if (setgroups(0, NULL) != 0 || setgid(gid) != 0 ||
		    setuid(uid) != 0 || getuid() != uid) {
			dprintf(fds[1], "-1 cannot become uid %ld",
			    (long)uid);
			_exit(0);
		}
		snprintf(path, sizeof(path), "/proc/%ld/mem", (long)pid);
		if ((fd = open(path, O_RDONLY)) < 0)
			dprintf(fds[1], "0 open: %s", strerror(errno));
		else if ((n = pread(fd, buf, sizeof(buf), (off_t)addr)) < 0)
			dprintf(fds[1], "0 read: %s", strerror(errno));
		else
			dprintf(fds[1], "%ld read %ld bytes", (long)n,
			    (long)n);
		_exit(0);
	}
	close(fds[1]);
	n = read(fds[0], buf, sizeof(buf) - 1);
	close(fds[0]);
	waitpid(child, &status, 0);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	got = strtol(buf, NULL, 10);
	snprintf(what, size, "%.200s", strchr(buf, ' ') != NULL ?
	    strchr(buf, ' ') + 1 : buf);
	return got;
}

/* The soft and hard core limits in /proc/PID/limits, as text. */
static int
core_limit_zero(pid_t pid, char *what, size_t size)
{
	static char	 buf[8192];
	char		 path[64], soft[32], hard[32], *p;

	snprintf(path, sizeof(path), "/proc/%ld/limits", (long)pid);
	if (read_file(path, buf, sizeof(buf)) <= 0 ||
	    (p = strstr(buf, "Max core file size")) == NULL ||
	    sscanf(p + strlen("Max core file size"), "%31s %31s", soft,
	    hard) != 2) {
		snprintf(what, size, "unreadable");
		return 0;
	}
	snprintf(what, size, "soft %s, hard %s", soft, hard);
	return strcmp(soft, "0") == 0 && strcmp(hard, "0") == 0;
}

/*
 * Runs argv in an 80x24 pty; answers an empty password to its first
 * "Password:" and waits for it to end.  Returns the screen, or NULL.
 */
static struct scr *
empty_password(char *const argv[], int *status)
{
	struct scr	*s;

	if ((s = scr_start(80, 24, argv, NULL)) == NULL)
		return NULL;
	if (scr_wait_text(s, "assword:", -1))
		scr_key(s, "Enter");
	if (!scr_wait_exit(s, 4 * scr_timeout_ms(), status))
		*status = -1;
	return s;
}

/* A local user tries su to the guest, with an empty password. */
static void
test_su_refused(const char *how, const char *cmd)
{
	struct scr	*s;
	int		 status = -1, got_in;
	char		*argv[] = { SU_PATH, LOCAL_USER, "-c", (char *)cmd, NULL };

	if (!ok((s = empty_password(argv, &status)) != NULL,
	    "guest: %s: su starts", how))
		return;
	got_in = scr_contains(s, "SMP-GUEST-IN") ||
	    scr_contains(s, "Press any key");
	ok(!got_in && status != -1 && !(WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0), "guest: %s as %s is refused "
	    "(exit status 0x%x%s)", how, LOCAL_USER, (unsigned)status,
	    scr_contains(s, "Authentication failure") ?
	    ", \"Authentication failure\"" : "");
	if (got_in)
		scr_dump(s);
	scr_free(s);
}

/* A console login as the guest, with an empty password. */
static void
test_login_refused(void)
{
	struct scr	*s;
	char		*argv[] = { LOGIN_PATH, GUEST, NULL };

	if (access(LOGIN_PATH, X_OK) != 0) {
		ok(1, "guest: console login # SKIP no " LOGIN_PATH);
		return;
	}
	if (!ok((s = scr_start(80, 24, argv, NULL)) != NULL,
	    "guest: login starts"))
		return;
	if (scr_wait_text(s, "assword:", -1))
		scr_key(s, "Enter");
	ok(scr_wait_text(s, "Login incorrect", 4 * scr_timeout_ms()) &&
	    !scr_contains(s, "Press any key"), "guest: login on a terminal "
	    "with an empty password is refused (\"Login incorrect\")");
	kill(scr_pid(s), SIGKILL);
	scr_free(s);
}

/* The kiosk a visitor uses, seen from the guest's other processes. */
static void
test_kiosk_memory(const struct passwd *pw)
{
	char		 what[256], state;
	unsigned long	 addr;
	unsigned long long cpu;
	pid_t		 pid, ppid;
	long		 got;

	pid = find_server_kiosk();
	if (!ok(pid > 0, "guest: the kiosk runs under sshd as the shell"))
		return;
	ok(proc_status_field(pid, "Uid:") == (long)pw->pw_uid,
	    "guest: the kiosk (pid %ld) runs as %s (uid %ld)", (long)pid,
	    GUEST, (long)pw->pw_uid);
	ok(core_limit_zero(pid, what, sizeof(what)),
	    "guest: the kiosk's core file size limit is 0 (%s)", what);
	if (!ok((addr = proc_data_address(pid)) != 0,
	    "guest: the kiosk's data mapping is found"))
		return;
	got = read_memory_as(pw->pw_uid, pw->pw_gid, pid, addr, what,
	    sizeof(what));
	ok(got == 0, "guest: another process of %s cannot read the kiosk's "
	    "/proc/PID/mem at 0x%lx (%s)", GUEST, addr, what);
	/* sshd's process of the session, which carries the visitor's
	 * keys and screens, runs as the guest too. */
	if (!proc_stat(pid, &state, &ppid, &cpu) ||
	    proc_status_field(ppid, "Uid:") != (long)pw->pw_uid ||
	    (addr = proc_data_address(ppid)) == 0) {
		ok(1, "guest: sshd's session process # SKIP not found");
		return;
	}
	got = read_memory_as(pw->pw_uid, pw->pw_gid, ppid, addr, what,
	    sizeof(what));
	ok(got == 0, "guest: nor that of sshd's session process (pid %ld: "
	    "%s)", (long)ppid, what);
}

/*
 * The visitor's client stops (a laptop suspended, a network gone
 * quiet): no FIN, no RST, and its kernel still acknowledges what comes.
 * The snippet's ClientAliveInterval and ClientAliveCountMax must have
 * sshd drop it, and so end the kiosk, within ALIVE_CLAIM_MS, as the
 * snippet and smp-kiosk(1) say.
 */
static void
test_client_stopped(struct scr *s)
{
	unsigned long long	cpu = 0;
	pid_t			pid;
	long			took;
	int			pidfd;

	if (!ok((pid = find_server_kiosk()) > 0,
	    "guest: stopped client: the kiosk runs"))
		return;
	pidfd = pidfd_for(pid);
	kill(scr_pid(s), SIGSTOP);
	took = wait_server_exit(pid, pidfd, ALIVE_CLAIM_MS, &cpu);
	ok(took >= 0, "guest: a stopped client is dropped, and its kiosk "
	    "ends, within %d s (took %.1f s)", ALIVE_CLAIM_MS / 1000,
	    took >= 0 ? took / 1000.0 : -1.0);
	if (took < 0)
		diag_file("sshd log", sshd_log);
	kill(scr_pid(s), SIGKILL);
	if (pidfd != -1)
		close(pidfd);
}

/*
 * The guest account set up as documented: the documentation says the
 * steps, a visitor gets in, a local user cannot become the guest, and
 * the guest user cannot read a running kiosk.
 */
static void
test_guest_account(void)
{
	char		 bindir[PATH_MAX], man[PATH_MAX + 64];
	char		 snippet[PATH_MAX + 64], log[PATH_MAX + 32];
	char		*check_argv[] = { SSHD_PATH, "-t", "-f", config, NULL };
	const char	*why, *src = getenv("SMP_SRCDIR"), *slash;
	struct passwd	*pw, guest;
	struct scr	*s;
	enum start	 r = FAILED;
	int		 try, port = 0, status;

	snprintf(snippet, sizeof(snippet), "%s/deploy/sshd-smp-kiosk.conf.in",
	    src);
	snprintf(man, sizeof(man), "%s/man/smp-kiosk.1.in", src);
	ok(file_has(snippet, GUEST_USERADD) && file_has(man, GUEST_USERADD),
	    "guest: the snippet and smp-kiosk(1) say: %s", GUEST_USERADD);
	ok(file_has(snippet, GUEST_PAM) && file_has(man, GUEST_PAM),
	    "guest: the snippet and smp-kiosk(1) say: %s", GUEST_PAM);

	if (geteuid() != 0) {
		ok(1, "guest: set-up # SKIP needs root (useradd, su, mounts)");
		return;
	}
	if (access(USERADD_PATH, X_OK) != 0 || access(SU_PATH, X_OK) != 0 ||
	    access(CP_PATH, X_OK) != 0) {
		ok(1, "guest: set-up # SKIP no useradd, su or cp");
		return;
	}
	slash = strrchr(kiosk, '/');
	if (strcmp(slash + 1, "smp-kiosk") != 0) {
		ok(1, "guest: set-up # SKIP SMP_KIOSK is no smp-kiosk binary "
		    "(a wrapper cannot be a login shell)");
		return;
	}
	snprintf(bindir, sizeof(bindir), "%.*s", (int)(slash - kiosk), kiosk);
	snprintf(log, sizeof(log), "%s/guest.log", tmpdir);
	if ((why = private_system(log)) != NULL) {
		ok(1, "guest: set-up # SKIP %s", why);
		diag_file("log", log);
		return;
	}
	why = guest_steps(bindir, log);
	if (!ok(why == NULL, "guest: the documented steps run (%s)",
	    why != NULL ? why : "done")) {
		diag_file("log", log);
		return;
	}
	if (!ok((pw = getpwnam(GUEST)) != NULL, "guest: the account exists"))
		return;
	guest = *pw;
	snprintf(sshd_log, sizeof(sshd_log), "%s/sshd-guest.log", tmpdir);
	for (try = 0; try < START_TRIES; try++) {
		if ((port = free_port()) == 0 ||
		    !write_guest_config(port, bindir))
			break;
		if (try == 0)
			ok(run(check_argv, log) == 0, "guest: sshd -t takes the "
			    "snippet");
		if ((r = start_sshd(port)) != PORT_TAKEN)
			break;
	}
	if (!ok(r == STARTED, "guest: sshd with the snippet listens on "
	    "127.0.0.1:%d", port)) {
		diag_file("log", log);
		diag_file("sshd log", sshd_log);
		return;
	}

	snprintf(port_arg, sizeof(port_arg), "%d", port);
	snprintf(user, sizeof(user), "%s", GUEST);
	kiosk_mark = GUEST_MARK;
	s = start_ssh("-tt", NULL);
	if (ok(s != NULL, "guest: ssh starts") &&
	    ok(scr_wait_text(s, "Press any key to start", -1),
	    "guest: a visitor gets the kiosk over ssh, no password asked")) {
		scr_key(s, "Enter");
		ok(scr_wait_text(s, "1  Alpha page", -1),
		    "guest: the visitor uses the kiosk");
		test_kiosk_memory(&guest);
		test_client_stopped(s);
	} else
		diag_file("sshd log", sshd_log);

	test_su_refused("su " GUEST, "su " GUEST " -c 'echo SMP-GUEST-IN'");
	test_su_refused("su -s /bin/sh " GUEST,
	    "su -s /bin/sh " GUEST " -c 'echo SMP-GUEST-IN'");
	test_login_refused();

	if (s != NULL) {
		scr_close_master(s);
		scr_wait_exit(s, -1, &status);
		scr_free(s);
	}
	stop_sshd();
}

int
main(void)
{
	const char	*k = getenv("SMP_KIOSK"), *src = getenv("SMP_SRCDIR");

	if (k == NULL || src == NULL || *k != '/')
		skip_all("SMP_KIOSK (absolute) and SMP_SRCDIR are set by "
		    "make check");
	snprintf(kiosk, sizeof(kiosk), "%s", k);
	if (realpath(src, fixture) == NULL)
		skip_all("SMP_SRCDIR does not exist");
	strncat(fixture, "/tests/fixtures/screen",
	    sizeof(fixture) - strlen(fixture) - 1);
	signal(SIGPIPE, SIG_IGN);
	setup();
	test_client_killed();
	test_command_ignored();
	test_unknown_term();
	test_no_tty();
	stop_sshd();
	test_guest_account();
	cleanup();
	return tap_done();
}
