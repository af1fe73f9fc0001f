# Kiosk, terminal and SSH tests; included from Makefile.am.
