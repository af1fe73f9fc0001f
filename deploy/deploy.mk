# Deployment files (systemd, sshd); included from Makefile.am.
