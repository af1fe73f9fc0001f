/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The command table: one list for every interface.  On the screens it
 * dispatches keys, fills the help screen and writes the hints in the
 * footer; in the plain interface it reads the words typed, lists the
 * commands in its help and writes the end of every prompt ("b: back,
 * h: help, q: quit.").  So none of them can disagree, and a new
 * binding is one row.  No curses here: keys that are not characters
 * have the program's own codes (K_*), which ui.c translates to.
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
	ACT_REDRAW,		/* plain: Enter alone shows the view again */
	ACT_QUIT,
	ACT_RESTART,		/* plain, the self-check's notes: start again */
	ACT_LEAVE,		/* plain, the same: leave and clear answers */
	ACT_SPEAK,		/* read aloud: on or off */
	ACT_SPEAK_RATE,		/* read aloud: the next rate */
	ACT_SEARCH,		/* open the search box */
	ACT_NEXT_MATCH,		/* a page opened from a search: next match */
	ACT_PREV_MATCH,
	ACT_MY_QUESTIONS,	/* open "My questions" (myq.h) */
	ACT_ADD_QUESTIONS,	/* a topic page: add its questions to ask */
	ACT_REMOVE_QUESTION,	/* "My questions": remove the highlighted */
	ACT_CLEAR_QUESTIONS,	/* "My questions": empty the list */
	ACT_CODES,		/* a page's addresses as QR codes */
};

/* Keys that are not characters, beyond Unicode's range. */
enum key_code {
	K_UP = 0x110000,
	K_DOWN,
	K_LEFT,
	K_RIGHT,
	K_PAGE_UP,
	K_PAGE_DOWN,
	K_HOME,
	K_END,
	K_ENTER,
	K_BACKSPACE,
	K_BACKTAB,
	K_F1,
	K_F2,
	K_F3,
	K_OTHER,		/* any other function key */
};

/* Where a binding applies. */
#define ON_MENU		0x1
#define ON_PAGE		0x2
#define ON_WELCOME	0x4
#define ON_SELFCHECK	0x8
#define ON_SEARCH	0x20	/* the search box: characters are typed */
#define ON_MYQ		0x10	/* "My questions" and its QR code */
#define ON_VIEWS	(ON_MENU | ON_PAGE | ON_MYQ)
#define ON_ALL		(ON_MENU | ON_PAGE | ON_WELCOME | ON_SELFCHECK | \
			    ON_MYQ)

/* Where a command is offered in the plain interface's prompts. */
#define PL_WELCOME	0x01
#define PL_LIST		0x02	/* a menu or the FAQ */
#define PL_LANG		0x04	/* the list of languages */
#define PL_PAGE		0x08	/* a page with related topics */
#define PL_PAGE_BARE	0x10	/* a page without (its prompt says b) */
#define PL_SC		0x20	/* the self-check's introduction, questions */
#define PL_SC_NOTES	0x40	/* the self-check's notes */
#define PL_MYQ		0x80	/* "My questions" */
#define PL_ALL		0xff

struct key_binding {
	int	 fkey;		/* enum key_code, or 0 */
	wchar_t	 ch;		/* character, or 0 */
	enum action act;
	unsigned where;
	const char *name;	/* how the help screen names the key(s):
				 * N_(), or NC_() where the English name
				 * is also other text; see key_help_name() */
	const char *help;	/* N_() text for the help screen, or NULL */
	const char *hkey;	/* the key as the footer names it */
	const char *hint;	/* N_() footer label, or NULL */
	/* The plain interface: rows that bind no key (where 0). */
	const char *word;	/* what is typed: words apart by spaces,
				 * letters in either case; "" Enter alone */
	const char *pname;	/* N_() name in its help, or NULL */
	const char *phelp;	/* N_() text in its help */
	const char *pprompt;	/* N_() label at the end of its prompts */
	unsigned pwhere;	/* PL_*: the prompts that offer it */
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
 * What a line typed in the plain interface asks for: ACT_NONE when it
 * is no command (a number, an answer, anything else).
 */
enum action command_for_word(const char *line);

/*
 * The end of a plain prompt for the views of where (PL_*), from the
 * table: "b: back, h: help, q: quit" (without "q" in kiosk mode),
 * translated, into buf.  Returns its length.
 */
size_t	command_prompt(char *buf, size_t size, unsigned where, int kiosk);

/*
 * "Leave the kiosk? y/n", translated: asked by every interface when a
 * visitor over SSH quits (session_quit()).
 */
const char *command_quit_question(void);
/*
 * Whether the key ch answers yes to a "...? y/n" question: y, or the
 * first letter of the translated answers that mean yes (Spanish s).
 */
int key_is_yes(wchar_t ch);
/*
 * Whether a line typed in the plain interface answers yes: y or yes,
 * or one of the translated answers that mean yes ("s sí si"), in
 * either case.
 */
int command_is_yes(const char *line);

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
