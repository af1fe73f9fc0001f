/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * t-terminal.c: what a terminal, or a visitor at one, can do to the
 * kiosk.  The real smp-kiosk in a pseudo-terminal (tests/screen.h):
 * window sizes up to 40000 x 40000 and the memory they cost, a
 * terminal that keeps the lines scrolled off its top, output held by
 * Scroll Lock or by a client that stops reading, every signal whose
 * default action ends a process, a long clinic name on a small welcome
 * screen, and a visitor over SSH who wants to leave.
 */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <sys/wait.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "kiosk.h"
#include "tap.h"

/* The first item of the home menu. */
#define HOME	"1  Alpha page"

#define HELD_EXIT_MS	1000	/* held output: gone by then after SIGTERM */

static char *kiosk, *fixture, *shipped, *scfix;
static char *localeenv;

/* The kiosk on the screen fixture with argv_extra, in cols x rows. */
static struct scr *
start_size(int cols, int rows, char *const argv_extra[], char *const env[])
{
	return kiosk_start_on(cols, rows, fixture, argv_extra, env);
}

static struct scr *
start(char *const argv_extra[])
{
	return start_size(80, 24, argv_extra, NULL);
}

/* Resident memory of pid in KiB, from /proc; 0 if not there. */
static long
rss_kib(pid_t pid)
{
	char path[64], line[256];
	long rss = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "/proc/%ld/status", (long)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while (fgets(line, sizeof(line), fp) != NULL)
		if (strncmp(line, "VmRSS:", 6) == 0)
			rss = strtol(line + 6, NULL, 10);
	fclose(fp);
	return rss;
}

/* ---- window size ---- */

/*
 * A window of 300 x 100, then 40000 x 40000, 3000 x 3000 and sizes
 * past 32767 one way (sizes an SSH client may claim in one message; the
 * screen in the test stays 300 x 100), then 80 x 24 again.  The kiosk
 * must live through all of them, cost no more memory than at 300 x 100
 * and a little room, and draw a clean screen at the end.
 */
static void
test_window_size(void)
{
	static const int huge[][2] = { { 40000, 40000 }, { 3000, 3000 },
	    { 32768, 24 }, { 80, 32768 } };
	struct scr *s;
	long base, rss;
	size_t i;
	int big;

	s = start_size(300, 100, (char *[]){ "--kiosk", NULL }, NULL);
	to_home(s, HOME);
	scr_type(s, "3");
	ok(scr_wait_text(s, "Paragraph 01", -1), "300x100: a page shown");
	base = rss_kib(scr_pid(s));
	diag("300x100: %ld KiB resident", base);
	for (i = 0; i < sizeof(huge) / sizeof(huge[0]); i++) {
		scr_set_winsize(s, huge[i][0], huge[i][1]);
		big = scr_wait_idle(s, 300, -1) && scr_running(s);
		ok(big, "%dx%d: the kiosk runs on", huge[i][0], huge[i][1]);
		if (!big)
			break;
		rss = rss_kib(scr_pid(s));
		diag("%dx%d: %ld KiB resident", huge[i][0], huge[i][1], rss);
		if (slow_run() || base == 0)
			ok(1, "%dx%d: memory # SKIP not measured here",
			    huge[i][0], huge[i][1]);
		else
			ok(rss <= base + 1024, "%dx%d: %ld KiB resident, "
			    "within 1 MiB of the %ld KiB at 300x100",
			    huge[i][0], huge[i][1], rss, base);
	}
	scr_resize(s, 80, 24);
	ok(scr_wait_text(s, "Lines 1-20 of", -1) &&
	    scr_wait_row(s, 0, "Home > Long page", -1),
	    "back at 80x24: the page is drawn to fit");
	kill(scr_pid(s), SIGTERM);
	ok(scr_wait_exit(s, -1, NULL) && !scr_altscreen(s) &&
	    scr_mouse_mode(s) == 0, "then SIGTERM restores the terminal");
	scr_free(s);
}

/*
 * LINES and COLUMNS from the environment are not the window: the kiosk
 * draws for the terminal's real size.
 */
static void
test_lines_columns(void)
{
	struct scr *s;

	s = start_size(80, 24, (char *[]){ "--kiosk", NULL }, (char *[]){
	    "LANG=C.UTF-8", "LINES=40000", "COLUMNS=40000", NULL });
	ok(scr_wait_row(s, 23, "Help", -1) &&
	    scr_wait_text(s, "Press any key to start", -1),
	    "LINES=COLUMNS=40000: the footer on the terminal's last row");
	ok(scr_running(s), "LINES=COLUMNS=40000: still running");
	scr_free(s);

	s = start_size(80, 24, (char *[]){ "--kiosk", NULL }, (char *[]){
	    "LANG=C.UTF-8", "LINES=12", "COLUMNS=40", NULL });
	ok(scr_wait_row(s, 23, "Help", -1),
	    "LINES=12 COLUMNS=40: the footer on row 24 all the same");
	scr_free(s);
}

/* ---- signals ---- */

/* The terminal as the kiosk found it: no alternate screen, no mouse. */
static int
restored(struct scr *s)
{
	return !scr_altscreen(s) && scr_mouse_mode(s) == 0 &&
	    scr_cursor_visible(s) && scr_pen_plain(s);
}

enum fate {
	ENDS,		/* exits with status 0, the terminal restored */
	DIES,		/* dies of the signal, the terminal restored */
	LIVES,		/* ignored: the kiosk runs on */
};

/*
 * Every signal whose default action ends a process, sent to a kiosk on
 * a page with mouse reporting on, in the alternate screen.
 */
static void
test_signals(void)
{
	static const struct {
		int	 sig;
		const char *name;
		enum fate fate;
	} sigs[] = {
		{ SIGHUP, "HUP", ENDS }, { SIGTERM, "TERM", ENDS },
		{ SIGINT, "INT", LIVES }, { SIGQUIT, "QUIT", LIVES },
		{ SIGUSR1, "USR1", ENDS }, { SIGUSR2, "USR2", ENDS },
		{ SIGALRM, "ALRM", ENDS }, { SIGVTALRM, "VTALRM", ENDS },
		{ SIGPROF, "PROF", ENDS }, { SIGXCPU, "XCPU", ENDS },
		{ SIGIO, "IO", ENDS },
#ifdef SIGPWR
		{ SIGPWR, "PWR", ENDS },
#endif
#ifdef SIGSTKFLT
		{ SIGSTKFLT, "STKFLT", ENDS },
#endif
		{ 0, "RTMIN", ENDS }, { 0, "RTMAX", ENDS },
		{ SIGXFSZ, "XFSZ", LIVES }, { SIGPIPE, "PIPE", LIVES },
		{ SIGSEGV, "SEGV", DIES }, { SIGBUS, "BUS", DIES },
		{ SIGILL, "ILL", DIES }, { SIGFPE, "FPE", DIES },
		{ SIGABRT, "ABRT", DIES }, { SIGTRAP, "TRAP", DIES },
		{ SIGSYS, "SYS", DIES },
	};
	struct scr *s;
	size_t i;
	int sig, status, done;

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		sig = sigs[i].sig != 0 ? sigs[i].sig :
		    strcmp(sigs[i].name, "RTMIN") == 0 ? SIGRTMIN : SIGRTMAX;
		if (getenv("SMP_KIOSK_BIN") != NULL &&
		    (sigs[i].fate == DIES || sigs[i].sig == 0)) {
			ok(1, "SIG%s # SKIP valgrind keeps it for itself",
			    sigs[i].name);
			continue;
		}
		s = start((char *[]){ "--kiosk", NULL });
		to_home(s, HOME);
		scr_key(s, "Down");
		if (!scr_wait_cursor(s, 3, 2, -1) || scr_mouse_mode(s) == 0) {
			ok(0, "SIG%s: the kiosk ready", sigs[i].name);
			scr_free(s);
			continue;
		}
		kill(scr_pid(s), sig);
		status = -1;
		switch (sigs[i].fate) {
		case ENDS:
			done = scr_wait_exit(s, -1, &status);
			ok(done && WIFEXITED(status) &&
			    WEXITSTATUS(status) == 0 && restored(s),
			    "SIG%s: the kiosk ends with status 0, the terminal "
			    "restored", sigs[i].name);
			break;
		case DIES:
			done = scr_wait_exit(s, -1, &status);
			ok(done && WIFSIGNALED(status) &&
			    WTERMSIG(status) == sig && restored(s),
			    "SIG%s: the kiosk dies of it, the terminal restored",
			    sigs[i].name);
			break;
		case LIVES:
			scr_key(s, "Up");
			ok(scr_wait_cursor(s, 2, 2, -1) && scr_running(s),
			    "SIG%s: ignored, the kiosk runs on", sigs[i].name);
			break;
		}
		scr_free(s);
	}
}

/* The plain kiosk puts the terminal's modes back before it dies. */
static void
test_plain_signals(void)
{
	static const int sigs[] = { SIGTERM, SIGUSR1, SIGALRM, SIGXFSZ,
	    SIGSEGV, SIGPROF };
	struct termios t;
	struct scr *s;
	size_t i;
	int status, locked;

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		if (getenv("SMP_KIOSK_BIN") != NULL && sigs[i] == SIGSEGV) {
			ok(1, "plain kiosk, SIGSEGV # SKIP under valgrind");
			continue;
		}
		s = start((char *[]){ "--plain", "--kiosk", NULL });
		locked = scr_wait_text(s, "Type a number", -1) &&
		    scr_termios(s, &t) == 0 && !(t.c_lflag & ISIG);
		kill(scr_pid(s), sigs[i]);
		ok(locked && scr_wait_exit(s, -1, &status) &&
		    WIFSIGNALED(status) && WTERMSIG(status) == sigs[i] &&
		    scr_termios(s, &t) == 0 && (t.c_lflag & ISIG),
		    "plain kiosk, signal %d: Ctrl-C is a signal again",
		    sigs[i]);
		scr_free(s);
	}
}

/* ---- held output ---- */

/*
 * Output held: by Scroll Lock (stop), or by a client that stops reading
 * until the pty's buffer is full.  The kiosk is made to draw until its
 * write waits, then SIGTERM must end it within HELD_EXIT_MS, and the
 * terminal is restored once output flows again.
 */
static void
test_held_output(int stop)
{
	const char *how = stop ? "Scroll Lock" : "a client that stops reading";
	struct scr *s;
	long t0, took;
	int rounds, status = -1, waits = 0, gone;

	s = start_size(200, 60, (char *[]){ "--kiosk", NULL }, NULL);
	to_home(s, HOME);
	if (stop)
		scr_stop_output(s, 1);
	else
		scr_hold(s, 1);
	/* Whole screens again (Ctrl-L), paced by a few ms so that each
	 * is drawn, until a write waits: with Scroll Lock the first one. */
	for (rounds = 0; rounds < 1000 && waits == 0; rounds++) {
		scr_key(s, "C-l");
		poll(NULL, 0, 5);
		waits = scr_output_waits(s);
	}
	/* And the kiosk has taken the key that makes it write. */
	for (rounds = 0; rounds < 1000 && scr_input_queued(s) > 0; rounds++)
		poll(NULL, 0, 5);
	ok(waits == 1, "%s: the kiosk waits to write", how);
	t0 = clock_ms();
	kill(scr_pid(s), SIGTERM);
	gone = scr_wait_exit(s, 10 * HELD_EXIT_MS, &status);
	took = clock_ms() - t0;
	diag("%s: gone %ld ms after SIGTERM", how, took);
	ok(gone && (slow_run() || took < HELD_EXIT_MS) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "%s: SIGTERM ends the kiosk in %ld ms "
	    "(under %d)", how, took, HELD_EXIT_MS);
	if (stop)
		scr_stop_output(s, 0);
	scr_hold(s, 0);
	ok(scr_wait_exit(s, -1, NULL) && restored(s),
	    "%s: the terminal is restored", how);
	scr_free(s);
}

/*
 * Scroll Lock pressed on a page, the kiosk waiting to write: the idle
 * reset must still reach the screen, with the page gone.
 */
static void
test_held_reset(void)
{
	struct scr *s;
	int rounds;

	s = start((char *[]){ "--kiosk", "--idle-timeout", "4", NULL });
	to_home(s, HOME);
	scr_type(s, "3");
	ok(scr_wait_text(s, "Paragraph 01", -1), "Scroll Lock: a page shown");
	scr_wait_idle(s, 100, -1);	/* all of it: then PgDn is read */
	scr_stop_output(s, 1);
	scr_key(s, "PgDn");
	for (rounds = 0; rounds < 1000 && scr_input_queued(s) > 0; rounds++)
		poll(NULL, 0, 5);
	if (slow_run())		/* the watchdog may have been quicker */
		diag("Scroll Lock: the kiosk waits to write: %d",
		    scr_output_waits(s));
	else
		ok(scr_output_waits(s) == 1,
		    "Scroll Lock: the kiosk waits to write");
	/* The reset is due 4 s after PgDn, the watchdog a second later. */
	ok(scr_wait_text(s, "Press any key to start", 6000 +
	    scr_timeout_ms()) && !scr_contains(s, "Paragraph"),
	    "Scroll Lock: the idle reset reaches the screen all the same");
	ok(scr_output_waits(s) == 0, "Scroll Lock: output flows again");
	scr_free(s);
}

/* ---- saved lines ---- */

/* The kiosk on the shipped self-check, laid over as its screen test does. */
static struct scr *
start_selfcheck(char *term, char *const argv_extra[])
{
	char *argv[16], env_term[64];
	size_t n = 0, i;

	argv[n++] = kiosk;
	for (i = 0; argv_extra != NULL && argv_extra[i] != NULL && n < 10; i++)
		argv[n++] = argv_extra[i];
	argv[n++] = "--content";
	argv[n++] = shipped;
	argv[n++] = "--content";
	argv[n++] = scfix;
	argv[n] = NULL;
	snprintf(env_term, sizeof(env_term), "TERM=%s", term);
	return scr_start(80, 24, argv, (char *[]){ "LANG=C.UTF-8", env_term,
	    NULL });
}

#define NOTE	"You said you wear your hair shaved"

/* The self-check's answers for the notes above, as the plain kiosk reads. */
static const char *const plain_answers[] = { "", "1", "", "1", "1", "2",
    "2", "0", "1", "1", "1", "5" };

/*
 * The plain kiosk in a terminal that keeps what scrolls off its top
 * (xterm-256color: it takes ED 3): the notes, then leaving the
 * self-check, or the idle reset.  Nothing of them may stay there.
 */
static void
test_plain_saved_lines(int leave)
{
	const char *how = leave ? "leaving the self-check" : "the idle reset";
	char line[16];
	struct scr *s;
	size_t i;
	int kept;

	s = start_selfcheck("xterm-256color", (char *[]){ "--plain",
	    "--kiosk", "--idle-timeout", "3", NULL });
	scr_wait_text(s, "Press Enter to start", -1);
	for (i = 0; i < sizeof(plain_answers) / sizeof(plain_answers[0]);
	    i++) {
		snprintf(line, sizeof(line), "%s\r", plain_answers[i]);
		scr_type(s, line);
	}
	ok(scr_wait_text(s, "x: leave and clear your", -1),
	    "plain, %s: the notes", how);
	kept = scr_saved_contains(s, NOTE);
	ok(kept, "plain, %s: they scrolled into the terminal's history", how);
	if (leave) {
		scr_type(s, "x\r");
		scr_wait_text(s, "y/n", -1);
		scr_type(s, "y\r");
		ok(scr_wait_text(s, "Your answers are cleared.", -1),
		    "plain: the visitor leaves the self-check");
	} else
		ok(scr_wait_text(s, "Press Enter to start", -1) ||
		    scr_wait_text(s, "Type a number", -1),
		    "plain: the idle reset");
	scr_wait_idle(s, 100, -1);
	ok(!scr_saved_contains(s, NOTE) && !scr_contains(s, NOTE),
	    "plain, %s: the notes are neither on the screen nor in its "
	    "history (%zu lines kept)", how, scr_saved_lines(s));
	scr_free(s);
}

/* ---- tmux: a terminal that keeps what it clears ---- */

static char tmux_sock[64];

/* Runs tmux on our own server with the arguments; its exit status. */
static int
tmux(char *const args[])
{
	char *argv[24];
	pid_t pid;
	size_t n = 0, i;
	int status = -1;

	argv[n++] = "tmux";
	argv[n++] = "-S";
	argv[n++] = tmux_sock;
	argv[n++] = "-f";
	argv[n++] = "/dev/null";
	for (i = 0; args[i] != NULL && n < 23; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	fflush(stdout);
	if ((pid = fork()) == 0) {
		int null = open("/dev/null", O_RDWR);

		dup2(null, STDIN_FILENO);
		dup2(null, STDOUT_FILENO);
		execvp("tmux", argv);
		_exit(127);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The pane's text: with history (the lines above the screen), or not. */
static char *
tmux_capture(int history)
{
	char cmd[256], *buf;
	size_t len = 0, size = 65536;
	FILE *fp;

	snprintf(cmd, sizeof(cmd), "tmux -S %s capture-pane -p -J %s",
	    tmux_sock, history ? "-S - -E -1" : "");
	if ((buf = calloc(1, size)) == NULL || (fp = popen(cmd, "r")) == NULL)
		abort();
	while (len + 1 < size && fgets(buf + len, (int)(size - len), fp) !=
	    NULL)
		len += strlen(buf + len);
	pclose(fp);
	return buf;
}

/* Waits for text on the pane's screen (or in its history), polling it. */
static int
tmux_wait_in(const char *text, int history)
{
	long deadline = clock_ms() + scr_timeout_ms();
	char *screen;
	int found;

	do {
		screen = tmux_capture(history);
		found = strstr(screen, text) != NULL;
		free(screen);
		if (!found)
			poll(NULL, 0, 20);
	} while (!found && clock_ms() < deadline);
	if (!found)
		diag("tmux: \"%s\" never shown", text);
	return found;
}

static int
tmux_wait(const char *text)
{
	return tmux_wait_in(text, 0);
}

static void
tmux_keys(const char *keys)
{
	tmux((char *[]){ "send-keys", "-t", "kiosk", (char *)keys, NULL });
}

/*
 * The screens in tmux with TERM naming a terminal without an alternate
 * screen: tmux keeps what the kiosk clears in the pane's history
 * (scroll-on-clear), as VTE does.  The self-check's notes, drawn again
 * (Ctrl-L), then the idle reset; then the history is read.
 */
static void
test_tmux_saved_lines(const char *term)
{
	static const char *const answers[] = { "1", "1", "2", "2", "7",
	    "Enter", "1", "1", "1", "5" };
	char cmd[12800], *hist;
	size_t i;

	snprintf(tmux_sock, sizeof(tmux_sock), "/tmp/smp-t-terminal-%ld",
	    (long)getpid());
	/* --no-mouse: with TERM=linux ncurses would load libgpm, whose
	 * 10 bytes the leak checkers of the sanitizer runs report. */
	snprintf(cmd, sizeof(cmd), "env TERM=%s LANG=C.UTF-8 %s --kiosk "
	    "--no-mouse "
	    "--idle-timeout 3 --content %s --content %s", term, kiosk,
	    shipped, scfix);
	if (tmux((char *[]){ "new-session", "-d", "-s", "kiosk", "-x", "80",
	    "-y", "24", cmd, NULL }) != 0) {
		ok(1, "TERM=%s in tmux # SKIP tmux does not start", term);
		return;
	}
	tmux((char *[]){ "set-option", "-g", "history-limit", "2000", NULL });
	tmux_wait("Press any key to start");
	tmux_keys("Enter");
	tmux_wait("Is SMP worth discussing for me?");
	tmux_keys("Enter");
	tmux_wait("Start the self-check");
	tmux_keys("Enter");
	tmux_wait("What is the main reason");
	for (i = 0; i < sizeof(answers) / sizeof(answers[0]); i++)
		tmux_keys(answers[i]);
	tmux_wait("See my notes >");
	tmux_keys("Enter");
	ok(tmux_wait(NOTE), "TERM=%s in tmux: the notes", term);
	tmux_keys("C-l");
	ok(tmux_wait_in(NOTE, 1), "TERM=%s in tmux: drawn again, the notes "
	    "go into the history", term);
	ok(tmux_wait("Press any key to start"), "TERM=%s in tmux: the idle "
	    "reset", term);
	tmux_keys("Enter");
	tmux_wait("Home");
	hist = tmux_capture(1);
	ok(strstr(hist, NOTE) == NULL && strstr(hist, "Your notes") == NULL,
	    "TERM=%s in tmux: nothing of the notes left in the history",
	    term);
	free(hist);
	tmux((char *[]){ "kill-server", NULL });
	unlink(tmux_sock);
}

/* ---- a long clinic name ---- */

/*
 * A clinic name of 140 characters: on the welcome screen at 40x12 it
 * takes two rows, the second cut short with "…", and the welcome text
 * and "Press any key" stay; at 80x24 it fits whole.  --check warns.
 */
static void
test_long_clinic_name(void)
{
	char overlay[4200], *row;
	struct scr *s;
	int cut;

	snprintf(overlay, sizeof(overlay), "%s/../long-clinic", fixture);
	s = start_size(40, 12, (char *[]){ "--kiosk", "--content", overlay,
	    NULL }, NULL);
	ok(scr_wait_text(s, "Press any key to start", -1) &&
	    scr_wait_row(s, 2, "Screen test kiosk", -1) &&
	    scr_wait_row(s, 3, "The Very Long Named", -1),
	    "40x12, long clinic name: the title, the name under it");
	row = scr_row(s, 4);
	cut = strstr(row, "…") != NULL;
	free(row);
	ok(cut && !scr_contains(s, "Testtown") &&
	    scr_contains(s, "Welcome to the"),
	    "40x12, long clinic name: two rows of it, cut short, and the "
	    "welcome text below");
	scr_resize(s, 80, 24);
	ok(scr_wait_text(s, "Suite 210 B, Testtown", -1) &&
	    !scr_contains(s, "…"), "80x24: the whole name, on two rows");
	scr_free(s);

	s = start_size(200, 24, (char *[]){ "--check", "--content", overlay,
	    NULL }, NULL);
	ok(scr_wait_exit(s, -1, NULL) && scr_contains(s,
	    "long-clinic/en/clinic.yaml:3:1: warning: the clinic's name "
	    "takes 5 rows at 40x12"),
	    "--check warns about a clinic name that will not fit at 40x12");
	scr_free(s);
}

/* ---- leaving over SSH ---- */

/*
 * A kiosk for visitors over SSH (--ssh, or SSH_CONNECTION set): q asks
 * first, n stays, y leaves; without either, q does nothing.
 */
static void
test_leave_screens(const char *how, char *const argv_extra[],
    char *const env[])
{
	struct scr *s;
	int status = -1;

	s = start_size(80, 24, argv_extra, env);
	to_home(s, HOME);
	scr_type(s, "q");
	ok(scr_wait_text(s, "Leave the kiosk? y/n", -1) &&
	    scr_wait_text(s, "[ Stay ]", -1),
	    "%s: q asks \"Leave the kiosk? y/n\"", how);
	scr_type(s, "n");
	ok(scr_wait_gone(s, "Leave the kiosk?", -1) &&
	    scr_contains(s, "1  Alpha page") && scr_running(s),
	    "%s: n stays, on the same menu", how);
	scr_key(s, "C-c");
	scr_type(s, "q");
	ok(scr_wait_text(s, "Leave the kiosk? y/n", -1),
	    "%s: Ctrl-C does nothing, q asks again", how);
	scr_type(s, "y");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0 && restored(s),
	    "%s: y leaves with status 0, the terminal restored", how);
	scr_free(s);
}

/* A tap on Leave leaves too; the footer offers q. */
static void
test_leave_touch(void)
{
	struct scr *s;
	char *row, *at, buf[64];
	int col, n;

	s = start((char *[]){ "--kiosk", "--ssh", NULL });
	to_home(s, HOME);
	ok(scr_wait_row(s, 23, "q Quit", -1), "--ssh: the footer offers q");
	scr_type(s, "q");
	scr_wait_text(s, "[ Leave ]", -1);
	row = NULL;
	for (n = 0; n < 24 && (row == NULL || strstr(row, "[ Leave ]") ==
	    NULL); n++) {
		free(row);
		row = scr_row(s, n);
	}
	at = row != NULL ? strstr(row, "[ Leave ]") : NULL;
	col = at != NULL ? (int)(at - row) + 2 : 0;
	free(row);
	n = snprintf(buf, sizeof(buf), "\033[<0;%d;%dM\033[<0;%d;%dm",
	    col + 1, n, col + 1, n);
	scr_send(s, buf, (size_t)n);
	ok(at != NULL && scr_wait_exit(s, -1, NULL) && restored(s),
	    "--ssh: a tap on Leave leaves");
	scr_free(s);
}

static void
test_no_leave(void)
{
	struct scr *s;

	s = start((char *[]){ "--kiosk", NULL });
	to_home(s, HOME);
	scr_type(s, "q");
	scr_key(s, "Down");
	ok(scr_wait_cursor(s, 3, 2, -1) && !scr_contains(s, "Leave the "
	    "kiosk") && scr_running(s), "a kiosk not over SSH: q does "
	    "nothing");
	scr_free(s);
}

/* The plain kiosk over SSH: q asks, in the visitor's language. */
static void
test_leave_plain(void)
{
	char *argv[] = { kiosk, "--plain", "--kiosk", "--ssh", "--content",
	    shipped, NULL };
	struct scr *s;
	int status = -1;

	s = scr_start(80, 24, argv, (char *[]){ "LANG=C.UTF-8", localeenv,
	    NULL });
	scr_wait_text(s, "Press Enter to start", -1);
	ok(scr_wait_text(s, "h: help, q: quit.", -1),
	    "plain --ssh: the prompt offers q");
	scr_type(s, "q\r");
	ok(scr_wait_text(s, "Leave the kiosk? y/n", -1), "plain --ssh: q asks");
	scr_type(s, "n\r");
	ok(scr_wait_text(s, "2. Español", -1) && scr_running(s),
	    "plain --ssh: n stays");
	scr_type(s, "2\r");
	scr_wait_text(s, "Escriba", -1);
	scr_type(s, "q\r");
	ok(scr_wait_text(s, "¿Salir del quiosco? s/n", -1),
	    "plain --ssh: asked in Spanish");
	scr_type(s, "s\r");
	ok(scr_wait_exit(s, -1, &status) && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "plain --ssh: s (Spanish yes) leaves");
	scr_free(s);

	argv[3] = "--no-mouse";		/* no --ssh: q stays */
	s = scr_start(80, 24, argv, (char *[]){ "LANG=C.UTF-8", NULL });
	scr_wait_text(s, "Press Enter to start", -1);
	scr_type(s, "q\r");
	ok(scr_wait_text(s, "This kiosk stays open", -1) && scr_running(s),
	    "plain kiosk not over SSH: q does not leave");
	scr_free(s);
}

int
main(void)
{
	kiosk = kiosk_path();
	fixture = fixture_path("screen");
	shipped = src_path("content");
	scfix = fixture_path("selfcheck-screen");
	localeenv = locale_env();
	test_window_size();
	test_lines_columns();
	test_signals();
	test_plain_signals();
	test_held_output(1);
	test_held_output(0);
	test_held_reset();
	test_plain_saved_lines(0);
	test_plain_saved_lines(1);
	test_tmux_saved_lines("vt100");
	test_tmux_saved_lines("linux");
	test_tmux_saved_lines("ansi");
	test_leave_screens("--ssh", (char *[]){ "--kiosk", "--ssh", NULL },
	    NULL);
	test_leave_screens("SSH_CONNECTION", (char *[]){ "--kiosk", NULL },
	    (char *[]){ "LANG=C.UTF-8",
	    "SSH_CONNECTION=192.0.2.1 50000 192.0.2.2 22", NULL });
	test_long_clinic_name();
	test_leave_touch();
	test_no_leave();
	test_leave_plain();
	return tap_done();
}
