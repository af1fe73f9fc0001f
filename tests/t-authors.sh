#!/bin/sh
# What a content author or translator meets in --check: labels cut on
# a small screen, the report and the messages kept apart, translation
# status (missing, untranslated, outdated, current), the translator's
# report.  Writes TAP.

: "${SMP_KIOSK:?set by make check}" "${SMP_SRCDIR:?set by make check}"
n=0
failed=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

result() {	# result STATUS NAME
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
		sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null
	fi
}

# run EXPECTED_STATUS ARGS...: runs the kiosk, output in $tmp/out, $tmp/err
run() {
	want=$1
	shift
	"$SMP_KIOSK" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	[ "$got" -eq "$want" ] || echo "exit status $got, expected $want" >>"$tmp/err"
	[ "$got" -eq "$want" ]
}

contains() {	# contains FILE TEXT
	grep -qF -- "$2" "$1"
}

content=$SMP_SRCDIR/content
good=$SMP_SRCDIR/tests/fixtures/good

# ---- a title too long for a 40-column menu ----
cp -r "$good" "$tmp/long"
long="A very long title that no menu row on a forty-column screen can show whole, not even close"
sed "s/^title: Alpha page/title: $long/" "$good/en/topics/alpha.yaml" \
    >"$tmp/long/en/topics/alpha.yaml"
run 65 --check --strict -c "$tmp/long"
result $? "--check --strict fails on a title a 40-column menu cuts"
contains "$tmp/err" "$tmp/long/en/topics/alpha.yaml:2:8: warning: the title \"A very long title that no menu row on a ...\" is 90 columns wide: a 40-column screen shows 31 of them in a menu and cuts the rest; shorten it to at most 31"
result $? "the warning names the title's place, its width and the limit"
run 0 --check -c "$good"
result $? "titles of 31 columns or fewer pass"

# ---- --report: the table on stdout, messages on stderr ----
# Enough warnings and rows that stdout's buffer fills in mid-table.
mkdir -p "$tmp/rep"
cp -r "$content/en" "$tmp/rep/en"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 \
    26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48; do
	sed -e "s/^id: .*/id: orphan-$i/" "$content/en/topics/cost.yaml" \
	    >"$tmp/rep/en/topics/orphan-$i.yaml"
done
"$SMP_KIOSK" --check --report -c "$tmp/rep" >"$tmp/out" 2>"$tmp/err"
contains "$tmp/err" "no menu, link or common question leads to this topic"
result $? "--check --report: the messages go to stderr"
if grep -q ": warning: " "$tmp/out"; then false; else true; fi
result $? "--check --report: and not to stdout"
[ "$(grep -c '^orphan-' "$tmp/out")" -eq 48 ]
result $? "--check --report: every row of the table on stdout"
"$SMP_KIOSK" --check --report -c "$tmp/rep" >"$tmp/both" 2>&1
if grep -q '.smp-kiosk: ' "$tmp/both"; then false; else true; fi
result $? "--check --report 2>&1: no message inside a row"
[ "$(grep -c '^orphan-[0-9]* ' "$tmp/both")" -eq 48 ]
result $? "--check --report 2>&1: every row whole"

echo "1..$n"
[ "$failed" -eq 0 ]
