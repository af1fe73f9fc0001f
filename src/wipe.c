/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Zeroing memory that held a visitor's traces (wipe.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "wipe.h"

void
mem_wipe(void *p, size_t n)
{
	if (p == NULL || n == 0)
		return;
#ifdef HAVE_EXPLICIT_BZERO
	explicit_bzero(p, n);
#else
	{
		volatile unsigned char *v = p;

		while (n-- > 0)
			*v++ = 0;
	}
#endif
}

void
mem_wipe_free(void *p, size_t n)
{
	mem_wipe(p, n);
	free(p);
}
