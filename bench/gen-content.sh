#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# gen-content.sh: write a content root with N generated English topics,
# for the load benchmarks (see bench/README).
#
#   gen-content.sh N DIR
#
# DIR must not exist yet; it becomes a content root that passes
# `smp-kiosk --check`.  Each topic is about 1 KB of YAML shaped like the
# shipped topics (sections with paragraphs and bullets, related topics,
# sources, review dates).  Menus hold at most 50 items: topics go into
# groups of 50, groups into groups of 50, until the home menu is short
# enough.  The text is made of short common words, so the readability
# checks stay quiet, and it is the same on every run and every awk.
# POSIX sh and awk only, so it runs on a bare Debian.

set -eu

usage() {
	echo "usage: $0 N DIR" >&2
	exit 64
}

[ $# -eq 2 ] || usage
n=$1
out=$2
case $n in
''|*[!0-9]*) usage ;;
esac
[ "$n" -ge 1 ] && [ "$n" -le 20000 ] || {
	echo "$0: N must be 1 to 20000" >&2
	exit 64
}
if [ -e "$out" ]; then
	echo "$0: $out already exists" >&2
	exit 73
fi
mkdir -p "$out/en/topics"

awk -v n="$n" -v out="$out" '
# Park-Miller generator: exact in double arithmetic, so every awk
# produces the same content.
function rnd(k) {
	seed = (seed * 16807) % 2147483647
	return seed % k
}

function word() {
	return words[rnd(nwords) + 1]
}

# A sentence of 5 to 10 short words.
function sentence(    s, i, k) {
	k = 5 + rnd(6)
	s = word()
	s = toupper(substr(s, 1, 1)) substr(s, 2)
	for (i = 2; i <= k; i++)
		s = s " " word()
	return s "."
}

# Appends text to the body as lines of at most 90 columns, indented.
function put_wrapped(text, indent,    i, m, parts, line) {
	m = split(text, parts, " ")
	line = ""
	for (i = 1; i <= m; i++) {
		if (line != "" && length(line) + 1 + length(parts[i]) > 90) {
			body = body indent line "\n"
			line = parts[i]
		} else
			line = line == "" ? parts[i] : line " " parts[i]
	}
	if (line != "")
		body = body indent line "\n"
}

function paragraph(k,    s, i) {
	s = sentence()
	for (i = 2; i <= k; i++)
		s = s " " sentence()
	put_wrapped(s, "      ")
}

function id(i) {
	return sprintf("t%05d", i)
}

function write_topic(i,    f, j, k, h) {
	f = out "/en/topics/" id(i) ".yaml"
	printf "id: %s\n", id(i) > f
	printf "title: Topic %d on %s %s\n", i, word(), word() > f
	printf "summary: %s\n", sentence() > f
	printf "sections:\n" > f
	for (j = 1; j <= 3; j++) {
		body = ""
		paragraph(2 + rnd(2))
		body = body "\n"
		if (j == 1) {
			for (k = 1; k <= 3; k++)
				put_wrapped("- " word() " " word() " " word(),
				    "      ")
		} else
			paragraph(1 + rnd(2))
		h = word()
		printf "  - heading: %s %s\n", toupper(substr(h, 1, 1)) \
		    substr(h, 2), word() > f
		printf "    body: |\n%s", body > f
	}
	printf "related:\n  - %s\n  - %s\n", id(i % n + 1), id((i + 7) % n + 1) > f
	printf "sources:\n" > f
	printf "  - title: A note on %s and %s\n", word(), word() > f
	printf "    publisher: Benchmark Press\n" > f
	printf "    year: %d\n", 2015 + rnd(10) > f
	printf "    kind: health-service\n" > f
	printf "    url: \"https://example.org/smp/%s\"\n", id(i) > f
	printf "reviewed: 2026-0%d-1%d\n", 1 + rnd(9), rnd(10) > f
	printf "next_review: 2036-0%d-1%d\n", 1 + rnd(9), rnd(10) > f
	printf "reviewer: \"Generated for the benchmark (not reviewed)\"\n" > f
	close(f)
}

# The menu tree.  An item of level 0 is a topic; an item of level l > 0
# is a submenu over per[l] topics, holding items of level l - 1.  The
# home menu holds the items of the top level: at most 50 of them.
function write_menu(level, first, count, indent,    i, k, lo, last) {
	for (i = 0; i < count; i++) {
		lo = first + i * per[level]
		if (lo > n)
			break
		if (level == 0) {
			printf "%s- topic: %s\n", indent, id(lo) > idx
			continue
		}
		last = lo + per[level] - 1
		if (last > n)
			last = n
		printf "%s- title: Topics %d to %d\n", indent, lo, last > idx
		printf "%s  summary: %d topics made for the benchmark.\n", \
		    indent, last - lo + 1 > idx
		printf "%s  menu:\n", indent > idx
		k = per[level - 1]
		write_menu(level - 1, lo, int((last - lo + k) / k), indent "    ")
	}
}

BEGIN {
	seed = 42
	nwords = split("and the a to of you your it is can may be in on " \
	    "for with not do this that skin dots hair scalp ink care " \
	    "time days weeks look short small fine dark light soft new " \
	    "old keep ask help see read wash sun rest heal red sore dry " \
	    "clean cool warm plan cost each most some many few often", words)
	for (i = 1; i <= n; i++)
		write_topic(i)

	# per[l]: topics under one item of level l; top: level of home.
	per[0] = 1
	top = 0
	while (int((n + per[top] - 1) / per[top]) > 50) {
		per[top + 1] = per[top] * 50
		top++
	}
	idx = out "/en/index.yaml"
	printf "name: English\n" > idx
	printf "title: Benchmark content (%d topics)\n", n > idx
	printf "welcome: |\n  Generated content for the benchmark.\n" > idx
	printf "disclaimer: |\n  This is generated text, not advice.\n" > idx
	printf "menu:\n" > idx
	write_menu(top, 1, int((n + per[top] - 1) / per[top]), "  ")
	printf "  - show: disclaimer\n    title: About this information\n" > idx
	close(idx)
}'
