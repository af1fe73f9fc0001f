#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The interface translations: every language in po/LINGUAS has a .po
# that msgfmt -c accepts, with every message of the sources translated
# (none missing, none fuzzy), and po/POTFILES.in lists every source
# file with a translatable string.  Writes TAP.

: "${SMP_SRCDIR:?set by make check}"
po="$SMP_SRCDIR/po"
. "$SMP_SRCDIR/tests/lib/common.sh"

if ! command -v msgfmt >/dev/null 2>&1; then
	echo "1..0 # SKIP gettext tools not installed"
	exit 0
fi

linguas=$(sed -e 's/#.*//' "$po/LINGUAS")
[ -n "$linguas" ]
result $? "po/LINGUAS names languages ($(echo $linguas))"

# Every source file that marks a string is in POTFILES.in.  A marker
# is a whole name: "__attribute__(" in src/log.c, whose lines for IT
# stay untranslated, is not one.
missing=""
for f in "$SMP_SRCDIR"/src/*.c; do
	rel=src/$(basename "$f")
	if grep -q -E \
	    '(^|[^A-Za-z0-9_])(_|N_|NC_|pgettext|ngettext|diag_add|diag_vadd|dec_error|fatal|error_at)\(' \
	    "$f" &&
	    ! grep -qx "$rel" "$po/POTFILES.in"; then
		missing="$missing $rel"
	fi
done
[ -z "$missing" ]
result $? "po/POTFILES.in lists every file with marked strings" \
    "not listed:$missing"

# The log is for IT: its lines stay in English, whatever the locale,
# so that they can be searched for.  No log_info/log_warn/log_error
# call marks its text for translation.
marked=$(awk '
	/log_(info|warn|error)\(/ { inlog = 1; call = "" }
	inlog { call = call $0 }
	inlog && /\);/ {
		f = FILENAME
		sub(/.*\//, "src/", f)
		if (call ~ /(^|[^A-Za-z0-9_])(_|N_|NC_|pgettext|ngettext)\(/)
			printf " %s:%d", f, FNR
		inlog = 0
	}' "$SMP_SRCDIR"/src/*.c)
[ -z "$marked" ]
result $? "no line written to the log is marked for translation" \
    "translated log lines at:$marked"

# A template made now from the sources, to compare each .po with.
have_xgettext=0
if command -v xgettext >/dev/null 2>&1; then
	# The options of po/Makevars, joined across its continued lines.
	opts=$(sed -n '/^XGETTEXT_OPTIONS/,/[^\\]$/p' "$po/Makevars" |
	    sed -e 's/^XGETTEXT_OPTIONS *= *//' -e 's/\\$//' | tr '\n' ' ')
	(cd "$SMP_SRCDIR" && xgettext $opts --language=C \
	    -o "$tmp/now.pot" $(sed -e 's/#.*//' po/POTFILES.in)) &&
	    have_xgettext=1
fi

for lang in $linguas; do
	out=$(msgfmt -c --statistics -o /dev/null "$po/$lang.po" 2>&1)
	result $? "msgfmt -c $lang.po" "$out"
	case $out in
	*fuzzy*|*untranslated*) s=1 ;;
	*) s=0 ;;
	esac
	result $s "$lang.po: every message translated, none fuzzy" "$out"
	if [ "$have_xgettext" -eq 1 ]; then
		out=$(msgcmp "$po/$lang.po" "$tmp/now.pot" 2>&1)
		result $? "$lang.po has every message of the sources" "$out"
	fi
	grep -q "^\"Language: $lang\\\\n\"" "$po/$lang.po"
	result $? "$lang.po names its language"
done
tap_done
