/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Read aloud: the text to speak for what a screen shows, and the
 * speaker, a child process running espeak-ng (speech.h).
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#if HAVE_ESPEAK_NG
#include <dlfcn.h>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

/*
 * espeak-ng is loaded with dlopen() by the process that speaks, never
 * by the kiosk itself: linked, it pulled some thirty libraries (audio
 * servers, X11, D-Bus) into every kiosk, read aloud or not, and tripled
 * the memory and start-up time of the first frame.
 */
#define ESPEAK_FUNCS(X) \
	X(espeak_ng_InitializePath) X(espeak_ng_Initialize) \
	X(espeak_ng_InitializeOutput) X(espeak_SetSynthCallback) \
	X(espeak_ng_SetParameter) X(espeak_ng_SetVoiceByProperties) \
	X(espeak_GetCurrentVoice) X(espeak_ng_GetSampleRate) \
	X(espeak_ng_Synthesize) X(espeak_ng_Synchronize)
#define ESPEAK_PTR(name) static __typeof__(&name) p_##name;
ESPEAK_FUNCS(ESPEAK_PTR)

/* Loads the library and its functions, once; 0 when it cannot. */
static int
espeak_load(void)
{
	static const char *const names[] = {
		"libespeak-ng.so.1", "libespeak-ng.so",
	};
	static int done, ok;
	void *h = NULL;
	size_t i;

	if (done)
		return ok;
	done = 1;
	for (i = 0; i < sizeof(names) / sizeof(names[0]) && h == NULL; i++)
		h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (h == NULL)
		return 0;
#define ESPEAK_SYM(name) \
	if ((*(void **)&p_##name = dlsym(h, #name)) == NULL) \
		return 0;
	ESPEAK_FUNCS(ESPEAK_SYM)
	ok = 1;
	return 1;
}

#define espeak_ng_InitializePath	p_espeak_ng_InitializePath
#define espeak_ng_Initialize		p_espeak_ng_Initialize
#define espeak_ng_InitializeOutput	p_espeak_ng_InitializeOutput
#define espeak_SetSynthCallback		p_espeak_SetSynthCallback
#define espeak_ng_SetParameter		p_espeak_ng_SetParameter
#define espeak_ng_SetVoiceByProperties	p_espeak_ng_SetVoiceByProperties
#define espeak_GetCurrentVoice		p_espeak_GetCurrentVoice
#define espeak_ng_GetSampleRate		p_espeak_ng_GetSampleRate
#define espeak_ng_Synthesize		p_espeak_ng_Synthesize
#define espeak_ng_Synchronize		p_espeak_ng_Synchronize
#endif

#include "i18n.h"
#include "session.h"
#include "speech.h"
#include "wipe.h"

int
speech_rate_wpm(enum speech_rate r)
{
	switch (r) {
	case SPEECH_SLOW:
		return 130;
	case SPEECH_NORMAL:
		return 165;
	case SPEECH_FAST:
		return 210;
	}
	return 165;
}

int
speech_rate_parse(const char *name, enum speech_rate *r)
{
	static const char *const names[SPEECH_RATES] = { "slow", "normal",
	    "fast" };
	int i;

	for (i = 0; i < SPEECH_RATES; i++)
		if (strcmp(name, names[i]) == 0) {
			*r = (enum speech_rate)i;
			return 0;
		}
	return -1;
}

/* ---- the text ---- */

void
speech_text_init(struct speech_text *t)
{
	memset(t, 0, sizeof(*t));
}

void
speech_text_wipe(struct speech_text *t)
{
	if (t->s != NULL)
		mem_wipe(t->s, t->cap);
	free(t->s);
	speech_text_init(t);
}

static int
reserve(struct speech_text *t, size_t more)
{
	size_t cap;
	char *s;

	if (t->len + more + 1 <= t->cap)
		return 0;
	if (t->len + more + 1 > SPEECH_MAX_TEXT)
		return -1;
	cap = t->cap ? t->cap : 256;
	while (cap < t->len + more + 1)
		cap *= 2;
	/* No realloc: the old copy is wiped, not left in the heap. */
	if ((s = malloc(cap)) == NULL) {
		t->nomem = 1;
		return -1;
	}
	if (t->s != NULL) {
		memcpy(s, t->s, t->len + 1);
		mem_wipe(t->s, t->cap);
		free(t->s);
	} else
		s[0] = '\0';
	t->s = s;
	t->cap = cap;
	return 0;
}

/* Appends s as it is, whitespace runs made one space. */
static void
append(struct speech_text *t, const char *s, size_t len)
{
	size_t i;
	int space;

	if (reserve(t, len) < 0)
		return;
	space = t->len == 0 || t->s[t->len - 1] == ' ' ||
	    t->s[t->len - 1] == '\n';
	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		    s[i] == '\r') {
			if (!space)
				t->s[t->len++] = ' ';
			space = 1;
			continue;
		}
		t->s[t->len++] = s[i];
		space = 0;
	}
	t->s[t->len] = '\0';
}

/* Ends the paragraph being built, if any. */
static void
end_para(struct speech_text *t)
{
	while (t->len > 0 && t->s[t->len - 1] == ' ')
		t->len--;
	if (t->len == 0 || t->s[t->len - 1] == '\n') {
		if (t->s != NULL)
			t->s[t->len] = '\0';
		return;
	}
	if (reserve(t, 1) < 0)
		return;
	t->s[t->len++] = '\n';
	t->s[t->len] = '\0';
}

void
speech_text_para(struct speech_text *t, const char *s, size_t len)
{
	end_para(t);
	append(t, s, len);
	end_para(t);
}

/* The length of a web address at s, or 0 when none starts there. */
static size_t
url_at(const char *s, size_t len)
{
	size_t n;

	if (len >= 8 && strncmp(s, "https://", 8) == 0)
		n = 8;
	else if (len >= 7 && strncmp(s, "http://", 7) == 0)
		n = 7;
	else if (len >= 4 && strncmp(s, "www.", 4) == 0)
		n = 4;
	else
		return 0;
	while (n < len && s[n] != ' ' && s[n] != '\n')
		n++;
	return n;
}

/* The publisher of the source in r whose link is url, or NULL. */
static const char *
publisher_of(const struct review *r, const char *url, size_t len)
{
	char link[512];
	size_t i;

	for (i = 0; r != NULL && i < r->nsources; i++) {
		const struct source *s = &r->sources[i];

		if (s->url != NULL)
			snprintf(link, sizeof(link), "%s", s->url);
		else if (s->doi != NULL)
			snprintf(link, sizeof(link), "https://doi.org/%s",
			    s->doi);
		else if (s->pmid != NULL)
			snprintf(link, sizeof(link),
			    "https://pubmed.ncbi.nlm.nih.gov/%s/", s->pmid);
		else
			continue;
		if (strlen(link) == len && memcmp(link, url, len) == 0)
			return s->publisher;
	}
	return NULL;
}

/*
 * Appends one line of a document: each web address in it becomes
 * "web address, Publisher".
 */
static void
speak_line(struct speech_text *t, const char *s, size_t len,
    const struct review *r, const char *web_address)
{
	size_t i = 0, start = 0, n;
	const char *pub;

	while (i < len) {
		if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
		    (n = url_at(s + i, len - i)) > 0) {
			append(t, s + start, i - start);
			/* Trailing punctuation is the sentence's. */
			while (n > 0 && strchr(".,;:)", s[i + n - 1]) != NULL &&
			    publisher_of(r, s + i, n) == NULL)
				n--;
			append(t, web_address, strlen(web_address));
			if ((pub = publisher_of(r, s + i, n)) != NULL) {
				append(t, ", ", 2);
				append(t, pub, strlen(pub));
			}
			i += n;
			start = i;
			continue;
		}
		i++;
	}
	append(t, s + start, len - start);
}

/*
 * Whether the web address u, at the end of a line, goes on at the
 * start of the next line, next: the line was broken inside it.
 */
static int
url_goes_on(const char *u, size_t ulen, const char *next, size_t nlen,
    const struct review *r)
{
	char joined[512];
	size_t n = 0;

	while (n < nlen && next[n] != ' ')
		n++;
	if (ulen + n >= sizeof(joined))
		return 0;
	memcpy(joined, u, ulen);
	memcpy(joined + ulen, next, n);
	if (publisher_of(r, joined, ulen + n) != NULL)
		return 1;
	if (publisher_of(r, u, ulen) != NULL)
		return 0;
	return strchr("-/_?=&#~%", u[ulen - 1]) != NULL;
}

/* Adds line s to the paragraph p, with a space unless it continues a
 * web address. */
static void
join_line(struct speech_text *p, const char *s, size_t len,
    const struct review *r)
{
	size_t w = p->len;

	while (w > 0 && p->s[w - 1] != ' ')
		w--;
	if (p->len > 0 && !(url_at(p->s + w, p->len - w) > 0 &&
	    url_goes_on(p->s + w, p->len - w, s, len, r)))
		append(p, " ", 1);
	append(p, s, len);
}

/* Whether the paragraph p ends with a whole web address of r. */
static int
ends_with_link(const struct speech_text *p, const struct review *r)
{
	size_t w = p->len;

	while (w > 0 && p->s[w - 1] != ' ')
		w--;
	return p->len > 0 && url_at(p->s + w, p->len - w) > 0 &&
	    publisher_of(r, p->s + w, p->len - w) != NULL;
}

/* Says the paragraph p, and empties it. */
static void
say_para(struct speech_text *t, struct speech_text *p,
    const struct review *r, const char *web_address)
{
	if (p->nomem)
		t->nomem = 1;
	if (p->len > 0) {
		end_para(t);
		speak_line(t, p->s, p->len, r, web_address);
		end_para(t);
	}
	if (p->s != NULL)
		mem_wipe(p->s, p->len);
	p->len = 0;
}

int
speech_text_doc(struct speech_text *t, const struct doc *d, size_t from,
    const struct review *r, const char *web_address)
{
	size_t i, len, blen = d->bullet ? strlen(d->bullet) : 0;
	struct speech_text p;
	const char *s;
	int prev_style = -1;

	speech_text_init(&p);
	for (i = from; i < d->w.n; i++) {
		s = doc_text_at(d, i, &len);
		if (len == 0) {
			say_para(t, &p, r, web_address);
			prev_style = -1;
			continue;
		}
		/*
		 * A paragraph ends where the style changes, at each title,
		 * heading and link, before and after a source's link.
		 */
		if (d->style[i] != prev_style || d->style[i] == DOC_TITLE ||
		    d->style[i] == DOC_HEADING ||
		    (d->link[i] >= 0 && (i == 0 || d->link[i - 1] !=
		    d->link[i])) ||
		    (d->style[i] == DOC_NOTE && url_at(s, len) > 0) ||
		    ends_with_link(&p, r))
			say_para(t, &p, r, web_address);
		prev_style = d->style[i];
		/* A bullet starts an item: its marker is decoration. */
		if (blen > 0 && len >= blen && memcmp(s, d->bullet, blen) == 0
		    && d->w.lines[i].indent == 0) {
			say_para(t, &p, r, web_address);
			s += blen;
			len -= blen;
		}
		join_line(&p, s, len, r);
	}
	say_para(t, &p, r, web_address);
	speech_text_wipe(&p);
	return t->nomem ? -1 : 0;
}

int
speech_text_item(struct speech_text *t, const char *label,
    const char *summary)
{
	speech_text_para(t, label, strlen(label));
	if (summary != NULL && *summary != '\0')
		speech_text_para(t, summary, strlen(summary));
	return t->nomem ? -1 : 0;
}

int
speech_text_question(struct speech_text *t, const char *question,
    const char *const *answers, size_t n)
{
	char num[32];
	size_t i;

	speech_text_para(t, question, strlen(question));
	for (i = 0; i < n; i++) {
		end_para(t);
		snprintf(num, sizeof(num), "%zu. ", i + 1);
		append(t, num, strlen(num));
		append(t, answers[i], strlen(answers[i]));
		end_para(t);
	}
	return t->nomem ? -1 : 0;
}

/* ---- the text of a view ---- */

void
speech_text_view(struct speech_text *t, const struct session *s,
    const struct view *v, const struct doc *page)
{
	const struct sc_question *q;
	const struct review *r = NULL;
	const char *answers[64];
	size_t i;

	switch (v->kind) {
	case VIEW_WELCOME:
		speech_text_para(t, s->lang->title, strlen(s->lang->title));
		speech_text_para(t, s->lang->welcome,
		    strlen(s->lang->welcome));
		return;
	case VIEW_MENU:
	case VIEW_FAQ:
		if (v->sel < session_list_count(s, v))
			speech_text_item(t, session_list_label(s, v, v->sel),
			    session_list_summary(v, v->sel));
		return;
	case VIEW_SEARCH:
		/* The highlighted result, as the visitor moves or types. */
		if (v->sel < session_list_count(s, v))
			speech_text_item(t, session_list_label(s, v,
			    v->sel), NULL);
		return;
	case VIEW_LANG:
		if (v->sel < s->content->nlangs)
			speech_text_item(t,
			    s->content->langs[v->sel]->name, NULL);
		return;
	case VIEW_SELFCHECK:
		if (!sc_flow_is_open(&s->sc))
			return;
		if (s->sc.stage == SC_QUESTION &&
		    (q = sc_current(s->sc.s)) != NULL) {
			for (i = 0; i < q->nanswers && i < 64; i++)
				answers[i] = q->answers[i].label;
			speech_text_question(t, q->text, answers, i);
			return;
		}
		speech_text_doc(t, &s->sc.doc, s->sc.scroll,
		    &s->sc.sc->rev, _("web address"));
		return;
	case VIEW_MYQ:
		/* The visitor's questions, numbered as the list shows
		 * them. */
		for (i = 0; i < s->myq.n && i < 64; i++)
			answers[i] = s->myq.item[i].topic->ask[
			    s->myq.item[i].index];
		speech_text_question(t, v->title != NULL ? v->title : "",
		    answers, i);
		return;
	case VIEW_CODE:
		/* Codes are for a phone's camera: their title is said. */
		if (v->title != NULL)
			speech_text_para(t, v->title, strlen(v->title));
		return;
	case VIEW_TOPIC:
		r = &v->topic->rev;
		break;
	case VIEW_ANSWER:
		if (s->lang->faq != NULL)
			r = &s->lang->faq->rev;
		break;
	case VIEW_DISCLAIMER:
	case VIEW_CLINIC:
	case VIEW_HELP:
		break;
	}
	if (page == NULL)
		return;
	/* TRANSLATORS: how read aloud says a web address on a page,
	 * followed by the name of its publisher. */
	speech_text_doc(t, page, v->scroll, r, _("web address"));
	/* TRANSLATORS: said by read aloud at the end of a page. */
	speech_text_para(t, _("End of page."), strlen(_("End of page.")));
}

/* ---- the speaker ---- */

#if HAVE_ESPEAK_NG

/* What the kiosk sends its child: a header, then len bytes of text. */
struct job {
	uint32_t id;
	uint32_t len;
	int32_t	 rate;		/* words per minute */
	int32_t	 volume;
	char	 lang[16];
};

/* What the child sends back; in memory mode text follows a DONE. */
struct msg {
	uint32_t kind;		/* enum speech_event_kind */
	uint32_t job;
	uint64_t samples;
	int32_t	 rate_hz;
	int32_t	 peak;
	uint32_t textlen;
	char	 voice[64];
};

struct speech {
	struct speech_opts o;
	pid_t	 child;		/* 0 when none */
	int	 fd;		/* the kiosk's end of the socket */
	/* A second child, its voice data loaded, that takes over when
	 * the first is stopped: the next text starts at once. */
	pid_t	 spare;
	int	 spare_fd;
	char	 lang[16];	/* of the last text, for the spare's voice */
	uint32_t job;		/* the last one sent */
	int	 busy;
};

int
speech_built(void)
{
	return 1;
}

/* Writes all of buf, or fails; never raises SIGPIPE. */
static int
send_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = send(fd, p, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int
recv_all(int fd, void *buf, size_t len)
{
	char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = recv(fd, p, len, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The child's state while espeak-ng calls it back. */
static struct {
	int	 fd;
	int	 memory;
	struct msg m;
	int	 started;
} kid;

static int
kid_callback(short *wav, int n, espeak_EVENT *ev)
{
	int i, v;

	(void)ev;
	if (wav == NULL || n <= 0)
		return 0;
	for (i = 0; i < n; i++) {
		v = wav[i] < 0 ? -wav[i] : wav[i];
		if (v > kid.m.peak)
			kid.m.peak = v;
	}
	kid.m.samples += (uint64_t)n;
	if (!kid.started) {
		struct msg s = kid.m;

		kid.started = 1;
		s.kind = SPEECH_STARTED;
		if (send_all(kid.fd, &s, sizeof(s)) < 0)
			return 1;
	}
	if (kid.memory == 2 && kid.m.rate_hz > 0) {
		/* Paced as a sound card would take them. */
		struct timespec ts = { 0, (long)((int64_t)n * 1000000000 /
		    kid.m.rate_hz) };

		nanosleep(&ts, NULL);
	}
	return 0;
}

/* "pt_BR" as espeak-ng names languages: "pt-br". */
static void
espeak_lang(const char *code, char *out, size_t size)
{
	size_t i;

	for (i = 0; code[i] != '\0' && i + 1 < size; i++)
		out[i] = code[i] == '_' ? '-' : (char)(code[i] >= 'A' &&
		    code[i] <= 'Z' ? code[i] - 'A' + 'a' : code[i]);
	out[i] = '\0';
}

/* Chooses espeak-ng's voice for a content language; -1 when none. */
static int
set_voice(const char *code, char *name, size_t size)
{
	espeak_VOICE spec, *v;
	char lang[32];

	espeak_lang(code, lang, sizeof(lang));
	memset(&spec, 0, sizeof(spec));
	spec.languages = lang;
	if (espeak_ng_SetVoiceByProperties(&spec) != ENS_OK)
		return -1;
	v = espeak_GetCurrentVoice();
	/* A voice for another language is no voice for this one. */
	if (v == NULL || v->languages == NULL ||
	    strncmp(v->languages + 1, lang, strlen(lang)) != 0)
		return -1;
	snprintf(name, size, "%s", v->identifier ? v->identifier : v->name);
	return 0;
}

static int
kid_init(int memory)
{
	if (!espeak_load())
		return -1;
	espeak_ng_InitializePath(NULL);
	if (espeak_ng_Initialize(NULL) != ENS_OK)
		return -1;
	if (espeak_ng_InitializeOutput(memory ? ENOUTPUT_MODE_SYNCHRONOUS :
	    ENOUTPUT_MODE_SYNCHRONOUS | ENOUTPUT_MODE_SPEAK_AUDIO, 0,
	    NULL) != ENS_OK)
		return -2;
	espeak_SetSynthCallback(kid_callback);
	/* Each line is a paragraph, said with a pause after it. */
	espeak_ng_SetParameter(espeakLINELENGTH, 1000, 0);
	return 0;
}

/*
 * Says one job; returns -1 when the kiosk is gone.  A job without text
 * only loads the voice of its language, for the text to come.
 */
static int
kid_say(int fd, const struct job *j, char *text)
{
	static char lang[16], voice[64];	/* loaded */
	static int have;
	espeak_ng_STATUS st;
	char *copy = NULL;

	memset(&kid.m, 0, sizeof(kid.m));
	kid.m.job = j->id;
	kid.started = 0;
	if (!have || strcmp(lang, j->lang) != 0) {
		have = set_voice(j->lang, voice, sizeof(voice)) == 0;
		snprintf(lang, sizeof(lang), "%s", j->lang);
	}
	if (j->len == 0)
		return 0;
	if (!have) {
		kid.m.kind = SPEECH_NO_VOICE;
		return send_all(fd, &kid.m, sizeof(kid.m));
	}
	snprintf(kid.m.voice, sizeof(kid.m.voice), "%s", voice);
	espeak_ng_SetParameter(espeakRATE, j->rate, 0);
	espeak_ng_SetParameter(espeakVOLUME, j->volume, 0);
	kid.m.rate_hz = espeak_ng_GetSampleRate();
	/* espeak-ng may change the text it reads: keep what it was
	 * given, to report it. */
	if (kid.memory && (copy = strdup(text)) == NULL)
		return -1;
	st = espeak_ng_Synthesize(text, j->len + 1, 0, POS_CHARACTER, 0,
	    espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL);
	if (st == ENS_OK)
		st = espeak_ng_Synchronize();
	if (st == ENS_AUDIO_ERROR) {
		free(copy);
		kid.m.kind = SPEECH_NO_SOUND;
		return send_all(fd, &kid.m, sizeof(kid.m));
	}
	kid.m.kind = SPEECH_DONE;
	kid.m.textlen = copy != NULL ? j->len : 0;
	if (send_all(fd, &kid.m, sizeof(kid.m)) < 0 ||
	    (copy != NULL && send_all(fd, copy, j->len) < 0)) {
		free(copy);
		return -1;
	}
	free(copy);
	return 0;
}

/* The child: says each text the kiosk sends until the socket closes. */
static void
kid_main(int fd, int memory)
{
	struct job j;
	char *text;
	int null, r;

	if ((null = open("/dev/null", O_RDWR)) >= 0) {
		/* espeak-ng and the sound libraries print to stderr. */
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		if (null > 2)
			close(null);
	}
	kid.fd = fd;
	kid.memory = memory;
	if ((r = kid_init(memory)) < 0) {
		memset(&kid.m, 0, sizeof(kid.m));
		kid.m.kind = r == -2 ? SPEECH_NO_SOUND : SPEECH_FAILED;
		send_all(fd, &kid.m, sizeof(kid.m));
		_exit(0);
	}
	while (recv_all(fd, &j, sizeof(j)) == 0) {
		j.lang[sizeof(j.lang) - 1] = '\0';
		if (j.len > SPEECH_MAX_TEXT || (text = malloc(j.len + 1)) ==
		    NULL)
			break;
		if (recv_all(fd, text, j.len) < 0)
			break;
		text[j.len] = '\0';
		r = kid_say(fd, &j, text);
		mem_wipe(text, j.len);
		free(text);
		if (r < 0)
			break;
	}
	_exit(0);
}

/* Starts a child: its pid and the kiosk's end of its socket. */
static int
fork_child(const struct speech *sp, pid_t *child, int *sock)
{
	int sv[2], fd;
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		return -1;
	if ((pid = fork()) < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	if (pid == 0) {
		sigset_t none;
		int sig;

#ifdef __linux__
		/* Silent when the kiosk ends, however it ends. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
		/* None of the kiosk's handlers (they restore the terminal),
		 * and no signal from the terminal: the kiosk alone stops
		 * its child. */
		for (sig = 1; sig < NSIG; sig++)
			signal(sig, SIG_DFL);
		signal(SIGPIPE, SIG_IGN);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		setpgid(0, 0);
		close(sv[0]);
		for (fd = 3; fd < 256; fd++)
			if (fd != sv[1])
				close(fd);
		kid_main(sv[1], sp->o.memory);
	}
	close(sv[1]);
	fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	*child = pid;
	*sock = sv[0];
	return 0;
}

/* Kills a child and waits for its end (prompt after SIGKILL). */
static void
end_child(pid_t *child, int *sock)
{
	if (*child > 0) {
		kill(*child, SIGKILL);
		while (waitpid(*child, NULL, 0) < 0 && errno == EINTR)
			;
	}
	if (*sock >= 0)
		close(*sock);
	*child = 0;
	*sock = -1;
}

/*
 * Gives the speaker a child, the spare if there is one; 0, or -1 when
 * there is none.
 */
static int
take_child(struct speech *sp)
{
	if (sp->child == 0 && sp->spare > 0) {
		sp->child = sp->spare;
		sp->fd = sp->spare_fd;
		sp->spare = 0;
		sp->spare_fd = -1;
	}
	if (sp->child == 0 && fork_child(sp, &sp->child, &sp->fd) < 0)
		return -1;
	return 0;
}

/*
 * Starts a spare, if there is none, with the voice of the last text
 * loaded: the next text is most likely in the same language.
 */
static void
refill(struct speech *sp)
{
	struct job j;

	if (sp->spare != 0 || fork_child(sp, &sp->spare, &sp->spare_fd) < 0)
		return;
	if (sp->lang[0] == '\0')
		return;
	memset(&j, 0, sizeof(j));
	snprintf(j.lang, sizeof(j.lang), "%s", sp->lang);
	if (send_all(sp->spare_fd, &j, sizeof(j)) < 0)
		end_child(&sp->spare, &sp->spare_fd);
}

/* A child and a spare; 0, or -1 when there is no child. */
static int
spawn(struct speech *sp)
{
	if (take_child(sp) < 0)
		return -1;
	refill(sp);
	return 0;
}

/* Ends the child that speaks (not the spare). */
static void
reap(struct speech *sp)
{
	end_child(&sp->child, &sp->fd);
}

struct speech *
speech_new(const struct speech_opts *o)
{
	struct speech *sp;

	if ((sp = calloc(1, sizeof(*sp))) == NULL)
		return NULL;
	sp->o = *o;
	sp->fd = sp->spare_fd = -1;
	if (spawn(sp) < 0) {
		free(sp);
		return NULL;
	}
	return sp;
}

int
speech_stop(struct speech *sp)
{
	if (!sp->busy)
		return 0;
	reap(sp);
	sp->busy = 0;
	/* The spare takes over; a new spare is started once the next
	 * text is heard (speech_event()), not while it starts. */
	take_child(sp);
	return 1;
}

void
speech_reset(struct speech *sp)
{
	reap(sp);
	end_child(&sp->spare, &sp->spare_fd);
	sp->busy = 0;
	/* The visitor's language is forgotten too. */
	memset(sp->lang, 0, sizeof(sp->lang));
	spawn(sp);
}

uint32_t
speech_say(struct speech *sp, const char *lang, struct speech_text *t)
{
	struct job j;
	uint32_t id = 0;

	if (sp->busy)
		reap(sp);
	sp->busy = 0;
	if (take_child(sp) < 0)
		goto out;
	memset(&j, 0, sizeof(j));
	if (++sp->job == 0)
		sp->job = 1;
	j.id = sp->job;
	j.len = (uint32_t)t->len;
	j.rate = speech_rate_wpm(sp->o.rate);
	j.volume = sp->o.volume;
	snprintf(j.lang, sizeof(j.lang), "%s", lang);
	snprintf(sp->lang, sizeof(sp->lang), "%s", lang);
	if (send_all(sp->fd, &j, sizeof(j)) < 0 ||
	    send_all(sp->fd, t->s ? t->s : "", t->len) < 0) {
		/* The child is gone or stuck: a fresh one next time. */
		reap(sp);
		goto out;
	}
	sp->busy = 1;
	id = j.id;
out:
	speech_text_wipe(t);
	return id;
}

int
speech_busy(const struct speech *sp)
{
	return sp->busy;
}

int
speech_fd(const struct speech *sp)
{
	return sp->fd;
}

/* Reads exactly len bytes that are known to be on their way. */
static int
recv_wait(int fd, void *buf, size_t len)
{
	char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = recv(fd, p, len, MSG_WAITALL);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
speech_event(struct speech *sp, struct speech_event *e)
{
	struct msg m;
	ssize_t n;

	memset(e, 0, sizeof(*e));
	if (sp->fd < 0)
		return 0;
	n = recv(sp->fd, &m, sizeof(m), MSG_DONTWAIT | MSG_PEEK);
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK ||
	    errno == EINTR))
		return 0;
	if (n == 0 || n < 0) {
		/* The child died on its own: a fresh one next time. */
		reap(sp);
		sp->busy = 0;
		e->kind = SPEECH_FAILED;
		e->job = sp->job;
		return 1;
	}
	if (recv_wait(sp->fd, &m, sizeof(m)) < 0)
		goto gone;
	e->kind = (enum speech_event_kind)m.kind;
	e->job = m.job;
	e->samples = m.samples;
	e->rate_hz = m.rate_hz;
	e->peak = m.peak;
	memcpy(e->voice, m.voice, sizeof(e->voice));
	e->voice[sizeof(e->voice) - 1] = '\0';
	if (m.textlen > 0) {
		if (m.textlen > SPEECH_MAX_TEXT ||
		    (e->text = malloc(m.textlen + 1)) == NULL ||
		    recv_wait(sp->fd, e->text, m.textlen) < 0)
			goto gone;
		e->text[m.textlen] = '\0';
	}
	switch (e->kind) {
	case SPEECH_STARTED:
		/* Heard: now a new spare may take the CPU to start. */
		refill(sp);
		break;
	case SPEECH_DONE:
	case SPEECH_NO_VOICE:
		if (e->job == sp->job)
			sp->busy = 0;
		refill(sp);
		break;
	case SPEECH_NO_SOUND:
	case SPEECH_FAILED:
		/* It cannot speak: a fresh child tries again next time. */
		reap(sp);
		sp->busy = 0;
		break;
	}
	return 1;
gone:
	speech_event_free(e);
	reap(sp);
	sp->busy = 0;
	e->kind = SPEECH_FAILED;
	e->job = sp->job;
	return 1;
}

void
speech_set_rate(struct speech *sp, enum speech_rate r)
{
	sp->o.rate = r;
}

enum speech_rate
speech_get_rate(const struct speech *sp)
{
	return sp->o.rate;
}

long
speech_child(const struct speech *sp)
{
	return sp->child;
}

long
speech_spare(const struct speech *sp)
{
	return sp->spare;
}

void
speech_free(struct speech *sp)
{
	if (sp == NULL)
		return;
	reap(sp);
	end_child(&sp->spare, &sp->spare_fd);
	free(sp);
}

/* For speech_measure(): the time of the first samples. */
static struct timespec measure_first;
static uint64_t measure_samples;

static int
measure_callback(short *wav, int n, espeak_EVENT *ev)
{
	(void)ev;
	if (wav != NULL && n > 0) {
		if (measure_samples == 0)
			clock_gettime(CLOCK_MONOTONIC, &measure_first);
		measure_samples += (uint64_t)n;
	}
	return 0;
}

int
speech_measure(const char *lang, const char *text, double *first_ms,
    uint64_t *samples)
{
	static int ready;
	struct timespec t0;
	char voice[64];

	if (!ready) {
		if (!espeak_load())
			return -1;
		espeak_ng_InitializePath(NULL);
		if (espeak_ng_Initialize(NULL) != ENS_OK ||
		    espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0,
		    NULL) != ENS_OK)
			return -1;
		espeak_SetSynthCallback(measure_callback);
		espeak_ng_SetParameter(espeakLINELENGTH, 1000, 0);
		ready = 1;
	}
	if (set_voice(lang, voice, sizeof(voice)) < 0)
		return -1;
	measure_samples = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (espeak_ng_Synthesize(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
	    espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL) != ENS_OK)
		return -1;
	espeak_ng_Synchronize();
	*first_ms = (measure_first.tv_sec - t0.tv_sec) * 1e3 +
	    (measure_first.tv_nsec - t0.tv_nsec) / 1e6;
	*samples = measure_samples;
	return 0;
}

#else /* !HAVE_ESPEAK_NG */

int
speech_built(void)
{
	return 0;
}

struct speech *
speech_new(const struct speech_opts *o)
{
	(void)o;
	return NULL;
}

uint32_t
speech_say(struct speech *sp, const char *lang, struct speech_text *t)
{
	(void)sp;
	(void)lang;
	speech_text_wipe(t);
	return 0;
}

int
speech_stop(struct speech *sp)
{
	(void)sp;
	return 0;
}

void
speech_reset(struct speech *sp)
{
	(void)sp;
}

int
speech_busy(const struct speech *sp)
{
	(void)sp;
	return 0;
}

int
speech_fd(const struct speech *sp)
{
	(void)sp;
	return -1;
}

int
speech_event(struct speech *sp, struct speech_event *e)
{
	(void)sp;
	memset(e, 0, sizeof(*e));
	return 0;
}

void
speech_set_rate(struct speech *sp, enum speech_rate r)
{
	(void)sp;
	(void)r;
}

enum speech_rate
speech_get_rate(const struct speech *sp)
{
	(void)sp;
	return SPEECH_NORMAL;
}

long
speech_child(const struct speech *sp)
{
	(void)sp;
	return 0;
}

long
speech_spare(const struct speech *sp)
{
	(void)sp;
	return 0;
}

void
speech_free(struct speech *sp)
{
	(void)sp;
}

int
speech_measure(const char *lang, const char *text, double *first_ms,
    uint64_t *samples)
{
	(void)lang;
	(void)text;
	(void)first_ms;
	(void)samples;
	return -1;
}

#endif /* HAVE_ESPEAK_NG */

void
speech_event_free(struct speech_event *e)
{
	if (e->text != NULL) {
		mem_wipe(e->text, strlen(e->text));
		free(e->text);
	}
	e->text = NULL;
}
