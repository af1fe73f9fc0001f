/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Zeroing memory that held a visitor's traces (answers, search text,
 * chosen questions, the pages laid out for them) before it is freed or
 * used again, in a way the compiler cannot leave out as a dead store.
 */
#ifndef SMP_WIPE_H
#define SMP_WIPE_H

#include <stddef.h>

void	mem_wipe(void *p, size_t n);
/* Zeroes the n bytes at p, then frees them (NULL: nothing). */
void	mem_wipe_free(void *p, size_t n);

#endif
