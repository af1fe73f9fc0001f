/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The content model: languages, menus, topics, the FAQ.  Loaded from
 * YAML by content_load() (load.c); no curses here.
 */
#ifndef SMP_CONTENT_H
#define SMP_CONTENT_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "source.h"

/* Some sections are for a clinic's kiosk only, or only for others. */
enum section_when {
	WHEN_ALWAYS,
	WHEN_CLINIC,		/* shown only with clinic data */
	WHEN_NO_CLINIC,		/* shown only without */
};

struct section {
	const char *heading;
	const char *body;	/* body text: paragraphs and "- " bullets */
	enum section_when when;
};

/* A page of a translation against the default language's (translation.h). */
enum tr_status {
	TR_SOURCE,		/* the default language's own page */
	TR_MISSING,		/* no such page in the translation */
	TR_UNTRANSLATED,	/* its text is the default language's */
	TR_UNMARKED,		/* no record of what it was made from */
	TR_OUTDATED,		/* the source changed since */
	TR_CURRENT,
};

struct topic {
	const char *id;
	const char *title;
	const char *summary;
	struct section *sections;
	size_t	 nsections;
	struct topic **related;
	size_t	 nrelated;
	const char *evidence;	/* how strong the evidence is; may be NULL */
	const char **ask;	/* questions to ask a practitioner */
	size_t	 nask;
	struct review rev;	/* sources, review dates, reviewer */
	const char *file;	/* where it was loaded from */
	const char *translates;	/* "en 0123456789abcdef", or NULL */
	enum tr_status tr;	/* set once every language is loaded */
};

enum menu_kind {
	MENU_TOPIC,		/* opens a topic page */
	MENU_SUBMENU,		/* opens another menu */
	MENU_SHOW,		/* opens a built-in screen */
};

enum show_kind {
	SHOW_FAQ,
	SHOW_DISCLAIMER,
	SHOW_HELP,
	SHOW_CLINIC,		/* left out of menus without clinic data */
	SHOW_SELFCHECK,		/* the self-check (selfcheck.h) */
};

struct menu;
struct selfcheck;

struct menu_item {
	enum menu_kind kind;
	const char *title;
	const char *summary;	/* may be NULL */
	struct topic *topic;	/* MENU_TOPIC */
	struct menu *sub;	/* MENU_SUBMENU */
	enum show_kind show;	/* MENU_SHOW */
	int	 line, col;	/* where it is defined, for messages */
};

struct menu {
	const char *title;
	struct menu_item *items;
	size_t	 n;
};

struct faq_entry {
	const char *question;
	const char *answer;
	struct topic *topic;	/* may be NULL */
};

struct faq {
	const char *title;
	struct faq_entry *entries;
	size_t	 n;
	struct review rev;	/* all zero when the file gives none */
	const char *translates;	/* as a topic's, or NULL */
};

struct price_item {
	const char *service;
	const char *price;
	const char *note;	/* may be NULL */
};

/* A page a sign-off covers: a topic id, "faq", "selfcheck" or "all". */
struct sign_off_page {
	const char *id;
	int	 line, col;	/* where it is named, for messages */
};

/*
 * A clinician's review of the content for one clinic: who, when, and
 * which pages of the clinic file's language.
 */
struct sign_off {
	const char *name;
	const char *role;
	int	 date;		/* YYYYMMDD */
	struct sign_off_page *pages;
	size_t	 npages;
	int	 all;		/* pages: [all] */
	int	 line, col;
};

/* A clinic's own details, from LANG/clinic.yaml in its overlay. */
struct clinic {
	const char *name;
	const char *phone;	/* each of these may be NULL */
	const char *address;
	const char *web;
	const char *hours;
	const char *credentials;
	const char *relationship;	/* its link to the kiosk: required */
	const char *currency;	/* NULL when there is no price list */
	int	 price_year;
	struct price_item *prices;
	size_t	 nprices;
	struct sign_off *sign_offs;	/* who reviewed the pages for it */
	size_t	 nsign_offs;
	/* Read aloud's defaults on this kiosk; 0 when not given. */
	int	 speech;	/* 1 off, 2 on */
	int	 speech_rate;	/* enum speech_rate + 1 */
	int	 speech_volume;	/* 0 to 200, + 1 */
};

struct language {
	char	 code[16];	/* folder name: en, es, pt_BR */
	const char *name;	/* in the language itself */
	const char *title;
	const char *welcome;
	const char *disclaimer;
	struct menu home;
	struct topic *topics;	/* sorted by id */
	size_t	 ntopics;
	struct faq *faq;	/* NULL when the language has none */
	int	 faq_fallback;	/* faq is the default language's: this
				 * language has no faq.yaml yet */
	struct clinic *clinic;	/* NULL without a clinic file */
	int	 clinic_fallback;	/* clinic is the default language's:
				 * this language has no clinic.yaml */
	const char *clinic_file;	/* where clinic was loaded from */
	struct selfcheck *selfcheck;	/* NULL without selfcheck.yaml */
	const char *selfcheck_file;	/* where it was loaded from */
	const char *index_file;	/* where things were loaded from */
	const char *faq_file;	/* NULL without an FAQ */
	/* The FAQ's and the self-check's translation status, as a
	 * topic's (set once the default language is loaded). */
	enum tr_status faq_tr, selfcheck_tr;
	const char **forbidden;	/* phrases --check refuses (checks.yaml) */
	size_t	 nforbidden;
	const char **bad_domains;	/* sites a source must not link */
	size_t	 nbad_domains;
	struct arena arena;	/* owns everything above */
	/*
	 * Whether all of the above is here.  A language of
	 * content_load_lean() that no visitor reads has its code, its
	 * name and checked alone, until content_hold(); so does one of
	 * content_load_welcome() that the welcome screen does not show.
	 */
	int	 loaded;
	struct {
		size_t	 topics, faq;
	}	 checked;	/* what loading read and checked */
};

struct content {
	struct language **langs;	/* sorted by code */
	size_t	 nlangs;
	size_t	 broken;		/* languages left out for errors */
	size_t	 skipped;	/* topic files left out for errors */
	/* content_load_lean(): where content_hold() reads from again. */
	const char *const *roots;
	size_t	 nroots;
	int	 lean;
};

/* What content_load() could not do at all. */
enum content_status {
	CONTENT_OK,		/* every language loaded cleanly */
	CONTENT_ERRORS,		/* errors: files or languages were left out */
	CONTENT_NOT_FOUND,	/* a root is missing, or there is no language */
	CONTENT_NO_MEMORY,
};

/*
 * Loads the content found under the roots; a later root replaces an
 * earlier one's file of the same relative path.  A topic file with an
 * error is left out, and the links to it dropped; an error in any other
 * file leaves its language out.  The errors are in d, and warnings say
 * what was left out.  The default language is loaded first; a reference
 * in another language to a topic it lacks resolves to the default
 * language's topic (see language_owns_topic), so an unfinished
 * translation works.  A language without a clinic.yaml shares the
 * default language's clinic details (clinic_fallback), so that every
 * visitor can read how the clinic is linked to the kiosk.
 * content_free() must be called whatever the result.
 */
enum content_status content_load(struct content *, const char *const *roots,
	    size_t nroots, struct diags *d);
/*
 * content_load() for a kiosk that runs, in less memory.  Every language
 * is read and checked as there, with the same messages (the language
 * picked is read last, so its own come last), but only the default
 * language and the one pick chooses (given the languages found with
 * their code alone; NULL or pick NULL: the default) stay whole: each
 * other language is let go once checked, keeping its code, its name
 * and checked (loaded is 0), and is read again when a visitor switches
 * to it.  When the default language is left out for errors, nothing
 * falls back on it and every language stays whole (lean is 0).  The
 * roots must outlive the content.
 */
enum content_status content_load_lean(struct content *,
	    const char *const *roots, size_t nroots, struct diags *d,
	    struct language *(*pick)(const struct content *, void *),
	    void *ctx);
/*
 * Makes lang whole, reading it again from the roots when it is not:
 * 0, or -1 when it cannot be (its files changed since and now have
 * errors, which are in d, or memory ran out).  lang keeps its address;
 * the language stays as it was on failure.
 */
int	content_hold(struct content *, struct language *lang,
	    struct diags *d);
/*
 * After a visitor: content_load_lean()'s languages that are neither
 * the default nor keep are let go again.  Nothing may point into them.
 * Does nothing to content_load()'s content.
 */
void	content_release(struct content *, const struct language *keep);
/*
 * Loads only what the welcome screen shows (index.yaml and clinic.yaml
 * of each language, no topics), so that the kiosk can draw its first
 * frame before it reads and checks the rest with content_load().  Menu
 * items are left without their topics.  A language without a
 * clinic.yaml reads the default language's, as content_load() has it.
 * With pick, only the language pick chooses (given the languages with
 * their code and name alone; it may return NULL) is read so: the
 * others keep their name.
 * Performance only: nothing but the welcome screen may use the result.
 */
enum content_status content_load_welcome(struct content *,
	    const char *const *roots, size_t nroots, struct diags *d,
	    struct language *(*pick)(const struct content *, void *),
	    void *ctx);
void	content_free(struct content *);

struct language *content_language(const struct content *, const char *code);
/*
 * The default language: "en" when there is one, else the first by
 * code.  A topic that another language lacks is shown from it.
 */
struct language *content_default_language(const struct content *);
/* 1 when t is one of lang's own topics, 0 when it is a fallback. */
int	language_owns_topic(const struct language *, const struct topic *);
/* Picks the language for a locale name such as "pt_BR.UTF-8"; NULL if none. */
struct language *content_language_for_locale(const struct content *,
	    const char *locale);
struct topic *language_topic(const struct language *, const char *id);
/*
 * Keeping the place across languages.  The item of menu to that matches
 * item i of menu from in another language (the same topic, the same
 * built-in screen, or the same submenu by its order among submenus);
 * (size_t)-1 when there is none.
 */
size_t	content_map_item(const struct menu *from, size_t i,
	    const struct menu *to);

/*
 * Topic t (of any language) as language to shows it: its own, or the
 * default language's (a page the translation lacks); NULL when neither
 * has it.
 */
const struct topic *content_topic_for(const struct content *,
	    const struct language *to, const struct topic *t);

/* Formats a YYYYMMDD date as YYYY-MM-DD into buf (11 bytes). */
void	date_format(int date, char buf[11]);

#endif
