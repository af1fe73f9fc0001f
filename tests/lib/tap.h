/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tap.h: a tiny header-only TAP producer for automake's tap-driver.sh.
 *
 * Each test program is one .c file that includes this header, so the
 * state below is private to that program.  Typical use:
 *
 *	tap_plan_none();
 *	ok(x == 1, "x is one");
 *	is_str(name, "kiosk", "name");
 *	return tap_done();
 *
 * Everything goes to stdout and is flushed at once, so the lines keep
 * their order with the diagnostics of screen.c and survive a crash.
 */
#ifndef TAP_H
#define TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_run_;		/* tests run so far */
static int tap_failed_;		/* tests that failed */

/* Print one "# " comment line per line of text. */
static inline void
tap_comment_(const char *text)
{
	const char	*nl;

	do {
		nl = strchr(text, '\n');
		printf("# %.*s\n", nl ? (int)(nl - text) : (int)strlen(text),
		    text);
		text = nl ? nl + 1 : NULL;
	} while (text != NULL && *text != '\0');
	fflush(stdout);
}

/* Print a diagnostic message as TAP comments. */
static inline void
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
diag(const char *fmt, ...)
{
	char	buf[4096];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	tap_comment_(buf);
}

/* Say that tap_done() will print the plan; only documents intent. */
static inline void
tap_plan_none(void)
{
}

/* Report one test result; a newline or '#' in the name becomes a space. */
static inline int
#if defined(__GNUC__)
__attribute__((format(printf, 4, 0)))
#endif
tap_result_(int pass, const char *file, int line, const char *fmt, va_list ap)
{
	char	name[1024], *p;

	vsnprintf(name, sizeof(name), fmt, ap);
	for (p = name; *p != '\0'; p++)
		if (*p == '\n' || *p == '#')
			*p = ' ';
	tap_run_++;
	if (!pass)
		tap_failed_++;
	printf("%sok %d - %s\n", pass ? "" : "not ", tap_run_, name);
	if (!pass)
		printf("#   Failed test '%s'\n#   at %s line %d.\n", name,
		    file, line);
	fflush(stdout);
	return pass;
}

/* Report a result with a printf-style name; returns the result. */
static inline int
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
tap_ok_(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	pass = tap_result_(pass, file, line, fmt, ap);
	va_end(ap);
	return pass;
}

/* Compare two integers. */
static inline int
tap_is_int_(long got, long want, const char *name, const char *file, int line)
{
	if (tap_ok_(got == want, file, line, "%s", name))
		return 1;
	printf("#          got: %ld\n#     expected: %ld\n", got, want);
	fflush(stdout);
	return 0;
}

/* Compare two strings; NULL equals only NULL. */
static inline int
tap_is_str_(const char *got, const char *want, const char *name,
    const char *file, int line)
{
	int	pass;

	if (got == NULL || want == NULL)
		pass = got == want;
	else
		pass = strcmp(got, want) == 0;
	if (tap_ok_(pass, file, line, "%s", name))
		return 1;
	printf("#          got: %s%s%s\n", got ? "'" : "", got ? got : "NULL",
	    got ? "'" : "");
	printf("#     expected: %s%s%s\n", want ? "'" : "",
	    want ? want : "NULL", want ? "'" : "");
	fflush(stdout);
	return 0;
}

/* Check that got contains the substring want. */
static inline int
tap_like_(const char *got, const char *want, const char *name,
    const char *file, int line)
{
	int	pass;

	pass = got != NULL && strstr(got, want) != NULL;
	if (tap_ok_(pass, file, line, "%s", name))
		return 1;
	printf("#                   '%s'\n#     doesn't contain '%s'\n",
	    got ? got : "(null)", want);
	fflush(stdout);
	return 0;
}

/* Skip the whole program: valid only before the first test. */
static inline _Noreturn void
skip_all(const char *reason)
{
	printf("1..0 # SKIP %s\n", reason);
	fflush(stdout);
	exit(0);
}

/* Print the plan; returns the exit status for main(). */
static inline int
tap_done(void)
{
	printf("1..%d\n", tap_run_);
	if (tap_failed_ > 0)
		printf("# Looks like you failed %d test%s of %d.\n",
		    tap_failed_, tap_failed_ == 1 ? "" : "s", tap_run_);
	fflush(stdout);
	return tap_failed_ > 0;
}

#define ok(cond, ...)	tap_ok_(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, name) \
	tap_is_int_((got), (want), (name), __FILE__, __LINE__)
#define is_str(got, want, name) \
	tap_is_str_((got), (want), (name), __FILE__, __LINE__)
#define like(got, want, name) \
	tap_like_((got), (want), (name), __FILE__, __LINE__)

#endif /* TAP_H */
