#include <config.h>

#include <curses.h>
#include <wctype.h>

#include "i18n.h"
#include "keys.h"

#define CTRL(c)	((c) & 0x1f)

/*
 * The first binding of an action carries its help text and footer hint;
 * the others only dispatch.  The footer shows the hints in this order.
 */
const struct key_binding key_table[] = {
	/* TRANSLATORS: footer hints are short: at most 8 characters. */
	{ KEY_UP, 0, ACT_UP, ON_VIEWS | ON_SELFCHECK, N_("Up, Down"),
	    N_("Move to the previous or next item; on pages, scroll or move "
	    "between links"), "Up/Dn", N_("Move") },
	{ KEY_DOWN, 0, ACT_DOWN, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL,
	    NULL },
	/* The self-check: Space marks, Enter chooses or goes on. */
	{ 0, ' ', ACT_TOGGLE, ON_SELFCHECK, N_("Space"),
	    N_("In the self-check: mark or unmark an answer where you may "
	    "choose more than one"), "Space", N_("Mark") },
	{ 0, '\r', ACT_OPEN, ON_SELFCHECK, N_("Enter"),
	    N_("In the self-check: choose the highlighted answer, or go on "
	    "to the next question"), "Enter", N_("Next") },
	{ KEY_ENTER, 0, ACT_OPEN, ON_SELFCHECK, NULL, NULL, NULL, NULL },
	{ 0, '\n', ACT_OPEN, ON_SELFCHECK, NULL, NULL, NULL, NULL },
	{ 0, '\r', ACT_OPEN, ON_VIEWS, N_("Enter, Right"),
	    N_("Open the highlighted item or link"), "Enter", N_("Open") },
	{ KEY_ENTER, 0, ACT_OPEN, ON_VIEWS, NULL, NULL, NULL, NULL },
	{ KEY_RIGHT, 0, ACT_OPEN, ON_VIEWS, NULL, NULL, NULL, NULL },
	{ 0, '\n', ACT_OPEN, ON_VIEWS, NULL, NULL, NULL, NULL },
	{ 0, 27, ACT_BACK, ON_VIEWS | ON_SELFCHECK, N_("Esc, Left, Backspace"),
	    N_("Go back; in the self-check, to the previous question"), "Esc",
	    N_("Back") },
	{ KEY_LEFT, 0, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL,
	    NULL },
	{ KEY_BACKSPACE, 0, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL,
	    NULL, NULL },
	{ 0, 127, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL, NULL },
	{ 0, 8, ACT_BACK, ON_VIEWS | ON_SELFCHECK, NULL, NULL, NULL, NULL },
	{ KEY_NPAGE, 0, ACT_PAGE_DOWN, ON_VIEWS | ON_SELFCHECK,
	    N_("PgDn, Space"),
	    N_("Next page"), NULL, NULL },
	/* On a touch screen without a wheel, the way down a page. */
	{ 0, ' ', ACT_PAGE_DOWN, ON_PAGE, NULL, NULL, "Space", N_("More") },
	{ KEY_PPAGE, 0, ACT_PAGE_UP, ON_VIEWS | ON_SELFCHECK, N_("PgUp, b"),
	    N_("Previous page"), NULL, NULL },
	{ 0, 'b', ACT_PAGE_UP, ON_PAGE, NULL, NULL, NULL, NULL },
	{ KEY_HOME, 0, ACT_FIRST, ON_VIEWS | ON_SELFCHECK, N_("Home"),
	    N_("Go to the first item or the top of the page"), NULL, NULL },
	{ KEY_END, 0, ACT_LAST, ON_VIEWS | ON_SELFCHECK, N_("End"),
	    N_("Go to the last item or the end of the page"), NULL, NULL },
	{ 0, '\t', ACT_NEXT_LINK, ON_PAGE | ON_SELFCHECK, N_("Tab, Shift-Tab"),
	    N_("Move to the next or previous link on a page"), NULL, NULL },
	{ KEY_BTAB, 0, ACT_PREV_LINK, ON_PAGE | ON_SELFCHECK, NULL, NULL, NULL,
	    NULL },
	{ 0, 's', ACT_SOURCES, ON_PAGE, N_("s"),
	    N_("Show the sources and review dates of a topic"), NULL, NULL },
	{ 0, 0, ACT_NUMBER, ON_VIEWS | ON_SELFCHECK, N_("1-9"),
	    N_("Open item number 1 to 9 of a menu, or related topic 1 to 9 "
	    "of a page; in the self-check, choose answer 1 to 9"), NULL,
	    NULL },
	{ 0, 0, ACT_LETTER, ON_MENU | ON_SELFCHECK, N_("a-z"),
	    N_("Jump to the next menu item or answer that starts with that "
	    "letter"), NULL, NULL },
	{ 0, '?', ACT_HELP, ON_ALL, N_("?, F1"), N_("Show this help"),
	    "?", N_("Help") },
	{ KEY_F(1), 0, ACT_HELP, ON_ALL, NULL, NULL, NULL, NULL },
	{ 0, CTRL('L'), ACT_REDRAW, ON_ALL, N_("Ctrl-L"),
	    N_("Redraw the screen"), NULL, NULL },
	{ 0, 'q', ACT_QUIT, ON_ALL, N_("q"), N_("Quit"), "q", N_("Quit") },
	{ 0, '!', ACT_DISCLAIMER, ON_ALL, N_("!"),
	    N_("Show that this is general information, not medical advice"),
	    "!", N_("Info") },
};

const unsigned key_table_len = sizeof(key_table) / sizeof(key_table[0]);

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
