/* SPDX-License-Identifier: GPL-3.0-or-later */
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
	/* Unicode's rules allow a break between any two ideographs, so
	 * the line fills up: "漢字漢字漢字" is not one word to move. */
	is_str(render("ab 漢字漢字漢字", 5, "- "), "ab 漢|字漢|字漢|字",
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
	/* Line breaking by UAX #14: Chinese, Japanese, Korean. */
	is_str(render("我们的诊所提供头皮微色素。请先咨询医生。", 12, "- "),
	    "我们的诊所提|供头皮微色|素。请先咨询|医生。",
	    "Chinese breaks between characters, never before \"。\"");
	is_str(render("一二三四五，六七八", 10, "- "), "一二三四|五，六七八",
	    "Chinese: \"，\" stays with the character before it");
	is_str(render("「頭皮」に色素を入れます。", 10, "- "),
	    "「頭皮」に|色素を入れ|ます。",
	    "Japanese: brackets stay with their text, \"。\" is not first");
	is_str(render("あいうえ。かきくけ", 8, "- "), "あいう|え。かき|くけ",
	    "Japanese: a full line does not push \"。\" to the next");
	is_str(render("施術の前に、医師に相談してください。", 8, "- "),
	    "施術の前|に、医師|に相談し|てくださ|い。",
	    "Japanese: \"、\" and \"。\" never start a line");
	is_str(render("두피 문신은 영구적입니다. 의사와 상담하세요.", 14, "- "),
	    "두피 문신은|영구적입니다.|의사와|상담하세요.",
	    "Korean breaks at the spaces between words");
	is_str(render("การสักสีบนหนังศีรษะ ควรปรึกษาแพทย์ก่อน", 20, "- "),
	    "การสักสีบนหนังศีรษะ|ควรปรึกษาแพทย์ก่อน",
	    "Thai breaks at the spaces between phrases");
	ok(all_fit("การสักสีบนหนังศีรษะควรปรึกษาแพทย์ก่อนทุกครั้ง", 10),
	    "Thai without spaces still fits, broken between characters");
	is_str(render("SMP（头皮微色素）是一种纹饰。It lasts years.", 14, "- "),
	    "SMP（头皮微色|素）是一种纹|饰。It lasts|years.",
	    "mixed scripts: each side by its own rules");
	is_str(render("about 10\xc2\xa0mm wide", 9, "- "),
	    "about|10\xc2\xa0mm|wide",
	    "no break at a no-break space");
	is_str(render("a well-known aftercare", 9, "- "),
	    "a well-|known|aftercare", "a break after a hyphen");
	is_str(render("from -5 to 10", 4, "- "), "from|-5|to|10",
	    "no break between a minus sign and its number");
	is_str(render("ok \xf0\x9f\x91\x8d\xf0\x9f\x91\x8d good", 5, "- "),
	    "ok \xf0\x9f\x91\x8d|\xf0\x9f\x91\x8d|good",
	    "emoji take two columns each, a break between two");
	is_str(render("ok \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd ok", 5, "- "),
	    "ok|\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd|ok",
	    "an emoji stays with its skin tone");
	is_str(render("诊所\n提供", 20, "- "), "诊所提供",
	    "a line end inside Chinese text adds no space");
	is_str(render("- 请先咨询医生。然后再决定。", 10, "- "),
	    "- 请先咨询|  医生。然|  后再决|  定。",
	    "Chinese bullets keep their hanging indent");
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
