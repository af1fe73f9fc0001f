#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line as a content author and a script see it: --check on
# the shipped content and on a typo, --dump, usage errors, exit statuses.
# Writes TAP.

: "${SMP_KIOSK:?set by make check}" "${SMP_SRCDIR:?set by make check}"
. "$SMP_SRCDIR/tests/lib/common.sh"

content=$SMP_SRCDIR/content

run 0 --check -c "$content"
result $? "--check passes on the shipped content"
contains "$tmp/out" "0 errors"
result $? "--check prints a summary"

# A content author's typo: the key and its line must be named.
mkdir -p "$tmp/typo/en/topics"
cp "$content/en/index.yaml" "$content/en/faq.yaml" "$tmp/typo/en/"
cp "$content"/en/topics/*.yaml "$tmp/typo/en/topics/"
sed 's/^summary:/summery:/' "$content/en/topics/cost.yaml" >"$tmp/typo/en/topics/cost.yaml"
line=$(grep -n '^summery:' "$tmp/typo/en/topics/cost.yaml" | cut -d: -f1)
run 65 --check -c "$tmp/typo"
result $? "--check exits 65 on a typo"
contains "$tmp/err" "smp-kiosk: $tmp/typo/en/topics/cost.yaml:$line:1: unknown key \"summery\" in a topic (did you mean \"summary\"?)"
result $? "--check names the typo'd key with file:line:column"
contains "$tmp/err" "cost.yaml:1:1: a topic is missing the required key \"summary\""
result $? "--check also reports the missing key (every error, not the first)"

# The editorial checks.
run 0 --check --strict -c "$content"
result $? "--check --strict passes on the shipped content"
run 0 --check --report -c "$content"
result $? "--check --report"
for id in $(ls "$content/en/topics" | sed 's/\.yaml$//'); do
	grep -q "^$id " "$tmp/out" || { echo "# no row for $id"; false; }
	result $? "the report has a row for $id"
done
for l in en es fr; do
	awk -v l="$l" '$0 ~ "^" l " \\(" { t = 1; next } /^$/ { t = 0 }
	    t && /^\(self-check\) / { found = 1 } END { exit !found }' "$tmp/out"
	result $? "the $l table has a row for the self-check"
done
# The English table: its second column is the grade.
awk '/^en \(/ { en = 1; next } /^$/ { en = 0 }
    en && $2 ~ /^[0-9.]+$/ && $2 > 8 { print "# grade " $2 " for " $1; bad = 1 }
    END { exit bad }' "$tmp/out"
result $? "every shipped English topic reads at grade 8 or below"
# The Spanish table: INFLESZ 55 or more; the French: Kandel-Moles 60 or more.
awk '/^es \(/ { es = 1; next } /^fr \(/ { fr = 1; next } /^$/ { es = fr = 0 }
    $1 ~ /:/ { es = fr = 0 }
    es && $2 ~ /^[0-9.]+$/ && $2 < 55 { print "# INFLESZ " $2 " for " $1; bad = 1 }
    fr && $2 ~ /^[0-9.]+$/ && $2 < 60 { print "# Kandel-Moles " $2 " for " $1; bad = 1 }
    END { exit bad }' "$tmp/out"
result $? "every shipped Spanish and French topic is easy enough to read"
avg=$(sed -n 's/^Average reading grade of the topics: //p' "$tmp/out")
awk -v a="$avg" 'BEGIN { exit !(a != "" && a <= 6.5) }'
result $? "the shipped topics average grade 6.5 or below ($avg)"

ed=$SMP_SRCDIR/tests/fixtures/editorial
run 0 --check -c "$ed"
result $? "editorial problems are warnings without --strict"
contains "$tmp/err" "$ed/en/topics/claims.yaml:8:13: warning: \"painless\": a medical page must not say this"
result $? "a forbidden phrase is reported with file:line:column"
contains "$tmp/err" "$ed/en/topics/hard.yaml: warning: reading grade"
result $? "a page above the grade limit is reported"
contains "$tmp/err" "$ed/en/topics/stale.yaml: warning: the next review was due on 2020-01-01"
result $? "a page past its next review is reported"
contains "$tmp/err" "$ed/en/topics/lonely.yaml: warning: no menu, link or common question leads to this topic"
result $? "a topic nothing leads to is reported"
run 65 --check --strict -c "$ed"
result $? "--strict makes the warnings fail"
scp=$SMP_SRCDIR/tests/fixtures/selfcheck-phrase
run 65 --check --strict -c "$content" -c "$scp"
result $? "--strict fails on a forbidden phrase in the self-check"
contains "$tmp/err" "$scp/en/selfcheck.yaml:21:32: warning: \"guaranteed\": a medical page must not say this"
result $? "a forbidden phrase in the self-check is reported with file:line:column"
run 0 --check --max-grade 1 -c "$content"
contains "$tmp/err" "$content/en/selfcheck.yaml: warning: reading grade"
result $? "the self-check's reading grade is held to the limit"
run 0 --check --max-grade 50 -c "$ed"
! contains "$tmp/err" "reading grade"
result $? "--max-grade sets the limit"
run 64 --strict -c "$ed"
result $? "--strict without --check is a usage error"

# Sources: kinds, identifiers, domains; evidence and questions to ask.
src=$SMP_SRCDIR/tests/fixtures/sources
bad=$SMP_SRCDIR/tests/fixtures/sources-bad
run 0 --check --strict -c "$src"
result $? "every kind of source, the evidence and questions pass --strict"
run 65 --check -c "$src" -c "$bad"
result $? "a bad source is an error"
contains "$tmp/err" "$bad/en/topics/bad.yaml:14:5: this source needs a kind: study, review,"
result $? "a source without a kind is an error at its file:line:column"
contains "$tmp/err" "$bad/en/topics/bad.yaml:15:5: a source of kind study needs a doi or a pmid"
result $? "a study without a DOI or PubMed id is an error"
contains "$tmp/err" "$bad/en/topics/bad.yaml:17:5: https://www.docslib.org/doc/1/copy is on docslib.org, which checks.yaml lists under bad_domains"
result $? "a link to a subdomain of a bad domain is an error"
contains "$tmp/err" "$bad/en/topics/bad.yaml:27:5: https://Mirror.Example:8080/x is on mirror.example"
result $? "whatever the case of the host, and with a port"
! contains "$tmp/err" "notdocslib.org"
result $? "a domain that only ends with the same letters is not flagged"
contains "$tmp/err" "$bad/en/topics/bad.yaml:24:5: warning: http://regulator.example/page is plain http"
result $? "a plain http link is a warning"
contains "$tmp/err" "$bad/en/topics/bad.yaml:9:19: warning: \"guaranteed\": a medical page must not say this"
result $? "the forbidden phrases cover the evidence statement"
contains "$tmp/err" "$bad/en/topics/bad.yaml:11:23: warning: \"painless\": a medical page must not say this"
result $? "and the questions to ask"
contains "$tmp/err" "$bad/en/topics/bad.yaml:11:5: warning: \"Tell me about the painless option\": a question to ask ends with a question mark"
result $? "a question to ask without a question mark is a warning"
! contains "$tmp/err" "Is it safe?\": a question"
result $? "one with a question mark is not"
[ "$(grep -c ': warning: .*a question to ask ends' "$tmp/err")" -eq 1 ]
result $? "the Spanish and French questions (¿...? and ... ?) pass"
[ "$(grep -c ' errors\?' "$tmp/err")" -eq 0 ] && contains "$tmp/out" "4 errors, 7 warnings"
result $? "four errors and seven warnings, no more"
run 0 --check --report -c "$src"
# 4 words of sections, 9 of evidence, 15 of questions to ask
awk '/^en \(/ { en = 1 } en && $1 == "kinds" { print $4; exit }' "$tmp/out" |
    grep -qx 28
result $? "the evidence and the questions count in the reading level"
old=$SMP_SRCDIR/tests/fixtures/sources-oldfaq
run 0 --dump faq -c "$src" -c "$old"
result $? "an FAQ without review data still loads"
run 65 --check -c "$src" -c "$old"
result $? "but fails --check"
for f in sources reviewed next_review reviewer; do
	contains "$tmp/err" "$old/en/faq.yaml:2:1: this file needs \"$f\"" ||
	    { echo "# no error for $f"; false; }
	result $? "an FAQ without $f is an error"
done
run 0 --check --report -c "$src"
awk '/^en \(/ { en = 1 } en && /^KIND/ { k = 1; next } k && /^$/ { exit }
    k { print }' "$tmp/out" >"$tmp/kinds"
grep -qx 'study                    1' "$tmp/kinds" &&
    grep -qx 'clinic                   1' "$tmp/kinds" &&
    grep -qx 'standard                 1' "$tmp/kinds" &&
    grep -qx '(all)                    8' "$tmp/kinds"
result $? "--report counts the sources by kind, the FAQ's too"
[ "$(grep -c '^KIND ' "$tmp/out")" -eq 3 ]
result $? "one table of kinds per language"
run 0 --dump kinds -c "$src" -w 60
for line in "How strong the evidence is" \
    "Most of what we know comes from small case series." \
    "Questions to ask" "- Will you open new needles in front of me?" \
    "- Our clinic's own leaflet. Test Clinic, 2025 (clinic" \
    "  material, an example only)" \
    "  Conflict of interest: The clinic sells SMP." \
    "  https://doi.org/10.1111/jocd.70375" \
    "  https://pubmed.ncbi.nlm.nih.gov/40899372/" \
    "- Makers' claims (industry material, an example only)" \
    "- What people say (forum posts, an example only)"; do
	grep -qxF -- "$line" "$tmp/out" || { echo "# missing: $line"; false; }
	result $? "the page shows: $line"
done
awk '/^How strong/ { e = NR } /^Questions to ask/ { q = NR } /^Sources/ { s = NR }
    END { exit !(e && q && s && e < q && q < s) }' "$tmp/out"
result $? "the evidence, then the questions, then the sources"
! grep -q "Tattoo safety advice.*example only" "$tmp/out"
result $? "a health-service source carries no label"
run 0 --dump faq -c "$src"
awk '/^Sources/ { s = 1 } s && /^- A standard for questions$/ { f = 1 }
    f && /^Page last reviewed: 2026-01-01/ { ok = 1 } END { exit !ok }' "$tmp/out"
result $? "the FAQ ends with its sources and review dates"

# Clinical sign-off.
so=$SMP_SRCDIR/tests/fixtures/sign-off
run 0 --dump kinds -w 100 -c "$src" -c "$so"
contains "$tmp/out" "Reviewed for Test Clinic by Dr Ann Example, Consultant dermatologist, on 2026-12-01."
result $? "a page shows the clinic's sign-off"
run 0 --dump later -c "$src" -c "$so"
! contains "$tmp/out" "Reviewed for Test Clinic"
result $? "a sign-off older than the page's review is not shown"
run 0 --dump faq -w 100 -c "$src" -c "$so"
contains "$tmp/out" "Reviewed for Test Clinic by Dr Ann Example"
result $? "the FAQ shows its sign-off"
run 0 --dump kinds --lang es -c "$src" -c "$so"
! contains "$tmp/out" "Dr Ann Example"
result $? "an English sign-off does not cover the Spanish page"
run 0 --dump kinds -c "$src"
! contains "$tmp/out" "Reviewed for"
result $? "without a clinic, no sign-off"
run 0 --check -c "$src" -c "$so"
result $? "sign-offs pass --check"
run 65 --check --require-sign-off -c "$src" -c "$so"
result $? "--require-sign-off fails when a page is not signed off"
contains "$tmp/err" "$src/en/topics/later.yaml:1:1: no clinical sign-off of \"later\" dated on or after 2026-12-05 in $so/en/clinic.yaml (--require-sign-off)"
result $? "a page reviewed after its sign-off is an error"
! contains "$tmp/err" "en/topics/kinds.yaml:" && ! contains "$tmp/err" "en/faq.yaml:"
result $? "a page signed off after its review is not"
for l in es fr; do
	for f in topics/kinds.yaml topics/later.yaml faq.yaml; do
		contains "$tmp/err" "$src/$l/$f:1:1: no clinical sign-off: $l has no clinic.yaml of its own to record one" ||
		    { echo "# no error for $l/$f"; false; }
		result $? "--require-sign-off: $l/$f needs a $l sign-off"
	done
done
contains "$tmp/out" "7 errors"
result $? "an error per page"
run 65 --check --require-sign-off -c "$src"
[ "$(grep -c 'no clinical sign-off' "$tmp/err")" -eq 9 ]
result $? "without a clinic file every page fails --require-sign-off"
run 64 --require-sign-off -c "$src"
result $? "--require-sign-off without --check is a usage error"
sob=$SMP_SRCDIR/tests/fixtures/sign-off-bad
run 65 --check -c "$src" -c "$sob"
contains "$tmp/err" "$sob/en/clinic.yaml:8:20: the sign-off names \"nope\", a page en does not have"
result $? "a sign-off naming an unknown page is an error at its file:line:column"
contains "$tmp/err" "$sob/en/clinic.yaml:8:26: the sign-off names \"selfcheck\""
result $? "so is one naming the self-check of a language without one"
mkdir -p "$tmp/so/en"
sed 's/date: 2026-12-01/date: 2026-13-01/' "$so/en/clinic.yaml" >"$tmp/so/en/clinic.yaml"
run 65 --check -c "$src" -c "$tmp/so"
contains "$tmp/err" "$tmp/so/en/clinic.yaml:9:11: date: there is no month 13 (months go from 01 to 12; the date is written YYYY-MM-DD)"
result $? "a sign-off's date is checked"
example=$SMP_SRCDIR/examples/clinic-overlay
grep -q "^#* *sign_off:" "$example/en/clinic.yaml" &&
    grep -qi "made up" "$example/en/clinic.yaml"
result $? "the example overlay shows a sign-off, marked as made up"
mkdir -p "$tmp/exso/en"
awk '/^#sign_off:/ { on = 1 } on { sub(/^#/, "") } { print }' \
    "$example/en/clinic.yaml" >"$tmp/exso/en/clinic.yaml"
run 0 --dump kinds -w 200 -c "$src" -c "$tmp/exso"
contains "$tmp/out" "Reviewed for Example Clinic by Dr Ann Example, Consultant dermatologist, on 2026-12-01."
result $? "uncommented, the example's sign-off works as written"
! grep -rq "^sign_off:" "$content"
result $? "the shipped content records no sign-off"

# A clinic's overlay.
screen=$SMP_SRCDIR/tests/fixtures/screen
clinic=$SMP_SRCDIR/tests/fixtures/clinic-overlay
run 0 --dump alpha -c "$screen" -c "$clinic"
result $? "--dump with a clinic overlay"
contains "$tmp/out" "Prices at Test Clinic" &&
    contains "$tmp/out" "- Hairline: 1,200 GBP (one touch-up included)" &&
    contains "$tmp/out" "Prices in GBP, as of 2026." &&
    contains "$tmp/out" "Call +44 20 7946 0000 for a written quote."
result $? "a clinic section shows the clinic's prices and phone"
! contains "$tmp/out" "Ask any clinic" && ! contains "$tmp/out" "{clinic."
result $? "and hides the section meant for kiosks without a clinic"
run 0 --dump alpha -c "$screen"
! contains "$tmp/out" "Prices at" && contains "$tmp/out" "Ask any clinic"
result $? "without a clinic file the clinic section is left out"
run 0 --dump clinic -c "$screen" -c "$clinic"
contains "$tmp/out" "Test Clinic provides this kiosk and offers SMP."
result $? "the contact page states the clinic's link to the kiosk"
run 64 --dump clinic -c "$screen"
result $? "--dump clinic without a clinic file is a usage error"
mkdir -p "$tmp/ph/en"
cp "$screen/en/index.yaml" "$tmp/ph/en/"
sed 's/^summary: Summary of alpha\./summary: Call {clinic.phone}./' \
    "$screen/en/topics/alpha.yaml" >"$tmp/ph/en/topics-alpha.yaml"
mkdir -p "$tmp/ph/en/topics"
mv "$tmp/ph/en/topics-alpha.yaml" "$tmp/ph/en/topics/alpha.yaml"
run 65 --check -c "$screen" -c "$tmp/ph"
result $? "a placeholder outside a clinic section is an error"
contains "$tmp/err" "$tmp/ph/en/topics/alpha.yaml:3:10: {clinic.phone} may only be used in a section with \"when: clinic\""
result $? "and names file:line:column"
example=$SMP_SRCDIR/examples/clinic-overlay
# Its clinic file is in English only, which Spanish and French show
# with a note: --check warns of those two languages and of nothing else.
run 0 --check -c "$content" -c "$example"
result $? "the example clinic overlay passes --check"
for lang in es fr; do
	contains "$tmp/err" "$content/$lang/index.yaml: warning: the clinic's details are not translated into $lang (no clinic.yaml); the kiosk shows those of $example/en/clinic.yaml with a note" ||
	    { echo "# no warning for $lang"; false; }
	result $? "--check says $lang shows the example's English clinic file"
done
[ "$(grep -c 'warning:' "$tmp/err")" -eq 2 ]
result $? "and warns of nothing else"
run 0 --dump about --lang es -c "$content" -c "$example"
contains "$tmp/out" "Example Clinic y este quiosco" &&
    contains "$tmp/out" "This is a sample, not a real clinic." &&
    ! contains "$tmp/out" "ningún vínculo comercial"
result $? "the Spanish About page gives the example's link to the kiosk"
run 0 --dump cost -c "$content" -c "$example"
contains "$tmp/out" "Prices at Example Clinic" &&
    contains "$tmp/out" "Prices in GBP, as of 2026." &&
    ! contains "$tmp/out" "{clinic."
result $? "the example overlay's prices show on the shipped cost page"
grep -q "EXAMPLE ONLY" "$example/en/clinic.yaml" &&
    grep -q "not a real clinic" "$example/en/clinic.yaml"
result $? "the example overlay says it is an example"

# The About page: no commercial link, unless a clinic says otherwise.
run 0 --dump about -c "$content"
contains "$tmp/out" "no commercial link to any SMP clinic" &&
    contains "$tmp/out" "tell the people who run this kiosk"
result $? "without a clinic, About says there is no commercial link"
run 0 --dump about -c "$content" -c "$clinic"
contains "$tmp/out" "Test Clinic provides this kiosk and offers SMP." &&
    ! contains "$tmp/out" "no commercial link" &&
    contains "$tmp/out" "tell the staff at Test Clinic"
result $? "with a clinic, About gives the clinic's relationship instead"
run 0 --dump disclaimer -c "$content"
contains "$tmp/out" "Talk to your doctor about your own situation"
result $? "the disclaimer sends people to their doctor"

run 66 --check -c "$tmp/nowhere"
result $? "a missing content folder exits 66"
contains "$tmp/err" "$tmp/nowhere: cannot open the content folder"
result $? "and says which folder"

# Overlays: a clinic folder replaces one topic file.
mkdir -p "$tmp/clinic/en/topics"
sed 's/^title: .*/title: Our clinic prices/' "$content/en/topics/cost.yaml" >"$tmp/clinic/en/topics/cost.yaml"
run 0 --dump cost -c "$content" -c "$tmp/clinic"
result $? "--dump with an overlay"
head -1 "$tmp/out" | grep -qx "Our clinic prices"
result $? "the overlay's topic replaces the shipped one"
run 0 --dump scars -c "$content" -c "$tmp/clinic"
result $? "topics the overlay does not have still come from the base"

run 0 --dump scars -c "$content" --width 40
result $? "--dump TOPIC --width 40"
awk 'length($0) > 40 && !/^ *https?:\/\/[^ ]*$/ { bad = 1 }
    END { exit bad }' "$tmp/out"
result $? "no --dump line is longer than 40 characters but a lone web address"
contains "$tmp/out" "Related topics"
result $? "a dumped topic lists its related topics"
contains "$tmp/out" "Page last reviewed:"
result $? "a dumped topic gives its review date"

run 0 --dump -c "$content"
result $? "--dump of everything"
for id in $(ls "$content/en/topics" | sed 's/\.yaml$//'); do
	title=$(sed -n 's/^title: //p' "$content/en/topics/$id.yaml" | tr -d '"')
	contains "$tmp/out" "$title" || { echo "# missing: $title"; false; }
	result $? "--dump of everything includes $id"
done
run 0 --dump faq -c "$content"
result $? "--dump faq"
nfaq=$(grep -c '^  - question:' "$content/en/faq.yaml")
nlinked=$(grep -c '^    topic:' "$content/en/faq.yaml")
[ "$nfaq" -ge 20 ]
result $? "the FAQ has at least 20 questions ($nfaq)"
[ "$nlinked" -eq "$nfaq" ]
result $? "every question links to its topic ($nlinked of $nfaq)"

# Every topic is on a menu, not only behind a link (the self-check
# and the FAQ are menu items of their own).
for id in $(ls "$content/en/topics" | sed 's/\.yaml$//'); do
	grep -q "^ *- topic: $id\$" "$content/en/index.yaml"
	result $? "$id is on a menu"
done
for term in Dermis Pigment "Norwood scale" "Ludwig scale" Keloid Granuloma \
    "Alopecia areata" Minoxidil Finasteride "FUE (" "FUT ("; do
	grep -q "^  - heading: $term" "$content/en/topics/glossary.yaml"
	result $? "the glossary explains $term"
done

# content/en.mk lists every English file, so that the tarball and
# make install carry them all.
(cd "$SMP_SRCDIR" && find content/en -name '*.yaml' | sort) >"$tmp/files"
sed -n 's/^[[:space:]]*\(content\/en\/[^ ]*\.yaml\).*/\1/p' \
    "$SMP_SRCDIR/content/en.mk" | sort >"$tmp/listed"
diff "$tmp/files" "$tmp/listed" >"$tmp/err"
result $? "content/en.mk lists every English content file"
run 0 --dump disclaimer -c "$content"
result $? "--dump disclaimer"
contains "$tmp/out" "not medical advice"
result $? "the disclaimer says it is not medical advice"

run 64 --dump no-such-topic -c "$content"
result $? "--dump of an unknown topic is a usage error"
contains "$tmp/err" 'no topic "no-such-topic"'
result $? "and names the topic"
run 64 --width 5 --dump -c "$content"
result $? "--width out of range exits 64"
contains "$tmp/err" "--width"
result $? "and names the option"
run 64 --bogus
result $? "an unknown option exits 64"
contains "$tmp/err" "unknown option --bogus"
result $? "and names the option"
run 64 --content
result $? "a missing argument exits 64"
contains "$tmp/err" "--content needs an argument"
result $? "and names the option"
run 64 --lang xx -c "$content"
result $? "an unknown --lang exits 64"
contains "$tmp/err" '--lang: no language "xx"'
result $? "and names the option"
run 64 -c "$content"
result $? "interactive mode refuses without a terminal"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && contains "$tmp/err" "needs a terminal"
result $? "with a one-line message"
run 0 --help
result $? "--help exits 0"
contains "$tmp/out" "--content DIR"
result $? "--help lists the options"
run 0 --version
result $? "--version exits 0"
grep -q '^smp-kiosk [0-9]' "$tmp/out"
result $? "--version prints the version"
contains "$tmp/out" "License GPLv3+" && contains "$tmp/out" "CC BY-SA 4.0" &&
    contains "$tmp/out" "NO WARRANTY" && contains "$tmp/out" "Copyright"
result $? "--version gives the copyright, both licences and no warranty"
grep -q '^Report bugs to' "$tmp/out"
[ $? -ne 0 ]
result $? "--version names no bug address that configure.ac does not give"
run 0 --help
grep -q 'Report bugs to\|Home page' "$tmp/out"
[ $? -ne 0 ]
result $? "--help makes up no bug address or home page"
for opt in --help --version; do
	if [ -w /dev/full ]; then
		"$SMP_KIOSK" $opt >/dev/full 2>"$tmp/err"
		[ $? -eq 74 ] && contains "$tmp/err" "standard output"
		result $? "$opt to a full disk: exit 74 and a message"
	else
		echo "ok $((n = n + 1)) - $opt to a full disk # SKIP no /dev/full"
	fi
done
for arg in --dump=faq --kiosk=yes --plain=1 --check=now; do
	run 64 $arg -c "$content"
	result $? "$arg exits 64"
	contains "$tmp/err" "option ${arg%%=*} takes no value"
	result $? "$arg: the option is named, and that it takes no value"
done
run 64 --check --dump -c "$content"
result $? "--check --dump exits 64"
contains "$tmp/err" "--check and --dump cannot be used together"
result $? "--check --dump: the conflict is named"
run 64 "$(printf -- '--\033]0;x\007')"
result $? "an unknown option with control bytes exits 64"
if grep -q "$(printf '\033')" "$tmp/err"; then false; else true; fi
result $? "and its control bytes are not echoed"

# A handout says what it is, whatever part of the content it holds.
for what in what-is-smp faq disclaimer ""; do
	run 0 --dump $what -c "$content"
	tail -n 1 "$tmp/out" | grep -q "General information, not medical advice"
	result $? "--dump ${what:-(all)} ends with \"not medical advice\""
done
run 0 --dump what-is-smp -c "$content"
contains "$tmp/out" "Page last reviewed: "
result $? "--dump of a page gives its review date"
run 0 --dump faq -c "$content"
contains "$tmp/out" "last reviewed"
result $? "--dump faq gives the FAQ's review date"
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" \
    "$SMP_KIOSK" --dump what-is-smp -l es -c "$content" >"$tmp/out" 2>"$tmp/err"
tail -n 1 "$tmp/out" | grep -q "no es consejo médico"
result $? "--dump in Spanish: the notice is in Spanish"


# File names print quoted: ESC, BEL and a newline in a content folder's
# name once reached the terminal of --check raw (colours, a bell, a
# message split in two).
esc=$(printf '\033')
bel=$(printf '\007')
nl='
'
ctl="$tmp/a${esc}[31mred${bel}b${nl}c"
mkdir -p "$ctl/en/topics"
cp "$SMP_SRCDIR/tests/fixtures/screen/en/index.yaml" \
    "$SMP_SRCDIR/tests/fixtures/screen/en/faq.yaml" "$ctl/en/"
cp "$SMP_SRCDIR"/tests/fixtures/screen/en/topics/*.yaml "$ctl/en/topics/"
printf 'id: alpha\n' >"$ctl/en/topics/Bad${esc}]0;owned${bel}.yaml"
run 65 --check -c "$ctl"
result $? "--check exits 65 on a folder with control characters in names"
! grep -q "[$esc$bel]" "$tmp/err" "$tmp/out"
result $? "no ESC or BEL from a file name reaches the output"
[ "$(grep -cv '^smp-kiosk: ' "$tmp/err")" -eq 0 ]
result $? "a newline in a file name does not split a message"
contains "$tmp/err" 'a\x1B[31mred\x07b\x0Ac/en/topics/Bad\x1B]0;owned\x07.yaml: a topic file must be named'
result $? "the names are printed with \\xHH escapes"

run 64 --lang "x${esc}[2J" -c "$content"
result $? "a usage error with ESC in the argument exits 64"
! grep -q "$esc" "$tmp/err" && contains "$tmp/err" '"x\x1B[2J"'
result $? "and quotes the argument it echoes"

# Symbolic links never lead out of a content root: /etc/shadow was read
# through one and its lines echoed into the diagnostics.
printf 'SECRET-LINE: 1\n' >"$tmp/secret.yaml"
links="$tmp/links"
mkdir -p "$links/en/topics" "$links/shared"
cp "$SMP_SRCDIR/tests/fixtures/screen/en/index.yaml" \
    "$SMP_SRCDIR/tests/fixtures/screen/en/faq.yaml" "$links/en/"
cp "$SMP_SRCDIR"/tests/fixtures/screen/en/topics/*.yaml "$links/en/topics/"
ln -s "$tmp/secret.yaml" "$links/en/topics/shadow.yaml"
ln -s ../../secret.yaml "$links/en/checks.yaml"
cp "$SMP_SRCDIR/examples/clinic-overlay/en/clinic.yaml" "$links/shared/"
ln -s ../shared/clinic.yaml "$links/en/clinic.yaml"
ln -s "$links" "$tmp/links-root"
run 65 --check -c "$tmp/links-root"
result $? "--check exits 65 on links that lead out of the root"
! grep -q SECRET "$tmp/err" "$tmp/out"
result $? "nothing of a file outside the root is read or shown"
contains "$tmp/err" "$tmp/links-root/en/topics/shadow.yaml: a symbolic link that leads out of the content folder; it is not read" &&
    contains "$tmp/err" "$tmp/links-root/en/checks.yaml: a symbolic link that leads out of the content folder"
result $? "each such link is named, not its target"
"$SMP_KIOSK" --dump clinic -c "$tmp/links" >"$tmp/out" 2>"$tmp/err"
[ $? -ne 0 ] # checks.yaml leads out: the language is left out
result $? "a language file that leads out of the root leaves the language out"
rm "$links/en/checks.yaml"
run 0 --dump clinic -c "$tmp/links-root"
result $? "a link inside the root (clinic.yaml) is read, through a linked root too"
contains "$tmp/out" "Example Scalp Clinic" || contains "$tmp/out" "Clinic"
result $? "and the clinic it leads to is shown"

# A broken clinic.yaml leaves out the clinic's details, not the language:
# "year: 99999" in the prices once took English out, and the kiosk
# started in Spanish.
mkdir -p "$tmp/clinic99/en"
sed 's/^\(  *year:\).*/\1 99999/' \
    "$SMP_SRCDIR/examples/clinic-overlay/en/clinic.yaml" \
    >"$tmp/clinic99/en/clinic.yaml"
line=$(grep -n 'year: 99999' "$tmp/clinic99/en/clinic.yaml" | cut -d: -f1)
run 65 --check -c "$content" -c "$tmp/clinic99"
result $? "--check exits 65 on a clinic.yaml with a bad year"
contains "$tmp/err" "clinic99/en/clinic.yaml:$line:" &&
    contains "$tmp/err" "the clinic's details are left out of en"
result $? "the error is named at its line, the clinic's details left out"
contains "$tmp/out" "3 languages loaded, 0 left out"
result $? "no language is left out"
LANG=C.UTF-8 "$SMP_KIOSK" --plain -c "$content" -c "$tmp/clinic99" \
    </dev/null >"$tmp/out" 2>/dev/null
head -1 "$tmp/out" | grep -qx "Scalp micropigmentation (SMP)"
result $? "the kiosk starts in English, the default language"
run 64 --dump "$(printf 'no\033]0;x\007such')" -c "$content"
if grep -q "$(printf '\033')" "$tmp/err"; then false; else true; fi
result $? "--dump of an unknown topic with control bytes: they are not echoed"

# A handout never breaks a web address: at 40 columns the same
# addresses as at 500, whole, one wider than the page on its own line.
run 0 --dump -w 500 -c "$content"
grep -o 'https\?://[^ ]*' "$tmp/out" | sort >"$tmp/urls-wide"
run 0 --dump -w 40 -c "$content"
grep -o 'https\?://[^ ]*' "$tmp/out" | sort >"$tmp/urls-40"
[ -s "$tmp/urls-40" ] && cmp -s "$tmp/urls-wide" "$tmp/urls-40"
result $? "--dump -w 40 breaks no web address ($(wc -l <"$tmp/urls-40") of them)"

# The self-check's notes end with the clinic's sign-off of it.
mkdir -p "$tmp/sc-sign/en"
cat >"$tmp/sc-sign/en/clinic.yaml" <<'EOF'
name: Test Clinic
relationship: Test Clinic provides this kiosk and offers SMP.
sign_off:
  - name: Dr Ann Example
    role: Consultant dermatologist
    date: 2026-12-06
    pages: [selfcheck]
EOF
(printf '\n1\n\n'; i=0; while [ $i -lt 20 ]; do printf '1\n'; i=$((i + 1)); done) |
    "$SMP_KIOSK" --plain -c "$content" \
    -c "$SMP_SRCDIR/tests/fixtures/selfcheck-screen" -c "$tmp/sc-sign" \
    >"$tmp/out" 2>"$tmp/err"
grep -q "Things to think about" "$tmp/out" &&
    grep -q "Reviewed for Test Clinic by Dr Ann Example" "$tmp/out"
result $? "the self-check's notes show the clinic's sign-off of it"

# A glossary entry whose word no page uses: a warning at its heading,
# found with search's index; without SQLite, said once and skipped.
mkdir -p "$tmp/dead"
cp -R "$content/en" "$tmp/dead/"
awk '/^  - heading: Vitiligo$/ {
	print "  - heading: Trichoscopy"
	print "    body: |"
	print "      A close look at the scalp with a magnifier."
}
{ print }' "$content/en/topics/glossary.yaml" >"$tmp/dead/en/topics/glossary.yaml"
line=$(grep -n '^  - heading: Trichoscopy$' "$tmp/dead/en/topics/glossary.yaml" | cut -d: -f1)
run 0 --check -c "$tmp/dead"
contains "$tmp/err" "smp-kiosk: $tmp/dead/en/topics/glossary.yaml:$line:14: warning: glossary entry \"Trichoscopy\": no other page uses this word"
result $? "--check warns about a glossary entry no page uses, at its heading"
[ "$(grep -c 'glossary entry' "$tmp/err")" -eq 1 ]
result $? "--check warns about that entry only"
run 65 --check --strict -c "$tmp/dead" &&
    contains "$tmp/out" "0 errors, 1 warnings"
result $? "--strict makes an unused glossary entry fail"
SMP_KIOSK_TEST_NO_SQLITE=1 run 0 --check --strict -c "$tmp/dead"
result $? "without SQLite the unused-glossary check is skipped, not failed"
[ "$(grep -c 'Unused glossary words not checked' "$tmp/out")" -eq 1 ] &&
    ! grep -q 'glossary entry' "$tmp/err"
result $? "without SQLite --check says once that it skipped the check"
run 0 --check --strict -c "$content" &&
    ! grep -q 'glossary entry\|Unused glossary' "$tmp/out" "$tmp/err"
result $? "the shipped glossary has no unused entry"

tap_done
