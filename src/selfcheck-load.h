/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading LANG/selfcheck.yaml into a struct selfcheck (selfcheck-load.c):
 * for the content loader, --check and the tests.  The interfaces need
 * only selfcheck.h.
 */
#ifndef SMP_SELFCHECK_LOAD_H
#define SMP_SELFCHECK_LOAD_H

#include "decode.h"
#include "selfcheck.h"
#include "ytree.h"

/*
 * decode_fn for LANG/selfcheck.yaml: obj is a zeroed struct selfcheck
 * from the language's arena (x->a).  Shapes, types, ids and the words
 * a self-check must not use are checked here; topic ids go to add_ref().
 */
void	selfcheck_decode(struct dec *x, const struct ynode *root, void *obj);
/*
 * The rules between the parts, after decoding: ids used twice, show_if
 * conditions that name unknown, later or the same questions or unknown
 * answers, questions that can never be shown, answers that lead
 * nowhere, and the rules of choose: any and none: true.
 */
void	selfcheck_validate(struct dec *x, const struct selfcheck *sc);
/* dec_file() with selfcheck_decode, then selfcheck_validate(). */
void	selfcheck_load(struct dec *x, const char *path, struct selfcheck *sc);

#endif
