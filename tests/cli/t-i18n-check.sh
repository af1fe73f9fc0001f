#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# --check on translations: per language what is missing, extra, or
# reviewed before its English source, or shows the clinic's details
# from English; --strict fails on them; a broken translation is named
# with its position and the others still load.
# Writes TAP.

: "${SMP_KIOSK:?set by make check}" "${SMP_SRCDIR:?set by make check}" \
    "${SMP_BUILDDIR:?set by make check}"
good="$SMP_SRCDIR/tests/fixtures/i18n/good"
broken="$SMP_SRCDIR/tests/fixtures/i18n/broken"
. "$SMP_SRCDIR/tests/lib/common.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LANG LC_MESSAGES

"$SMP_KIOSK" --check -c "$good" >"$tmp/out" 2>"$tmp/err"
result $? "--check passes without --strict: gaps are warnings"
contains "$tmp/out" "fr (Français): 1 of 2 topics translated; missing 1: risks"
result $? "summary: fr lacks risks"
contains "$tmp/out" "es (Español): 2 of 2 topics translated; extra 1: solo-es; older than en 1: care"
result $? "summary: es has an extra topic and one older than English"
contains "$tmp/out" "zh (中文): 2 of 2 topics translated"
result $? "summary: zh is complete"
contains "$tmp/out" "en (English): 2 topics (the default language)"
result $? "summary: the default language"
contains "$tmp/err" "fr/index.yaml: warning: topic \"risks\" is not translated into fr"
result $? "warning for the missing topic"
contains "$tmp/err" "es/topics/care.yaml: warning: reviewed on 2025-06-01, before its en source (reviewed on 2026-01-01)"
result $? "warning for the topic older than its source"
contains "$tmp/err" "es/topics/solo-es.yaml: warning: topic \"solo-es\" has no source in en"
result $? "warning for the extra topic"

"$SMP_KIOSK" --check --strict -c "$good" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 65 ]
result $? "--check --strict exits 65 on an incomplete translation"

"$SMP_KIOSK" --check -c "$good" -c "$broken" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 65 ]
result $? "--check exits 65 with a broken translation"
grep -q "broken/de/index.yaml:[0-9]*:[0-9]*: YAML syntax" "$tmp/err"
result $? "the broken translation is named with line and column"
contains "$tmp/out" "4 languages loaded, 1 left out"
result $? "the other four languages still load"

# The kiosk still starts on what loaded: --dump in each good language.
for lang in en es fr zh; do
	"$SMP_KIOSK" --dump care --lang "$lang" -c "$good" -c "$broken" \
	    >"$tmp/out" 2>"$tmp/err"
	result $? "--dump care --lang $lang works beside the broken one"
done
"$SMP_KIOSK" --dump care --lang de -c "$good" -c "$broken" \
    >"$tmp/out" 2>"$tmp/err"
[ $? -eq 64 ]
result $? "--lang de is refused: that language did not load"

# A translation with only its index: topics and FAQ from English.
"$SMP_KIOSK" --check -c "$good" -c "$SMP_SRCDIR/tests/fixtures/i18n/nofaq" \
    >"$tmp/out" 2>"$tmp/err"
result $? "a translation with no topics and no FAQ yet still loads"
contains "$tmp/out" "it (Italiano): 0 of 2 topics translated; missing 2: care, risks; common questions not translated"
result $? "summary: it lacks every topic and the FAQ"
contains "$tmp/err" "nofaq/it/index.yaml: warning: the common questions are not translated into it (no faq.yaml)"
result $? "warning for the missing FAQ"
"$SMP_KIOSK" --dump faq --lang it -c "$good" \
    -c "$SMP_SRCDIR/tests/fixtures/i18n/nofaq" >"$tmp/out" 2>"$tmp/err"
head -1 "$tmp/out" | grep -q "^This page is not yet available in Italiano.$" &&
    contains "$tmp/out" "Does it hurt?"
result $? "--dump faq: the English questions under the note"

# A clinic file in English only: es and fr show it, and --check says so
# for each, naming the file.
clinic="$SMP_SRCDIR/tests/fixtures/i18n/clinic"
clinic_en="$SMP_SRCDIR/tests/fixtures/i18n/clinic-en"
clinic_es="$SMP_SRCDIR/tests/fixtures/i18n/clinic-es"
"$SMP_KIOSK" --check -c "$clinic" >"$tmp/out" 2>"$tmp/err"
result $? "clinic pages without a clinic file pass --check"
! contains "$tmp/err" "clinic's details" && ! contains "$tmp/out" "clinic details"
result $? "and say nothing of the clinic's details"
"$SMP_KIOSK" --check -c "$clinic" -c "$clinic_en" >"$tmp/out" 2>"$tmp/err"
result $? "a clinic file in English only: --check passes: they are warnings"
for lang in es fr; do
	contains "$tmp/err" "smp-kiosk: $clinic/$lang/index.yaml: warning: the clinic's details are not translated into $lang (no clinic.yaml); the kiosk shows those of $clinic_en/en/clinic.yaml with a note"
	result $? "warning for $lang, naming the file it falls back to"
done
[ "$(grep -c "clinic's details" "$tmp/err")" -eq 2 ]
result $? "and none for en"
contains "$tmp/out" "es (Español): 1 of 1 topics translated; clinic details not translated" &&
    contains "$tmp/out" "fr (Français): 0 of 1 topics translated; missing 1: about; clinic details not translated"
result $? "summary: es and fr show the English clinic details"
"$SMP_KIOSK" --check --strict -c "$clinic" -c "$clinic_en" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 65 ]
result $? "--check --strict exits 65 on them"
"$SMP_KIOSK" --check -c "$clinic" -c "$clinic_en" -c "$clinic_es" \
    >"$tmp/out" 2>"$tmp/err"
! contains "$tmp/err" "not translated into es (no clinic.yaml)" &&
    contains "$tmp/err" "not translated into fr (no clinic.yaml)"
result $? "with es/clinic.yaml too, only fr is reported"

# Menus in the same order as the default language's, item by item.
menus="$SMP_SRCDIR/tests/fixtures/i18n/menus"
"$SMP_KIOSK" --check -c "$menus" >"$tmp/out" 2>"$tmp/err"
grep -q "menus/fr/index.yaml:9:5: warning: menu item 1 is not the one en has there" "$tmp/err"
result $? "a translated menu in another order is named at its first item"
grep -q "menus/es/index.yaml:13:9: warning: this menu has 2 items, and en's has 1" "$tmp/err"
result $? "a translated submenu with an extra item is named"
[ "$(grep -c warning: "$tmp/err")" -eq 2 ]
result $? "and nothing else is reported"

# Readability per language: INFLESZ for Spanish, Kandel-Moles for French.
"$SMP_KIOSK" --check --report -c "$good" >"$tmp/out" 2>"$tmp/err"
grep -A1 "^es (Español)" "$tmp/out" | grep -q INFLESZ
result $? "--report uses INFLESZ for Spanish"
grep -A1 "^fr (Français)" "$tmp/out" | grep -q Kandel-Moles
result $? "--report uses Kandel-Moles for French"
# Translated labels: not with --disable-nls, where they stay English.
if [ "${SMP_NLS:-yes}" = no ]; then
	echo "# built without NLS: the checks of translated labels are skipped"
	echo "1..$n"
	[ "$failed" -eq 0 ]
	exit
fi

# --dump in a language that lacks a topic: the default language's page,
# with the note in the visitor's language, once even when linked twice.
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" "$SMP_KIOSK" --dump \
    --lang fr -c "$good" >"$tmp/out" 2>"$tmp/err"
result $? "--dump of everything in French"
contains "$tmp/out" "Cette page n'est pas encore disponible en Français."
result $? "the untranslated page carries the note, in French"
[ "$(grep -c "^Risks in English$" "$tmp/out")" -eq 1 ]
result $? "the English page is printed once"
contains "$tmp/out" "À propos de ces informations"
result $? "interface strings of --dump in French"
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" "$SMP_KIOSK" --dump risks \
    --lang fr -c "$good" >"$tmp/out" 2>"$tmp/err"
result $? "--dump risks --lang fr finds the English page"

# --dump: the clinic's details from English, noted in the visitor's
# language, on a page of that language and on the contact page; an
# English page in French needs only its own note.
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" "$SMP_KIOSK" --dump about \
    --lang es -c "$clinic" -c "$clinic_en" >"$tmp/out" 2>"$tmp/err"
head -1 "$tmp/out" | grep -qx "Los datos de la clínica todavía no están disponibles en Español." &&
    contains "$tmp/out" "Lingua Clinic runs this kiosk and offers SMP."
result $? "--dump about --lang es: the note, then the English statement"
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" "$SMP_KIOSK" --dump clinic \
    --lang fr -c "$clinic" -c "$clinic_en" >"$tmp/out" 2>"$tmp/err"
head -1 "$tmp/out" | grep -qx "Les informations de la clinique ne sont pas encore disponibles en Français." &&
    contains "$tmp/out" "Cette clinique et cette borne"
result $? "--dump clinic --lang fr: the note in French"
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" "$SMP_KIOSK" --dump about \
    --lang fr -c "$clinic" -c "$clinic_en" >"$tmp/out" 2>"$tmp/err"
head -1 "$tmp/out" | grep -qx "Cette page n'est pas encore disponible en Français." &&
    ! contains "$tmp/out" "Les informations de la clinique"
result $? "--dump about --lang fr: the English page has one note"
SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" "$SMP_KIOSK" --dump \
    --lang en -c "$clinic" -c "$clinic_en" >"$tmp/out" 2>"$tmp/err"
! contains "$tmp/out" "not yet available"
result $? "--dump --lang en: no note in the clinic's own language"

# The checker speaks the language of the locale, diagnostics included.
env -u LC_ALL LANG=es_ES.UTF-8 SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" \
    "$SMP_KIOSK" --check -c "$good" >"$tmp/out" 2>"$tmp/err"
contains "$tmp/out" "fr (Français): 1 de 2 temas traducidos; faltan 1: risks"
result $? "LANG=es_ES.UTF-8: the summary in Spanish"
contains "$tmp/err" "fr/index.yaml: aviso: el tema «risks» no está traducido a fr"
result $? "LANG=es_ES.UTF-8: the warnings in Spanish"


# --help in each language: translated, complete, and within 79 columns
# (but for the line with the installed paths, as long in English).
for lang in es_ES fr_FR; do
	env -u LC_ALL LANG=$lang.UTF-8 \
	    SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" \
	    "$SMP_KIOSK" --help >"$tmp/out" 2>"$tmp/err"
	result $? "LANG=$lang.UTF-8 --help"
	case $lang in
	es_ES) contains "$tmp/out" "autoevaluación" &&
	    contains "$tmp/out" "73 no se puede abrir" ;;
	fr_FR) contains "$tmp/out" "auto-évaluation" &&
	    contains "$tmp/out" "73 impossible d'ouvrir" ;;
	esac
	result $? "$lang: --help translated, to exit status 73"
	for opt in --plain --log --stats selfcheck; do
		contains "$tmp/out" "$opt" || echo "$lang: no $opt"
	done >"$tmp/err"
	[ ! -s "$tmp/err" ]
	result $? "$lang: --help names every option"
	[ "$(grep -v smp-kiosk/content "$tmp/out" | wc -L)" -le 79 ]
	result $? "$lang: every line of --help fits in 79 columns"
done

# Locale names are locale names: LANG=../../x was copied into LANGUAGE,
# from which gettext made the path of a catalog, and loaded one from
# anywhere.  A catalog that says PWNED waits in $tmp/evil/x.
mkdir -p "$tmp/evil/x/LC_MESSAGES"
cat >"$tmp/evil/x.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "unknown option %s"
msgstr "PWNED %s"
PO
msgfmt -o "$tmp/evil/x/LC_MESSAGES/smp-kiosk.mo" "$tmp/evil/x.po"
up=../../../../../../../../../../../../../../../../../../../..
for var in LANG LANGUAGE LC_MESSAGES; do
	env -u LC_ALL -u LANGUAGE -u LANG $var="$up$tmp/evil/x" \
	    SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" \
	    "$SMP_KIOSK" --bogus >"$tmp/out" 2>"$tmp/err"
	! contains "$tmp/err" PWNED && contains "$tmp/err" "unknown option --bogus"
	result $? "$var=../../x: no catalog from outside the catalogs' folder"
done
env -u LC_ALL LANG=C.UTF-8 LANGUAGE="$up$tmp/evil/x:es" \
    SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" \
    "$SMP_KIOSK" --bogus >"$tmp/out" 2>"$tmp/err"
! contains "$tmp/err" PWNED && contains "$tmp/err" "opción desconocida --bogus"
result $? "LANGUAGE=../../x:es: the path is dropped, es is kept"

# SMP_KIOSK_LOCALEDIR is for the program in its build tree: a copy
# elsewhere, as installed, reads only its own catalogs.
mkdir -p "$tmp/bin"
cp "$SMP_BUILDDIR/src/smp-kiosk" "$tmp/bin/smp-kiosk"
env -u LC_ALL LANG=C.UTF-8 LANGUAGE=es \
    SMP_KIOSK_LOCALEDIR="$SMP_BUILDDIR/tests/locale" \
    "$SMP_BUILDDIR/src/smp-kiosk" --bogus >"$tmp/out" 2>"$tmp/err"
contains "$tmp/err" "opción desconocida --bogus"
result $? "SMP_KIOSK_LOCALEDIR: honoured by the program in the build tree"
mkdir -p "$tmp/evil/es"
cp -R "$tmp/evil/x/LC_MESSAGES" "$tmp/evil/es/"
env -u LC_ALL LANG=C.UTF-8 LANGUAGE=es SMP_KIOSK_LOCALEDIR="$tmp/evil" \
    "$tmp/bin/smp-kiosk" --bogus >"$tmp/out" 2>"$tmp/err"
! contains "$tmp/err" PWNED && contains "$tmp/err" "unknown option --bogus"
result $? "SMP_KIOSK_LOCALEDIR: ignored by a copy out of the build tree"
tap_done
