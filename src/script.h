/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writing direction.  Terminals show characters in the order they
 * are sent, left to right, and the few that reorder right-to-left
 * text themselves do not agree on how; so the kiosk leaves out a
 * language written right to left (Hebrew, Arabic, Persian, Urdu...)
 * rather than show its text in the wrong order, and --check warns of
 * right-to-left words in other languages' pages.  See
 * smp-kiosk-content(5), RIGHT-TO-LEFT SCRIPTS.  No curses here.
 */
#ifndef SMP_SCRIPT_H
#define SMP_SCRIPT_H

#include "content.h"

/* 1 for a code point of a right-to-left script. */
int	script_rtl_char(unsigned long);
/* The first right-to-left character of UTF-8 text, or NULL. */
const char *script_find_rtl(const char *);
/*
 * 1 when lang is written right to left: its code is that of such a
 * language, or its own name is in such a script.  An error in d says
 * so, at the first such character of its index.yaml.
 */
int	script_refuse_rtl(const struct language *, struct diags *d);

#endif
