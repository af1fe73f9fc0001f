/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A clinic's own details (LANG/clinic.yaml in its overlay folder) and
 * the {clinic.name}-style placeholders that text may use in sections
 * marked "when: clinic".  No curses here.
 */
#ifndef SMP_CLINIC_H
#define SMP_CLINIC_H

#include "content.h"
#include "decode.h"

/* decode_fn for clinic.yaml: obj is a struct clinic. */
void	clinic_decode(struct dec *, const struct ynode *root, void *obj);

/*
 * Checks the placeholders in text, the value of node n: unknown names
 * are errors, and so is any placeholder where allowed is 0 (text that
 * also shows on kiosks without a clinic).  Returns how many it found.
 */
int	placeholder_check(struct dec *, const struct ynode *n, const char *text,
	    int allowed);

/*
 * Returns text with every placeholder replaced by the clinic's details
 * (a new string to free), or NULL when out of memory.  {clinic.prices}
 * becomes a bullet list with the currency and the year of the prices.
 */
char	*clinic_expand(const struct clinic *, const char *text);

/* Does the sign-off cover page (a topic id, "faq" or "selfcheck")? */
int	sign_off_covers(const struct sign_off *, const char *page);
/*
 * The latest of c's sign-offs (c may be NULL) that covers page and is
 * dated on or after reviewed (YYYYMMDD, 0 when the page has no date):
 * an older one was for an earlier version of the page.  NULL if none.
 */
const struct sign_off *clinic_sign_off(const struct clinic *c,
	    const char *page, int reviewed);

#endif
