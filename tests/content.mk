# Tests of the shipped content on screen (glossary, disclaimer, clinic pages); included from Makefile.am.
