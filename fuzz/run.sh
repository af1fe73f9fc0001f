#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets built by "make fuzz", one after the other
# (never in parallel), each on its own corpus seeded from the shipped
# content and the test fixtures.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS (default 30) bounds each run; FUZZ_RUNS=N stops a run after N
# executions instead.  TARGET is fuzz-load, fuzz-wrap, fuzz-plain,
# fuzz-ui, fuzz-search or fuzz-speech (default all six).
# Run it from the build folder; the source folder is found from this
# script's path.  Corpora go to $FUZZ_DIR/corpus/TARGET and crashes to
# $FUZZ_DIR/crashes/ (FUZZ_DIR defaults to fuzz in the build folder);
# the exit status is 1 when a run found a crash, a leak, a timeout or
# an abort.  See fuzz/README.
set -u

srcdir=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
[ $# -gt 0 ] && shift
targets=${*:-fuzz-load fuzz-wrap fuzz-plain fuzz-ui fuzz-search fuzz-speech}
dir=${FUZZ_DIR:-fuzz}
status=0

# seed_load DIR: every YAML file of the content and the fixtures.
seed_load() {
	find "$srcdir/content" "$srcdir/tests/fixtures" -type f \
	    \( -name '*.yaml' -o -path '*/fixtures/hostile/*' \) \
	    ! -name README | while read -r f; do
		cp "$f" "$1/$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
	done
}

# seed_wrap DIR: the content's text in pieces of 400 bytes, after
# the three bytes that pick the width (40, 12 and 79 columns), the
# indent and the bullet.
seed_wrap() {
	tmp=$(mktemp -d) || exit 2
	find "$srcdir/content" -type f -name '*.yaml' | while read -r f; do
		split -b 400 "$f" "$tmp/$(basename "$f" .yaml)."
	done
	for p in "$tmp"/*; do
		for w in '\050\000\001' '\014\002\002' '\117\000\003'; do
			{ printf "$w"; cat "$p"; } > "$1/$(basename "$p")-$(
			    printf '%s' "$w" | tr -dc 0-9)"
		done
	done
	rm -rf "$tmp"
}

# seed_search DIR: queries a visitor might type, and some FTS5 syntax,
# each behind the byte that picks the language (0 en, 1 es, 2 fr).
seed_search() {
	i=0
	for q in scars MRI 'sca' pigmintation keloyd 'touch-up' \
	    'scar OR mri' 'NEAR(scar mri)' '"unbalanced' '-scar' 'a*' \
	    '((' 'title:scar' quimio cicatrices pigmentacion irm tatouages \
	    'l'"'"'IRM' 'cicatríz'; do
		for l in '\000' '\001' '\002'; do
			i=$((i + 1))
			{ printf "$l"; printf '%s' "$q"; } > "$1/q$i"
		done
	done
}

# seed_plain DIR: visits typed line by line, behind the byte that picks
# kiosk mode, the language and the width (0: 80 columns; 0x51: kiosk,
# 50 columns; 0x22: the second language, 20 columns): the menus, a page
# and its links, help, the notice, the languages, the self-check
# answered and left, junk and a line too long.
seed_plain() {
	long=$(printf '%0300d' 0)
	i=0
	for visit in '\n1\n1\n1\nb\nb\n2\n1\nh\n!\nq\n' \
	    '\nL\n2\n3\n1\nb\nL\n1\n' \
	    '\n5\n\n1\n2\n1 3\n0\nb\n1\n2\n2\n1\n1\n1\n1\nx\ny\n' \
	    '\n5\n\n1\nL\nn\nL\nyes\n2\n' \
	    '\n/scars\n1\nb\n/pigmintation\n/\n/\"a OR (b\n2\n' \
	    "\\n99\\n-1\\n1x\\n\\033[A\\n\\377\\376\\n$long\\n\\000\\n"; do
		for b in '\000' '\121' '\042'; do
			i=$((i + 1))
			printf "$b$visit" > "$1/visit-$i"
		done
	done
}

# seed_ui DIR: what terminals send, behind the byte that picks kiosk
# mode, the mouse, the terminal type, the theme and the language, and
# the byte that picks the window size:
# Enter, digits, arrows in both cursor modes, Page Down, Home, End,
# Tab, Esc, the help and language keys, the self-check with Space, SGR
# (xterm-256color) and X10 (xterm) mouse clicks and wheel, UTF-8 and
# broken UTF-8.
seed_ui() {
	i=0
	for keys in '\r1\r\033[B\033[B\r\033[6~\033[H\033[F\t\r\033' \
	    '\r\033OB\033OA\033[C\033[D\177?\033!\033Ll\033[B\r' \
	    '\r5\r\r \033[B \r\r\r\r\r\033\033\033' \
	    '\r/scars\033[B\rnNgGjk\033\177\177q\033\033/zz\r' \
	    '\033[<0;5;3M\033[<0;5;3m\033[<64;10;10M\033[<65;10;10M\033[<0;3;24M' \
	    '\033[M !!\033[M#!!\033[M`((\033[Ma((\033[M 5-' \
	    '\r\303\251\342\202\254\377\300\033[99999;99999R\033[1;5A'; do
		# 80x24, 40x12, 160x64, 10x4, 120x32
		for b in '\000\134' '\003\043' '\043\377' '\102\000' \
		    '\207\173'; do
			i=$((i + 1))
			printf "$b$keys" > "$1/keys-$i"
		done
	done
}

for t in $targets; do
	bin=fuzz/$t
	if [ ! -x "$bin" ]; then
		echo "fuzz/run.sh: no $bin; run \"make fuzz\" first" >&2
		exit 2
	fi
	corpus=$dir/corpus/$t
	if [ ! -d "$corpus" ]; then
		mkdir -p "$corpus"
		case $t in
		fuzz-load) seed_load "$corpus" ;;
		fuzz-wrap|fuzz-speech) seed_wrap "$corpus" ;;
		fuzz-plain) seed_plain "$corpus" ;;
		fuzz-ui) seed_ui "$corpus" ;;
		fuzz-search) seed_search "$corpus" ;;
		esac
	fi
	mkdir -p "$dir/crashes"
	set -- -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
	    -print_final_stats=1 \
	    -artifact_prefix="$dir/crashes/$t-"
	[ -n "${FUZZ_RUNS:-}" ] && set -- "$@" -runs="$FUZZ_RUNS" \
	    -max_total_time=0
	# Content files are a few KB, and a page of text is less; longer
	# inputs only run slower.
	case $t in
	fuzz-load) set -- "$@" -max_len=4096 -dict="$srcdir/fuzz/yaml.dict" ;;
	fuzz-wrap|fuzz-speech) set -- "$@" -max_len=512 ;;
	fuzz-plain) set -- "$@" -max_len=4096 ;;
	fuzz-ui) set -- "$@" -max_len=4098 -dict="$srcdir/fuzz/keys.dict" ;;
	fuzz-search) set -- "$@" -max_len=256 ;;
	esac
	echo "==> $bin $* $corpus"
	"$bin" "$@" "$corpus" || status=1
done
exit "$status"
