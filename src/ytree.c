/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yaml.h>

#include "i18n.h"
#include "content-limits.h"
#include "ytree.h"

/* Where the parser is, for error messages. */
struct builder {
	struct ytree *t;
	const char *file;
	const char *buf;		/* the text, for reader errors */
	size_t	 len;
	struct diags *d;
	struct ynode *stack[LIMIT_DEPTH + 1];	/* open collections */
	struct ynode *last[LIMIT_DEPTH + 1];	/* their last child */
	size_t	 nchild[LIMIT_DEPTH + 1];	/* their children so far */
	int	 depth;
	long	 nodes;
	int	 failed;		/* a fatal problem: stop */
	int	 end_line, end_col;	/* where the text ends */
	size_t	 seen_line, seen_off;	/* line_text(): the last line found */
	int	 has_hash;		/* a "#" anywhere in the text */
};

/*
 * A libyaml mark as a 1-based position.  At the end of a text without
 * a final newline libyaml counts one line more than there is (an
 * empty value after "key:" or "---"); such a mark is put where the
 * text ends, so that every position names a place in the file.
 */
static int
mark_line(const struct builder *b, const yaml_mark_t *m)
{
	int line = (int)m->line + 1;

	return b->end_line > 0 && line > b->end_line ? b->end_line : line;
}

static int
mark_col(const struct builder *b, const yaml_mark_t *m)
{
	if (b->end_line > 0 && (int)m->line + 1 > b->end_line)
		return b->end_col;
	return (int)m->column + 1;
}

const char *
ynode_kind_name(enum ynode_kind k)
{
	switch (k) {
	case YN_SCALAR:
		return "text";
	case YN_SEQ:
		return "a list";
	case YN_MAP:
		return "a mapping";
	}
	return "?";
}

const struct ynode *
ynode_get(const struct ynode *map, const char *key)
{
	const struct ynode *k;

	if (map == NULL || map->kind != YN_MAP)
		return NULL;
	for (k = map->child; k != NULL && k->next != NULL; k = k->next->next)
		if (strcmp(k->str, key) == 0)
			return k->next;
	return NULL;
}


/*
 * Characters content may not hold: C0 controls but tab, line feed and
 * carriage return; DEL; C1 controls (U+0080 to U+009F, which some
 * terminals obey like ESC sequences); the noncharacters U+FFFE and
 * U+FFFF, which libyaml refuses without a usable position; and the
 * bidirectional controls and invisible format characters of
 * diag_format_char(), which reorder or hide text on screen (a byte
 * order mark is taken only as the first character of a file).
 */
static int
refused_char(unsigned long cp)
{
	return (cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') ||
	    (cp >= 0x7f && cp <= 0x9f) || cp == 0xfffe || cp == 0xffff ||
	    diag_format_char(cp);
}

static void
refused_msg(struct diags *d, const char *file, int line, int col,
    unsigned long cp)
{
	if (diag_format_char(cp))
		diag_add(d, DIAG_ERROR, file, line, col,
		    "invisible format character U+%04lX (a bidirectional "
		    "control or zero-width character) is not allowed", cp);
	else if (cp >= 0xfffe)
		diag_add(d, DIAG_ERROR, file, line, col,
		    "U+%04lX is not a character and is not allowed", cp);
	else
		diag_add(d, DIAG_ERROR, file, line, col,
		    "control character U+%04lX is not allowed", cp);
}

/*
 * Copies what a message may quote of s (len bytes) into out: printable
 * UTF-8 as it is, any other byte as \xHH, at most about 40 characters
 * (then "..."), so that a name echoed from a file can neither drive
 * the terminal that shows the message nor flood it.
 */
static const char *
quotable(const char *s, size_t len, char *out, size_t outsz)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, n, chars = 0;
	unsigned long cp;

	while (i < len && o + 8 < outsz) {
		if (chars++ == 40) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if ((n = utf8_decode(u + i, len - i, &cp)) == 0 ||
		    refused_char(cp) || cp == 0) {
			o += (size_t)snprintf(out + o, outsz - o, "\\x%02X",
			    u[i]);
			i++;
			continue;
		}
		memcpy(out + o, s + i, n);
		o += n;
		i += n;
	}
	out[o] = '\0';
	return out;
}

/*
 * Checks the raw bytes before libyaml sees them: the encoding must be
 * UTF-8 and the text must hold no NUL or control characters, which
 * libyaml would otherwise pass through inside quoted scalars.
 */
static int
check_bytes(const char *file, const unsigned char *b, size_t len,
    struct diags *d, int *end_line, int *end_col)
{
	int line = 1, col = 1;
	unsigned long cp;
	uint64_t w;
	size_t i = 0, n;

	if ((len >= 4 && memcmp(b, "\0\0\xfe\xff", 4) == 0) ||
	    (len >= 4 && memcmp(b, "\xff\xfe\0\0", 4) == 0)) {
		diag_add(d, DIAG_ERROR, file, 1, 1,
		    "the file is UTF-32; save it as UTF-8");
		return -1;
	}
	if (len >= 2 && (memcmp(b, "\xfe\xff", 2) == 0 ||
	    memcmp(b, "\xff\xfe", 2) == 0)) {
		diag_add(d, DIAG_ERROR, file, 1, 1,
		    "the file is UTF-16; save it as UTF-8");
		return -1;
	}
	if (len >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len) {
		/* Most bytes are printable ASCII: skip them quickly, eight
		 * at a time while no byte is below 0x20 or above 0x7e. */
		for (n = i; i + 8 <= len; i += 8) {
			memcpy(&w, b + i, 8);
			if ((w | (w - 0x2020202020202020u) |
			    (w + 0x0101010101010101u)) & 0x8080808080808080u)
				break;
		}
		for (; i < len && b[i] - 0x20u < 0x5fu; i++)
			;
		col += (int)(i - n);
		if (i == len)
			break;
		if (b[i] == '\n') {	/* the most common byte of the rest */
			line++;
			col = 1;
			i++;
			continue;
		}
		if ((n = utf8_decode(b + i, len - i, &cp)) == 0) {
			diag_add(d, DIAG_ERROR, file, line, col,
			    "invalid UTF-8 at byte offset %zu (0x%02x); "
			    "save the file as UTF-8", i, b[i]);
			return -1;
		}
		if (cp == 0) {
			diag_add(d, DIAG_ERROR, file, line, col,
			    "NUL byte at byte offset %zu (is the file UTF-16 "
			    "or binary?)", i);
			return -1;
		}
		if (refused_char(cp)) {
			refused_msg(d, file, line, col, cp);
			return -1;
		}
		if (cp == '\n') {
			line++;
			col = 1;
		} else
			col++;
		i += n;
	}
	*end_line = line;
	*end_col = col;
	return 0;
}

/* Records a problem that stops reading the file. */
static void __attribute__((format(printf, 4, 5)))
fatal(struct builder *b, int line, int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(b->d, DIAG_ERROR, b->file, line, col, fmt, ap);
	va_end(ap);
	b->failed = 1;
}

/* Is this node the key slot of the mapping on top of the stack? */
static int
at_key(const struct builder *b)
{
	const struct ynode *top = b->depth > 0 ? b->stack[b->depth - 1] : NULL;

	if (top == NULL || top->kind != YN_MAP)
		return 0;
	return b->nchild[b->depth - 1] % 2 == 0;
}

/* Refuses a key already present in the mapping; keeps the first. */
static void
check_duplicate(struct builder *b, const struct ynode *map,
    const struct ynode *key)
{
	const struct ynode *k;
	char q[256];

	for (k = map->child; k != NULL && k->next != NULL; k = k->next->next)
		if (k->len == key->len && memcmp(k->str, key->str, k->len) == 0) {
			diag_add(b->d, DIAG_ERROR, b->file, key->line, key->col,
			    "duplicate key \"%s\" (first at line %d)",
			    quotable(key->str, key->len, q, sizeof(q)),
			    k->line);
			return;
		}
}

/* Appends a node to the open collection, or makes it the root. */
static int
attach(struct builder *b, struct ynode *n, int is_key)
{
	struct ynode *top;

	if (++b->nodes > LIMIT_NODES) {
		diag_add(b->d, DIAG_ERROR, b->file, n->line, n->col,
		    "more than %d values in one file", LIMIT_NODES);
		b->failed = 1;
		return -1;
	}
	if (b->depth == 0) {
		b->t->root = n;
		return 0;
	}
	top = b->stack[b->depth - 1];
	if (is_key) {
		if (n->kind != YN_SCALAR) {
			fatal(b, n->line, n->col,
			    "a mapping key must be plain text");
			return -1;
		}
		if (top->n >= LIMIT_MAP_KEYS) {
			fatal(b, n->line, n->col,
			    "too many keys in one mapping");
			return -1;
		}
		check_duplicate(b, top, n);
		top->n++;
	} else if (top->kind == YN_SEQ)
		top->n++;
	if (b->last[b->depth - 1] == NULL)
		top->child = n;
	else
		b->last[b->depth - 1]->next = n;
	b->last[b->depth - 1] = n;
	b->nchild[b->depth - 1]++;
	return 0;
}

static struct ynode *
new_node(struct builder *b, enum ynode_kind kind, const yaml_mark_t *m)
{
	struct ynode *n;

	if ((n = arena_alloc(&b->t->arena, sizeof(*n))) == NULL) {
		fatal(b, 0, 0, "out of memory");
		return NULL;
	}
	n->kind = kind;
	n->line = mark_line(b, m);
	n->col = mark_col(b, m);
	return n;
}

/* Refuses anchors and tags, which content never needs. */
static int
check_props(struct builder *b, const yaml_mark_t *m, const yaml_char_t *anchor,
    const yaml_char_t *tag)
{
	char q[256];

	if (anchor != NULL) {
		fatal(b, mark_line(b, m), mark_col(b, m),
		    "anchors (&%s) are not allowed in content",
		    quotable((const char *)anchor, strlen((const char *)anchor),
		    q, sizeof(q)));
		return -1;
	}
	/* libyaml decodes a tag's %-escapes, so it may hold any byte. */
	if (tag != NULL) {
		fatal(b, mark_line(b, m), mark_col(b, m),
		    "tags (%s) are not allowed in content",
		    quotable((const char *)tag, strlen((const char *)tag), q,
		    sizeof(q)));
		return -1;
	}
	return 0;
}

/*
 * The raw bytes were checked before parsing, but a double-quoted
 * scalar may write any character as an escape ("\e", "\x9b",
 * "\u0085", "\0"); the value must pass the same test.  Other styles
 * only fold line breaks and spaces, so they hold nothing the raw
 * bytes did not.
 */
static int
check_escapes(struct builder *b, const yaml_mark_t *m,
    const unsigned char *v, size_t len)
{
	unsigned long cp;
	size_t i = 0, n;

	if (memchr(v, '\0', len) != NULL) {
		fatal(b, mark_line(b, m), mark_col(b, m),
		    "NUL character in text");
		return -1;
	}
	while (i < len) {
		if (v[i] - 0x20u < 0x5fu) {	/* printable ASCII */
			i++;
			continue;
		}
		if ((n = utf8_decode(v + i, len - i, &cp)) == 0) {
			/* libyaml refuses escapes of surrogates itself. */
			fatal(b, mark_line(b, m), mark_col(b, m),
			    "invalid UTF-8 in text");
			return -1;
		}
		if (refused_char(cp)) {
			refused_msg(b->d, b->file, mark_line(b, m),
			    mark_col(b, m), cp);
			b->failed = 1;
			return -1;
		}
		i += n;
	}
	return 0;
}

/* ---- syntax errors explained ---- */

/*
 * The text of line number line0 (0-based) of the file, without its
 * newline.  Lines are asked for in order as the parser goes, so the
 * search starts from the last line found: one pass over the file in
 * all, not one from its start for every value.
 */
static const char *
line_text(struct builder *b, size_t line0, size_t *len)
{
	const char *p = b->buf, *end = b->buf + b->len, *eol;
	size_t i = 0;

	if (line0 >= b->seen_line) {
		i = b->seen_line;
		p = b->buf + b->seen_off;
	}
	for (; i < line0 && p < end; i++) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			p = end;
		else
			p = eol + 1;
	}
	b->seen_line = i;
	b->seen_off = (size_t)(p - b->buf);
	eol = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
	*len = (size_t)((eol != NULL ? eol : end) - p);
	if (*len > 0 && p[*len - 1] == '\r')
		(*len)--;
	return p;
}

/* The byte offset of character column col0 (0-based) in a line. */
static size_t
col_byte(const char *s, size_t len, size_t col0)
{
	size_t i = 0, c = 0;

	while (i < len && c < col0) {
		i++;
		while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
			i++;
		c++;
	}
	return i;
}

/* Characters in the first n bytes of a UTF-8 line. */
static int
utf8_cols(const char *s, size_t n)
{
	size_t i;
	int c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			c++;
	return c;
}

/*
 * A "#" after unquoted text on the same line starts a comment, which
 * YAML drops: "title: Step #1" is "Step".  Content has no use for
 * comments there, so it is most likely text that was lost.
 */
static void
comment_after(struct builder *b, const yaml_mark_t *end, int empty)
{
	const char *s;
	size_t len, i;

	if (!b->has_hash)	/* most files: nothing to look for */
		return;
	s = line_text(b, end->line, &len);
	if (memchr(s, '#', len) == NULL)	/* most lines: no need to look */
		return;
	i = col_byte(s, len, end->column);
	while (i < len && s[i] == ' ')
		i++;
	if (i >= len || s[i] != '#' || i == 0 || s[i - 1] != ' ')
		return;
	if (empty)
		diag_add(b->d, DIAG_WARNING, b->file, (int)end->line + 1,
		    utf8_cols(s, i) + 1, "the value is empty: \" #\" starts a "
		    "comment, which is left out; put the text in double quotes "
		    "(\"...\") to keep it");
	else
		diag_add(b->d, DIAG_WARNING, b->file, (int)end->line + 1,
		    utf8_cols(s, i) + 1, "the text after \" #\" is a comment "
		    "and is left out; put the whole text in double quotes "
		    "(\"...\") to keep it");
}

static void
on_scalar(struct builder *b, yaml_event_t *ev)
{
	const yaml_mark_t *m = &ev->start_mark;
	size_t len = ev->data.scalar.length;
	int is_key = at_key(b);
	struct ynode *n;

	if (check_props(b, m, ev->data.scalar.anchor, ev->data.scalar.tag) < 0)
		return;
	if (len > LIMIT_SCALAR_BYTES) {
		diag_add(b->d, DIAG_ERROR, b->file, mark_line(b, m),
		    mark_col(b, m), "text longer than %d bytes",
		    LIMIT_SCALAR_BYTES);
		b->failed = 1;
		return;
	}
	if (ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
	    check_escapes(b, m, (const unsigned char *)ev->data.scalar.value,
	    len) < 0)
		return;
	if (is_key && ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    len == 2 && memcmp(ev->data.scalar.value, "<<", 2) == 0) {
		fatal(b, mark_line(b, m), mark_col(b, m),
		    "merge keys (<<) are not allowed in content");
		return;
	}
	if (!is_key && ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
		comment_after(b, &ev->end_mark, len == 0);
	if ((n = new_node(b, YN_SCALAR, m)) == NULL)
		return;
	n->len = len;
	n->str = arena_strndup(&b->t->arena, (const char *)ev->data.scalar.value,
	    len);
	if (n->str == NULL) {
		fatal(b, 0, 0, "out of memory");
		return;
	}
	attach(b, n, is_key);
}

static void
on_start(struct builder *b, yaml_event_t *ev, enum ynode_kind kind)
{
	const yaml_mark_t *m = &ev->start_mark;
	const yaml_char_t *anchor, *tag;
	int is_key = at_key(b);
	struct ynode *n;

	if (kind == YN_SEQ) {
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
	} else {
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
	}
	if (check_props(b, m, anchor, tag) < 0)
		return;
	if (b->depth >= LIMIT_DEPTH) {
		diag_add(b->d, DIAG_ERROR, b->file, mark_line(b, m),
		    mark_col(b, m), "nesting deeper than %d levels",
		    LIMIT_DEPTH);
		b->failed = 1;
		return;
	}
	if ((n = new_node(b, kind, m)) == NULL || attach(b, n, is_key) < 0)
		return;
	b->stack[b->depth] = n;
	b->last[b->depth] = NULL;
	b->nchild[b->depth] = 0;
	b->depth++;
}

/* Handles one event; returns 1 at the end of the stream. */
static int
on_event(struct builder *b, yaml_event_t *ev, int *documents)
{
	const yaml_mark_t *m = &ev->start_mark;

	switch (ev->type) {
	case YAML_STREAM_END_EVENT:
		return 1;
	case YAML_DOCUMENT_START_EVENT:
		if (++*documents > 1)
			fatal(b, mark_line(b, m), mark_col(b, m),
			    "only one YAML document per file");
		break;
	case YAML_ALIAS_EVENT:
		fatal(b, mark_line(b, m), mark_col(b, m),
		    "aliases (*%s) are not allowed in content",
		    (const char *)ev->data.alias.anchor);
		break;
	case YAML_SCALAR_EVENT:
		on_scalar(b, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
		on_start(b, ev, YN_SEQ);
		break;
	case YAML_MAPPING_START_EVENT:
		on_start(b, ev, YN_MAP);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		if (b->depth > 0)
			b->depth--;
		break;
	default:
		break;
	}
	return 0;
}

/* The byte offset of the first ": " (or final ":") of a line. */
static size_t
first_colon(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ':' && (i + 1 == len || s[i + 1] == ' '))
			return i;
	return len;
}

/* The line's indentation contains a tab. */
static int
tab_indent(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		if (s[i] == '\t')
			return 1;
	return 0;
}

/*
 * "key: value: more" read as text: the key, then the whole value
 * quoted, as the author should write it.  0 when the line is not so.
 */
static int
quote_example(const char *s, size_t len, char *out, size_t size)
{
	size_t i = 0, k, v;

	while (i < len && (s[i] == ' ' || s[i] == '-'))
		i++;
	k = i;
	while (i + 1 < len && !(s[i] == ':' && s[i + 1] == ' '))
		i++;
	if (i + 1 >= len)
		return 0;
	v = i + 2;
	while (v < len && s[v] == ' ')
		v++;
	if (v >= len || memchr(s + v, '"', len - v) != NULL || len - v > 60 ||
	    i - k > 30)
		return 0;
	snprintf(out, size, "%.*s: \"%.*s\"", (int)(i - k), s + k,
	    (int)(len - v), s + v);
	return 1;
}

/*
 * A plain explanation of libyaml's message, with a hint for the common
 * causes: a second ": " or a "#" in unquoted text, a tab used to
 * indent, a quote never closed, a list item out of line.  Sets the
 * position to report (the opening quote for an unclosed one).  NULL
 * when the problem is none of these.
 */
static const char *
explain_syntax(struct builder *b, const yaml_parser_t *p, char *buf,
    size_t size, const yaml_mark_t **at)
{
	const char *problem = p->problem ? p->problem : "";
	const char *context = p->context ? p->context : "";
	const yaml_mark_t *m = &p->problem_mark;
	const char *s;
	size_t len, i, c;
	char example[128];

	s = line_text(b, m->line, &len);
	c = col_byte(s, len, m->column);
	if (tab_indent(s, len) || (c < len && s[c] == '\t'))
		return _("a tab is used to indent this line; YAML indents "
		    "with spaces only: replace the tab with spaces");
	if (strstr(context, "quoted scalar") != NULL &&
	    strstr(problem, "end of stream") != NULL) {
		*at = &p->context_mark;
		return _("this quote is never closed: end the text with the "
		    "same quote mark (write a \" inside \"...\" as \\\")");
	}
	if (strstr(problem, "mapping values are not allowed") != NULL &&
	    first_colon(s, len) == c)
		return _("this key is indented more than the line before it, "
		    "so it reads as more of that line's text: start it in "
		    "the same column as the keys above");
	if (strstr(problem, "mapping values are not allowed") != NULL) {
		if (quote_example(s, len, example, sizeof(example))) {
			snprintf(buf, size, _("\": \" inside unquoted text starts "
			    "a new key; put the whole text in double quotes: "
			    "%s"), example);
			return buf;
		}
		return _("\": \" inside unquoted text starts a new key; put the "
		    "whole text in double quotes (\"...\")");
	}
	for (i = 0; i < len && s[i] == ' '; i++)
		;
	if ((strstr(problem, "did not find expected key") != NULL ||
	    strstr(problem, "expected '-' indicator") != NULL) &&
	    i + 1 < len && s[i] == '-' && (s[i + 1] == ' ' || i + 1 == len))
		return _("this list item (\"- \") is not lined up with the "
		    "items before it: start every item of one list in the "
		    "same column");
	if (strstr(problem, "did not find expected key") != NULL) {
		for (i = c; i > 0 && s[i - 1] == ' '; i--)
			;
		if (i > 0 && (s[i - 1] == '"' || s[i - 1] == '\''))
			return _("text follows a closing quote: put the whole "
			    "text in quotes, and write a \" inside \"...\" as "
			    "\\\"");
		return _("this line is not lined up with the lines before it: "
		    "the keys of one block start in the same column");
	}
	if (strstr(problem, "cannot start any token") != NULL && c < len &&
	    (s[c] == '@' || s[c] == '`' || s[c] == '%')) {
		snprintf(buf, size, _("text cannot start with \"%c\" unless "
		    "it is quoted: put it in double quotes (\"...\")"), s[c]);
		return buf;
	}
	return NULL;
}

static void
syntax_error(struct builder *b, const yaml_parser_t *p)
{
	const yaml_mark_t *at = &p->problem_mark;
	const char *why;
	char buf[256];
	const yaml_mark_t *m = &p->problem_mark;
	int line = 1, col = 1;
	size_t i;

	if (p->error == YAML_MEMORY_ERROR) {
		fatal(b, 0, 0, "out of memory");
		return;
	}
	/*
	 * The reader's errors carry a byte offset instead of a mark.
	 * check_bytes() refuses what the reader would, so this is a
	 * safety net that still points at the right place.
	 */
	if (p->error == YAML_READER_ERROR) {
		for (i = 0; i < p->problem_offset && i < b->len; i++) {
			if (b->buf[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)b->buf[i] & 0xc0) != 0x80)
				col++;
		}
		fatal(b, line, col, "YAML syntax: %s (byte offset %zu)",
		    p->problem ? p->problem : "unreadable text",
		    p->problem_offset);
		return;
	}
	if ((why = explain_syntax(b, p, buf, sizeof(buf), &at)) != NULL)
		diag_add(b->d, DIAG_ERROR, b->file, mark_line(b, at),
		    mark_col(b, at), "YAML syntax: %s", why);
	else if (p->context != NULL)
		diag_add(b->d, DIAG_ERROR, b->file, mark_line(b, m),
		    mark_col(b, m), "YAML syntax: %s %s", p->problem,
		    p->context);
	else
		diag_add(b->d, DIAG_ERROR, b->file, mark_line(b, m),
		    mark_col(b, m), "YAML syntax: %s",
		    p->problem ? p->problem : "unknown error");
	b->failed = 1;
}

int
ytree_parse(struct ytree *t, const char *file, const char *buf, size_t len,
    struct diags *d)
{
	struct builder b;
	yaml_parser_t p;
	yaml_event_t ev;
	int documents = 0, done = 0;

	arena_init(&t->arena);
	t->root = NULL;
	memset(&b, 0, sizeof(b));
	b.t = t;
	b.file = file;
	b.d = d;
	if (len > LIMIT_FILE_BYTES) {
		diag_add(d, DIAG_ERROR, file, 1, 1,
		    "file larger than %ld bytes", LIMIT_FILE_BYTES);
		return -1;
	}
	if (check_bytes(file, (const unsigned char *)buf, len, d, &b.end_line,
	    &b.end_col) < 0)
		return -1;
	if (!yaml_parser_initialize(&p)) {
		diag_add(d, DIAG_ERROR, file, 0, 0, "out of memory");
		return -1;
	}
	/* libyaml would count a UTF-8 byte order mark as a column. */
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	b.buf = buf;
	b.len = len;
	b.has_hash = memchr(buf, '#', len) != NULL;
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	while (!done && !b.failed) {
		if (!yaml_parser_parse(&p, &ev)) {
			syntax_error(&b, &p);
			break;
		}
		done = on_event(&b, &ev, &documents);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	if (b.failed) {
		arena_free(&t->arena);
		t->root = NULL;
		return -1;
	}
	return 0;
}

int
ytree_load(struct ytree *t, const char *path, struct diags *d)
{
	struct stat st;
	char *buf;
	ssize_t r = 0;
	size_t len = 0;
	int fd, rc;

	arena_init(&t->arena);
	t->root = NULL;
	if ((fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC)) < 0) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "cannot open: %s",
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "not a regular file");
		close(fd);
		return -1;
	}
	if (st.st_size > LIMIT_FILE_BYTES) {
		diag_add(d, DIAG_ERROR, path, 1, 1,
		    "file larger than %ld bytes", LIMIT_FILE_BYTES);
		close(fd);
		return -1;
	}
	/* One byte more than the limit, in case the file grows meanwhile. */
	if ((buf = malloc(LIMIT_FILE_BYTES + 1 < st.st_size + 1 ?
	    LIMIT_FILE_BYTES + 1 : (size_t)st.st_size + 1)) == NULL) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "out of memory");
		close(fd);
		return -1;
	}
	for (;;) {
		size_t room = (size_t)st.st_size + 1 - len;
		if (room == 0)
			break;
		r = read(fd, buf + len, room);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	if (r < 0) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "cannot read: %s",
		    strerror(errno));
		free(buf);
		close(fd);
		return -1;
	}
	close(fd);
	if (len > (size_t)st.st_size) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "file changed while read");
		free(buf);
		return -1;
	}
	rc = ytree_parse(t, path, buf, len, d);
	free(buf);
	return rc;
}

void
ytree_free(struct ytree *t)
{
	arena_free(&t->arena);
	t->root = NULL;
}

/*
 * A line of printable text: valid UTF-8 without a control character
 * (C0, DEL or C1) or a character the loader refuses.
 */
static int
printable_line(const unsigned char *s, size_t len)
{
	unsigned long cp;
	size_t i, n;

	for (i = 0; i < len; i += n)
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0 || cp == '\n' ||
		    cp == '\t' || cp == '\r' || refused_char(cp))
			return 0;
	return len > 0;
}

char *
ytree_peek(const char *path, const char *key)
{
	yaml_parser_t p;
	yaml_event_t ev;
	struct stat st;
	FILE *fp = NULL;
	char *out = NULL;
	int fd, depth = 0, is_key = 1, want = 0, done = 0;

	if ((fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)) < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_size > LIMIT_FILE_BYTES || (fp = fdopen(fd, "r")) == NULL) {
		close(fd);
		return NULL;
	}
	if (!yaml_parser_initialize(&p)) {
		fclose(fp);
		return NULL;
	}
	yaml_parser_set_input_file(&p, fp);
	while (!done && yaml_parser_parse(&p, &ev)) {
		switch (ev.type) {
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			done = (depth == 0 && ev.type != YAML_MAPPING_START_EVENT)
			    || (depth == 1 && want);
			depth++;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			if (--depth == 1)
				is_key = 1;	/* a nested value ended */
			done = depth == 0;
			break;
		case YAML_SCALAR_EVENT:
		case YAML_ALIAS_EVENT:
			if (depth != 1) {
				done = depth == 0;
				break;
			}
			if (is_key) {
				want = ev.type == YAML_SCALAR_EVENT &&
				    strcmp((char *)ev.data.scalar.value, key) == 0;
				is_key = 0;
				break;
			}
			is_key = 1;
			if (want && ev.type == YAML_SCALAR_EVENT &&
			    printable_line(ev.data.scalar.value,
			    ev.data.scalar.length))
				out = strndup((char *)ev.data.scalar.value,
				    ev.data.scalar.length);
			done = want;
			break;
		case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			done = 1;
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	fclose(fp);
	return out;
}
