# Tests of what content authors and translators see: --check's
# messages, translation status, the translator's report.
TESTS += tests/t-authors.sh
EXTRA_DIST += tests/t-authors.sh
