# Self-check tests; included from Makefile.am.
