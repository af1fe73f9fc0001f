/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "i18n.h"
#include "keys.h"

#include <stdio.h>

#define CTRL(c)	((c) & 0x1f)
/* A row the plain interface does not type. */
#define NO_WORD	NULL, NULL, NULL, NULL, 0

/*
 * The first binding of an action carries its help text and footer hint;
 * the others only dispatch.  The footer shows the hints in this order;
 * when they do not all fit, key_hint_rank() says which stay.
 */
const struct key_binding key_table[] = {
	/* TRANSLATORS: key names in the help screen: at most 21
	 * characters.  Footer hints ("Move", "Open"...): at most 8. */
	{ K_UP, 0, ACT_UP, ON_VIEWS | ON_SELFCHECK | ON_SEARCH, N_("Up, Down"),
	    N_("Move to the previous or next item; on pages, scroll or move "
	    "between links"), "Up/Dn",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Move"), NO_WORD },
	{ K_DOWN, 0, ACT_DOWN, ON_VIEWS | ON_SELFCHECK | ON_SEARCH, NULL, NULL,
	    NULL,
	    NULL, NO_WORD },
	/* The self-check: Space marks, Enter chooses or goes on. */
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, ' ', ACT_TOGGLE, ON_SELFCHECK, N_("Space"),
	    N_("In the self-check: mark or unmark an answer where you may "
	    "choose more than one"), "Space",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Mark"), NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, '\r', ACT_OPEN, ON_SELFCHECK, N_("Enter"),
	    N_("In the self-check: choose the highlighted answer, or go on "
	    "to the next question"), "Enter",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Next"), NO_WORD },
	{ K_ENTER, 0, ACT_OPEN, ON_SELFCHECK, NULL, NULL, NULL, NULL, NO_WORD },
	{ 0, '\n', ACT_OPEN, ON_SELFCHECK, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, '\r', ACT_OPEN, ON_VIEWS | ON_SEARCH, N_("Enter, Right"),
	    N_("Open the highlighted item or link"), "Enter",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Open"), NO_WORD },
	{ K_ENTER, 0, ACT_OPEN, ON_VIEWS | ON_SEARCH, NULL, NULL, NULL, NULL,
	    NO_WORD },
	{ K_RIGHT, 0, ACT_OPEN, ON_VIEWS, NULL, NULL, NULL, NULL, NO_WORD },
	{ 0, '\n', ACT_OPEN, ON_VIEWS | ON_SEARCH, NULL, NULL, NULL, NULL,
	    NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 27, ACT_BACK, ON_VIEWS | ON_SELFCHECK | ON_SEARCH,
	    N_("Esc, Left, Backspace"),
	    N_("Go back; in the self-check, to the previous question"), "Esc",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Back"), NO_WORD },
	{ K_LEFT, 0, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL,
	    NULL, NO_WORD },
	{ K_BACKSPACE, 0, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL,
	    NULL, NULL, NO_WORD },
	{ 0, 127, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL, NULL, NO_WORD },
	{ 0, 8, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ K_PAGE_DOWN, 0, ACT_PAGE_DOWN, ON_VIEWS | ON_SELFCHECK | ON_SEARCH,
	    N_("PgDn, Space"),
	    N_("Next page"), NULL, NULL, NO_WORD },
	/* On a touch screen without a wheel, the way down a page. */
	{ 0, ' ', ACT_PAGE_DOWN, ON_PAGE, NULL, NULL, "Space",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("More"), NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ K_PAGE_UP, 0, ACT_PAGE_UP, ON_VIEWS | ON_SELFCHECK | ON_SEARCH,
	    N_("PgUp, b"),
	    N_("Previous page"), NULL, NULL, NO_WORD },
	{ 0, 'b', ACT_PAGE_UP, ON_PAGE, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: the Home key as keyboards in your language label
	 * it (French: "Début"), not the home menu: at most 21
	 * characters. */
	{ K_HOME, 0, ACT_FIRST, ON_VIEWS | ON_SELFCHECK, NC_("key", "Home"),
	    N_("Go to the first item or the top of the page"), NULL, NULL, NO_WORD },
	{ K_END, 0, ACT_LAST, ON_VIEWS | ON_SELFCHECK, N_("End"),
	    N_("Go to the last item or the end of the page"), NULL, NULL, NO_WORD },
	/* As in less and lynx; letters jump between items in menus, so
	 * these are for pages only. */
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 'g', ACT_FIRST, ON_PAGE, N_("g, G"),
	    N_("On a page: go to the top or the end, as in less"), NULL, NULL,
	    NO_WORD },
	{ 0, 'G', ACT_LAST, ON_PAGE, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 'j', ACT_DOWN, ON_PAGE, N_("j, k"),
	    N_("On a page: down or up a line, as in less"), NULL, NULL,
	    NO_WORD },
	{ 0, 'k', ACT_UP, ON_PAGE, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	/* No footer hint: the home menu's header offers search, to tap,
	 * and the footers keep their room. */
	{ 0, '/', ACT_SEARCH, ON_VIEWS | ON_WELCOME, N_("/"),
	    N_("Search the pages, the questions and the glossary: type "
	    "words, Up and Down choose a result, Enter opens it"), NULL,
	    NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 'n', ACT_NEXT_MATCH, ON_PAGE, N_("n, N"),
	    N_("On a page opened from a search: the next or previous place "
	    "with the words"), NULL, NULL, NO_WORD },
	{ 0, 'N', ACT_PREV_MATCH, ON_PAGE, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, '\t', ACT_NEXT_LINK, ON_PAGE | ON_SELFCHECK, N_("Tab, Shift-Tab"),
	    N_("Move to the next or previous link on a page"), NULL, NULL, NO_WORD },
	{ K_BACKTAB, 0, ACT_PREV_LINK, ON_PAGE | ON_SELFCHECK, NULL, NULL, NULL,
	    NULL, NO_WORD },
	{ 0, 's', ACT_SOURCES, ON_PAGE, N_("s"),
	    N_("Show the sources and review dates of a topic"), NULL, NULL, NO_WORD },
	/* Lists of 10 or more items take two digits
	 * (session_list_digit()), as the plain interface takes any
	 * number typed. */
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 0, ACT_NUMBER, ON_ALL, N_("1-9, 10-99"),
	    N_("Open item number 1 to 9 of a menu; in a list of 10 or more "
	    "items, two digits open item 10 and up (the first digit "
	    "highlights its item, and Enter opens that one). On a page, open "
	    "related topic 1 to 9; in the self-check, choose answer 1 to 9; "
	    "on the welcome screen, choose a language"), NULL, NULL,
	    NO_WORD },
	{ 0, 0, ACT_LETTER, ON_MENU | ON_SELFCHECK, N_("a-z"),
	    N_("Jump to the next menu item or answer that starts with that "
	    "letter"), NULL, NULL, NO_WORD },
	/* Upper case only: lower-case letters jump in menus. */
	{ 0, 'L', ACT_LANGUAGE, ON_ALL, N_("L, F2"),
	    N_("Choose another language; the page you are on stays open "
	    "when it exists in that language"), "L",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Language"), NO_WORD },
	{ K_F2, 0, ACT_LANGUAGE, ON_ALL | ON_SEARCH, NULL, NULL, NULL, NULL,
	    NO_WORD },
	/* Read aloud, when the kiosk offers it (page_opts.speech). */
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 'R', ACT_SPEAK, ON_ALL, N_("R, F3"),
	    N_("Read aloud: start or stop reading the screen out loud; any "
	    "other key stops the voice, then does what it does"), "R",
	    /* TRANSLATORS: footer hint: at most 8 characters.  It
	     * changes to "Stop" while reading and to "No sound" when
	     * the kiosk has no sound output. */
	    N_("Read"), NO_WORD },
	{ K_F3, 0, ACT_SPEAK, ON_ALL, NULL, NULL, NULL, NULL, NO_WORD },
	/* TRANSLATORS: key names: at most 21 characters. */
	{ 0, 'V', ACT_SPEAK_RATE, ON_ALL, N_("V"),
	    N_("Read aloud: slow, normal or fast speech, in turn"), NULL, NULL,
	    NO_WORD },
	{ 0, '?', ACT_HELP, ON_ALL, N_("?, F1"), N_("Show this help"),
	    "?",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Help"), NO_WORD },
	{ K_F1, 0, ACT_HELP, ON_ALL | ON_SEARCH, NULL, NULL, NULL, NULL,
	    NO_WORD },
	{ 0, CTRL('L'), ACT_REDRAW, ON_ALL | ON_SEARCH, N_("Ctrl-L"),
	    N_("Redraw the screen"), NULL, NULL, NO_WORD },
	{ 0, 'q', ACT_QUIT, ON_ALL, N_("q"), N_("Quit"), "q",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Quit"), NO_WORD },
	{ 0, '!', ACT_DISCLAIMER, ON_ALL, N_("!"),
	    N_("Show that this is general information, not medical advice"),
	    "!",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Info"), NO_WORD },
	/* "My questions": its hint shows the count, and only once the
	 * list has a question (ui.c). */
	{ 0, 'M', ACT_MY_QUESTIONS, ON_MENU | ON_PAGE | ON_SELFCHECK,
	    N_("M"), N_("Show My questions: the questions you chose to ask, "
	    "as a list and as a code for your phone's camera"), "M",
	    /* TRANSLATORS: footer hint: at most 16 characters with
	     * the count, "My questions (3)". */
	    N_("My questions"), NO_WORD },
	/* In the self-check, a is a letter but in its notes. */
	{ 0, 'a', ACT_ADD_QUESTIONS, ON_PAGE | ON_SELFCHECK, N_("a"),
	    N_("On a topic page, or in the self-check's notes: add the "
	    "questions to ask of the topic, or of the topics the notes "
	    "name, to My questions"),
	    "a",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Add"), NO_WORD },
	{ 0, 'A', ACT_ADD_QUESTIONS, ON_PAGE, NULL, NULL, NULL, NULL,
	    NO_WORD },
	{ 0, 'Q', ACT_CODES, ON_PAGE, N_("Q"),
	    N_("On the clinic's page or a page with sources: show the "
	    "clinic's phone and web address, or each source's address, as a "
	    "code for your phone's camera"), "Q",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Code"), NO_WORD },
	{ 0, 'x', ACT_REMOVE_QUESTION, ON_MYQ, N_("x"),
	    N_("In My questions: remove the highlighted question"), "x",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Remove"), NO_WORD },
	{ 0, 'C', ACT_CLEAR_QUESTIONS, ON_MYQ, N_("C"),
	    N_("In My questions: remove every question"), "C",
	    /* TRANSLATORS: footer hint: at most 8 characters. */
	    N_("Clear"), NO_WORD },

	/*
	 * The plain interface, in the order of its help and prompts.
	 * TRANSLATORS: the commands of the plain interface, each with
	 * what it does.  "b", "h", "?", "!", "L" and "q" are typed as
	 * they are: keep them.  The labels at the end of its prompts
	 * ("back" in "b: back, h: help") are short and lower case.
	 */
	{ 0, 0, ACT_NUMBER, 0, NULL, NULL, NULL, NULL, NULL,
	    N_("1, 2, 3 ..."), N_("Open the item or the related topic with "
	    "that number"), NULL, 0 },
	{ 0, 0, ACT_RESTART, 0, NULL, NULL, NULL, NULL, "s", NULL, NULL,
	    N_("start again"), PL_SC_NOTES },
	{ 0, 0, ACT_LEAVE, 0, NULL, NULL, NULL, NULL, "x", NULL, NULL,
	    N_("leave and clear your answers"), PL_SC_NOTES },
	{ 0, 0, ACT_CLEAR_QUESTIONS, 0, NULL, NULL, NULL, NULL, "c",
	    N_("c"), N_("In My questions: remove every question"),
	    N_("clear"), PL_MYQ },
	{ 0, 0, ACT_ADD_QUESTIONS, 0, NULL, NULL, NULL, NULL, "a", N_("a"),
	    N_("On a topic page, or in the self-check's notes: add the "
	    "questions to ask of the topic, or of the topics the notes "
	    "name, to My questions"),
	    NULL, 0 },
	{ 0, 0, ACT_MY_QUESTIONS, 0, NULL, NULL, NULL, NULL, "m", N_("m"),
	    N_("Show My questions, the questions you chose to ask"), NULL,
	    0 },
	{ 0, 0, ACT_BACK, 0, NULL, NULL, NULL, NULL, "b", N_("b"),
	    N_("Go back"), N_("back"), PL_LIST | PL_LANG | PL_PAGE | PL_SC |
	    PL_MYQ },
	{ 0, 0, ACT_BACK, 0, NULL, NULL, NULL, NULL, "b", NULL, NULL,
	    N_("back to the last question"), PL_SC_NOTES },
	{ 0, 0, ACT_SEARCH, 0, NULL, NULL, NULL, NULL, "/", N_("/words"),
	    N_("Search the pages, the questions and the glossary for the "
	    "words; then type a result's number to open it"), N_("search"),
	    PL_LIST | PL_PAGE | PL_PAGE_BARE },
	{ 0, 0, ACT_HELP, 0, NULL, NULL, NULL, NULL, "h ?", N_("h or ?"),
	    N_("Show this help"), N_("help"), PL_ALL },
	{ 0, 0, ACT_DISCLAIMER, 0, NULL, NULL, NULL, NULL, "!", N_("!"),
	    N_("Show that this is general information, not medical advice"),
	    NULL, 0 },
	{ 0, 0, ACT_LANGUAGE, 0, NULL, NULL, NULL, NULL, "l", N_("L"),
	    N_("Choose another language"), NULL, 0 },
	{ 0, 0, ACT_REDRAW, 0, NULL, NULL, NULL, NULL, "", N_("Enter"),
	    N_("Show the current menu or page again"), NULL, 0 },
	{ 0, 0, ACT_QUIT, 0, NULL, NULL, NULL, NULL, "q", N_("q"),
	    N_("Quit"), N_("quit"), PL_WELCOME | PL_LIST | PL_PAGE |
	    PL_PAGE_BARE },
};

const unsigned key_table_len = sizeof(key_table) / sizeof(key_table[0]);

const char *
key_help_name(const struct key_binding *b)
{
	const char *glue;

	if (b->name == NULL)
		return NULL;
	if ((glue = strchr(b->name, GETTEXT_CONTEXT_GLUE[0])) != NULL)
		return pgettext_aux(b->name, glue + 1);
	return _(b->name);
}

enum action
key_action(int fkey, wchar_t ch, unsigned where)
{
	const struct key_binding *b;
	unsigned i;

	for (i = 0; i < key_table_len; i++) {
		b = &key_table[i];
		if (!(b->where & where))
			continue;
		if (fkey != 0 ? b->fkey == fkey : (b->ch != 0 && b->ch == ch))
			return b->act;
	}
	if (fkey == 0 && ch >= '1' && ch <= '9')
		return ACT_NUMBER;
	if (fkey == 0 && (where & (ON_MENU | ON_SELFCHECK)) &&
	    iswalpha((wint_t)ch))
		return ACT_LETTER;
	return ACT_NONE;
}

const char *
command_quit_question(void)
{
	/* TRANSLATORS: asked when a visitor over SSH presses q (on the
	 * screens and in the plain interface).  Name the letter for yes
	 * that the message "y yes" gives first in your language (Spanish
	 * "s/n"); any other answer stays. */
	return _("Leave the kiosk? y/n");
}

/* The answers that mean yes, translated. */
static const char *
yes_words(void)
{
	/* TRANSLATORS: the answers that mean yes to the "...? y/n"
	 * questions, separated by spaces: first the letter those
	 * questions name, then the word, and the word without its
	 * accents when it has any, which every keyboard can type
	 * (Spanish: "s sí si").  On the screens the first letter is the
	 * key that says yes.  Case does not matter, and "y" and "yes"
	 * are taken in every language. */
	return _("y yes");
}

int
key_is_yes(wchar_t ch)
{
	const char *words = yes_words();
	wchar_t first;

	if (towlower((wint_t)ch) == L'y')
		return 1;
	words += strspn(words, " ");
	if (mbtowc(&first, words, strlen(words)) <= 0)
		return 0;
	return towlower((wint_t)ch) == towlower((wint_t)first);
}

int
key_hint_rank(enum action act)
{
	switch (act) {
	case ACT_HELP:
		return KEY_HINT_RANK_MAX;
	case ACT_DISCLAIMER:
		return 8;
	case ACT_BACK:
		return 7;
	case ACT_OPEN:
		return 6;
	case ACT_TOGGLE:	/* the self-check's only way to mark */
	case ACT_SPEAK:		/* for those who cannot read the rest */
		return 5;
	case ACT_PAGE_DOWN:	/* a touch screen's way down a page */
		return 4;
	case ACT_QUIT:		/* in kiosk mode, only over SSH */
		return 3;
	case ACT_MY_QUESTIONS:	/* the way to the list, once it has one */
	case ACT_REMOVE_QUESTION:
		return 6;
	case ACT_ADD_QUESTIONS:
	case ACT_CLEAR_QUESTIONS:
		return 5;
	case ACT_CODES:
		return 4;
	case ACT_UP:
		return 2;
	default:		/* the language: chosen on the welcome screen */
		return 1;
	}
}

/*
 * Whether line is word (of len bytes) but for case: "SÍ" is "sí".
 * Both are UTF-8, as LC_CTYPE is (i18n_init()); a line that is not
 * valid UTF-8 is no word.
 */
static int
same_word(const char *line, const char *word, size_t len)
{
	mbstate_t ls, ws;
	size_t ln, wn, lleft = strlen(line);
	wchar_t lc, wc;

	memset(&ls, 0, sizeof(ls));
	memset(&ws, 0, sizeof(ws));
	while (lleft > 0 && len > 0) {
		ln = mbrtowc(&lc, line, lleft, &ls);
		wn = mbrtowc(&wc, word, len, &ws);
		if (ln == 0 || ln > lleft || wn == 0 || wn > len ||
		    towlower((wint_t)lc) != towlower((wint_t)wc))
			return 0;
		line += ln;
		lleft -= ln;
		word += wn;
		len -= wn;
	}
	return lleft == 0 && len == 0;
}

int
command_is_yes(const char *line)
{
	const char *w;
	size_t len;

	if (same_word(line, "y", 1) || same_word(line, "yes", 3))
		return 1;
	for (w = yes_words(); *w != '\0'; w += len) {
		w += strspn(w, " ");
		len = strcspn(w, " ");
		if (len > 0 && same_word(line, w, len))
			return 1;
	}
	return 0;
}

enum action
command_for_word(const char *line)
{
	const char *w;
	size_t len;
	unsigned i;

	for (i = 0; i < key_table_len; i++) {
		if ((w = key_table[i].word) == NULL)
			continue;
		if (*w == '\0' && *line == '\0')
			return key_table[i].act;
		for (; *w != '\0'; w += len) {
			w += strspn(w, " ");
			len = strcspn(w, " ");
			if (len > 0 && same_word(line, w, len))
				return key_table[i].act;
		}
	}
	return ACT_NONE;
}

size_t
command_prompt(char *buf, size_t size, unsigned where, int kiosk)
{
	const struct key_binding *b;
	size_t len = 0, wl;
	char key[8];
	unsigned i;
	int n;

	if (size > 0)
		buf[0] = '\0';
	for (i = 0; i < key_table_len && len < size; i++) {
		b = &key_table[i];
		if (b->pprompt == NULL || !(b->pwhere & where) ||
		    (b->act == ACT_QUIT && kiosk))
			continue;
		wl = strcspn(b->word, " ");
		snprintf(key, sizeof(key), "%.*s", (int)wl, b->word);
		if (len > 0)
			len += (size_t)snprintf(buf + len, size - len, ", ");
		if (len >= size)
			break;
		/* TRANSLATORS: one command in the plain interface's prompts:
		 * the letter typed, then what it does ("b: back"). */
		n = snprintf(buf + len, size - len, _("%s: %s"), key,
		    _(b->pprompt));
		len += n > 0 ? (size_t)n : 0;
	}
	return len < size ? len : size - 1;
}
