/*
 * smp-kiosk: a terminal patient-education kiosk about scalp
 * micropigmentation.  main() reads the options, loads the content and
 * hands over to the checker, the text dump or the curses interface.
 */
#include <config.h>

#include <sys/stat.h>

#include <getopt.h>
#include <stdarg.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "check.h"
#include "content.h"
#include "diag.h"
#include "dump.h"
#include "i18n.h"
#include "limits.h"
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
};

struct options {
	enum mode mode;
	const char *roots[LIMIT_ROOTS];
	size_t	 nroots;
	const char *lang;
	const char *topic;	/* --dump TOPIC */
	int	 width;
	struct ui_options ui;
	int	 idle_set;	/* --idle-timeout given */
	int	 strict;	/* --check: warnings fail too */
	int	 report;	/* --check: print the per-topic table */
	double	 max_grade;
};

enum {
	OPT_CHECK = 256,
	OPT_DUMP,
	OPT_STRICT,
	OPT_REPORT,
	OPT_MAX_GRADE,
	OPT_NO_MOUSE,
	OPT_THEME,
};

static const struct option long_options[] = {
	{ "content", required_argument, NULL, 'c' },
	{ "lang", required_argument, NULL, 'l' },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "report", no_argument, NULL, OPT_REPORT },
	{ "max-grade", required_argument, NULL, OPT_MAX_GRADE },
	{ "dump", no_argument, NULL, OPT_DUMP },
	{ "width", required_argument, NULL, 'w' },
	{ "kiosk", no_argument, NULL, 'k' },
	{ "idle-timeout", required_argument, NULL, 't' },
	{ "no-mouse", no_argument, NULL, OPT_NO_MOUSE },
	{ "theme", required_argument, NULL, OPT_THEME },
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
	    "  -t, --idle-timeout SECONDS\n"
	    "                      reset an idle session to the welcome "
	    "screen (0: never)\n"
	    "      --theme NAME    default, high-contrast or mono (NO_COLOR "
	    "is honoured)\n"
	    "      --no-mouse      ignore the mouse and touch screen\n"
	    "      --check         check the content, list every problem, "
	    "and exit\n"
	    "      --strict        with --check: warnings (reading level, "
	    "review dates,\n"
	    "                      forbidden phrases, unreachable topics) "
	    "fail too\n"
	    "      --report        with --check: print a table of every topic's "
	    "reading\n"
	    "                      level, words, sources and review dates\n"
	    "      --max-grade N   with --check: warn above this reading grade "
	    "(default 8)\n"
	    "      --dump [TOPIC]  print a topic, \"faq\", \"disclaimer\", or "
	    "everything\n"
	    "                      as plain text and exit\n"
	    "  -w, --width N       wrap --dump output at N columns (20-500, "
	    "default 80)\n"
	    "  -h, --help          show this help and exit\n"
	    "  -V, --version       show the version and exit\n"
	    "\n"
	    "Keys: arrows move, Enter opens, Esc goes back, ? shows help, q "
	    "quits.\n"
	    "Exit status: 0 ok, 64 usage error, 65 content has errors,\n"
	    "66 content not found, 70 internal error.\n"), fp);
	fprintf(fp, _("Default content: %s (then %s if it exists).\n"
	    "See smp-kiosk(1) and smp-kiosk-content(5).\n"),
	    PKGDATADIR "/content", SYSCONFDIR "/smp-kiosk/content");
}

static int __attribute__((format(printf, 1, 2)))
usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("smp-kiosk: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, _("\nTry 'smp-kiosk --help' for more information.\n"));
	return EX_USAGE;
}

static int
dir_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Returns -1 after a usage error (status in *status), 1 to exit 0. */
static int
parse_options(int argc, char **argv, struct options *o, int *status)
{
	char *end;
	long n;
	int ch;

	memset(o, 0, sizeof(*o));
	o->width = 80;
	o->max_grade = 8;
	o->ui.mouse = 1;
	o->ui.theme = THEME_DEFAULT;
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
		case OPT_CHECK:
			o->mode = MODE_CHECK;
			break;
		case OPT_DUMP:
			o->mode = MODE_DUMP;
			break;
		case OPT_STRICT:
			o->strict = 1;
			break;
		case OPT_REPORT:
			o->report = 1;
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
			printf("%s %s\n", PACKAGE, VERSION);
			return 1;
		case ':':
			*status = usage_error(_("option %s needs an argument"),
			    argv[optind - 1]);
			return -1;
		default:
			if (optopt != 0)
				*status = usage_error(_("unknown option -%c"),
				    optopt);
			else
				*status = usage_error(_("unknown option %s"),
				    argv[optind - 1]);
			return -1;
		}
	}
	if ((o->strict || o->report) && o->mode != MODE_CHECK) {
		*status = usage_error(_("%s goes with --check"), o->strict ?
		    "--strict" : "--report");
		return -1;
	}
	if (o->mode == MODE_DUMP && optind < argc)
		o->topic = argv[optind++];
	if (optind < argc) {
		*status = usage_error(_("unexpected argument \"%s\""),
		    argv[optind]);
		return -1;
	}
	if (o->ui.kiosk && !o->idle_set)
		o->ui.idle_timeout = 90;
	if (o->nroots == 0) {
		o->roots[o->nroots++] = PKGDATADIR "/content";
		if (dir_exists(SYSCONFDIR "/smp-kiosk/content"))
			o->roots[o->nroots++] = SYSCONFDIR "/smp-kiosk/content";
	}
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

/* The language to start in: --lang, then the locale, then "en". */
static struct language *
pick_language(const struct content *c, const char *want, int *status)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	struct language *lang;
	const char *v;
	size_t i;

	if (want != NULL) {
		if ((lang = content_language(c, want)) == NULL)
			*status = usage_error(_("--lang: no language \"%s\" in "
			    "the content"), want);
		return lang;
	}
	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		v = getenv(vars[i]);
		if (v == NULL || *v == '\0')
			continue;
		if ((lang = content_language_for_locale(c, v)) != NULL)
			return lang;
		break;		/* the first one set is the one in force */
	}
	if ((lang = content_language(c, "en")) != NULL)
		return lang;
	return c->langs[0];
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
	co.min_ease = 55;	/* INFLESZ "normal"; Flesch-style scales */
	co.today = today();
	co.report = o->report ? stdout : NULL;
	content_check(c, &co, d);
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

/* Under a locale that is not UTF-8, text widths still need UTF-8. */
static void
set_locale(void)
{
	if (setlocale(LC_ALL, "") == NULL)
		setlocale(LC_ALL, "C.UTF-8");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
}

/* What load_rest() needs, and what it found. */
struct rest {
	const struct options *o;
	struct diags *d;
};

/* ui_options.load_rest: all the content, once the first frame is up. */
static int
load_rest(void *ctx, struct content *c, struct language **lang)
{
	struct rest *r = ctx;
	char code[sizeof((*lang)->code)];

	snprintf(code, sizeof(code), "%s", (*lang)->code);
	content_free(c);
	if (content_load(c, r->o->roots, r->o->nroots, r->d) != CONTENT_OK ||
	    (*lang = content_language(c, code)) == NULL)
		return -1;
	return 0;
}

/*
 * The kiosk draws its welcome screen from index.yaml alone and reads
 * the rest after that first frame.  Returns 1 when it ran (*status set),
 * 0 when the content must be loaded first as for the other modes, so
 * that its problems are reported before the screen starts: the welcome
 * part has errors, or the rest had some.
 */
static int
kiosk_early(struct content *c, struct options *o, struct diags *d,
    int *status)
{
	struct rest r = { o, d };
	struct language *lang;

	if (content_load_welcome(c, o->roots, o->nroots, d) == CONTENT_OK) {
		if ((lang = pick_language(c, o->lang, status)) == NULL)
			return 1;
		o->ui.load_rest = load_rest;
		o->ui.load_ctx = &r;
		*status = ui_run(c, lang, &o->ui);
		o->ui.load_rest = NULL;
		if (*status != UI_RELOAD)
			return 1;
	}
	content_free(c);
	diags_free(d);
	diags_init(d);
	return 0;
}

int
main(int argc, char **argv)
{
	struct options o;
	struct content c;
	struct diags d;
	struct language *lang = NULL;
	enum content_status cs;
	int status = EX_OK, rc;

	set_locale();
	bindtextdomain(PACKAGE, LOCALEDIR);
	textdomain(PACKAGE);
	if ((rc = parse_options(argc, argv, &o, &status)) != 0)
		return rc > 0 ? EX_OK : status;
	diags_init(&d);
	if (o.mode == MODE_KIOSK && kiosk_early(&c, &o, &d, &status))
		goto out;
	cs = content_load(&c, o.roots, o.nroots, &d);
	if (o.mode != MODE_CHECK || cs == CONTENT_NOT_FOUND ||
	    cs == CONTENT_NO_MEMORY)
		print_diags(&d);
	if (cs == CONTENT_NO_MEMORY)
		status = EX_SOFTWARE;
	else if (cs == CONTENT_NOT_FOUND)
		status = EX_NOINPUT;
	else if (o.mode == MODE_CHECK)
		status = check(&c, &o, &d);
	else if (c.nlangs == 0)
		status = EX_DATAERR;
	else if ((lang = pick_language(&c, o.lang, &status)) == NULL)
		;
	else if (o.mode == MODE_DUMP)
		status = dump(lang, o.topic, o.width, stdout);
	else
		status = ui_run(&c, lang, &o.ui);
out:
	content_free(&c);
	diags_free(&d);
	if (fflush(stdout) != 0 && status == EX_OK)
		status = EX_IOERR;
	return status;
}
