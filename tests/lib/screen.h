/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen.h: run a program in a pseudo-terminal and read its screen.
 *
 * Everything the program writes is fed into libvterm, so tests assert on
 * the screen as a person would see it.  Waits are for a screen condition
 * with a timeout, polling the pty master; nothing sleeps to synchronise.
 * Rows and columns count from 0.
 *
 * A timeout_ms below 0 means scr_timeout_ms(): SCR_TIMEOUT_MS, or the
 * value of SMP_TEST_TIMEOUT_MS in the environment (for valgrind runs).
 * A wait that fails prints the screen as TAP comments ("# |row|").
 */
#ifndef SCREEN_H
#define SCREEN_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define SCR_TIMEOUT_MS	5000

struct scr;

int		 scr_timeout_ms(void);

/* Start and stop. */
struct scr	*scr_start(int cols, int rows, char *const argv[],
		    char *const envp_extra[]);
void		 scr_resize(struct scr *, int cols, int rows);
void		 scr_size(struct scr *, int *cols, int *rows);
void		 scr_set_winsize(struct scr *, int cols, int rows);
void		 scr_hold(struct scr *, int on);	/* stop reading */
int		 scr_stop_output(struct scr *, int on);	/* TCOOFF/TCOON */
int		 scr_output_waits(struct scr *);
int		 scr_input_queued(struct scr *);
struct termios;
int		 scr_termios(struct scr *, struct termios *);
int		 scr_wait_exit(struct scr *, int timeout_ms, int *status);
void		 scr_close_master(struct scr *);
pid_t		 scr_pid(struct scr *);
long		 scr_cpu_ms(struct scr *);	/* after exit: user+system */
int		 scr_running(struct scr *);	/* quiet: no wait, no dump */
void		 scr_free(struct scr *);

/* Input. */
void		 scr_send(struct scr *, const char *bytes, size_t len);
void		 scr_type(struct scr *, const char *text);
void		 scr_key(struct scr *, const char *name);

/* Waits: 1 when the condition holds, 0 on timeout or end of output. */
int		 scr_wait_text(struct scr *, const char *text, int timeout_ms);
int		 scr_wait_gone(struct scr *, const char *text, int timeout_ms);
int		 scr_wait_row(struct scr *, int row, const char *text,
		    int timeout_ms);
int		 scr_wait_cursor(struct scr *, int row, int col,
		    int timeout_ms);
/*
 * The only wait on time: 1 once no output came for quiet_ms (or it
 * ended).  Use it to let a redraw finish before counting bytes.
 */
int		 scr_wait_idle(struct scr *, int quiet_ms, int timeout_ms);

/* The screen as it is now. */
char		*scr_row(struct scr *, int row);
int		 scr_contains(struct scr *, const char *text);
void		 scr_dump(struct scr *);
void		 scr_cursor(struct scr *, int *row, int *col);
int		 scr_altscreen(struct scr *);
int		 scr_cursor_visible(struct scr *);
int		 scr_mouse_mode(struct scr *);
int		 scr_cell_attrs(struct scr *, int row, int col, int *bold,
		    int *reverse, int *fg_is_default, int *bg_is_default);
int		 scr_cell_colors(struct scr *, int row, int col, int *fg,
		    int *bg);		/* 0-255, -1 default, -2 RGB */
int		 scr_pen_plain(struct scr *);	/* attributes all reset */
/*
 * Lines that scrolled off the top of the normal screen are kept, as a
 * terminal's history; ED 3 ("ESC [ 3 J") erases them, as in xterm.
 */
int		 scr_saved_contains(struct scr *, const char *text);
size_t		 scr_saved_lines(struct scr *);

/* One cell as a person sees it, for comparing two screens. */
#define SCR_CELL_TEXT	32		/* UTF-8 of a base and its marks */
struct scr_cell {
	char	text[SCR_CELL_TEXT];	/* "" for the right half of a wide one */
	int	width;			/* 1, 2, or 0 for a right half */
	int	bold, underline, italic, reverse;
	int	fg, bg;			/* as scr_cell_colors() gives them */
};
/* Fills *c from the cell; returns 0 for a cell off the screen. */
int		 scr_cell(struct scr *, int row, int col, struct scr_cell *c);
unsigned long	 scr_bytes(struct scr *);
/*
 * Writes c to p as UTF-8 (at most 4 bytes; a surrogate or a value past
 * U+10FFFF as U+FFFD); returns the number of bytes.
 */
size_t		 scr_put_utf8(char *p, uint32_t c);
void		 scr_reset_bytes(struct scr *);

#endif /* SCREEN_H */
