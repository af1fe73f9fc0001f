#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What a content author or translator meets in --check: labels cut on
# a small screen, the report and the messages kept apart, translation
# status (missing, untranslated, outdated, current), the translator's
# report.  Writes TAP.

: "${SMP_KIOSK:?set by make check}" "${SMP_SRCDIR:?set by make check}"
. "$SMP_SRCDIR/tests/lib/common.sh"

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

# ---- translation status ----
# A German folder made of copies of the English pages.
mkdir -p "$tmp/de"
cp -r "$good/en" "$tmp/de/en"
cp -r "$good/en" "$tmp/de/de"
sed -i 's/^name: .*/name: Deutsch/' "$tmp/de/de/index.yaml"
run 0 --check -c "$tmp/de"
contains "$tmp/out" "de (Deutsch): 0 of 2 topics translated; untranslated 2: alpha, beta"
result $? "copies of the English pages do not count as translated"
contains "$tmp/err" "$tmp/de/de/topics/alpha.yaml: warning: untranslated: the text is that of $tmp/de/en/topics/alpha.yaml"
result $? "each copy is named as untranslated"
"$SMP_KIOSK" --check --report -c "$tmp/de" >"$tmp/out" 2>"$tmp/err"
sed -n '/^de (Deutsch)$/,$p' "$tmp/out" | grep -q "^alpha  *(untranslated: a copy of the default language's page)$"
result $? "a copy gets no German reading score in the report"
run 0 --check -c "$tmp/de"
contains "$tmp/out" "de (Deutsch): 0 of 2 topics translated; untranslated 2: alpha, beta; no interface catalog in "
result $? "a content language without an interface catalog is reported"
run 65 --check --strict -c "$tmp/de"
result $? "--check --strict fails on copies"
run 0 --dump alpha -l de -c "$tmp/de"
contains "$tmp/out" "This page is not yet available in Deutsch."
result $? "the kiosk shows a copy as the English page, with the note"
run 65 --mark-translated -c "$tmp/de" "$tmp/de/de/topics/alpha.yaml"
contains "$tmp/err" "alpha.yaml: its text is still that of $tmp/de/en/topics/alpha.yaml: translate it first"
result $? "--mark-translated refuses a copy"
if grep -q "^translates:" "$tmp/de/de/topics/alpha.yaml"; then false; else true; fi
result $? "and leaves it as it was"

# Translated, but not marked: nothing says what it was made from.
sed -i -e 's/^title: .*/title: Alpha-Seite/' \
    -e 's/First paragraph of alpha/Erster Absatz von Alpha/' \
    -e 's/^    body: Second body\./    body: Zweiter Text./' \
    "$tmp/de/de/topics/alpha.yaml"
run 0 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/topics/alpha.yaml: warning: nothing says which version of $tmp/de/en/topics/alpha.yaml this translates"
result $? "a translation that is not marked is named"
contains "$tmp/out" "de (Deutsch): 1 of 2 topics translated; untranslated 1: beta; not marked 1: alpha"
result $? "the summary counts it as translated, not marked"

# Marked: current.
run 0 --mark-translated -c "$tmp/de" "$tmp/de/de/topics/alpha.yaml"
contains "$tmp/out" "alpha.yaml: marked as a translation of $tmp/de/en/topics/alpha.yaml as it is now"
result $? "--mark-translated marks a translation"
[ "$(grep -c '^translates: en [0-9a-f]\{16\}$' "$tmp/de/de/topics/alpha.yaml")" -eq 1 ]
result $? "with one translates line"
run 0 --mark-translated -c "$tmp/de" "$tmp/de/de/topics/alpha.yaml"
[ "$(grep -c '^translates:' "$tmp/de/de/topics/alpha.yaml")" -eq 1 ]
result $? "marking again replaces the line"
run 0 --check -c "$tmp/de"
if grep -q "de/topics/alpha.yaml" "$tmp/err"; then false; else true; fi
result $? "a marked translation of the current page is current"

# The English page changes, its dates do not: outdated all the same.
sed -i 's/^summary: .*/summary: A new summary of alpha./' "$tmp/de/en/topics/alpha.yaml"
run 0 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/topics/alpha.yaml: warning: outdated: $tmp/de/en/topics/alpha.yaml has changed since this page was translated"
result $? "an English page edited without a new date leaves its translation outdated"
contains "$tmp/out" "outdated 1: alpha"
result $? "the summary lists it as outdated"
run 0 --dump alpha -l de -c "$tmp/de"
contains "$tmp/out" "This page in Deutsch may be out of date"
result $? "the kiosk shows an outdated page with a note"
# The translator's report for this half-translated language.
run 0 --check --report --lang de -c "$tmp/de"
sed -n '/^What to translate into de (Deutsch) from en/,$p' "$tmp/out" >"$tmp/todo"
sed -n 3p "$tmp/todo" | grep -q "^  1  alpha  *outdated  *11  home menu$"
result $? "--report --lang: first what the home menu opens, with its words"
sed -n 4p "$tmp/todo" | grep -q "^  2  common questions  *untranslated  *15  home menu$"
result $? "--report --lang: the common questions, a copy, are on the list"
sed -n 5p "$tmp/todo" | grep -q "^  3  beta  *untranslated  *2  menu > More pages$"
result $? "--report --lang: then what a submenu opens"
contains "$tmp/todo" "3 to do, 28 words; 0 of 2 topics current"
result $? "--report --lang: the total"
if grep -q "^TOPIC" "$tmp/out"; then false; else true; fi
result $? "--report --lang: instead of the tables"
run 0 --check --report --lang en -c "$tmp/de"
contains "$tmp/out" "en is the default language: the others are translated from it, and it needs nothing."
result $? "--report --lang with the default language says it needs nothing"
run 64 --check --report --lang xx -c "$tmp/de"
contains "$tmp/err" 'no language "xx" in the content'
result $? "--report --lang with a language the content lacks is a usage error"
# The common questions: a copy, translated, marked, then outdated.
cp "$tmp/de/de/faq.yaml" "$tmp/faq.before"
run 65 --mark-translated -c "$tmp/de" "$tmp/de/de/faq.yaml"
contains "$tmp/err" "faq.yaml: its text is still that of $tmp/de/en/faq.yaml: translate it first"
result $? "--mark-translated refuses a copy of the FAQ"
cmp -s "$tmp/faq.before" "$tmp/de/de/faq.yaml"
result $? "and leaves it as it was"
run 0 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/faq.yaml: warning: untranslated: its text is that of $tmp/de/en/faq.yaml; translate it"
result $? "a copied FAQ is named as untranslated"
sed -i -e 's/Alpha is the first page\./Alpha ist die erste Seite./' \
    -e 's/^title: Questions/title: Fragen/' "$tmp/de/de/faq.yaml"
run 0 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/faq.yaml: warning: nothing says which version of $tmp/de/en/faq.yaml this translates"
result $? "a translated FAQ that is not marked is named"
run 0 --mark-translated -c "$tmp/de" "$tmp/de/de/faq.yaml"
contains "$tmp/out" "faq.yaml: marked as a translation of $tmp/de/en/faq.yaml as it is now"
result $? "--mark-translated marks the FAQ"
[ "$(grep -c '^translates: en [0-9a-f]\{16\}$' "$tmp/de/de/faq.yaml")" -eq 1 ] &&
    tail -n 1 "$tmp/de/de/faq.yaml" | grep -q '^translates: en [0-9a-f]\{16\}$'
result $? "with one translates line, at the end"
run 0 --check -c "$tmp/de"
if grep -q "de/faq.yaml" "$tmp/err"; then false; else true; fi
result $? "a marked FAQ of the current questions is current"
sed -i 's/^    answer: No\./    answer: No, not yet./' "$tmp/de/en/faq.yaml"
run 0 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/faq.yaml: warning: outdated: $tmp/de/en/faq.yaml has changed since this page was translated"
result $? "an English answer edited leaves the German FAQ outdated"
run 0 --dump faq -l de -c "$tmp/de"
contains "$tmp/out" "This page in Deutsch may be out of date"
result $? "the kiosk shows the outdated FAQ with a note"
printf '\n3\n1\nq\n' | "$SMP_KIOSK" --plain -l de -c "$tmp/de" >"$tmp/out" 2>"$tmp/err"
sed -n '/^1\. What is alpha?$/,$p' "$tmp/out" >"$tmp/answer"
note=$(grep -n "^This page in Deutsch may be out of date" "$tmp/answer" | cut -d: -f1)
head=$(grep -n "^What is alpha?$" "$tmp/answer" | cut -d: -f1)
[ -n "$note" ] && [ -n "$head" ] && [ "$note" -lt "$head" ]
result $? "the plain interface shows the note above an outdated answer"
run 0 --check --report --lang de -c "$tmp/de"
grep -q "^  [0-9]  common questions  *outdated  " "$tmp/out"
result $? "--report --lang lists the FAQ as outdated"
sed -i 's/^translates: .*/translates: de 0123456789abcdef/' "$tmp/de/de/faq.yaml"
run 0 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/faq.yaml: warning: nothing says which version of $tmp/de/en/faq.yaml"
result $? "a FAQ marked against another language than the default is not marked"
sed -i 's/^translates: .*/translates: en 12ab/' "$tmp/de/de/faq.yaml"
line=$(grep -n '^translates:' "$tmp/de/de/faq.yaml" | cut -d: -f1)
run 65 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/faq.yaml:$line:13: translates must be a language code and a fingerprint"
result $? "a bad translates line in faq.yaml is an error at its place"
sed -i '/^translates:/d' "$tmp/de/de/faq.yaml"

# The self-check of the shipped content, its English edited.
cp -r "$content" "$tmp/sc"
run 0 --check --strict -c "$tmp/sc"
result $? "the shipped self-checks and FAQs are marked current"
sed -i '0,/^  [A-Z]/s/^  \([A-Z]\)/  Edited. \1/' "$tmp/sc/en/selfcheck.yaml"
run 65 --check --strict -c "$tmp/sc"
contains "$tmp/err" "$tmp/sc/es/selfcheck.yaml: warning: outdated: $tmp/sc/en/selfcheck.yaml has changed since this page was translated"
result $? "an English self-check edited leaves its translations outdated"
printf '\n4\nq\n' | "$SMP_KIOSK" --plain -l es -c "$tmp/sc" >"$tmp/out" 2>"$tmp/err"
grep -q "^This page in Español may be out of date" "$tmp/out"
result $? "the plain interface shows the note on the self-check's introduction"
# A note that moves to another panel reads differently: outdated too.
cp -r "$content" "$tmp/sc2"
sed -i '0,/^          - panel: think$/s//          - panel: doctor/' \
    "$tmp/sc2/en/selfcheck.yaml"
run 65 --check --strict -c "$tmp/sc2"
contains "$tmp/err" "$tmp/sc2/fr/selfcheck.yaml: warning: outdated: "
result $? "a note moved to another panel leaves the translations outdated"
# A file that would not read back with the line at its end is refused.
sed -i '/^translates:/d' "$tmp/sc2/es/faq.yaml"
printf '...\n' >>"$tmp/sc2/es/faq.yaml"
cp "$tmp/sc2/es/faq.yaml" "$tmp/faq.before"
run 65 --mark-translated -c "$tmp/sc2" "$tmp/sc2/es/faq.yaml"
contains "$tmp/err" "faq.yaml: a translates line at its end would not read back"
result $? "--mark-translated refuses a file that would not read back"
cmp -s "$tmp/faq.before" "$tmp/sc2/es/faq.yaml" &&
    [ -z "$(ls "$tmp/sc2/es" | grep 'faq.yaml.')" ]
result $? "and leaves it as it was, with no file beside it"
run 0 --dump selfcheck -l fr -c "$tmp/sc"
sed -n 1p "$tmp/out" | grep -q "^This page in Français may be out of date"
result $? "--dump selfcheck: the note first"
run 0 --mark-translated -c "$tmp/sc" "$tmp/sc/es/selfcheck.yaml" "$tmp/sc/fr/selfcheck.yaml"
result $? "--mark-translated marks both self-checks"
run 0 --check --strict -c "$tmp/sc"
result $? "marked again, they are current"
run 64 --mark-translated -c "$tmp/sc" "$tmp/sc/en/selfcheck.yaml"
result $? "the default language's self-check is not marked"
run 65 --mark-translated -c "$tmp/sc" "$tmp/sc/es/index.yaml"
contains "$tmp/err" "index.yaml: not a topic, faq.yaml or selfcheck.yaml of the content read"
result $? "a file that is none of those is refused"

run 64 --mark-translated -c "$tmp/de" "$tmp/de/en/topics/alpha.yaml"
result $? "a page of the default language is not marked"
run 64 --mark-translated -c "$tmp/de"
result $? "--mark-translated needs files"
run 64 --mark-translated --check -c "$tmp/de" "$tmp/de/de/topics/alpha.yaml"
result $? "--mark-translated is not used with --check"
sed -i 's/^translates: .*/translates: en 12ab/' "$tmp/de/de/topics/alpha.yaml"
line=$(grep -n '^translates:' "$tmp/de/de/topics/alpha.yaml" | cut -d: -f1)
run 65 --check -c "$tmp/de"
contains "$tmp/err" "$tmp/de/de/topics/alpha.yaml:$line:13: translates must be a language code and a fingerprint"
result $? "a translates line not written by the command is an error at its place"

# ---- reading level where no formula exists ----
"$SMP_KIOSK" --check --report -c "$SMP_SRCDIR/tests/fixtures/i18n/good" \
    >"$tmp/out" 2>"$tmp/err"
sed -n '/^zh (/,/^$/p' "$tmp/out" >"$tmp/zh"
contains "$tmp/zh" "No readability formula for this language: characters, words and sentences only."
result $? "--report: Chinese gets no formula, and says so"
if grep -q "Flesch" "$tmp/zh"; then false; else true; fi
result $? "--report: no Flesch score for Chinese"
grep -q "^risks  *1  *11  *11 " "$tmp/zh"
result $? "--report: Chinese sentences, characters and words (each character a word)"

# ---- right-to-left scripts: refused, not shown in the wrong order ----
mkdir -p "$tmp/rtl"
cp -r "$good/en" "$tmp/rtl/en"
cp -r "$good/en" "$tmp/rtl/he"
sed -i -e 's/^name: .*/name: עברית/' -e 's/^title: .*/title: קיוסק/' \
    "$tmp/rtl/he/index.yaml"
run 65 --check -c "$tmp/rtl"
contains "$tmp/err" "$tmp/rtl/he/index.yaml:2:7: he is written right to left, and the kiosk cannot show such text in the right order on a terminal: the language is left out"
result $? "--check refuses a right-to-left language at its first such letter"
contains "$tmp/out" "1 languages loaded, 1 left out"
result $? "and leaves it out"
run 64 --dump -l he -c "$tmp/rtl"
result $? "the kiosk does not show it"
rm -r "$tmp/rtl/he"
mkdir -p "$tmp/rtl/ar"
cp -r "$good/en" "$tmp/rtl/ar"
mv "$tmp/rtl/ar/en" "$tmp/rtl/ar/x" && mv "$tmp/rtl/ar/x"/* "$tmp/rtl/ar/" && rmdir "$tmp/rtl/ar/x"
run 65 --check -c "$tmp/rtl"
contains "$tmp/err" "ar is written right to left"
result $? "a language with a right-to-left code is refused whatever its name"
rm -r "$tmp/rtl/ar"
sed -i 's/^summary: .*/summary: The word שלום means peace./' "$tmp/rtl/en/topics/alpha.yaml"
run 0 --check -c "$tmp/rtl"
contains "$tmp/err" "$tmp/rtl/en/topics/alpha.yaml:3:19: warning: right-to-left text (Hebrew, Arabic...) shows in the wrong order on a terminal"
result $? "a right-to-left word in a page is a warning"

# ---- a Chinese page at 41 columns: no line starts with "。" or "，" ----
mkdir -p "$tmp/zh41"
cp -r "$SMP_SRCDIR/tests/fixtures/i18n/good/en" "$tmp/zh41/en"
cp -r "$SMP_SRCDIR/tests/fixtures/i18n/good/zh" "$tmp/zh41/zh"
# Twenty characters fill 40 columns: the twenty-first is "。".
sed -i 's/一两天内皮肤发红很常见。/头皮微色素是一种用细小圆点模仿短发的纹饰。一两天内皮肤发红很常见，通常会自行消退。如果红肿持续超过三天，请联系诊所或医生。/' \
    "$tmp/zh41/zh/topics/risks.yaml"
run 0 --dump risks -l zh -w 41 -c "$tmp/zh41"
if grep -q '^[。，、）」]' "$tmp/out"; then false; else true; fi
result $? "--dump -w 41: no Chinese line starts with closing punctuation"
grep -q '^饰。一两天内皮肤发红很常见，' "$tmp/out"
result $? "--dump -w 41: the character before \"。\" goes down with it"

tap_done
