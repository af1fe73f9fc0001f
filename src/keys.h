/*
 * The key table: one list that dispatches keys, fills the help screen
 * and writes the hints in the footer, so the three never disagree.
 * No curses here: function keys are stored as curses key codes.
 */
#ifndef SMP_KEYS_H
#define SMP_KEYS_H

#include <wchar.h>

enum action {
	ACT_NONE,
	ACT_UP,
	ACT_DOWN,
	ACT_PAGE_UP,
	ACT_PAGE_DOWN,
	ACT_FIRST,
	ACT_LAST,
	ACT_OPEN,
	ACT_BACK,
	ACT_NEXT_LINK,
	ACT_PREV_LINK,
	ACT_SOURCES,
	ACT_NUMBER,		/* a digit: open item or link N */
	ACT_LETTER,		/* a letter: next item starting with it */
	ACT_TOGGLE,		/* self-check: mark or unmark an answer */
	ACT_HELP,
	ACT_DISCLAIMER,		/* "not medical advice", from any screen */
	ACT_LANGUAGE,		/* open the language chooser */
	ACT_REDRAW,
	ACT_QUIT,
};

/* Where a binding applies. */
#define ON_MENU		0x1
#define ON_PAGE		0x2
#define ON_WELCOME	0x4
#define ON_SELFCHECK	0x8
#define ON_VIEWS	(ON_MENU | ON_PAGE)
#define ON_ALL		(ON_MENU | ON_PAGE | ON_WELCOME | ON_SELFCHECK)

struct key_binding {
	int	 fkey;		/* curses KEY_* code, or 0 */
	wchar_t	 ch;		/* character, or 0 */
	enum action act;
	unsigned where;
	const char *name;	/* how the help screen names the key(s):
				 * N_(), or NC_() where the English name
				 * is also other text; see key_help_name() */
	const char *help;	/* N_() text for the help screen, or NULL */
	const char *hkey;	/* the key as the footer names it */
	const char *hint;	/* N_() footer label, or NULL */
};

extern const struct key_binding key_table[];
extern const unsigned key_table_len;

/* The help screen's name of the key(s) of b, translated; NULL for none. */
const char *key_help_name(const struct key_binding *b);

/*
 * Finds what a key does on a screen (ON_MENU, ON_PAGE, ON_WELCOME or
 * ON_SELFCHECK): fkey for a
 * function key, else ch.  Digits and letters without a binding of
 * their own give ACT_NUMBER and ACT_LETTER.
 */
enum action key_action(int fkey, wchar_t ch, unsigned where);

/*
 * Whether the key ch answers yes to a "...? y/n" question: y, or the
 * first letter of the translated answers that mean yes (Spanish s).
 */
int key_is_yes(wchar_t ch);

/*
 * Which footer hints stay when not all of them fit (a translation is
 * longer, the window narrower): the footer takes hints from the highest
 * rank down while they fit, and shows them in the order of the table.
 * Help lists every key and "!" says that this is not medical advice,
 * so those two rank highest.  Ranks run from 1 to KEY_HINT_RANK_MAX.
 */
#define KEY_HINT_RANK_MAX	9
int key_hint_rank(enum action act);

#endif
