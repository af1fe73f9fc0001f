/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clinic.h"
#include "i18n.h"

#define PREFIX		"{clinic."
#define PREFIX_LEN	(sizeof(PREFIX) - 1)

enum clinic_field {
	F_NAME,
	F_PHONE,
	F_ADDRESS,
	F_WEB,
	F_HOURS,
	F_CREDENTIALS,
	F_RELATIONSHIP,
	F_PRICES,
	F_COUNT,
};

static const char *const field_names[F_COUNT] = {
	"name", "phone", "address", "web", "hours", "credentials",
	"relationship", "prices",
};

static const char *
clinic_field(const struct clinic *c, int f)
{
	switch (f) {
	case F_NAME:
		return c->name;
	case F_PHONE:
		return c->phone;
	case F_ADDRESS:
		return c->address;
	case F_WEB:
		return c->web;
	case F_HOURS:
		return c->hours;
	case F_CREDENTIALS:
		return c->credentials;
	case F_RELATIONSHIP:
		return c->relationship;
	default:
		return NULL;
	}
}

/* The field named at s (just after the prefix), its length in *len. */
static int
field_at(const char *s, size_t *len)
{
	const char *end = strchr(s, '}');
	size_t n;
	int i;

	if (end == NULL)
		return -1;
	n = (size_t)(end - s);
	for (i = 0; i < F_COUNT; i++)
		if (strlen(field_names[i]) == n &&
		    strncmp(s, field_names[i], n) == 0) {
			*len = n + 1;
			return i;
		}
	*len = n + 1;
	return -1;
}

static void
dec_prices(struct dec *x, const struct ynode *n, struct clinic *c)
{
	static const struct field spec[] = {
		{ "currency", 1 }, { "year", 1 }, { "items", 1 },
	};
	static const struct field item_spec[] = {
		{ "service", 1 }, { "price", 1 }, { "note", 0 },
	};
	const struct ynode *f[3], *g[3], *l, *it;
	size_t i;

	if (dec_fields(x, n, "the prices", spec, 3, f) < 0)
		return;
	c->currency = dec_text(x, f[0], "currency", 1);
	c->price_year = dec_year(x, f[1]);
	if ((l = dec_list(x, f[2], "items", 1)) == NULL ||
	    (c->prices = dec_alloc(x, l->n, sizeof(*c->prices))) == NULL)
		return;
	c->nprices = l->n;
	for (it = l->child, i = 0; it != NULL; it = it->next, i++) {
		if (dec_fields(x, it, "a price", item_spec, 3, g) < 0)
			continue;
		c->prices[i].service = dec_text(x, g[0], "service", 1);
		c->prices[i].price = dec_text(x, g[1], "price", 1);
		c->prices[i].note = dec_text(x, g[2], "note", 1);
	}
}

/* The pages a sign-off covers: "all", or topic ids, faq, selfcheck. */
static void
dec_pages(struct dec *x, const struct ynode *n, struct sign_off *s)
{
	const struct ynode *l, *c;
	size_t i;

	if ((l = dec_list(x, n, "pages", 1)) == NULL ||
	    (s->pages = dec_alloc(x, l->n, sizeof(*s->pages))) == NULL)
		return;
	s->npages = l->n;
	for (c = l->child, i = 0; c != NULL; c = c->next, i++) {
		s->pages[i].id = dec_id(x, c, "a page of a sign-off");
		s->pages[i].line = c->line;
		s->pages[i].col = c->col;
		if (s->pages[i].id != NULL &&
		    strcmp(s->pages[i].id, "all") == 0)
			s->all = 1;
	}
}

/*
 * sign_off: who reviewed the content for the clinic.  That the pages
 * exist is for --check to say, once every topic is loaded.
 */
static void
dec_sign_offs(struct dec *x, const struct ynode *n, struct clinic *c)
{
	static const struct field spec[] = {
		{ "name", 1 }, { "role", 1 }, { "date", 1 }, { "pages", 1 },
	};
	const struct ynode *f[4], *l, *it;
	struct sign_off *s;
	size_t i;

	if ((l = dec_list(x, n, "sign_off", 1)) == NULL ||
	    (c->sign_offs = dec_alloc(x, l->n, sizeof(*c->sign_offs))) == NULL)
		return;
	c->nsign_offs = l->n;
	for (it = l->child, i = 0; it != NULL; it = it->next, i++) {
		s = &c->sign_offs[i];
		s->line = it->line;
		s->col = it->col;
		if (dec_fields(x, it, "a sign-off", spec, 4, f) < 0)
			continue;
		s->name = dec_text(x, f[0], "name", 1);
		s->role = dec_text(x, f[1], "role", 1);
		s->date = dec_date(x, f[2], "date");
		dec_pages(x, f[3], s);
	}
}

int
sign_off_covers(const struct sign_off *s, const char *page)
{
	size_t i;

	if (s->all)
		return 1;
	for (i = 0; i < s->npages; i++)
		if (s->pages[i].id != NULL && strcmp(s->pages[i].id, page) == 0)
			return 1;
	return 0;
}

const struct sign_off *
clinic_sign_off(const struct clinic *c, const char *page, int reviewed)
{
	const struct sign_off *best = NULL;
	size_t i;

	for (i = 0; c != NULL && i < c->nsign_offs; i++)
		if (c->sign_offs[i].name != NULL &&
		    c->sign_offs[i].date >= reviewed &&
		    c->sign_offs[i].date > 0 &&
		    sign_off_covers(&c->sign_offs[i], page) &&
		    (best == NULL || c->sign_offs[i].date > best->date))
			best = &c->sign_offs[i];
	return best;
}

/* A scalar equal to one of names: its index, or -1. */
static int
dec_word(const struct ynode *n, const char *const *names, size_t count)
{
	size_t i;

	if (n->kind == YN_SCALAR)
		for (i = 0; i < count; i++)
			if (n->len == strlen(names[i]) &&
			    memcmp(n->str, names[i], n->len) == 0)
				return (int)i;
	return -1;
}

/*
 * Read aloud's defaults on the kiosk: speech (on or off), speech_rate
 * (slow, normal or fast) and speech_volume (0 to 200).
 */
static void
dec_speech(struct dec *x, const struct ynode *on, const struct ynode *rate,
    const struct ynode *volume, struct clinic *c)
{
	static const char *const onoff[] = { "off", "on" };
	static const char *const rates[] = { "slow", "normal", "fast" };
	char *end;
	long v;
	int i;

	if (on != NULL && (i = dec_word(on, onoff, 2)) < 0)
		dec_error(x, on, "speech must be on or off");
	else if (on != NULL)
		c->speech = i + 1;
	if (rate != NULL && (i = dec_word(rate, rates, 3)) < 0)
		dec_error(x, rate, "speech_rate must be slow, normal or fast");
	else if (rate != NULL)
		c->speech_rate = i + 1;
	if (volume == NULL)
		return;
	if (volume->kind == YN_SCALAR && volume->len > 0 &&
	    volume->len < 4 && volume->str[0] >= '0' &&
	    volume->str[0] <= '9') {
		v = strtol(volume->str, &end, 10);
		if (end == volume->str + volume->len && v >= 0 && v <= 200) {
			c->speech_volume = (int)v + 1;
			return;
		}
	}
	dec_error(x, volume, "speech_volume must be a number from 0 to 200");
}

void
clinic_decode(struct dec *x, const struct ynode *root, void *obj)
{
	static const struct field spec[] = {
		{ "name", 1 }, { "phone", 0 }, { "address", 0 }, { "web", 0 },
		{ "hours", 0 }, { "credentials", 0 }, { "relationship", 1 },
		{ "prices", 0 }, { "sign_off", 0 }, { "speech", 0 },
		{ "speech_rate", 0 }, { "speech_volume", 0 },
	};
	const struct ynode *f[12];
	struct clinic *c = obj;
	int i;

	if (dec_fields(x, root, "the clinic file", spec, 12, f) < 0)
		return;
	dec_speech(x, f[9], f[10], f[11], c);
	if (f[8] != NULL)
		dec_sign_offs(x, f[8], c);
	c->name = dec_text(x, f[0], "name", 1);
	c->phone = dec_text(x, f[1], "phone", 1);
	c->address = dec_text(x, f[2], "address", 0);
	c->web = dec_text(x, f[3], "web", 1);
	c->hours = dec_text(x, f[4], "hours", 0);
	c->credentials = dec_text(x, f[5], "credentials", 0);
	c->relationship = dec_text(x, f[6], "relationship", 0);
	if (f[7] != NULL)
		dec_prices(x, f[7], c);
	for (i = 0; i < 7; i++)
		if (f[i] != NULL && f[i]->kind == YN_SCALAR)
			placeholder_check(x, f[i], f[i]->str, 0);
}

int
placeholder_check(struct dec *x, const struct ynode *n, const char *text,
    int allowed)
{
	const char *p = text;
	size_t len;
	int found = 0;

	if (text == NULL)
		return 0;
	while ((p = strstr(p, PREFIX)) != NULL) {
		p += PREFIX_LEN;
		found++;
		if (field_at(p, &len) < 0)
			dec_error(x, n, "unknown placeholder {clinic.%.*s} "
			    "(known: name, phone, address, web, hours, "
			    "credentials, relationship, prices)",
			    (int)strcspn(p, "} \n"), p);
		else if (!allowed)
			dec_error(x, n, "{clinic.%.*s} may only be used in a "
			    "section with \"when: clinic\"", (int)(len - 1), p);
	}
	return found;
}

/* A growing string. */
struct buf {
	char	*s;
	size_t	 len, cap;
	int	 nomem;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	char *ns;
	size_t cap;

	if (b->nomem)
		return;
	if (b->len + n + 1 > b->cap) {
		cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		if ((ns = realloc(b->s, cap)) == NULL) {
			b->nomem = 1;
			return;
		}
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
	if (s != NULL)
		put(b, s, strlen(s));
}

static void
put_prices(struct buf *b, const struct clinic *c)
{
	char line[64];
	size_t i;

	if (c->nprices == 0) {
		puts_(b, _("This clinic has not listed its prices here. Ask "
		    "for a written quote."));
		return;
	}
	for (i = 0; i < c->nprices; i++) {
		puts_(b, "- ");
		puts_(b, c->prices[i].service);
		puts_(b, ": ");
		puts_(b, c->prices[i].price);
		puts_(b, " ");
		puts_(b, c->currency);
		if (c->prices[i].note != NULL) {
			puts_(b, " (");
			puts_(b, c->prices[i].note);
			puts_(b, ")");
		}
		puts_(b, "\n");
	}
	/* TRANSLATORS: %s is a currency code, %d the year of the prices. */
	snprintf(line, sizeof(line), _("Prices in %s, as of %d."), c->currency,
	    c->price_year);
	puts_(b, "\n");
	puts_(b, line);
}

char *
clinic_expand(const struct clinic *c, const char *text)
{
	struct buf b = { NULL, 0, 0, 0 };
	const char *p = text, *hit;
	size_t len;
	int f;

	put(&b, "", 0);
	while ((hit = strstr(p, PREFIX)) != NULL) {
		put(&b, p, (size_t)(hit - p));
		f = field_at(hit + PREFIX_LEN, &len);
		p = hit + PREFIX_LEN + len;
		if (c == NULL || f < 0)
			continue;
		if (f == F_PRICES) {
			put_prices(&b, c);
			continue;
		}
		puts_(&b, clinic_field(c, f));
	}
	puts_(&b, p);
	if (b.nomem) {
		free(b.s);
		return NULL;
	}
	return b.s;
}
