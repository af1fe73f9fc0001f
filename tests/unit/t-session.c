/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The session in process, without a terminal: opening items, going
 * back (past the self-check too), two-digit numbers, keeping the place
 * across languages (and where that stops), the self-check's flow with
 * "leave?", "Leave the kiosk?", and the idle reset, after which nothing
 * of the visit is left in the session.
 */
#include <config.h>

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define HAVE_MEMCHECK	1
#endif
#endif

#include "content.h"
#include "diag.h"
#include "doc.h"
#include "keys.h"
#include "session.h"
#include "tap.h"


static const char *srcdir;

/*
 * The test is linked with -Wl,--wrap=malloc: every malloc() of the
 * library comes here, and fails while fail_malloc is set.
 */
void	*__real_malloc(size_t);
void	*__wrap_malloc(size_t);
static int fail_malloc;

void *
__wrap_malloc(size_t n)
{
	return fail_malloc ? NULL : __real_malloc(n);
}

/*
 * And with --wrap=free and --wrap=realloc: while watch is set, a block
 * the library frees, or hands to realloc() (which may free it without
 * a wipe), that still holds the text watch counts in leaked.
 */
void	 __real_free(void *);
void	 __wrap_free(void *);
void	*__real_realloc(void *, size_t);
void	*__wrap_realloc(void *, size_t);
static const char *watch;
static int leaked;

static void
look(void *p)
{
	size_t n;
#ifdef HAVE_MEMCHECK
	unsigned char *vbits = NULL;
#endif

	if (watch == NULL || p == NULL)
		return;
	n = malloc_usable_size(p);
#ifdef HAVE_MEMCHECK
	/* Under valgrind the block's unwritten bytes are read too: made
	 * defined for the look, then put back as they were. */
	if (RUNNING_ON_VALGRIND && (vbits = __real_malloc(n)) != NULL) {
		(void)VALGRIND_GET_VBITS(p, vbits, n);
		(void)VALGRIND_MAKE_MEM_DEFINED(p, n);
	}
#endif
	if (memmem(p, n, watch, strlen(watch)) != NULL)
		leaked++;
#ifdef HAVE_MEMCHECK
	if (vbits != NULL) {
		(void)VALGRIND_SET_VBITS(p, vbits, n);
		__real_free(vbits);
	}
#endif
}

void
__wrap_free(void *p)
{
	look(p);
	__real_free(p);
}

void *
__wrap_realloc(void *p, size_t n)
{
	look(p);
	return __real_realloc(p, n);
}

struct load {
	struct content c;
	struct diags d;
	char	 root[4096];
};

static int
load(struct load *l, const char *dir)
{
	const char *roots[1];

	memset(l, 0, sizeof(*l));
	snprintf(l->root, sizeof(l->root), "%s/%s", srcdir, dir);
	roots[0] = l->root;
	diags_init(&l->d);
	return content_load(&l->c, roots, 1, &l->d) == CONTENT_OK ? 0 : -1;
}

static void
load_end(struct load *l)
{
	content_free(&l->c);
	diags_free(&l->d);
}

/* Whether s is what session_init() makes: nothing of a visit. */
static int
fresh(const struct session *s)
{
	static struct session f;

	session_init(&f, s->content, s->start_lang, s->bullet);
	return memcmp(&f, s, sizeof(f)) == 0;
}

static int
all_zero(const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n-- > 0)
		if (*b++ != 0)
			return 0;
	return 1;
}

/* Whether every view above the top is zero: no trail left behind. */
static int
nothing_above(const struct session *s)
{
	static const struct view zero;
	int i;

	for (i = s->nviews; i < SESSION_MAX_VIEWS; i++)
		if (memcmp(&s->views[i], &zero, sizeof(zero)) != 0)
			return 0;
	return 1;
}

/*
 * A page holding a visitor's words (My questions, a search) grows as it
 * is laid out: no copy it leaves behind, and nothing doc_wipe() frees,
 * may still hold them.  doc_free() shows that the test sees a leftover.
 */
static void
test_doc_wipe(void)
{
	struct doc d;
	int i;

	watch = "Q7f3a-visitor";
	leaked = 0;
	doc_init(&d, 40, "- ");
	for (i = 0; i < 300; i++)
		doc_line(&d, "My question Q7f3a-visitor: will it scar?",
		    DOC_TEXT);
	doc_wipe(&d);
	ok(leaked == 0, "doc_wipe: the visitor's words are in no block "
	    "freed, as the page grew or after (%d found)", leaked);
	leaked = 0;
	doc_init(&d, 40, "- ");
	doc_line(&d, "My question Q7f3a-visitor", DOC_TEXT);
	doc_free(&d);
	ok(leaked > 0, "doc_free: the test finds words left in a block");
	watch = NULL;
}

static void
test_open_and_back(struct content *c)
{
	static struct session s;
	struct language *en = content_language(c, "en");

	session_init(&s, c, en, "- ");
	ok(s.nviews == 1 && session_top(&s)->kind == VIEW_WELCOME &&
	    fresh(&s), "a new session is on the welcome screen");
	session_open_home(&s);
	ok(session_top(&s)->kind == VIEW_MENU &&
	    session_top(&s)->menu == &en->home, "home");
	ok(session_open_item(&s, 0) == 1 &&
	    session_top(&s)->kind == VIEW_TOPIC &&
	    strcmp(session_top(&s)->topic->id, "care") == 0 &&
	    session_top(&s)->from == 0, "item 1 opens its topic");
	session_pop(&s);
	ok(s.nviews == 2 && session_top(&s)->kind == VIEW_MENU &&
	    nothing_above(&s), "back: home again, nothing of the page kept");
	ok(session_open_item(&s, 99) == 0 && s.nviews == 2,
	    "an item that does not exist opens nothing");
	session_open_item(&s, 2);
	ok(session_top(&s)->kind == VIEW_FAQ &&
	    session_list_count(&s, session_top(&s)) == en->faq->n,
	    "the FAQ is a list of its questions");
	session_open(&s, VIEW_HELP);
	session_open(&s, VIEW_HELP);
	ok(s.nviews == 4 && session_top(&s)->kind == VIEW_HELP,
	    "help opens once on top");
	session_back_to(&s, 1);
	ok(s.nviews == 1 && nothing_above(&s), "back to the welcome");
	session_forget(&s);
}

static void
test_remap(struct content *c)
{
	static struct session s;
	struct language *en = content_language(c, "en");
	struct language *fr = content_language(c, "fr");
	struct language *es = content_language(c, "es");
	struct faq *saved;

	session_init(&s, c, en, "- ");
	session_open_home(&s);
	session_top(&s)->sel = 1;
	session_open_item(&s, 1);	/* More pages */
	session_open_item(&s, 0);	/* risks */
	session_top(&s)->anchor = 3;
	session_switch_language(&s, es);
	ok(s.lang == es && s.nviews == 4 &&
	    session_top(&s)->kind == VIEW_TOPIC &&
	    session_top(&s)->topic == language_topic(es, "risks") &&
	    s.views[1].menu == &es->home && s.views[1].sel == 1,
	    "remap: the same topic under the same submenu, the highlight "
	    "kept");
	ok(session_top(&s)->anchor == 3, "remap: the place on the page is "
	    "kept");
	session_switch_language(&s, fr);
	ok(s.nviews == 4 && session_top(&s)->topic ==
	    content_topic_for(c, fr, language_topic(es, "risks")) &&
	    session_top(&s)->topic == language_topic(en, "risks"),
	    "remap: a topic French lacks is shown from English");

	session_back_to(&s, 2);
	session_open_item(&s, 2);	/* the FAQ */
	session_open_item(&s, 0);	/* its first answer */
	saved = es->faq;
	es->faq = NULL;
	session_switch_language(&s, es);
	ok(s.nviews == 2 && session_top(&s)->kind == VIEW_MENU &&
	    nothing_above(&s),
	    "remap stops where the new language has no such place");
	es->faq = saved;
	session_open_item(&s, 2);
	session_open_item(&s, 0);
	session_switch_language(&s, en);
	ok(s.nviews == 4 && session_top(&s)->kind == VIEW_ANSWER &&
	    session_top(&s)->entry == &en->faq->entries[0],
	    "remap: the same answer of the FAQ");
	session_forget(&s);
}

static void
test_selfcheck(struct content *c)
{
	static struct session s;
	struct language *en = content_language(c, "en");
	struct language *es = content_language(c, "es");
	struct sc_flow *f = &s.sc;

	session_init(&s, c, en, "- ");
	session_open_home(&s);
	ok(session_open_item(&s, 0) == 1 &&
	    session_top(&s)->kind == VIEW_SELFCHECK && sc_flow_is_open(f) &&
	    f->stage == SC_INTRO, "the self-check opens at its introduction");
	ok(session_leave_selfcheck(&s, SC_THEN_BACK) == 1 &&
	    !sc_flow_is_open(f) && session_top(&s)->kind == VIEW_MENU,
	    "with nothing answered it is left without asking");

	session_open_item(&s, 0);
	sc_flow_start(f);
	ok(f->stage == SC_QUESTION && sc_flow_go_on(f) < 0,
	    "no going on without an answer");
	sc_choose(f->s, 0);
	ok(sc_flow_go_on(f) == 0 && strcmp(sc_current(f->s)->id, "second") == 0,
	    "an answer, then the next question");
	ok(sc_flow_layout(f, 40, SC_LAYOUT_SCREEN) == 0 && f->nitems == 2,
	    "its answers are items of the laid-out step");

	session_open(&s, VIEW_LANG);
	session_pop(&s);
	session_switch_language(&s, es);
	ok(session_top(&s)->kind == VIEW_SELFCHECK && f->stage == SC_QUESTION &&
	    strcmp(sc_current(f->s)->id, "second") == 0 &&
	    strcmp(sc_current(f->s)->text, "¿Segunda pregunta?") == 0,
	    "in Spanish: the same question");
	ok(sc_flow_back(f) == 0 && sc_is_chosen(f->s, sc_current(f->s), 0),
	    "in Spanish: the answer given in English is kept");
	ok(sc_flow_back(f) < 0, "the first question has none before it");
	sc_flow_go_on(f);
	sc_choose(f->s, 0);
	ok(sc_flow_go_on(f) == 0 && f->stage == SC_RESULTS,
	    "the last answer leads to the notes");
	ok(sc_flow_topic(f, 1, NULL) == NULL, "no topics to read from these "
	    "answers");

	ok(session_leave_selfcheck(&s, SC_THEN_BACK) == 0 && f->asking,
	    "with answers given, leave? is asked");
	ok(session_answer_leave(&s, 0) == 0 && !f->asking &&
	    session_top(&s)->kind == VIEW_SELFCHECK && f->stage == SC_RESULTS,
	    "stay: the answers are kept");
	session_leave_selfcheck(&s, SC_THEN_LANGUAGES);
	ok(session_answer_leave(&s, 1) == 1 && !sc_flow_is_open(f) &&
	    session_top(&s)->kind == VIEW_LANG &&
	    s.views[s.nviews - 2].kind == VIEW_MENU,
	    "leave: the answers are gone, then the languages");
	ok(sc_flow_anything_answered(f) == 0, "nothing answered is left");

	session_pop(&s);
	session_open_item(&s, 0);
	sc_flow_start(f);
	sc_choose(f->s, 1);
	sc_flow_go_on(f);
	sc_flow_restart(f);
	ok(f->stage == SC_QUESTION && sc_index(f->s) == 0 &&
	    !sc_flow_anything_answered(f), "start again: no answers");
	session_forget(&s);
}

/* Back along the path past the self-check: "leave?" stops the way. */
static void
test_back_past_selfcheck(struct content *c)
{
	static struct session s;
	struct sc_flow *f = &s.sc;

	session_init(&s, c, content_language(c, "en"), "- ");
	ok(!session_adds_questions(&s), "a adds nothing on the welcome");
	session_open_home(&s);
	session_open_item(&s, 0);
	session_open(&s, VIEW_HELP);
	ok(session_go_back_to(&s, 2) == 1 && s.nviews == 2 &&
	    !sc_flow_is_open(f) && nothing_above(&s),
	    "nothing answered: back home past the self-check at once");
	ok(session_adds_questions(&s), "a adds questions on a menu");
	session_open_item(&s, 0);
	sc_flow_start(f);
	ok(!session_adds_questions(&s), "on a question of the self-check a "
	    "is a letter");
	sc_choose(f->s, 0);
	session_open(&s, VIEW_HELP);
	ok(session_go_back_to(&s, 2) == 0 && s.nviews == 3 &&
	    session_top(&s)->kind == VIEW_SELFCHECK && f->asking &&
	    sc_flow_anything_answered(f),
	    "with an answer: it stops on the self-check, asking leave?");
	ok(session_answer_leave(&s, 1) == 1 && s.nviews == 2 &&
	    !sc_flow_is_open(f), "yes: below the self-check, answers gone");
	session_open(&s, VIEW_HELP);
	ok(session_go_back_to(&s, 2) == 0 && s.nviews == 2,
	    "with no self-check on the way it just goes back");
	session_end(&s);
}

/* A step of the self-check that runs out of memory says so. */
static void
test_selfcheck_nomem(struct content *c)
{
	static struct session s;
	struct sc_flow *f = &s.sc;

	session_init(&s, c, content_language(c, "en"), "- ");
	session_open_home(&s);
	session_open_item(&s, 0);
	sc_flow_start(f);
	sc_choose(f->s, 0);
	sc_flow_go_on(f);
	sc_choose(f->s, 0);
	sc_flow_go_on(f);
	ok(f->stage == SC_RESULTS && sc_flow_layout(f, 76, SC_LAYOUT_SCREEN) ==
	    0, "the notes laid out");
	fail_malloc = 1;
	ok(sc_flow_layout(f, 76, SC_LAYOUT_SCREEN) < 0 && f->doc.nomem,
	    "out of memory, laying out the notes fails and says so");
	fail_malloc = 0;
	ok(sc_flow_layout(f, 76, SC_LAYOUT_PLAIN) == 0 && !f->doc.nomem,
	    "and works again when memory is back");
	session_forget(&s);
}

/* The idle reset: after a long visit, nothing of it is left. */
static void
test_forget(struct content *c)
{
	static struct session s;
	struct language *en = content_language(c, "en");
	struct language *es = content_language(c, "es");
	static const char *ask[] = { "How long does it last?",
	    "What does it cost?" };
	static struct topic asking;
	int i, full;

	asking.id = "asking";
	asking.ask = ask;
	asking.nask = 2;
	session_init(&s, c, en, "- ");
	session_open_home(&s);
	for (i = 0; i < 2 * SESSION_MAX_VIEWS; i++) {
		session_open_topic(&s, language_topic(en, "t"));
		session_top(&s)->scroll = 7;
		session_top(&s)->anchor = 2;
	}
	ok(s.nviews == SESSION_MAX_VIEWS, "the trail is as long as it gets");
	session_back_to(&s, 2);
	session_open_item(&s, 0);
	sc_flow_start(&s.sc);
	sc_choose(s.sc.s, 1);
	session_switch_language(&s, es);
	s.used = 1;
	ok(session_add_questions(&s, &asking, &full) == 2 && s.myq.n == 2 &&
	    !full, "two questions in My questions");
	ok(!fresh(&s), "a visit leaves traces until the reset");
	session_forget(&s);
	ok(s.myq.n == 0 && all_zero(&s.myq, sizeof(s.myq)),
	    "the reset leaves nothing of My questions");
	ok(fresh(&s), "after the reset the session is as new: no view, "
	    "trail, answer or language of the visit is left");
	ok(s.lang == en && s.views[0].title == en->title,
	    "the kiosk's own language again");

	session_open_home(&s);
	session_open_item(&s, 0);
	sc_flow_start(&s.sc);
	sc_choose(s.sc.s, 0);
	session_add_questions(&s, &asking, &full);
	session_end(&s);
	ok(all_zero(&s, sizeof(s)), "at the end every byte of the session is "
	    "zero");
}

/*
 * "Leave the kiosk? y/n": whether q quits, asks or does nothing is the
 * session's; the question waits in it and the reset forgets it, but not
 * what the kiosk allows.
 */
static void
test_quit(struct content *c)
{
	static struct session s;

	session_init(&s, c, content_language(c, "en"), "- ");
	ok(session_quit_offered(&s) && session_quit(&s) == SESSION_QUIT_NOW &&
	    !s.asking_quit, "not a kiosk: q quits at once");
	session_set_quit(&s, 1, 0);
	ok(!session_quit_offered(&s) &&
	    session_quit(&s) == SESSION_QUIT_REFUSED && !s.asking_quit,
	    "a kiosk: q is no command");
	session_set_quit(&s, 0, 1);
	ok(session_quit(&s) == SESSION_QUIT_NOW, "over SSH but no kiosk: "
	    "q quits at once");
	session_set_quit(&s, 1, 1);
	ok(session_quit_offered(&s) &&
	    session_quit(&s) == SESSION_QUIT_ASKED && s.asking_quit,
	    "a kiosk over SSH: q asks");
	ok(session_answer_quit(&s, command_is_yes("n")) == 0 &&
	    !s.asking_quit, "n stays, and the question is over");
	session_quit(&s);
	ok(session_answer_quit(&s, command_is_yes("Yes")) == 1 &&
	    !s.asking_quit, "Yes leaves");
	ok(command_is_yes("y") && command_is_yes("YES") &&
	    !command_is_yes("") && !command_is_yes("yess") &&
	    !command_is_yes("no") && key_is_yes(L'Y') && !key_is_yes(L'n'),
	    "the answers that mean yes, typed or as a key");
	is_str(command_quit_question(), "Leave the kiosk? y/n",
	    "the question comes from the command table");
	session_quit(&s);
	session_forget(&s);
	ok(!s.asking_quit && s.kiosk && s.may_leave &&
	    session_quit(&s) == SESSION_QUIT_ASKED,
	    "the reset forgets the question, not what the kiosk allows");
	session_end(&s);
}

/* Two digits on a long list: the first waits when a second can follow. */
static void
test_digits(struct content *c)
{
	static struct session s;
	static struct menu_item items[12];
	static struct menu sub[12], longm = { "Long", items, 12 };
	struct view *v;
	size_t i;

	for (i = 0; i < 12; i++) {
		items[i].kind = MENU_SUBMENU;
		items[i].title = "Item";
		items[i].sub = &sub[i];
		sub[i].title = "Sub";
	}
	session_init(&s, c, content_language(c, "en"), "- ");
	session_open_home(&s);
	v = session_push(&s, VIEW_MENU, "Long");
	v->menu = &longm;
	ok(session_list_digit(&s, 3) == 1 && s.nviews == 4 &&
	    session_top(&s)->menu == &sub[2] && s.views[2].sel == 2,
	    "3 of 12 opens item 3 at once: no 30 to wait for");
	session_pop(&s);
	ok(session_list_digit(&s, 1) == 0 && s.nviews == 3 && v->sel == 0 &&
	    s.digit == 1, "1 of 12 highlights item 1 and waits");
	ok(session_list_digit(&s, 2) == 1 && session_top(&s)->menu == &sub[11]
	    && s.digit == 0, "then 2 opens item 12");
	session_pop(&s);
	session_list_digit(&s, 1);
	session_digit_end(&s);
	ok(s.digit == 0 && session_list_digit(&s, 2) == 1 &&
	    session_top(&s)->menu == &sub[1],
	    "another key between them: 2 is item 2");
	session_pop(&s);
	session_list_digit(&s, 1);
	ok(session_list_digit(&s, 5) == 1 && session_top(&s)->menu == &sub[4],
	    "1 then 5 of 12: no item 15, so 5 opens item 5");
	session_pop(&s);
	ok(session_list_digit(&s, 0) == 0 && s.nviews == 3 && s.digit == 0,
	    "0 alone opens nothing");
	session_end(&s);
}

/* The plain interface's words and prompts come from the command table. */
static void
test_commands(void)
{
	char buf[256];

	ok(command_for_word("h") == ACT_HELP &&
	    command_for_word("H") == ACT_HELP &&
	    command_for_word("?") == ACT_HELP &&
	    command_for_word("!") == ACT_DISCLAIMER &&
	    command_for_word("L") == ACT_LANGUAGE &&
	    command_for_word("b") == ACT_BACK &&
	    command_for_word("") == ACT_REDRAW &&
	    command_for_word("x") == ACT_LEAVE &&
	    command_for_word("q") == ACT_QUIT, "the words of the commands");
	ok(command_for_word("12") == ACT_NONE &&
	    command_for_word("help") == ACT_NONE &&
	    command_for_word("h ?") == ACT_NONE, "anything else is no command");
	command_prompt(buf, sizeof(buf), PL_LIST, 0);
	is_str(buf, "b: back, /: search, h: help, q: quit", "a menu's prompt");
	command_prompt(buf, sizeof(buf), PL_LIST, 1);
	is_str(buf, "b: back, /: search, h: help", "in kiosk mode, no q");
	command_prompt(buf, sizeof(buf), PL_SC_NOTES, 0);
	is_str(buf, "s: start again, x: leave and clear your answers, b: back "
	    "to the last question, h: help", "the self-check's notes");
	command_prompt(buf, 12, PL_LIST, 0);
	ok(strlen(buf) == 11, "a prompt is cut to its buffer");
}

/* Whether n bytes at p are all zero. */
static int
zeroed(const void *p, size_t n)
{
	const unsigned char *c = p;

	while (n-- > 0)
		if (*c++ != 0)
			return 0;
	return 1;
}

/*
 * Search keeps its words in the session's views and its index in the
 * session: leaving search wipes the words and results, the idle reset
 * (session_forget) closes the index, and SQLite then holds nothing
 * (every byte it had is zeroed as it is freed: search.c).
 */
static void
test_search(struct content *c, struct content *withsc)
{
	static struct session s;
	struct language *en = content_language(c, "en");
	const char *word = en->topics[0].title;

	session_init(&s, c, en, "- ");
	session_open_home(&s);
	ok(session_open_search(&s, word) == 1 &&
	    session_top(&s)->kind == VIEW_SEARCH, "search opens on top");
	ok(session_search(&s) == 0 && s.search != NULL && s.results.n > 0,
	    "the index is built when first searched, and finds the title");
	ok(session_open_result(&s, 0) == 1 && session_is_page(
	    session_top(&s)->kind) && session_highlight(&s) != NULL &&
	    strcmp(session_highlight(&s), word) == 0,
	    "a result opens its page, which highlights the words");
	session_pop(&s);
	ok(session_top(&s)->kind == VIEW_SEARCH && s.results.n > 0,
	    "back: the results again");
	session_pop(&s);
	ok(session_top(&s)->kind == VIEW_MENU && nothing_above(&s) &&
	    zeroed(&s.results, sizeof(s.results)),
	    "leaving search wipes its words and results");
	session_open_search(&s, word);
	session_search(&s);
	session_forget(&s);
	ok(fresh(&s) && s.search == NULL, "the idle reset forgets the search");
	ok(search_engine_bytes() == 0,
	    "and the engine holds nothing of it (all freed, so zeroed)");
	session_end(&s);

	session_init(&s, withsc, content_language(withsc, "en"), "- ");
	session_open_home(&s);
	session_push(&s, VIEW_SELFCHECK, "Self-check");
	ok(session_open_search(&s, "x") == 0 &&
	    session_top(&s)->kind == VIEW_SELFCHECK,
	    "no search from the self-check's questions");
	s.nviews--;
	session_end(&s);
}

/*
 * A kiosk's content holds whole only its own language and the default
 * (content_load_lean()): switching reads the language picked, and the
 * reset lets it go again, with nothing of the visit pointing into it.
 */
static void
test_languages_held(void)
{
	static struct session s;
	struct content c;
	struct diags d;
	struct language *en, *es, *fr;
	const char *roots[2];
	char root[4096];

	snprintf(root, sizeof(root), "%s/tests/fixtures/i18n/good", srcdir);
	roots[0] = root;
	roots[1] = "/nonexistent/smp-kiosk-overlay";
	diags_init(&d);
	if (!ok(content_load_lean(&c, roots, 1, &d, NULL, NULL) ==
	    CONTENT_OK, "held: the lean content loads")) {
		content_free(&c);
		diags_free(&d);
		return;
	}
	en = content_language(&c, "en");
	es = content_language(&c, "es");
	fr = content_language(&c, "fr");
	session_init(&s, &c, en, "- ");
	session_open_home(&s);
	session_open_item(&s, 0);
	ok(!es->loaded && !fr->loaded, "held: es and fr by their names");
	ok(session_switch_language(&s, es) == 0 && s.lang == es &&
	    es->loaded && s.nviews == 3 && session_top(&s)->topic != NULL &&
	    language_owns_topic(es, session_top(&s)->topic),
	    "held: switching reads es, and the visitor is on its topic");
	ok(session_switch_language(&s, fr) == 0 && fr->loaded && es->loaded,
	    "held: a language read stays while the visit lasts");
	session_forget(&s);
	ok(!es->loaded && !fr->loaded && en->loaded && s.lang == en,
	    "held: the reset lets the visitor's languages go");

	/* Content that cannot be read again: the root is gone. */
	c.roots = roots + 1;
	session_open_home(&s);
	session_open_item(&s, 0);
	ok(session_switch_language(&s, es) < 0 && s.lang == en &&
	    s.nviews == 3 && language_owns_topic(en, session_top(&s)->topic),
	    "held: a language that cannot be read: nothing changes");
	ok(session_language_unavailable() != NULL,
	    "held: with a message for the visitor");
	session_end(&s);
	content_free(&c);
	diags_free(&d);
}

int
main(void)
{
	struct load good, sc;

	if ((srcdir = getenv("SMP_SRCDIR")) == NULL)
		srcdir = ".";
	tap_plan_none();
	if (!ok(load(&good, "tests/fixtures/i18n/good") == 0 &&
	    load(&sc, "tests/fixtures/i18n/selfcheck") == 0,
	    "the fixtures load"))
		return tap_done();
	test_doc_wipe();
	test_open_and_back(&good.c);
	test_remap(&good.c);
	test_selfcheck(&sc.c);
	test_selfcheck_nomem(&sc.c);
	test_back_past_selfcheck(&sc.c);
	test_forget(&sc.c);
	test_search(&good.c, &sc.c);
	test_commands();
	test_quit(&good.c);
	test_digits(&good.c);
	test_languages_held();
	load_end(&good);
	load_end(&sc);
	return tap_done();
}
