# Language and translation tests; included from Makefile.am.
