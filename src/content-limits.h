/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Limits on content files, in one place.  libyaml enforces none of its
 * own, so the loader checks each of these while it reads (see
 * ytree.c): a hostile or broken file is refused early, with a message
 * that names the limit, instead of eating time or memory.
 */
#ifndef SMP_CONTENT_LIMITS_H
#define SMP_CONTENT_LIMITS_H

#define LIMIT_FILE_BYTES	(1024L * 1024)	/* one content file */
#define LIMIT_DEPTH		16	/* nested sequences and mappings */
#define LIMIT_SCALAR_BYTES	(64 * 1024)	/* one text value */
#define LIMIT_NODES		50000	/* scalars, sequences, mappings per file */
#define LIMIT_MAP_KEYS		64	/* keys in one mapping */
#define LIMIT_ID_CHARS		64	/* topic ids */
#define LIMIT_LANGS		64	/* language folders per content root */
#define LIMIT_TOPICS		20000	/* topic files per language */
#define LIMIT_ROOTS		16	/* --content options */
#define LIMIT_ERRORS		1000	/* errors kept before the rest are counted */

/*
 * The clinic's name takes at most LIMIT_CLINIC_NAME_ROWS rows of the
 * welcome screen; --check warns about a name that needs more at the
 * text width of the smallest window (40 columns less the margins).
 */
#define LIMIT_CLINIC_NAME_ROWS	2
#define LIMIT_SMALL_TEXT_COLS	36

/*
 * The smallest screen the kiosk draws on is 40 columns wide; a menu
 * row there leaves 31 columns for its label (two margins of two, the
 * digit and its gap), and a longer label is cut.  --check warns.
 */
#define LIMIT_SCREEN_COLS	40
#define LIMIT_LABEL_COLS	31

#endif
