/* Interface strings go through gettext; content text never does. */
#ifndef SMP_I18N_H
#define SMP_I18N_H

#if ENABLE_NLS
#include <libintl.h>
#define _(s)	gettext(s)
#else
#define _(s)	(s)
#define ngettext(s, p, n)	((n) == 1 ? (s) : (p))
#define textdomain(d)	((void)(d))
#define bindtextdomain(d, dir)	((void)(d), (void)(dir))
#endif
#define N_(s)	(s)

#endif
