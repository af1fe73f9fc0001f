/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud (src/speech.c): the text handed to the synthesizer is what
 * the screen shows without its decoration, in every shipped language;
 * and, when the build has espeak-ng, what its in-memory output makes of
 * it: the same text, sound that is not silence and lasts longer for a
 * longer text, and a stop that silences one text before the next.
 */
#include <config.h>

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content.h"
#include "diag.h"
#include "doc.h"
#include "selfcheck.h"
#include "speech.h"
#include "tap.h"

#define WEB	"web address"

static const char *srcdir;

/* Splits s into words (a copy of each), n of them. */
static char **
words(const char *s, size_t *n)
{
	char **w = NULL, *copy = strdup(s), *tok, *save;
	size_t cap = 0;

	*n = 0;
	for (tok = strtok_r(copy, " \n", &save); tok != NULL;
	    tok = strtok_r(NULL, " \n", &save)) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			w = realloc(w, cap * sizeof(*w));
		}
		w[(*n)++] = strdup(tok);
	}
	free(copy);
	return w;
}

static void
free_words(char **w, size_t n)
{
	while (n-- > 0)
		free(w[n]);
	free(w);
}

static int
is_url(const char *w)
{
	return strncmp(w, "https://", 8) == 0 ||
	    strncmp(w, "http://", 7) == 0 || strncmp(w, "www.", 4) == 0;
}

/* The link of a source as the page shows it. */
static void
link_of(const struct source *s, char *buf, size_t size)
{
	if (s->url != NULL)
		snprintf(buf, size, "%s", s->url);
	else if (s->doi != NULL)
		snprintf(buf, size, "https://doi.org/%s", s->doi);
	else if (s->pmid != NULL)
		snprintf(buf, size, "https://pubmed.ncbi.nlm.nih.gov/%s/",
		    s->pmid);
	else
		buf[0] = '\0';
}

/*
 * What the screen shows of d from line from, word by word, as a
 * listener should hear it: the bullet markers left out, each web
 * address (which a narrow page may break over lines) as WEB and the
 * publisher of the source in r it links.  Compares that with the words
 * of the text to speak; returns 1 when they agree.
 */
static int
same_words(const struct doc *d, size_t from, const struct review *r,
    const char *spoken, char *why, size_t whysize)
{
	struct speech_text shown, hear;
	size_t i, j, len, ns, nw, nh;
	char **sw, **ww, **hw, url[1024], link[1024];
	const char *s, *pub;
	int ok = 1;

	speech_text_init(&shown);
	speech_text_init(&hear);
	for (i = from; i < d->w.n; i++) {
		s = doc_text_at(d, i, &len);
		/* The marker of a bullet item is decoration. */
		if (d->w.lines[i].indent == 0 && len > strlen(d->bullet) &&
		    strncmp(s, d->bullet, strlen(d->bullet)) == 0) {
			s += strlen(d->bullet);
			len -= strlen(d->bullet);
		}
		speech_text_para(&shown, s, len);
	}
	sw = words(shown.s ? shown.s : "", &ns);
	for (i = 0; i < ns; i++) {
		if (!is_url(sw[i])) {
			speech_text_para(&hear, sw[i], strlen(sw[i]));
			continue;
		}
		snprintf(url, sizeof(url), "%s", sw[i]);
		pub = NULL;
		for (;;) {
			for (j = 0; r != NULL && j < r->nsources; j++) {
				link_of(&r->sources[j], link, sizeof(link));
				if (strcmp(link, url) == 0)
					pub = r->sources[j].publisher;
			}
			if (pub != NULL || i + 1 >= ns ||
			    strchr("-/_?=&#~%", url[strlen(url) - 1]) == NULL)
				break;
			strncat(url, sw[++i], sizeof(url) - strlen(url) - 1);
		}
		speech_text_para(&hear, WEB, strlen(WEB));
		if (pub != NULL) {
			speech_text_para(&hear, ",", 1);
			speech_text_para(&hear, pub, strlen(pub));
		}
	}
	hw = words(hear.s ? hear.s : "", &nh);
	ww = words(spoken, &nw);
	for (i = 0, j = 0; i < nh && j < nw && ok; i++, j++) {
		/* "address," is "address" and ",". */
		if (strcmp(hw[i], "address") == 0 && i + 1 < nh &&
		    strcmp(hw[i + 1], ",") == 0) {
			ok = strcmp(ww[j], "address,") == 0;
			i++;
		} else
			ok = strcmp(hw[i], ww[j]) == 0;
		if (!ok)
			snprintf(why, whysize, "shown \"%s\", said \"%s\"",
			    hw[i], ww[j]);
	}
	if (ok && (i < nh || j < nw)) {
		snprintf(why, whysize, "%s \"%s\"", i < nh ? "not said" :
		    "said more", i < nh ? hw[i] : ww[j]);
		ok = 0;
	}
	free_words(sw, ns);
	free_words(hw, nh);
	free_words(ww, nw);
	speech_text_wipe(&shown);
	speech_text_wipe(&hear);
	return ok;
}

/* A small page whose text to speak is known word for word. */
static void
test_fixed_page(void)
{
	struct source src = { .title = "Hair loss", .publisher = "NHS",
	    .url = "https://www.nhs.uk/conditions/hair-loss/", .year = 2024 };
	struct review rev = { .sources = &src, .nsources = 1 };
	struct speech_text t;
	struct doc d;

	doc_init(&d, 30, "- ");
	doc_line(&d, "Aftercare", DOC_TITLE);
	doc_blank(&d);
	doc_line(&d, "The first days", DOC_HEADING);
	doc_body(&d, "Keep the scalp dry for four days after each session."
	    "\n\n- No sweating.\n- No swimming, see www.example.org for"
	    " pools.");
	doc_blank(&d);
	doc_review(&d, &rev);
	speech_text_init(&t);
	ok(speech_text_doc(&t, &d, 0, &rev, WEB) == 0, "a page to speak");
	is_str(t.s, "Aftercare\nThe first days\n"
	    "Keep the scalp dry for four days after each session.\n"
	    "No sweating.\n"
	    "No swimming, see " WEB " for pools.\n"
	    "Sources\n"
	    "Hair loss. NHS, 2024\n"
	    WEB ", NHS\n",
	    "paragraph by paragraph, bullets and addresses as a listener "
	    "hears them");
	speech_text_wipe(&t);
	/* From the third line shown, as when the page is scrolled. */
	ok(speech_text_doc(&t, &d, 4, &rev, WEB) == 0, "from a line");
	{
		size_t len;
		const char *line = doc_text_at(&d, 4, &len);

		ok(t.s != NULL && strncmp(line, "Keep", 4) != 0 &&
		    strncmp(t.s, line, len) == 0,
		    "it starts at the top of what is shown: %.*s", (int)len,
		    line);
	}
	speech_text_wipe(&t);
	ok(t.s == NULL && t.len == 0, "a wiped text holds nothing");
	doc_free(&d);
}

static void
test_item_and_question(void)
{
	const char *answers[] = { "Yes", "No", "I would rather not say" };
	struct speech_text t;

	speech_text_init(&t);
	speech_text_item(&t, "Aftercare", "What to do  in the first\ndays.");
	is_str(t.s, "Aftercare\nWhat to do in the first days.\n",
	    "a menu item and its summary");
	speech_text_wipe(&t);
	speech_text_item(&t, "Frequently asked questions", NULL);
	is_str(t.s, "Frequently asked questions\n", "an item without summary");
	speech_text_wipe(&t);
	speech_text_question(&t, "Do you take blood thinners?", answers, 3);
	is_str(t.s, "Do you take blood thinners?\n1. Yes\n2. No\n"
	    "3. I would rather not say\n", "a question and its numbered answers");
	speech_text_wipe(&t);
}

/* Every topic page of each shipped language, from the top and from
 * the middle, says what it shows. */
static struct content shipped;

static void
test_shipped_pages(void)
{
	char root[4096], why[256];
	const char *roots[1] = { root };
	struct diags dg;
	size_t l, i, bad;

	snprintf(root, sizeof(root), "%s/content", srcdir);
	diags_init(&dg);
	ok(content_load(&shipped, roots, 1, &dg) == CONTENT_OK,
	    "the shipped content loads");
	diags_free(&dg);
	for (l = 0; l < shipped.nlangs; l++) {
		struct language *lang = shipped.langs[l];
		struct doc d;

		bad = 0;
		why[0] = '\0';
		doc_init(&d, 76, "- ");
		for (i = 0; i < lang->ntopics; i++) {
			struct topic *t = &lang->topics[i];
			struct speech_text sp;
			size_t from;

			doc_reset(&d, 76);
			doc_topic_page(&d, lang, t);
			for (from = 0; from < d.w.n; from += d.w.n / 2 + 1) {
				speech_text_init(&sp);
				speech_text_doc(&sp, &d, from, &t->rev, WEB);
				if (!same_words(&d, from, &t->rev, sp.s ? sp.s : "",
				    why, sizeof(why)))
					bad++;
				speech_text_wipe(&sp);
			}
		}
		doc_free(&d);
		ok(bad == 0 && lang->ntopics > 0,
		    "%s: %zu topic pages said as shown %s", lang->code,
		    lang->ntopics, why);
	}
}

/* Loads tests/fixtures/screen with the overlay tests/fixtures/name. */
static enum content_status
load_overlay(struct content *c, struct diags *d, const char *name)
{
	char base[4096], over[4096];
	const char *roots[2] = { base, over };

	snprintf(base, sizeof(base), "%s/tests/fixtures/screen", srcdir);
	snprintf(over, sizeof(over), "%s/tests/fixtures/%s", srcdir, name);
	diags_init(d);
	memset(c, 0, sizeof(*c));
	return content_load(c, roots, 2, d);
}

/* The clinic's defaults for read aloud in clinic.yaml. */
static void
test_clinic_settings(void)
{
	static const char *const want[] = {
	    "speech must be on or off",
	    "speech_rate must be slow, normal or fast",
	    "speech_volume must be a number from 0 to 200",
	};
	struct content c;
	struct diags d;
	struct clinic *cl;
	size_t i, j, found = 0;

	ok(load_overlay(&c, &d, "speech-clinic") == CONTENT_OK,
	    "a clinic file with read aloud's settings loads");
	cl = c.nlangs > 0 ? c.langs[0]->clinic : NULL;
	ok(cl != NULL && cl->speech == 2 && cl->speech_rate == SPEECH_SLOW + 1
	    && cl->speech_volume == 151, "speech: on, speech_rate: slow, "
	    "speech_volume: 150");
	content_free(&c);
	diags_free(&d);

	ok(load_overlay(&c, &d, "speech-clinic-bad") == CONTENT_ERRORS,
	    "mistyped settings are errors");
	for (i = 0; i < 3; i++)
		for (j = 0; j < d.n; j++)
			if (strcmp(d.v[j].msg, want[i]) == 0 &&
			    d.v[j].line == (int)i + 5 && d.v[j].col == 1 +
			    (int)strcspn(want[i], " ") + 2) {
				found++;
				break;
			}
	ok(found == 3, "each names the setting and what it may be, at its "
	    "line and column (%zu of 3)", found);
	content_free(&c);
	diags_free(&d);
}

#if HAVE_ESPEAK_NG
/* got equals want; when not, both are shown. */
static int
same(const char *got, const char *want)
{
	if (got != NULL && want != NULL && strcmp(got, want) == 0)
		return 1;
	diag("got:  %s", got ? got : "(null)");
	diag("want: %s", want ? want : "(null)");
	return 0;
}

/* The next event of sp, waiting up to 30 s; 0 when none came. */
static int
next_event(struct speech *sp, struct speech_event *e)
{
	struct pollfd p;

	for (;;) {
		if (speech_event(sp, e))
			return 1;
		p.fd = speech_fd(sp);
		p.events = POLLIN;
		if (p.fd < 0 || poll(&p, 1, 30000) <= 0)
			return 0;
	}
}

/* Says text in lang and waits for it to be said; *e is the DONE. */
static int
say_all(struct speech *sp, const char *lang, const char *text,
    struct speech_event *e, int *started_first)
{
	struct speech_text t;
	uint32_t job;

	/* The text as it is, its paragraphs kept. */
	speech_text_init(&t);
	t.s = strdup(text);
	t.len = strlen(text);
	t.cap = t.len + 1;
	job = speech_say(sp, lang, &t);
	if (job == 0 || t.s != NULL)
		return 0;
	*started_first = 0;
	while (next_event(sp, e)) {
		if (e->job != job) {
			speech_event_free(e);
			continue;
		}
		if (e->kind == SPEECH_STARTED) {
			*started_first = 1;
			continue;
		}
		return 1;
	}
	return 0;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
test_speaker(void)
{
	struct speech_opts o = { .rate = SPEECH_NORMAL, .volume = 100,
	    .memory = 1 };
	struct speech *sp = speech_new(&o);
	struct speech_event e, e2;
	static const char long_para[] = "Scalp micropigmentation places "
	    "tiny dots of pigment in the skin of the scalp.";
	struct speech_text t;
	size_t l, i;
	int started;
	uint32_t job, job2;
	double t0, stop_ms;
	char *twice;

	ok(sp != NULL, "a speaker starts");
	if (sp == NULL)
		return;
	/* A menu item, a self-check question and a page's first
	 * paragraphs in each shipped language. */
	for (l = 0; l < shipped.nlangs; l++) {
		struct language *lang = shipped.langs[l];
		struct speech_text want;
		struct menu_item *it = &lang->home.items[0];
		struct doc d;
		uint64_t one;

		speech_text_init(&want);
		speech_text_item(&want, it->title, it->summary);
		ok(say_all(sp, lang->code, want.s, &e, &started) &&
		    e.kind == SPEECH_DONE && started,
		    "%s: a menu item is said, first samples before the end",
		    lang->code);
		ok(same(e.text, want.s), "%s: the synthesizer was handed "
		    "the item and its summary", lang->code);
		ok(e.samples > 0 && e.peak > 1000,
		    "%s: not silence (%llu samples, peak %d)", lang->code,
		    (unsigned long long)e.samples, e.peak);
		diag("%s: espeak-ng voice %s", lang->code, e.voice);
		one = e.samples;
		speech_event_free(&e);
		speech_text_wipe(&want);

		if (lang->selfcheck != NULL &&
		    lang->selfcheck->nquestions > 0) {
			const struct sc_question *q =
			    &lang->selfcheck->questions[0];
			const char *ans[16];

			for (i = 0; i < q->nanswers && i < 16; i++)
				ans[i] = q->answers[i].label;
			speech_text_question(&want, q->text, ans, i);
			ok(say_all(sp, lang->code, want.s, &e, &started) &&
			    e.kind == SPEECH_DONE, "%s: a question is said",
			    lang->code);
			ok(same(e.text, want.s), "%s: the synthesizer was "
			    "handed the question and its numbered answers",
			    lang->code);
			speech_event_free(&e);
			speech_text_wipe(&want);
		}

		doc_init(&d, 76, "- ");
		doc_topic_page(&d, lang, &lang->topics[0]);
		speech_text_doc(&want, &d, 0, &lang->topics[0].rev, WEB);
		doc_free(&d);
		ok(say_all(sp, lang->code, want.s, &e, &started) &&
		    e.kind == SPEECH_DONE, "%s: a page is said", lang->code);
		ok(same(e.text, want.s), "%s: the synthesizer was handed "
		    "the page as shown", lang->code);
		ok(e.samples > 2 * one, "%s: a page lasts longer than an item "
		    "(%.1f s against %.1f s)", lang->code,
		    (double)e.samples / e.rate_hz, (double)one / e.rate_hz);
		speech_event_free(&e);
		speech_text_wipe(&want);
	}

	/* Twice the text, about twice the sound. */
	ok(say_all(sp, "en", "Keep the scalp dry for four days.", &e,
	    &started), "a sentence");
	twice = "Keep the scalp dry for four days. Keep the scalp dry for "
	    "four days.";
	ok(say_all(sp, "en", twice, &e2, &started), "the sentence twice");
	ok(e2.samples > e.samples * 3 / 2, "the sound grows with the text "
	    "(%llu, then %llu samples)", (unsigned long long)e.samples,
	    (unsigned long long)e2.samples);
	speech_event_free(&e);
	speech_event_free(&e2);

	ok(say_all(sp, "xx", "Bonjour.", &e, &started) &&
	    e.kind == SPEECH_NO_VOICE, "a language espeak-ng has no voice "
	    "for says so");
	speech_event_free(&e);

	/*
	 * A key while speaking: the text is stopped, and no event of it
	 * comes after the stop; the next text is said in full.  The time
	 * the stop took is measured, not asserted.
	 */
	speech_text_init(&t);
	for (i = 0; i < 40; i++)
		speech_text_para(&t, long_para, strlen(long_para));
	job = speech_say(sp, "en", &t);
	ok(next_event(sp, &e) && e.job == job && e.kind == SPEECH_STARTED,
	    "a long text starts");
	ok(speech_busy(sp), "it is being said");
	t0 = now_ms();
	ok(speech_stop(sp) == 1, "a key stops it");
	stop_ms = now_ms() - t0;
	ok(!speech_busy(sp), "nothing is being said after the stop");
	diag("the stop took %.2f ms", stop_ms);
	speech_text_para(&t, "Back.", 5);
	job2 = speech_say(sp, "en", &t);
	started = 0;
	while (next_event(sp, &e2)) {
		ok(e2.job == job2, "event %d is the new text's, not the "
		    "stopped one's", e2.kind);
		if (e2.kind == SPEECH_STARTED)
			started = 1;
		if (e2.kind != SPEECH_STARTED)
			break;
		speech_event_free(&e2);
	}
	ok(started && e2.kind == SPEECH_DONE && strcmp(e2.text,
	    "Back.\n") == 0, "the next text is said in full");
	speech_event_free(&e2);
	ok(speech_stop(sp) == 0, "stopping when quiet does nothing");

	/*
	 * Privacy: the kiosk's copy of a text is wiped once it is sent,
	 * and at the idle reset the child (a copy of the kiosk from when
	 * it started) is replaced by one started after the wipe.
	 */
	speech_text_para(&t, "I have a scar on my scalp.", 26);
	job = speech_say(sp, "en", &t);
	ok(job != 0 && t.s == NULL && t.len == 0 && t.cap == 0,
	    "a text said is wiped from the kiosk at once");
	{
		long old = speech_child(sp);

		speech_reset(sp);
		ok(old > 0 && speech_child(sp) > 0 && speech_child(sp) != old &&
		    kill((pid_t)old, 0) < 0 && errno == ESRCH,
		    "a reset ends the child that was told it, and starts "
		    "another");
		ok(!speech_busy(sp), "and nothing is being said");
	}
	speech_free(sp);
}
#endif

int
main(void)
{
	tap_plan_none();
	setlocale(LC_ALL, "C.UTF-8");
	if ((srcdir = getenv("SMP_SRCDIR")) == NULL)
		srcdir = ".";
	test_fixed_page();
	test_item_and_question();
	test_shipped_pages();
	test_clinic_settings();
#if HAVE_ESPEAK_NG
	ok(speech_built(), "the build has espeak-ng");
	test_speaker();
#else
	ok(!speech_built(), "the build has no espeak-ng");
	ok(speech_new(&(struct speech_opts){ .volume = 100 }) == NULL,
	    "and so no speaker");
#endif
	content_free(&shipped);
	return tap_done();
}
