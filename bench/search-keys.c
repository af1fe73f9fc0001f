/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * search-keys.c: a keystroke in the search box, as a terminal sees
 * it.  On the home menu "/" opens the box (and builds the index of the
 * language, which is not timed); then words are typed a letter at a
 * time, each letter sent once the redraw of the one before has ended.
 * Per letter: the bytes written for the box and the results redrawn
 * (<= 400 at 80x24), and the time from writing it to the last byte of
 * the redraw: the output ends when none comes for QUIET_MS, and the
 * last byte came QUIET_MS before that.  The engine's own time against
 * a plain scan of the same text is bench/search.c's.
 *
 * The key that first fills the results (from none to a screenful)
 * cannot be drawn in 400 B: for it, and for every key, the bytes are
 * also set against what a careful hand-written update would send for
 * the same change of the screen (least.c), as for PgDn in output.c.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "least.h"
#include "report.h"
#include "screen.h"

#define QUIET_MS	30	/* no output for this long: redraw done */
#define MAX_KEY_BYTES	400
#define MAX_LEAST_RATIO	1.1	/* of a hand-written update's bytes */

/* Per key: the kiosk's bytes and a hand-written update's. */
struct key_bytes {
	struct samples *bytes, *least;	/* every key */
	struct samples *fill, *fill_least;	/* the key of each word
						 * that writes the most */
};

static const char *const words_shipped[] = { "scars", "pigment", "keloid",
	"mri", "aftercare" };
static const char *const words_generated[] = { "scalp", "clean", "weeks",
	"heal", "skin" };

/* Types words into the search box; the bytes and ms of each letter. */
static int
type_words(const struct bench *b, struct scr *s, const char *const *words,
    size_t n, struct key_bytes *kb, struct samples *ms)
{
	struct shot before = { 0 }, after = { 0 };
	size_t w, i;
	double t0, t, most, most_least, sent, least;
	char c[2] = { 0, 0 };
	int ok = 1;

	for (w = 0; ok && w < n; w++) {
		scr_type(s, "/");
		ok = scr_wait_text(s, "Search:", b->timeout_ms) &&
		    scr_wait_idle(s, QUIET_MS, b->timeout_ms);
		most = most_least = -1;
		for (i = 0; ok && words[w][i] != '\0'; i++) {
			if (least_shot(s, &before) != 0) {
				ok = 0;
				break;
			}
			scr_reset_bytes(s);
			c[0] = words[w][i];
			t0 = now_ms();
			scr_type(s, c);
			ok = scr_wait_idle(s, QUIET_MS, b->timeout_ms);
			t = now_ms() - t0 - QUIET_MS;
			sent = (double)scr_bytes(s);
			samples_add(kb->bytes, sent);
			samples_add(ms, t > 0 ? t : 0);
			if (ok && least_shot(s, &after) == 0) {
				least = (double)least_bytes(&before, &after);
				samples_add(kb->least, least);
				if (sent > most) {
					most = sent;
					most_least = least;
				}
			}
			least_free(&before);
			least_free(&after);
		}
		if (most >= 0) {
			samples_add(kb->fill, most);
			samples_add(kb->fill_least, most_least);
		}
		scr_key(s, "Esc");
		ok = ok && scr_wait_gone(s, "Search:", b->timeout_ms);
	}
	return ok;
}

static void
one_root(struct bench *b, const char *root, int generated)
{
	const char *kase = generated ? "search box, generated content" :
	    "search box, shipped content";
	struct samples bytes = { 0 }, ms = { 0 }, p99 = { 0 }, least = { 0 };
	struct samples fill = { 0 }, fill_least = { 0 };
	struct key_bytes kb = { &bytes, &least, &fill, &fill_least };
	struct scr *s = start_kiosk(b, root);
	int ok;

	if (generated)
		ok = s != NULL && scr_wait_text(s, KIOSK_WELCOME,
		    b->timeout_ms * 10) && (scr_key(s, "Enter"), 1) &&
		    scr_wait_text(s, "1  ", b->timeout_ms * 10);
	else
		ok = kiosk_to_home(b, s);
	ok = ok && type_words(b, s, generated ? words_generated :
	    words_shipped, 5, &kb, &ms);
	scr_free(s);
	if (!ok) {
		report_error(b->rep, kase, "per keystroke",
		    "the search box did not show");
		goto out;
	}
	report_limit(b->rep, kase, "bytes per keystroke, results showing",
	    "B", &bytes, NULL, "<=", MAX_KEY_BYTES, NULL);
	report_info(b->rep, kase, "bytes per keystroke (base: hand-written)",
	    "B", &bytes, &least);
	report_ratio(b->rep, kase, "key that fills the results (base: "
	    "hand-written)", "B", &fill, &fill_least, MAX_LEAST_RATIO);
	report_info(b->rep, kase, "key to last byte, median", "ms", &ms,
	    NULL);
	samples_add(&p99, samples_pct(&ms, 99));
	report_info(b->rep, kase, "key to last byte, 99th percentile", "ms",
	    &p99, NULL);
out:
	samples_free(&bytes);
	samples_free(&least);
	samples_free(&fill);
	samples_free(&fill_least);
	samples_free(&ms);
	samples_free(&p99);
}

void
case_search(struct bench *b)
{
	one_root(b, b->shipped, 0);
	if (b->generated != NULL)
		one_root(b, b->generated, 1);
}
