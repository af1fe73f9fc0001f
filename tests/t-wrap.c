/* Unit tests of the text layout (src/wrap.c). */
#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wrap.h"

/* The laid-out lines joined with "|", indents written as spaces. */
static char *
render(const char *text, int width, const char *bullet)
{
	static char out[8192];
	struct wrap w;
	size_t i, n = 0;

	wrap_init(&w);
	if (wrap_body(&w, text, width, 0, bullet) < 0)
		return NULL;
	out[0] = '\0';
	for (i = 0; i < w.n; i++)
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%*s%.*s",
		    i ? "|" : "", w.lines[i].indent, "", (int)w.lines[i].len,
		    w.buf + w.lines[i].off);
	wrap_free(&w);
	return out;
}

/* Every line fits the width and is valid UTF-8 of the stated width. */
static int
all_fit(const char *text, int width)
{
	struct wrap w;
	size_t i;
	int good = 1;

	wrap_init(&w);
	wrap_body(&w, text, width, 0, "- ");
	for (i = 0; i < w.n; i++) {
		if (w.lines[i].indent + w.lines[i].width > width ||
		    utf8_width(w.buf + w.lines[i].off, w.lines[i].len) !=
		    w.lines[i].width)
			good = 0;
	}
	wrap_free(&w);
	return good;
}

int
main(void)
{
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		skip_all("no C.UTF-8 locale");

	is_str(render("one two three four", 9, "- "), "one two|three|four",
	    "ASCII wraps at word boundaries");
	is_str(render("one two three", 13, "- "), "one two three",
	    "a line that fits exactly stays whole");
	is_str(render("  many   spaces\n joined  ", 20, "- "),
	    "many spaces joined", "white space runs become one space");
	is_str(render("first para\nstill first\n\nsecond", 40, "- "),
	    "first para still first||second",
	    "blank line separates paragraphs");
	is_str(render("para\n\n\n\nnext", 40, "- "), "para||next",
	    "several blank lines make one");
	is_str(render("intro\n- one item that wraps\n- two", 12, "- "),
	    "intro|- one item|  that wraps|- two",
	    "bullets get a hanging indent");
	is_str(render("- a\n  continued\n- b", 40, "* "), "* a continued|* b",
	    "bullet continuation lines join the item");
	is_str(render("- x\n\nafter", 40, "- "), "- x||after",
	    "a paragraph after a list");
	is_str(render("café crème brûlée", 9, "- "), "café|crème|brûlée",
	    "accented letters take one column");
	is_str(render("café crème", 10, "- "), "café crème",
	    "ten columns of accented text fit in ten");
	is_str(render("漢字漢字漢字", 7, "- "), "漢字漢|字漢字",
	    "CJK characters take two columns");
	is_str(render("漢字 漢字", 5, "- "), "漢字|漢字",
	    "wide words wrap like others");
	is_str(render("e\xcc\x81" "e\xcc\x81" "e\xcc\x81 x", 4, "- "),
	    "e\xcc\x81" "e\xcc\x81" "e\xcc\x81|x",
	    "combining marks take no column");
	is_str(render("abcdefghijkl", 5, "- "), "abcde|fghij|kl",
	    "a long word is broken between characters");
	is_str(render("ab 漢字漢字漢字", 5, "- "), "ab|漢字|漢字|漢字",
	    "a long wide word breaks at character boundaries");
	is_str(render("a\xcc\x81\xcc\x82" "bcd", 2, "- "),
	    "a\xcc\x81\xcc\x82" "b|cd", "combining marks stay with their base");
	is_str(render("x\xff" "y", 10, "- "), "x\xef\xbf\xbd" "y",
	    "invalid UTF-8 becomes U+FFFD");
	is_str(render("a\x01" "b", 10, "- "), "a\xef\xbf\xbd" "b",
	    "control characters become U+FFFD");
	is_str(render("abc", 1, "- "), "ab|c",
	    "width below the minimum is raised to 2");
	is_str(render("漢字", 2, "- "), "漢|字", "narrowest width holds a wide "
	    "character");
	is_str(render("", 10, "- "), "", "empty text gives no lines");
	ok(all_fit("Some text with 漢字 and e\xcc\x81" " and a "
	    "verylongwordthatneverends in it\n- and a bullet 漢字漢字漢字", 3),
	    "every line fits at width 3");
	ok(all_fit("Some text with 漢字 and e\xcc\x81" " and a "
	    "verylongwordthatneverends in it\n- and a bullet 漢字漢字漢字", 40),
	    "every line fits at width 40");
	is_int(utf8_width("a漢e\xcc\x81", strlen("a漢e\xcc\x81")), 4,
	    "utf8_width counts display columns");
	is_int((long)utf8_fit("a漢b", strlen("a漢b"), 2), 1,
	    "utf8_fit never splits a wide character");
	is_int((long)utf8_fit("ae\xcc\x81z", strlen("ae\xcc\x81z"), 2), 4,
	    "utf8_fit keeps a combining mark with its letter");
	return tap_done();
}
