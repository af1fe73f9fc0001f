# Search (src/search.c): the unit tests of the index and its queries.
check_PROGRAMS += tests/t-search
tests_t_search_SOURCES = tests/t-search.c tests/tap.h
tests_t_search_CPPFLAGS = $(test_cppflags)
tests_t_search_LDADD = src/libkiosk.a $(YAML_LIBS) $(LIBINTL)
TESTS += tests/t-search
