/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Queries of the content model that the interfaces share. */
#include <config.h>

#include <stddef.h>

#include "content.h"

const struct topic *
content_topic_for(const struct content *c, const struct language *to,
    const struct topic *t)
{
	const struct language *def = content_default_language(c);
	const struct topic *hit;

	if (t == NULL)
		return NULL;
	if ((hit = language_topic(to, t->id)) != NULL)
		return hit;
	if (def != NULL && (hit = language_topic(def, t->id)) != NULL)
		return hit;
	return NULL;
}
