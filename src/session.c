/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where the visitor is (see session.h): the view stack, opening and
 * going back, the language switch that keeps the place, and forgetting
 * the visitor, written once for every interface.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "log.h"
#include "session.h"
#include "wipe.h"

/* The struct of a fresh visit, on the welcome screen. */
static void
welcome(struct session *s)
{
	s->nviews = 1;
	s->views[0].kind = VIEW_WELCOME;
	s->views[0].title = s->lang->title;
	s->views[0].from = SESSION_NOWHERE;
	s->views[0].focus = -1;
}

void
session_init(struct session *s, struct content *c, struct language *start,
    const char *bullet)
{
	mem_wipe(s, sizeof(*s));
	s->content = c;
	s->start_lang = start;
	s->bullet = bullet;
	s->lang = start;
	welcome(s);
}

void
session_forget(struct session *s)
{
	struct content *c = s->content;
	struct language *start = s->start_lang;
	const char *bullet = s->bullet;
	int kiosk = s->kiosk, may_leave = s->may_leave;

	/* What of the visitor owns memory goes first, zeroed. */
	sc_flow_close(&s->sc);
	search_close(s->search);
	mem_wipe(s, sizeof(*s));
	/* The languages the visitor read are let go, now that nothing
	 * points into them. */
	content_release(c, start);
	session_init(s, c, start, bullet);
	session_set_quit(s, kiosk, may_leave);
	i18n_set_language(start->code);
}

void
session_end(struct session *s)
{
	sc_flow_close(&s->sc);
	search_close(s->search);
	mem_wipe(s, sizeof(*s));
}

struct view *
session_top(struct session *s)
{
	return &s->views[s->nviews - 1];
}

int
session_is_page(enum view_kind k)
{
	switch (k) {
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
		return 1;
	case VIEW_WELCOME:
	case VIEW_MENU:
	case VIEW_FAQ:
	case VIEW_SELFCHECK:
	case VIEW_LANG:
	case VIEW_SEARCH:
	case VIEW_MYQ:
	case VIEW_CODE:
		return 0;
	}
	return 0;
}

struct view *
session_push(struct session *s, enum view_kind kind, const char *title)
{
	struct view *v;

	if (s->nviews == SESSION_MAX_VIEWS) {
		/* Forget the oldest view but keep welcome and home. */
		if (s->views[2].kind == VIEW_SELFCHECK)
			sc_flow_close(&s->sc);
		memmove(&s->views[2], &s->views[3],
		    (SESSION_MAX_VIEWS - 3) * sizeof(s->views[0]));
		s->nviews--;
		mem_wipe(&s->views[s->nviews], sizeof(s->views[0]));
	}
	v = &s->views[s->nviews++];
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	v->title = title;
	v->focus = -1;
	v->from = SESSION_NOWHERE;
	v->land = SESSION_NOWHERE;
	return v;
}

void
session_back_to(struct session *s, int n)
{
	int i;

	if (n < 1 || n >= s->nviews)
		return;
	for (i = n; i < s->nviews; i++) {
		if (s->views[i].kind == VIEW_SELFCHECK)
			sc_flow_close(&s->sc);
		if (s->views[i].kind == VIEW_SEARCH)
			mem_wipe(&s->results, sizeof(s->results));
	}
	/* Nothing of the views left is kept behind the top. */
	mem_wipe(&s->views[n], (size_t)(s->nviews - n) * sizeof(s->views[0]));
	s->nviews = n;
}

void
session_pop(struct session *s)
{
	session_back_to(s, s->nviews - 1);
}

void
session_open_home(struct session *s)
{
	session_push(s, VIEW_MENU, _("Home"))->menu = &s->lang->home;
}

/*
 * Shows topic t; 0 when the visitor's language cannot.  Nothing is
 * counted: a language switch shows again the pages that are open.
 */
static int
show_topic(struct session *s, const struct topic *t)
{
	/* A link on a page shown from the default language leads back
	 * to the visitor's language where it can. */
	if ((t = content_topic_for(s->content, s->lang, t)) == NULL)
		return 0;
	session_push(s, VIEW_TOPIC, t->title)->topic = t;
	return 1;
}

int
session_open_topic(struct session *s, const struct topic *t)
{
	if (!show_topic(s, t))
		return 0;
	stats_topic(session_top(s)->topic->id);	/* --stats */
	return 1;
}

static int
open_selfcheck(struct session *s, const char *title)
{
	if (s->lang->selfcheck == NULL)
		return 0;
	if (sc_flow_open(&s->sc, s->lang, s->bullet) < 0) {
		s->nomem = 1;
		return -1;
	}
	session_push(s, VIEW_SELFCHECK, title);
	return 1;
}

/* Opens a built-in screen from a menu item. */
static int
open_show(struct session *s, const struct menu_item *it)
{
	switch (it->show) {
	case SHOW_FAQ:
		if (s->lang->faq == NULL)
			return 0;
		session_push(s, VIEW_FAQ, it->title);
		return 1;
	case SHOW_DISCLAIMER:
		session_push(s, VIEW_DISCLAIMER, it->title);
		return 1;
	case SHOW_HELP:
		session_push(s, VIEW_HELP, it->title);
		return 1;
	case SHOW_CLINIC:
		if (s->lang->clinic == NULL)
			return 0;
		session_push(s, VIEW_CLINIC, it->title);
		return 1;
	case SHOW_SELFCHECK:
		return open_selfcheck(s, it->title);
	}
	return 0;
}

/*
 * The home menu ends with "My questions (N)" once the list has one: an
 * item of the session's, after the content's.
 */
static int
myq_item(const struct session *s, const struct view *v, size_t i)
{
	return v->kind == VIEW_MENU && v->menu == &s->lang->home &&
	    s->myq.n > 0 && i == v->menu->n;
}

int
session_is_myq_item(const struct session *s, const struct view *v, size_t i)
{
	return myq_item(s, v, i);
}

int
session_open_item(struct session *s, size_t i)
{
	const struct view *v = session_top(s);
	const struct menu_item *it;
	const struct faq_entry *e;
	int rc = 0;

	if (i >= session_list_count(s, v))
		return 0;
	if (v->kind == VIEW_FAQ) {
		e = &s->lang->faq->entries[i];
		session_push(s, VIEW_ANSWER, e->question)->entry = e;
		session_top(s)->from = i;
		return 1;
	}
	if (myq_item(s, v, i)) {
		session_open(s, VIEW_MYQ);
		return 1;
	}
	it = &v->menu->items[i];
	switch (it->kind) {
	case MENU_TOPIC:
		rc = session_open_topic(s, it->topic);
		break;
	case MENU_SUBMENU:
		session_push(s, VIEW_MENU, it->title)->menu = it->sub;
		rc = 1;
		break;
	case MENU_SHOW:
		rc = open_show(s, it);
		break;
	}
	if (rc > 0)
		session_top(s)->from = i;
	return rc;
}

static size_t
language_index(const struct content *c, const struct language *l)
{
	size_t i;

	for (i = 0; i < c->nlangs; i++)
		if (c->langs[i] == l)
			return i;
	return 0;
}

int
session_list_digit(struct session *s, int digit)
{
	struct view *v = session_top(s);
	size_t n = session_list_count(s, v), k = (size_t)digit;
	size_t first = (size_t)s->digit;

	s->digit = 0;
	if (digit < 0 || digit > 9)
		return 0;
	if (first > 0 && first * 10 + k <= n) {
		v->sel = first * 10 + k - 1;
		return session_open_item(s, v->sel);
	}
	if (k == 0 || k > n)
		return 0;
	v->sel = k - 1;
	if (k * 10 <= n) {
		s->digit = digit;
		return 0;
	}
	return session_open_item(s, v->sel);
}

void
session_digit_end(struct session *s)
{
	s->digit = 0;
}

void
session_open(struct session *s, enum view_kind kind)
{
	const char *title = NULL;

	if (session_top(s)->kind == kind)
		return;
	switch (kind) {
	case VIEW_HELP:
		title = _("Help");
		break;
	case VIEW_DISCLAIMER:
		title = _("About this information");
		break;
	case VIEW_LANG:
		session_push(s, VIEW_LANG, _("Language"))->sel =
		    language_index(s->content, s->lang);
		return;
	case VIEW_MYQ:
		/* TRANSLATORS: the visitor's list of questions to ask a
		 * practitioner, to take home: at most 20 characters. */
		title = _("My questions");
		break;
	case VIEW_CODE:
		/* TRANSLATORS: a screen that shows a page's addresses (a
		 * phone number, a web address) as QR codes for a phone's
		 * camera: at most 20 characters. */
		title = _("Take it home");
		break;
	case VIEW_WELCOME:
	case VIEW_MENU:
	case VIEW_FAQ:
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_CLINIC:
	case VIEW_SELFCHECK:
	case VIEW_SEARCH:
		return;		/* these open from an item */
	}
	session_push(s, kind, title);
}

size_t
session_list_count(const struct session *s, const struct view *v)
{
	switch (v->kind) {
	case VIEW_FAQ:
		return s->lang->faq != NULL ? s->lang->faq->n : 0;
	case VIEW_MENU:
		return v->menu->n + (myq_item(s, v, v->menu->n) ? 1 : 0);
	case VIEW_LANG:
		return s->content->nlangs;
	case VIEW_SEARCH:
		return s->results.n;
	case VIEW_WELCOME:
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_SELFCHECK:
	case VIEW_MYQ:
	case VIEW_CODE:
		break;
	}
	return 0;
}

const char *
session_list_label(const struct session *s, const struct view *v, size_t i)
{
	static char label[128];

	switch (v->kind) {
	case VIEW_FAQ:
		return s->lang->faq->entries[i].question;
	case VIEW_SEARCH:
		return s->results.hits[i].title;
	case VIEW_LANG:
		return s->content->langs[i]->name;
	case VIEW_MENU:
		if (!myq_item(s, v, i))
			return v->menu->items[i].title;
		/* TRANSLATORS: the home menu's last item once the visitor
		 * has chosen questions: "My questions (3)". */
		snprintf(label, sizeof(label), _("%s (%zu)"),
		    _("My questions"), s->myq.n);
		return label;
	case VIEW_WELCOME:	/* no lists: no items */
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_SELFCHECK:
	case VIEW_MYQ:
	case VIEW_CODE:
		break;
	}
	return "";
}

const char *
session_list_summary(const struct view *v, size_t i)
{
	switch (v->kind) {
	case VIEW_MENU:		/* "My questions" at the end has none */
		return i < v->menu->n ? v->menu->items[i].summary : NULL;
	case VIEW_FAQ:
	case VIEW_WELCOME:
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
	case VIEW_SELFCHECK:
	case VIEW_LANG:
	case VIEW_SEARCH:
	case VIEW_MYQ:
	case VIEW_CODE:
		break;
	}
	return NULL;
}

/* ---- search ---- */

int
session_open_search(struct session *s, const char *query)
{
	struct view *v = session_top(s);

	if (v->kind == VIEW_SELFCHECK)
		return 0;
	if (v->kind != VIEW_SEARCH)
		v = session_push(s, VIEW_SEARCH, _("Search"));
	if (query != NULL)
		snprintf(v->query, sizeof(v->query), "%s", query);
	return 1;
}

int
session_search(struct session *s)
{
	struct view *v = session_top(s);

	mem_wipe(&s->results, sizeof(s->results));
	if (v->kind != VIEW_SEARCH)
		return 0;
	if (s->search != NULL && search_language(s->search) != s->lang) {
		search_close(s->search);
		s->search = NULL;
	}
	if (s->search == NULL && (s->search = search_open(s->lang)) == NULL)
		return -1;
	if (search_run(s->search, v->query, &s->results) < 0)
		return -1;
	if (v->sel >= s->results.n)
		v->sel = 0;
	return 0;
}

int
session_open_result(struct session *s, size_t i)
{
	const struct search_hit *h;
	const char *q;
	struct view *v = session_top(s);
	char query[SEARCH_MAX_QUERY];

	if (v->kind != VIEW_SEARCH || i >= s->results.n)
		return 0;
	h = &s->results.hits[i];
	q = s->results.suggestion[0] != '\0' ? s->results.suggestion :
	    v->query;
	snprintf(query, sizeof(query), "%s", q);
	v->sel = i;
	if (h->kind == SEARCH_FAQ) {
		const struct faq_entry *e = &s->lang->faq->entries[h->faq];

		session_push(s, VIEW_ANSWER, e->question)->entry = e;
		session_top(s)->from = h->faq;
	} else if (!session_open_topic(s, h->topic)) {
		mem_wipe(query, sizeof(query));
		return 0;
	}
	v = session_top(s);
	memcpy(v->query, query, sizeof(v->query));
	v->land = h->section;
	mem_wipe(query, sizeof(query));
	return 1;
}

const char *
session_query_of(const struct view *v)
{
	return v->query[0] != '\0' ? v->query : NULL;
}

const char *
session_highlight(const struct session *s)
{
	return session_query_of(&s->views[s->nviews - 1]);
}

/* ---- keeping the place across languages ---- */

/*
 * Pushes, in the new language, the view that old was in the old one,
 * on top of the views already remapped; 0 when that place does not
 * exist there, which ends the remapping.  oldp is the old view below.
 */
static int
remap_view(struct session *s, const struct view *oldp, const struct view *old)
{
	const struct view *np = session_top(s);
	const struct menu *nm = np->kind == VIEW_MENU ? np->menu : NULL;
	const struct faq *faq = s->lang->faq;
	size_t j = SESSION_NOWHERE;

	if (old->from != SESSION_NOWHERE && oldp->kind == VIEW_MENU &&
	    nm != NULL)
		j = content_map_item(oldp->menu, old->from, nm);
	switch (old->kind) {
	case VIEW_MENU:
		if (np->kind == VIEW_WELCOME) {
			session_open_home(s);
			break;
		}
		if (j == SESSION_NOWHERE || nm->items[j].kind != MENU_SUBMENU)
			return 0;
		session_push(s, VIEW_MENU, nm->items[j].title)->menu =
		    nm->items[j].sub;
		break;
	case VIEW_TOPIC:
		if (!show_topic(s, old->topic))
			return 0;
		break;
	case VIEW_FAQ:
		if (faq == NULL)
			return 0;
		session_push(s, VIEW_FAQ, j != SESSION_NOWHERE ?
		    nm->items[j].title : faq->title);
		break;
	case VIEW_ANSWER:
		if (np->kind != VIEW_FAQ || faq == NULL || old->from >= faq->n)
			return 0;
		session_push(s, VIEW_ANSWER,
		    faq->entries[old->from].question)->entry =
		    &faq->entries[old->from];
		break;
	case VIEW_DISCLAIMER:
		session_push(s, VIEW_DISCLAIMER, j != SESSION_NOWHERE ?
		    nm->items[j].title : _("About this information"));
		break;
	case VIEW_CLINIC:
		if (s->lang->clinic == NULL)
			return 0;
		session_push(s, VIEW_CLINIC, j != SESSION_NOWHERE ?
		    nm->items[j].title : s->lang->clinic->name);
		break;
	case VIEW_HELP:
		session_push(s, VIEW_HELP, j != SESSION_NOWHERE ?
		    nm->items[j].title : _("Help"));
		break;
	case VIEW_SELFCHECK:
		/* The same questions in the new language, answers kept. */
		if (s->lang->selfcheck == NULL ||
		    sc_flow_remap(&s->sc, s->lang) < 0)
			return 0;
		session_push(s, VIEW_SELFCHECK, j != SESSION_NOWHERE ?
		    nm->items[j].title : s->lang->selfcheck->title);
		break;
	case VIEW_LANG:
		session_open(s, VIEW_LANG);
		break;
	case VIEW_SEARCH:
		/* The same words, searched in the new language. */
		if (!session_open_search(s, old->query))
			return 0;
		session_search(s);
		break;
	case VIEW_MYQ:
		session_open(s, VIEW_MYQ);
		break;
	case VIEW_CODE:
		session_open(s, VIEW_CODE);
		break;
	case VIEW_WELCOME:
		return 0;
	}
	session_top(s)->from = j != SESSION_NOWHERE ? j : old->from;
	return 1;
}

/* The highlight and the page's place, carried into the new view. */
static void
remap_place(struct session *s, struct view *nv, const struct view *old)
{
	size_t k;

	switch (nv->kind) {
	case VIEW_MENU:
		k = content_map_item(old->menu, old->sel, nv->menu);
		if (myq_item(s, nv, nv->menu->n) && old->sel >= old->menu->n)
			k = nv->menu->n;	/* "My questions" */
		nv->sel = k != SESSION_NOWHERE ? k : 0;
		break;
	case VIEW_FAQ:
		if (old->sel < s->lang->faq->n)
			nv->sel = old->sel;
		break;
	case VIEW_TOPIC:
	case VIEW_ANSWER:
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
		nv->anchor = old->anchor;
		memcpy(nv->query, old->query, sizeof(nv->query));
		nv->landed = 1;
		break;
	case VIEW_SEARCH:
		if (old->sel < s->results.n)
			nv->sel = old->sel;
		break;
	case VIEW_WELCOME:
	case VIEW_SELFCHECK:
	case VIEW_LANG:
		break;
	case VIEW_MYQ:
	case VIEW_CODE:
		nv->sel = old->sel;
		nv->scroll = old->scroll;
		break;
	}
}

int
session_switch_language(struct session *s, struct language *to)
{
	struct view old[SESSION_MAX_VIEWS];
	struct diags d;
	int i, n = s->nviews, sc_kept = 0, held;

	/* A language held by its name is read again, from files that
	 * may have changed since the kiosk started: what is wrong with
	 * them goes to the log (a topic left out as well), and on an
	 * error the visitor stays where they are. */
	diags_init(&d);
	held = content_hold(s->content, to, &d) == 0;
	log_content_problems(&d);
	diags_free(&d);
	if (!held)
		return -1;
	memcpy(old, s->views, (size_t)n * sizeof(old[0]));
	s->lang = to;
	myq_switch_language(&s->myq, to);
	i18n_set_language(to->code);
	mem_wipe(&s->views[1], (size_t)(n - 1) * sizeof(s->views[0]));
	s->nviews = 1;
	s->views[0].title = to->title;
	for (i = 1; i < n; i++) {
		if (!remap_view(s, &old[i - 1], &old[i]))
			break;
		if (old[i].kind == VIEW_SELFCHECK)
			sc_kept = 1;
		remap_place(s, session_top(s), &old[i]);
	}
	/* A self-check that did not carry over is forgotten. */
	if (!sc_kept)
		sc_flow_close(&s->sc);
	mem_wipe(old, sizeof(old));
	return 0;
}

const char *
session_language_unavailable(void)
{
	/* TRANSLATORS: a visitor picked a language whose pages cannot be
	 * read just now; they stay in the language of this message.  It
	 * shows in one row of a screen 40 columns wide: 38 at most. */
	return _("That language is not available now.");
}

/* ---- the self-check's view ---- */

/* The view of the self-check in the history, or 0. */
static int
selfcheck_view(const struct session *s)
{
	int i;

	for (i = s->nviews - 1; i > 0; i--)
		if (s->views[i].kind == VIEW_SELFCHECK)
			return i;
	return 0;
}

/* The flow is closed: back to below its view, then what follows. */
static void
left_selfcheck(struct session *s, enum sc_then then)
{
	int i = selfcheck_view(s);

	if (i > 0)
		session_back_to(s, i);
	if (then == SC_THEN_LANGUAGES && s->content->nlangs > 1)
		session_open(s, VIEW_LANG);
}

int
session_leave_selfcheck(struct session *s, enum sc_then then)
{
	if (!sc_flow_leave(&s->sc, then))
		return 0;
	left_selfcheck(s, then);
	return 1;
}

int
session_answer_leave(struct session *s, int leave)
{
	enum sc_then then = s->sc.then;

	if (!sc_flow_answer(&s->sc, leave))
		return 0;
	left_selfcheck(s, then);
	return 1;
}

int
session_go_back_to(struct session *s, int n)
{
	int k = selfcheck_view(s), left = 0;

	if (k > 0 && k >= n) {
		if (sc_flow_is_open(&s->sc) &&
		    !session_leave_selfcheck(s, SC_THEN_BACK)) {
			session_back_to(s, k + 1);
			return 0;
		}
		left = 1;
	}
	session_back_to(s, n);
	return left;
}

size_t
session_add_questions(struct session *s, const struct topic *t, int *full)
{
	size_t i, n = 0;

	*full = 0;
	for (i = 0; t != NULL && i < t->nask; i++)
		switch (myq_add(&s->myq, t, i)) {
		case MYQ_ADDED:
			n++;
			break;
		case MYQ_FULL:
			*full = 1;
			break;
		case MYQ_ALREADY:
		case MYQ_NO_SUCH:
			break;
		}
	return n;
}

int
session_add_view_questions(struct session *s, size_t *added, int *full)
{
	const struct view *v = session_top(s);

	*added = 0;
	*full = 0;
	if (session_in_notes(s))
		*added = session_add_notes_questions(s, full);
	else if (v->kind == VIEW_TOPIC && v->topic->nask > 0)
		*added = session_add_questions(s, v->topic, full);
	else
		return 0;
	return 1;
}

int
session_adds_questions(const struct session *s)
{
	const struct view *v = &s->views[s->nviews - 1];

	if (v->kind == VIEW_WELCOME)
		return 0;
	return v->kind != VIEW_SELFCHECK || session_in_notes(s);
}

size_t
session_view_questions_missing(const struct session *s)
{
	const struct view *v = &s->views[s->nviews - 1];

	if (session_in_notes(s))
		return session_notes_missing(s);
	if (v->kind == VIEW_TOPIC)
		return myq_missing(&s->myq, v->topic);
	return 0;
}

int
session_in_notes(const struct session *s)
{
	const struct view *v = &s->views[s->nviews - 1];

	return v->kind == VIEW_SELFCHECK && s->sc.s != NULL &&
	    (s->sc.stage == SC_RESULTS ||
	    (s->sc.stage == SC_QUESTION && sc_current(s->sc.s) == NULL));
}

size_t
session_notes_missing(const struct session *s)
{
	const struct topic *t;
	size_t k, n = 0, m = 0;

	if (!session_in_notes(s))
		return 0;
	sc_flow_topic(&s->sc, 0, &n);
	for (k = 1; k <= n; k++)
		if ((t = sc_flow_topic(&s->sc, k, NULL)) != NULL)
			m += myq_missing(&s->myq, t);
	return m;
}

size_t
session_add_notes_questions(struct session *s, int *full)
{
	const struct topic *t;
	size_t k, n = 0, added = 0;
	int f;

	*full = 0;
	if (!session_in_notes(s))
		return 0;
	sc_flow_topic(&s->sc, 0, &n);
	for (k = 1; k <= n; k++)
		if ((t = sc_flow_topic(&s->sc, k, NULL)) != NULL) {
			added += session_add_questions(s, t, &f);
			*full |= f;
		}
	return added;
}

/* ---- quitting ---- */

void
session_set_quit(struct session *s, int kiosk, int may_leave)
{
	s->kiosk = kiosk;
	s->may_leave = kiosk && may_leave;
}

int
session_quit_offered(const struct session *s)
{
	return !s->kiosk || s->may_leave;
}

enum session_quit
session_quit(struct session *s)
{
	if (!s->kiosk)
		return SESSION_QUIT_NOW;
	if (!s->may_leave)
		return SESSION_QUIT_REFUSED;
	s->asking_quit = 1;
	return SESSION_QUIT_ASKED;
}

int
session_answer_quit(struct session *s, int yes)
{
	s->asking_quit = 0;
	return yes != 0;
}

int
session_idle_warning_secs(int timeout)
{
	return timeout >= 20 ? 10 : (timeout + 1) / 2;
}
