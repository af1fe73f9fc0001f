/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where the visitor is, for every interface: the views they opened (a
 * stack whose bottom is the welcome screen), the language, the
 * self-check with its answers, and one call that forgets all of it.
 * The curses screens (ui.c) and the plain interface (plain.c) only draw
 * the top view and turn keys or typed lines into the calls below, so
 * that how the kiosk moves is written once.  No curses here.
 */
#ifndef SMP_SESSION_H
#define SMP_SESSION_H

#include <stddef.h>

#include "content.h"
#include "myq.h"
#include "search.h"
#include "selfcheck-flow.h"

#define SESSION_MAX_VIEWS	64	/* back history; the oldest drop out */
#define SESSION_NOWHERE		((size_t)-1)

/*
 * The kinds of view.  Every interface handles each of them in a
 * switch without a default, so that a new kind is a warning (-Wswitch)
 * until all of them do.  There is no count of kinds: a count kept by
 * hand falls silently behind when a kind is added after the last, and
 * one at the end of the enum would be a case every switch must handle.
 * Tables indexed by the kind are switches (screen_for(), pscreen_for()).
 */
enum view_kind {
	VIEW_WELCOME,
	VIEW_MENU,
	VIEW_FAQ,
	VIEW_TOPIC,
	VIEW_ANSWER,
	VIEW_DISCLAIMER,
	VIEW_CLINIC,
	VIEW_HELP,
	VIEW_SELFCHECK,		/* the flow is in session.sc */
	VIEW_LANG,		/* the list of languages */
	VIEW_SEARCH,		/* the search box and its results */
	VIEW_MYQ,		/* "My questions", the list in session.myq */
	VIEW_CODE,		/* the addresses of the page below as codes */
};

struct view {
	enum view_kind kind;
	const char *title;		/* in the path of views */
	const struct menu *menu;	/* VIEW_MENU */
	const struct topic *topic;	/* VIEW_TOPIC */
	const struct faq_entry *entry;	/* VIEW_ANSWER */
	size_t	 from;		/* its item in the list below, or
				 * SESSION_NOWHERE: to keep the place in
				 * another language */
	/* The renderer's place in the view, carried with it. */
	size_t	 sel, top;	/* lists: highlighted, first shown */
	size_t	 scroll;	/* pages: first line shown */
	int	 focus;		/* pages: highlighted link, or -1 */
	size_t	 anchor;	/* pages: the block at the top, kept
				 * across languages (doc.h) */
	/* VIEW_SEARCH: what is typed; a page opened from a result: the
	 * words it highlights, and the section it lands on once laid
	 * out (SESSION_NOWHERE: the first match). */
	char	 query[SEARCH_MAX_QUERY];
	size_t	 land;
	int	 landed;
};

/*
 * One visitor.  content, start_lang and bullet are the kiosk's; the
 * rest is the visitor's, and session_forget() wipes it.
 */
struct session {
	struct content *content;
	struct language *start_lang;	/* the idle reset goes back to it */
	const char *bullet;		/* marks bullet items */
	int	 kiosk;		/* q does not end the kiosk, */
	int	 may_leave;	/* unless the visitor came over SSH */
	struct language *lang;		/* the visitor's language */
	struct view views[SESSION_MAX_VIEWS];	/* views[0]: the welcome */
	int	 nviews;
	int	 used;		/* the visitor did something */
	struct sc_flow sc;	/* the self-check, while its view is open */
	struct search *search;	/* the index of lang, once searched */
	struct search_results results;	/* of the search view */
	struct myq myq;		/* "My questions": memory only */
	int	 asking_quit;	/* "Leave the kiosk? y/n" waits */
	int	 digit;		/* a list's first digit of two, or 0 */
	int	 nomem;		/* something could not be opened */
};

/* A new session on the welcome screen in start; bullet for lists. */
void	session_init(struct session *, struct content *,
	    struct language *start, const char *bullet);
/*
 * Forgets the visitor: every view, the self-check's answers and all
 * laid out from them are zeroed, and the kiosk's language is back.
 * The languages read for the visitor are let go (content_release()),
 * so nothing else may point into them.  Afterwards the struct is what
 * session_init() made.
 */
void	session_forget(struct session *);
/*
 * At the end: the same wipe, touching nothing of the content (which
 * may be gone); the session is not used again.
 */
void	session_end(struct session *);

struct view *session_top(struct session *);
/* Pages are documents (page.h); the other kinds are lists or flows. */
int	session_is_page(enum view_kind);

/* Opens a view of kind on top; the caller fills in what it shows. */
struct view *session_push(struct session *, enum view_kind,
	    const char *title);
/* Back one view (never past the welcome); leaving the self-check's
 * view closes it. */
void	session_pop(struct session *);
/* Back to views[n - 1], n >= 1. */
void	session_back_to(struct session *, int n);

void	session_open_home(struct session *);
/* Topic t (of any language) in the visitor's: 0 when it has none. */
int	session_open_topic(struct session *, const struct topic *t);
/*
 * Opens item i of the menu or FAQ on top.  Returns 1 when a view
 * opened, 0 when not (a topic left out), -1 when out of memory.
 */
int	session_open_item(struct session *, size_t i);
/*
 * A digit key (0 to 9) on the list on top, a menu or the FAQ: item 1
 * to 9 opens at once, unless a second digit can follow (a list of 10
 * or more items, "1" of "12"): then the item is highlighted, Enter
 * opens it, and the next digit makes the number.  Interfaces that read
 * a whole number (plain.c) call session_open_item() instead.  Returns
 * as session_open_item(), 0 when nothing opened.
 */
int	session_list_digit(struct session *, int digit);
/* Any other key, a tap: no digit waits for a second any more. */
void	session_digit_end(struct session *);
/* Help, the notice, the languages or My questions, unless on top. */
void	session_open(struct session *, enum view_kind);
/* Is item i of v the home menu's "My questions (N)"? */
int	session_is_myq_item(const struct session *, const struct view *v,
	    size_t i);
/*
 * The number of items of a list view (a menu, the FAQ); the home menu
 * has "My questions (N)" after the content's items once the list has
 * a question.
 */
size_t	session_list_count(const struct session *, const struct view *);
const char *session_list_label(const struct session *, const struct view *,
	    size_t i);
/* The summary of item i of a menu, or NULL (the FAQ, "My questions"). */
const char *session_list_summary(const struct view *v, size_t i);

/*
 * Switches to another language keeping the visitor's place: each view
 * is looked up in the new language (the same topic, the same menu
 * item, the same question of the self-check with the answers given) as
 * far as it exists there.  Highlights and page anchors follow.  A
 * language the kiosk holds by its name alone is read first
 * (content_hold()); the languages read for a visitor are let go again
 * by session_forget().  Returns 0, or -1 when to cannot be read (its
 * files changed since the kiosk started and now have errors, which go
 * to the log): nothing changes then.
 */
int	session_switch_language(struct session *, struct language *to);
/* What an interface tells the visitor when that fails. */
const char *session_language_unavailable(void);

/*
 * Leaves the self-check on top, then follows then: 1 when it is left
 * (nothing was answered), 0 when "leave?" is asked first.
 */
int	session_leave_selfcheck(struct session *, enum sc_then then);
/* The answer to "leave?": 1 when the visitor left. */
int	session_answer_leave(struct session *, int leave);
/*
 * Back to views[n - 1] as the visitor asks it (a tap on the path):
 * going past the self-check asks "leave?" first when anything is
 * answered, and then stops on the self-check.  Returns 1 when the
 * self-check was left on the way (its notes may still be on the
 * terminal), else 0.
 */
int	session_go_back_to(struct session *, int n);

/*
 * Search (search.h).  session_open_search() opens the search view on
 * top (not from the self-check's questions: 0), with query, which may
 * be NULL.  session_search() searches for the search view's query
 * into s->results, building the index of the visitor's language the
 * first time: -1 when that fails.  session_open_result() opens result
 * i: its page, which highlights the query and lands on the match.
 * Leaving the search view wipes its query and results; the idle reset
 * and the end close the index, whose memory is zeroed.
 */
int	session_open_search(struct session *, const char *query);
int	session_search(struct session *);
int	session_open_result(struct session *, size_t i);
/* The query of the top view: what it highlights, or NULL. */
const char *session_highlight(const struct session *);
/* The same of any view. */
const char *session_query_of(const struct view *);

/*
 * Adds the questions to ask of topic t that "My questions" does not
 * have yet; returns how many were added.  *full says that some did not
 * fit (MYQ_MAX).
 */
size_t	session_add_questions(struct session *, const struct topic *t,
	    int *full);

/*
 * a: adds to "My questions" the questions of the top view: a topic
 * page's, or in the self-check's notes those of the topics the notes
 * link.  Returns 0 when the view has none to add (another kind of
 * view, a topic without questions); else 1, with *added how many were
 * added and *full as session_add_questions().
 */
int	session_add_view_questions(struct session *, size_t *added,
	    int *full);
/*
 * Whether a means "add the questions" on the top view: not on the
 * welcome, and in the self-check only in its notes (on a question it
 * is the letter of an answer).
 */
int	session_adds_questions(const struct session *);
/* How many of those are not in "My questions" yet: what a would add. */
size_t	session_view_questions_missing(const struct session *);

/* Is the self-check's view on top, showing the visitor's notes? */
int	session_in_notes(const struct session *);
/*
 * The questions to ask of the topics the self-check's notes link that
 * "My questions" does not have yet: how many, and adding them (as
 * session_add_questions()).
 */
size_t	session_notes_missing(const struct session *);
size_t	session_add_notes_questions(struct session *, int *full);

/*
 * Quitting.  In kiosk mode q ends nothing, except for a visitor who
 * came over SSH (may_leave), who is asked "Leave the kiosk? y/n" first
 * (the question and its answers: keys.h).  session_set_quit() sets
 * what the kiosk allows; session_forget() keeps it.
 */
void	session_set_quit(struct session *, int kiosk, int may_leave);
/* Whether q is offered at all (in the footer, the help, the prompts). */
int	session_quit_offered(const struct session *);

enum session_quit {
	SESSION_QUIT_NOW,	/* not a kiosk: the program ends */
	SESSION_QUIT_ASKED,	/* "Leave the kiosk?" is asked: asking_quit */
	SESSION_QUIT_REFUSED,	/* a kiosk, not over SSH: nothing happens */
};
/* The visitor asks to quit. */
enum session_quit session_quit(struct session *);
/* The answer to "Leave the kiosk? y/n": 1 when yes (the program ends),
 * 0 stay; either way the question is over. */
int	session_answer_quit(struct session *, int yes);

/* Seconds of warning before an idle reset after timeout seconds. */
int	session_idle_warning_secs(int timeout);

#endif
