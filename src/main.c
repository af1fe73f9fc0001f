/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * smp-kiosk: a terminal patient-education kiosk about scalp
 * micropigmentation.  main() reads the options, loads the content and
 * hands over to the checker, the text dump or the curses interface.
 */
#include <config.h>

#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <limits.h>
#include <locale.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "content.h"
#include "diag.h"
#include "dump.h"
#include "i18n.h"
#include "content-limits.h"
#include "log.h"
#include "speech.h"
#include "mark.h"
#include "plain.h"
#include "ui.h"

#ifndef PKGDATADIR
#define PKGDATADIR	"/usr/local/share/smp-kiosk"
#endif
#ifndef SYSCONFDIR
#define SYSCONFDIR	"/usr/local/etc"
#endif
#ifndef LOCALEDIR
#define LOCALEDIR	"/usr/local/share/locale"
#endif

enum mode {
	MODE_KIOSK,
	MODE_CHECK,
	MODE_DUMP,
	MODE_MARK,		/* --mark-translated FILE... */
};

struct options {
	enum mode mode;
	const char *roots[LIMIT_ROOTS];
	size_t	 nroots;
	const char *lang;
	const char *topic;	/* --dump TOPIC */
	char	**files;	/* --mark-translated FILE... */
	int	 nfiles;
	int	 width;
	struct ui_options ui;
	int	 idle_set;	/* --idle-timeout given */
	int	 strict;	/* --check: warnings fail too */
	int	 report;	/* --check: print the per-topic table */
	int	 require_sign_off;	/* --check: pages need a clinic's */
	double	 max_grade;
	int	 plain;		/* --plain: the line interface */
	enum log_target log;
	const char *stats;	/* --stats FILE */
	int	 shell;		/* run as a login shell: see called_as_shell() */
};

enum {
	OPT_CHECK = 256,
	OPT_DUMP,
	OPT_STRICT,
	OPT_REPORT,
	OPT_REQUIRE_SIGN_OFF,
	OPT_MAX_GRADE,
	OPT_NO_MOUSE,
	OPT_SPEECH,
	OPT_THEME,
	OPT_PLAIN,
	OPT_LOG,
	OPT_STATS,
	OPT_SSH,
	OPT_MARK_TRANSLATED,
};

static const struct option long_options[] = {
	{ "content", required_argument, NULL, 'c' },
	{ "lang", required_argument, NULL, 'l' },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "report", no_argument, NULL, OPT_REPORT },
	{ "require-sign-off", no_argument, NULL, OPT_REQUIRE_SIGN_OFF },
	{ "max-grade", required_argument, NULL, OPT_MAX_GRADE },
	{ "dump", no_argument, NULL, OPT_DUMP },
	{ "mark-translated", no_argument, NULL, OPT_MARK_TRANSLATED },
	{ "width", required_argument, NULL, 'w' },
	{ "kiosk", no_argument, NULL, 'k' },
	{ "ssh", no_argument, NULL, OPT_SSH },
	{ "idle-timeout", required_argument, NULL, 't' },
	{ "no-mouse", no_argument, NULL, OPT_NO_MOUSE },
	{ "speech", no_argument, NULL, OPT_SPEECH },
	{ "theme", required_argument, NULL, OPT_THEME },
	{ "plain", no_argument, NULL, OPT_PLAIN },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "stats", required_argument, NULL, OPT_STATS },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void
usage(FILE *fp)
{
	fprintf(fp, _("Usage: %s [OPTION]...\n"
	    "       %s --check [-c DIR]...\n"
	    "       %s --dump [TOPIC] [-w N] [-c DIR]... [-l CODE]\n"
	    "A patient-education kiosk about scalp micropigmentation (SMP).\n"
	    "\n"), PACKAGE, PACKAGE, PACKAGE);
	fputs(_(
	    "  -c, --content DIR   content folder; repeat to lay a clinic's "
	    "folder over\n"
	    "                      the shipped one (later folders win, file "
	    "by file)\n"
	    "  -l, --lang CODE     start in this language (default: from "
	    "the locale)\n"
	    "  -k, --kiosk         unattended: no key leaves the kiosk, and "
	    "an idle\n"
	    "                      session resets after 90 seconds\n"
	    "      --ssh           with --kiosk, for visitors over SSH: q "
	    "leaves after\n"
	    "                      a question (also when SSH_CONNECTION is "
	    "set)\n"
	    "  -t, --idle-timeout SECONDS\n"
	    "                      reset an idle session to the welcome "
	    "screen (0: never)\n"
	    "      --theme NAME    default, high-contrast or mono (NO_COLOR "
	    "is honoured)\n"
	    "      --no-mouse      ignore the mouse and touch screen\n"
	    "      --speech        offer read aloud (R) with espeak-ng\n"
	    "      --plain         numbered menus line by line, for screen "
	    "readers\n"
	    "                      (also used when TERM has no cursor "
	    "addressing)\n"
	    "      --log WHERE     syslog, stderr or none (default: stderr "
	    "when it is\n"
	    "                      systemd's journal, else syslog)\n"
	    "      --stats FILE    append anonymous counts (topics opened, "
	    "self-checks\n"
	    "                      completed) to FILE\n"
	    "      --check         check the content, list every problem, "
	    "and exit\n"
	    "      --strict        with --check: warnings (reading level, "
	    "review dates,\n"
	    "                      forbidden phrases, unreachable topics) "
	    "fail too\n"
	    "      --report        with --check: print a table of every topic's "
	    "reading\n"
	    "                      level, words, sources and review dates, "
	    "and the\n"
	    "                      sources by kind\n"
	    "      --require-sign-off\n"
	    "                      with --check: a page without a clinic's "
	    "sign-off\n"
	    "                      dated on or after its review is an "
	    "error\n"
	    "      --max-grade N   with --check: warn above this reading grade "
	    "(default 8)\n"
	    "      --dump [TOPIC]  print a topic, \"faq\", \"disclaimer\", or "
	    "everything\n"
	    "                      as plain text and exit; \"selfcheck\" "
	    "prints every\n"
	    "                      self-check question and note for review\n"
	    "  -w, --width N       wrap --dump output at N columns (20-500, "
	    "default 80)\n"
	    "  -h, --help          show this help and exit\n"
	    "  -V, --version       show the version and exit\n"
	    "\n"
	    "Keys: arrows move, Enter opens, Esc goes back, L changes the "
	    "language,\n"
	    "? shows help, q quits.\n"
	    "Exit status: 0 ok, 64 usage error, 65 content has errors,\n"
	    "66 content not found, 70 internal error, 73 --stats file cannot "
	    "be opened.\n"), fp);
	fputs(_("\n"
	    "For translators:\n"
	    "      --mark-translated FILE...\n"
	    "                      record in each translated topic FILE that "
	    "it\n"
	    "                      translates its default-language page as "
	    "it is now\n"
	    "      --check --report --lang CODE\n"
	    "                      what CODE still lacks, what a visitor "
	    "misses most\n"
	    "                      first, with word counts\n"), fp);
	fprintf(fp, _("Default content: %s (then %s if it exists).\n"
	    "See smp-kiosk(1) and smp-kiosk-content(5).\n"),
	    PKGDATADIR "/content", SYSCONFDIR "/smp-kiosk/content");
	/* Said only when configure.ac names them: none is made up. */
	if (PACKAGE_BUGREPORT[0] != '\0')
		fprintf(fp, _("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
	if (PACKAGE_URL[0] != '\0')
		fprintf(fp, _("Home page: <%s>\n"), PACKAGE_URL);
}

static void
version(FILE *fp)
{
	fprintf(fp, "%s %s\n", PACKAGE, VERSION);
	fputs(_("Copyright (C) 2026 the smp-kiosk authors.\n"
	    "License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "The shipped content is licensed under CC BY-SA 4.0 "
	    "<https://creativecommons.org/licenses/by-sa/4.0/>.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"), fp);
}

/* The message names what was given: quoted, like a path (diag_quote). */
static int __attribute__((format(printf, 1, 2)))
usage_error(const char *fmt, ...)
{
	char msg[1024], *q;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	q = diag_quote(msg);
	fprintf(stderr, "smp-kiosk: %s", q != NULL ? q : msg);
	free(q);
	fprintf(stderr, _("\nTry 'smp-kiosk --help' for more information.\n"));
	return EX_USAGE;
}

static int
dir_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void
default_options(struct options *o)
{
	memset(o, 0, sizeof(*o));
	o->width = 80;
	o->max_grade = 8;
	o->ui.mouse = 1;
	o->ui.theme = THEME_DEFAULT;
	o->log = LOGTO_AUTO;
}

/* What follows from the options given: defaults that depend on others. */
static void
complete_options(struct options *o)
{
	if (o->ui.kiosk && !o->idle_set)
		o->ui.idle_timeout = 90;
	/* A visitor over SSH may leave; one at a console may not. */
	if (o->ui.kiosk && getenv("SSH_CONNECTION") != NULL &&
	    *getenv("SSH_CONNECTION") != '\0')
		o->ui.leave = 1;
	if (o->nroots == 0) {
		o->roots[o->nroots++] = PKGDATADIR "/content";
		if (dir_exists(SYSCONFDIR "/smp-kiosk/content"))
			o->roots[o->nroots++] = SYSCONFDIR "/smp-kiosk/content";
	}
}

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

/*
 * Whether smp-kiosk runs as a login shell rather than as a command:
 * login and getty start a shell with a "-" before its name, and sshd
 * runs any command, a ForceCommand or one the client asked for, as
 * "SHELL -c COMMAND".  So "-c" is taken for a shell's only when the
 * arguments are exactly "-c COMMAND" and the account's shell (in the
 * passwd database, or SHELL as login and sshd set it) is smp-kiosk.
 * A shell never runs COMMAND, and takes no options from it either: it
 * may come from the client.
 */
static int
called_as_shell(int argc, char **argv, int *command)
{
	const struct passwd *pw;
	const char *me, *sh;

	*command = 0;
	if (argc < 1 || argv[0] == NULL)
		return 0;
	if (argv[0][0] == '-') {
		*command = argc > 1;	/* "su - kiosk -c CMD" */
		return 1;
	}
	if (argc != 3 || strcmp(argv[1], "-c") != 0)
		return 0;
	me = base_name(argv[0]);
	*command = 1;
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_shell != NULL &&
	    strcmp(base_name(pw->pw_shell), me) == 0)
		return 1;
	if ((sh = getenv("SHELL")) != NULL && strcmp(base_name(sh), me) == 0)
		return 1;
	*command = 0;
	return 0;
}

/* As a login shell: the kiosk, on the default content, and nothing else. */
static void
shell_options(struct options *o)
{
	default_options(o);
	o->ui.kiosk = 1;
	o->shell = 1;
	complete_options(o);
}

/* --check and --dump are modes: one at a time. */
static int
set_mode(struct options *o, enum mode m, int *status)
{
	if (o->mode != MODE_KIOSK && o->mode != m &&
	    (o->mode == MODE_MARK || m == MODE_MARK)) {
		*status = usage_error(_("--mark-translated cannot be used "
		    "with --check or --dump"));
		return -1;
	}
	if (o->mode != MODE_KIOSK && o->mode != m) {
		*status = usage_error(_("--check and --dump cannot be used "
		    "together"));
		return -1;
	}
	o->mode = m;
	return 0;
}

/*
 * An option getopt_long() refused: a value given to an option that
 * takes none ("--dump=faq", "--kiosk=yes") is named as such.
 */
static int
bad_option(const char *arg, int opt)
{
	const char *eq;
	size_t i, n;

	if (strncmp(arg, "--", 2) == 0 && (eq = strchr(arg, '=')) != NULL) {
		n = (size_t)(eq - arg);
		for (i = 0; long_options[i].name != NULL; i++)
			if (strlen(long_options[i].name) == n - 2 &&
			    strncmp(long_options[i].name, arg + 2, n - 2) == 0)
				return usage_error(_("option %.*s takes no value"),
				    (int)n, arg);
	}
	if (opt > 0 && opt < 128 && isgraph(opt))
		return usage_error(_("unknown option -%c"), opt);
	return usage_error(_("unknown option %s"), arg);
}

/* Returns -1 after a usage error (status in *status), 1 to exit 0. */
static int
parse_options(int argc, char **argv, struct options *o, int *status)
{
	char *end;
	long n;
	int ch;

	default_options(o);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":c:l:w:kt:hV", long_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			if (o->nroots == LIMIT_ROOTS) {
				*status = usage_error(_("--content: at most %d "
				    "folders"), LIMIT_ROOTS);
				return -1;
			}
			o->roots[o->nroots++] = optarg;
			break;
		case 'l':
			o->lang = optarg;
			break;
		case 'w':
			n = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || n < 20 ||
			    n > 500) {
				*status = usage_error(_("--width: \"%s\" is not "
				    "a number from 20 to 500"), optarg);
				return -1;
			}
			o->width = (int)n;
			break;
		case 'k':
			o->ui.kiosk = 1;
			break;
		case OPT_SSH:
			o->ui.leave = 1;
			break;
		case 't':
			n = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || n < 0 ||
			    n > 86400) {
				*status = usage_error(_("--idle-timeout: \"%s\" "
				    "is not a number of seconds from 0 to "
				    "86400"), optarg);
				return -1;
			}
			o->ui.idle_timeout = (int)n;
			o->idle_set = 1;
			break;
		case OPT_NO_MOUSE:
			o->ui.mouse = 0;
			break;
		case OPT_SPEECH:
			o->ui.speech = 1;
			if (!speech_built())
				fprintf(stderr, "smp-kiosk: %s\n", _("read "
				    "aloud is not available in this build "
				    "(it was built without espeak-ng)"));
			break;
		case OPT_THEME:
			if (strcmp(optarg, "default") == 0)
				o->ui.theme = THEME_DEFAULT;
			else if (strcmp(optarg, "high-contrast") == 0)
				o->ui.theme = THEME_HIGH_CONTRAST;
			else if (strcmp(optarg, "mono") == 0)
				o->ui.theme = THEME_MONO;
			else {
				*status = usage_error(_("--theme: \"%s\" is not "
				    "default, high-contrast or mono"), optarg);
				return -1;
			}
			break;
		case OPT_PLAIN:
			o->plain = 1;
			break;
		case OPT_LOG:
			if (log_target_parse(optarg, &o->log) < 0) {
				*status = usage_error(_("--log: \"%s\" is not "
				    "syslog, stderr or none"), optarg);
				return -1;
			}
			break;
		case OPT_STATS:
			o->stats = optarg;
			break;
		case OPT_CHECK:
		case OPT_DUMP:
			if (set_mode(o, ch == OPT_CHECK ? MODE_CHECK :
			    MODE_DUMP, status) < 0)
				return -1;
			break;
		case OPT_MARK_TRANSLATED:
			if (set_mode(o, MODE_MARK, status) < 0)
				return -1;
			break;
		case OPT_STRICT:
			o->strict = 1;
			break;
		case OPT_REPORT:
			o->report = 1;
			break;
		case OPT_REQUIRE_SIGN_OFF:
			o->require_sign_off = 1;
			break;
		case OPT_MAX_GRADE:
			o->max_grade = strtod(optarg, &end);
			if (*optarg == '\0' || *end != '\0' ||
			    o->max_grade < 1 || o->max_grade > 20) {
				*status = usage_error(_("--max-grade: \"%s\" is "
				    "not a number from 1 to 20"), optarg);
				return -1;
			}
			break;
		case 'h':
			usage(stdout);
			return 1;
		case 'V':
			version(stdout);
			return 1;
		case ':':
			*status = usage_error(_("option %s needs an argument"),
			    argv[optind - 1]);
			return -1;
		default:
			*status = bad_option(argv[optind - 1], optopt);
			return -1;
		}
	}
	if ((o->strict || o->report || o->require_sign_off) &&
	    o->mode != MODE_CHECK) {
		*status = usage_error(_("%s goes with --check"), o->strict ?
		    "--strict" : o->report ? "--report" :
		    "--require-sign-off");
		return -1;
	}
	if (o->mode == MODE_DUMP && optind < argc)
		o->topic = argv[optind++];
	if (o->mode == MODE_MARK) {
		if (optind == argc) {
			*status = usage_error(_("--mark-translated needs the "
			    "translated topic files to mark"));
			return -1;
		}
		o->files = argv + optind;
		o->nfiles = argc - optind;
		optind = argc;
	}
	if (optind < argc) {
		*status = usage_error(_("unexpected argument \"%s\""),
		    argv[optind]);
		return -1;
	}
	complete_options(o);
	return 0;
}

static void
print_diags(const struct diags *d)
{
	char *s;
	size_t i;

	for (i = 0; i < d->n; i++) {
		if ((s = diag_format(&d->v[i])) == NULL)
			continue;
		fprintf(stderr, "smp-kiosk: %s\n", s);
		free(s);
	}
	if (d->dropped > 0)
		fprintf(stderr, _("smp-kiosk: %zu more problems not shown\n"),
		    d->dropped);
}

/*
 * The language to start in: --lang, then what the environment asks
 * for (LANGUAGE, then LC_ALL, LC_MESSAGES or LANG; see
 * i18n_env_language), then the content's default language.
 */
static struct language *
pick_language(const struct content *c, const char *want, int *status)
{
	struct language *lang;
	const char *v;
	size_t i;

	if (want != NULL) {
		if ((lang = content_language(c, want)) == NULL)
			*status = usage_error(_("--lang: no language \"%s\" in "
			    "the content"), want);
		return lang;
	}
	for (i = 0; (v = i18n_env_language(i)) != NULL; i++)
		if ((lang = content_language_for_locale(c, v)) != NULL)
			return lang;
	return content_default_language(c);
}

static int
today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL)
		return 0;
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 +
	    tm.tm_mday;
}

/* --check: the editorial checks, then a summary and the exit status. */
static int
check(const struct content *c, const struct options *o, struct diags *d)
{
	struct check_opts co;
	size_t i, topics = 0;

	co.max_grade = o->max_grade;
	co.min_ease = 0;	/* each language's own threshold */
	co.today = today();
	co.report = o->report && o->lang == NULL ? stdout : NULL;
	co.translator = o->report ? o->lang : NULL;
	if (co.translator != NULL && content_language(c, o->lang) == NULL)
		return usage_error(_("--lang: no language \"%s\" in the "
		    "content"), o->lang);
	co.summary = stdout;
	co.require_sign_off = o->require_sign_off;
	content_check(c, &co, d);
	/* The table and the summary whole before any message, so that
	 * "2>&1" never splits a row where stdout's buffer filled. */
	fflush(stdout);
	print_diags(d);
	for (i = 0; i < c->nlangs; i++)
		topics += c->langs[i]->ntopics;
	printf(_("smp-kiosk: %zu languages loaded, %zu left out; %zu topics; "
	    "%zu errors, %zu warnings\n"), c->nlangs, c->broken, topics,
	    d->errors, d->warnings);
	if (d->errors > 0 || (o->strict && d->warnings > 0))
		return EX_DATAERR;
	return EX_OK;
}

/*
 * --mark-translated: each file in turn.  Content with errors is marked
 * where its pages loaded; the errors were shown with the others.
 */
static int
mark_files(const struct content *c, const struct options *o)
{
	int i, st, status = EX_OK;

	for (i = 0; i < o->nfiles; i++)
		if ((st = mark_translated(c, o->files[i], stdout, stderr)) !=
		    EX_OK && status == EX_OK)
			status = st;
	return status;
}

/* Columns for the plain interface: the terminal's, COLUMNS, or 0. */
static int
plain_width(void)
{
	struct winsize ws;
	const char *env = getenv("COLUMNS");
	long n;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0
	    && ws.ws_col > 0)
		return ws.ws_col;
	if (env != NULL && (n = strtol(env, NULL, 10)) > 0 && n <= 500)
		return (int)n;
	return 0;
}

/*
 * The visitor's interface: the curses screens, or the plain one for
 * --plain and for terminals without cursor addressing.
 */
static int
interact(struct content *c, struct language *lang, const struct options *o)
{
	const char *term = getenv("TERM");
	int kind = UI_TERM_LINES, status;

	if (!o->plain) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			fprintf(stderr, "smp-kiosk: %s\n", _("the interactive "
			    "kiosk needs a terminal on standard input and "
			    "output (try --plain, or --dump for plain text)"));
			log_error("exit reason=not-a-terminal status=%d",
			    EX_USAGE);
			return EX_USAGE;
		}
		kind = ui_probe_terminal();
	}
	switch (kind) {
	case UI_TERM_SCREEN:
		return ui_run(c, lang, &o->ui);
	case UI_TERM_UNKNOWN:
		/* Not even a VT100 entry: lines of text work anywhere. */
		fprintf(stderr, "smp-kiosk: %s\n", _("no terminal description "
		    "fits this terminal: using the plain interface"));
		log_warn("term-unknown term=%.32s interface=plain",
		    term != NULL ? term : "");
		/* FALLTHROUGH */
	default:
		log_info("interface plain");
		plain_set_erase_saved(o->ui.erase_saved);
		plain_set_leave(o->ui.kiosk && o->ui.leave);
		status = plain_run(c, lang, o->ui.kiosk, o->ui.idle_timeout,
		    stdin, stdout, plain_width());
		log_info("exit reason=%s status=%d", status == EX_OK ?
		    "end" : status == EX_IOERR ? "output-error" : "no-memory",
		    status);
		return status;
	}
}

/*
 * After --help or --version: output that did not reach its file (a
 * full disk, a closed pipe) is an error, not a silent success.
 */
static int
close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "smp-kiosk: %s: %s\n", _("standard output"),
		    strerror(errno));
		return EX_IOERR;
	}
	return EX_OK;
}

/*
 * A visitor whose terminal is not in this host's terminfo (a new
 * emulator over SSH, where --plain cannot be given) still gets the
 * screens: TERM is set to a related entry, and one line says so.
 */
static void
choose_terminal(void)
{
	const char *term = getenv("TERM"), *use;
	char *q;

	if ((use = ui_terminal_fallback()) == NULL)
		return;
	if (term == NULL || *term == '\0')
		fprintf(stderr, _("smp-kiosk: TERM is not set: using "
		    "\"%s\"\n"), use);
	else {
		/* TERM comes from the visitor's side over SSH. */
		q = diag_quote(term);
		fprintf(stderr, _("smp-kiosk: terminal type \"%s\" is not "
		    "known here: using \"%s\"\n"), q != NULL ? q : "?", use);
		free(q);
	}
	log_warn("term-fallback from=%.32s to=%s", term != NULL ? term : "",
	    use);
	setenv("TERM", use, 1);
}

/* The log's first lines: how we run, and what content we have. */
static void
log_start(const struct options *o, int command)
{
	const char *term = getenv("TERM");

	log_info("start version=%s kiosk=%d idle-timeout=%d plain=%d "
	    "shell=%d ssh=%d term=%.32s", VERSION, o->ui.kiosk,
	    o->ui.idle_timeout, o->plain, o->shell,
	    getenv("SSH_CONNECTION") != NULL, term != NULL ? term : "");
	if (command || getenv("SSH_ORIGINAL_COMMAND") != NULL)
		log_warn("command-ignored (a command was asked for; "
		    "smp-kiosk runs none)");
}

static void
log_content(const struct content *c, const struct diags *d)
{
	size_t i, topics = 0;

	log_content_problems(d);
	if (c == NULL)
		return;
	/* What was read and checked, held whole or not (content.h). */
	for (i = 0; i < c->nlangs; i++) {
		log_info("content-language lang=%s topics=%zu faq=%zu",
		    c->langs[i]->code, c->langs[i]->checked.topics,
		    c->langs[i]->checked.faq);
		topics += c->langs[i]->checked.topics;
	}
	log_info("content-loaded languages=%zu left-out=%zu topics=%zu "
	    "errors=%zu warnings=%zu", c->nlangs, c->broken, topics,
	    d->errors, d->warnings);
}

/*
 * Content problems go to stderr, as ever, unless the log already puts
 * them there, or they are in the log of a kiosk that runs: its
 * visitors are not shown them.
 */
static int
diags_to_stderr(const struct options *o, int loaded)
{
	return !(o->mode == MODE_KIOSK && (log_where() == LOGTO_STDERR ||
	    (o->ui.kiosk && loaded && log_where() != LOGTO_NONE)));
}

/*
 * content_load_welcome()'s and content_load_lean()'s pick: the language
 * main() would start in, without a message (one comes after the full
 * load if need be).
 */
static struct language *
welcome_language(const struct content *c, void *ctx)
{
	const struct options *o = ctx;
	int st;

	return o->lang != NULL ? content_language(c, o->lang) :
	    pick_language(c, NULL, &st);
}

/* What load_rest() needs, and what it found. */
struct rest {
	const struct options *o;
	struct diags *d;
	enum content_status cs;
};

/*
 * ui_options.load_rest: all the content, once the first frame is up,
 * and the language to go on in.  Content with errors runs with the
 * languages that are valid, as when it is read before the screen
 * starts; only no language at all, or not the one --lang asks for,
 * leaves the screen so that main() can say why.
 */
static int
load_rest(void *ctx, struct content *c, struct language **lang)
{
	struct rest *r = ctx;
	struct diags hold;
	int st, held;

	content_free(c);
	diags_free(r->d);	/* the welcome part is read again */
	diags_init(r->d);
	r->cs = content_load_lean(c, r->o->roots, r->o->nroots, r->d,
	    welcome_language, (void *)r->o);
	if (r->cs == CONTENT_NOT_FOUND || r->cs == CONTENT_NO_MEMORY ||
	    c->nlangs == 0)
		return -1;
	/* Without --lang, the environment (LANGUAGE is the welcome
	 * screen's language now) or the default, which never fails. */
	*lang = r->o->lang != NULL ? content_language(c, r->o->lang) :
	    pick_language(c, NULL, &st);
	if (*lang == NULL)
		return -1;
	/* Let go as it was not the one expected, and its files changed
	 * since they were checked: main() reads it again, and says why
	 * once, with the rest. */
	diags_init(&hold);
	held = content_hold(c, *lang, &hold) == 0;
	diags_free(&hold);
	if (!held)
		return -1;
	log_content(c, r->d);
	return 0;
}

/*
 * Whether the kiosk can draw its welcome screen before it reads the
 * topics: only for the curses screens (the plain interface and the
 * errors about the terminal come after a full load, as before), and not
 * when the log goes to the same terminal, which the content's log lines
 * would write over.
 */
static int
early_frame(const struct options *o)
{
	return o->mode == MODE_KIOSK && !o->plain && isatty(STDIN_FILENO) &&
	    isatty(STDOUT_FILENO) && !(log_where() == LOGTO_STDERR &&
	    isatty(STDERR_FILENO)) && ui_probe_terminal() == UI_TERM_SCREEN;
}

/*
 * The kiosk draws its welcome screen from index.yaml and clinic.yaml
 * alone and reads the rest right after that first frame.  Returns 1
 * when the screens ran (*status set).  Returns 0 when main() must go on
 * the ordinary way with what *cs says of *c: CONTENT_OK and no
 * language when the welcome part could not be used (it is then read
 * whole, before the screen starts, so that its problems show first),
 * or the full load's result when it left no language to run in.
 */
static int
run_early(struct content *c, struct options *o, struct diags *d,
    enum content_status *cs, int *status)
{
	struct rest r = { o, d, CONTENT_OK };
	struct language *lang = NULL;

	if (content_load_welcome(c, o->roots, o->nroots, d, welcome_language,
	    o) == CONTENT_OK)
		lang = welcome_language(c, o);
	if (lang == NULL) {
		content_free(c);
		diags_free(d);
		diags_init(d);
		return 0;
	}
	i18n_set_language(lang->code);
	o->ui.load_rest = load_rest;
	o->ui.load_ctx = &r;
	*status = ui_run(c, lang, &o->ui);
	o->ui.load_rest = NULL;
	o->ui.load_ctx = NULL;
	*cs = r.cs;
	if (*status == UI_RELOAD)
		return 0;
	/* The screen is gone: what was not logged is shown now. */
	if (diags_to_stderr(o, 1))
		print_diags(d);
	return 1;
}

/*
 * The language to start in, whole (content_load_lean() let it go when
 * it was not the one expected): 1, or 0 when its files changed since
 * they were checked and now have errors, which are reported.
 */
static int
hold_language(struct content *c, struct language *lang,
    const struct options *o)
{
	struct diags d;
	int held;

	diags_init(&d);
	held = content_hold(c, lang, &d) == 0;
	if (o->mode == MODE_KIOSK)
		log_content_problems(&d);
	if (!held && diags_to_stderr(o, 1))
		print_diags(&d);
	diags_free(&d);
	return held;
}

/*
 * A descriptor among 0, 1 and 2 that is closed would be given to the
 * next file opened, and what the program writes to standard output or
 * error would go there: into the counters file or the log.  Each closed
 * one is opened on /dev/null before anything else.  Returns 0, or -1
 * when one cannot be.
 */
static int
std_fds_open(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		/* The lowest free number: fd itself. */
		if (open("/dev/null", O_RDWR | O_NOCTTY) != fd)
			return -1;
	}
	return 0;
}

/* Opens the counters file; on failure says why, naming --stats. */
static int
open_stats(const char *path)
{
	enum stats_status st;
	char *q;
	int err;

	if ((st = stats_open(path, &err)) == STATS_OK)
		return 1;
	q = diag_quote(path);
	if (st == STATS_SYMLINK)
		fprintf(stderr, _("smp-kiosk: --stats %s: refused: it is a "
		    "symbolic link; name the file itself\n"), q ? q : "");
	else if (st == STATS_NOT_REGULAR)
		fprintf(stderr, _("smp-kiosk: --stats %s: refused: not a "
		    "regular file (such as a FIFO or a device)\n"),
		    q ? q : "");
	else
		fprintf(stderr, "smp-kiosk: --stats %s: %s\n", q ? q : "",
		    strerror(err));
	free(q);
	return 0;
}

/*
 * A visit's self-check answers live in this process's memory, and over
 * SSH every visitor's kiosk runs as the same guest user.  So no core
 * file is ever written, and on Linux the process is not dumpable:
 * another process of that user can neither ptrace it nor read its
 * /proc/PID/mem (only root can).  Elsewhere the core limit alone.
 */
static void
protect_memory(void)
{
	struct rlimit none = { 0, 0 };

	setrlimit(RLIMIT_CORE, &none);
#if defined(__linux__) && defined(PR_SET_DUMPABLE)
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

int
main(int argc, char **argv)
{
	struct options o;
	struct content c;
	struct diags d;
	struct language *lang = NULL;
	enum content_status cs;
	int status = EX_OK, rc, command = 0, interactive, loaded, early;

	protect_memory();
	if (std_fds_open() < 0)
		return EX_OSERR;
	i18n_init(LOCALEDIR);
	if (called_as_shell(argc, argv, &command))
		shell_options(&o);
	else if ((rc = parse_options(argc, argv, &o, &status)) != 0)
		return rc > 0 ? close_stdout() : status;
	interactive = o.mode == MODE_KIOSK;
	if (interactive) {
		log_open(o.log);
		log_start(&o, command);
		if (o.stats != NULL && !open_stats(o.stats)) {
			log_error("exit reason=stats-file status=%d",
			    EX_CANTCREAT);
			log_close();
			return EX_CANTCREAT;
		}
		/* A reader that goes away (the visitor's end of a pipe)
		 * is an output error to end on, never a signal that
		 * leaves the terminal as the interface set it. */
		signal(SIGPIPE, SIG_IGN);
	}
	if (interactive && !o.plain && isatty(STDOUT_FILENO))
		choose_terminal();
	if (interactive)	/* for the TERM chosen */
		o.ui.erase_saved = ui_saved_lines_erase(!o.plain);
	diags_init(&d);
	cs = CONTENT_OK;
	if (early_frame(&o) && run_early(&c, &o, &d, &cs, &status))
		goto out;
	early = status == UI_RELOAD;	/* c holds the full load */
	status = EX_OK;
	/* A kiosk that runs holds only the languages it shows. */
	if (!early)
		cs = interactive ? content_load_lean(&c, o.roots, o.nroots, &d,
		    welcome_language, &o) : content_load(&c, o.roots, o.nroots,
		    &d);
	loaded = cs != CONTENT_NOT_FOUND && cs != CONTENT_NO_MEMORY &&
	    c.nlangs > 0;
	if (interactive)
		log_content(loaded ? &c : NULL, &d);
	if (o.mode != MODE_CHECK || cs == CONTENT_NOT_FOUND ||
	    cs == CONTENT_NO_MEMORY) {
		if (diags_to_stderr(&o, loaded))
			print_diags(&d);
	}
	if (cs == CONTENT_NO_MEMORY)
		status = EX_SOFTWARE;
	else if (cs == CONTENT_NOT_FOUND)
		status = EX_NOINPUT;
	else if (o.mode == MODE_CHECK)
		status = check(&c, &o, &d);
	else if (o.mode == MODE_MARK)
		status = mark_files(&c, &o);
	else if (c.nlangs == 0)
		status = EX_DATAERR;
	else if ((lang = pick_language(&c, o.lang, &status)) == NULL)
		;
	else if (!hold_language(&c, lang, &o)) {
		status = EX_DATAERR;
		lang = NULL;
	} else {
		i18n_set_language(lang->code);
		if (o.mode == MODE_DUMP)
			status = dump(lang, content_default_language(&c),
			    o.topic, o.width, stdout);
		else
			status = interact(&c, lang, &o);
	}
	if (interactive && lang == NULL)
		log_error("exit reason=%s status=%d", loaded &&
		    status == EX_USAGE ? "usage" : "content", status);
out:
	content_free(&c);
	diags_free(&d);
	if (fflush(stdout) != 0 && status == EX_OK)
		status = EX_IOERR;
	stats_close();
	log_close();
	return status;
}
