# SPDX-License-Identifier: GPL-3.0-or-later
# Deployment files (systemd, sshd); included from Makefile.am.
#
# The console service goes where systemd looks for units under the
# prefix (override with "make systemdunitdir=DIR"); it is installed,
# not enabled.  The getty drop-in and the sshd snippet open an account
# to the public, so they are examples for an administrator to copy.
systemdunitdir = $(prefix)/lib/systemd/system
systemdunit_DATA = deploy/smp-kiosk@.service
deployexamplesdir = $(docdir)/examples
deployexamples_DATA = deploy/getty-autologin.conf deploy/sshd-smp-kiosk.conf
EXTRA_DIST += deploy/smp-kiosk@.service.in deploy/getty-autologin.conf.in \
	deploy/sshd-smp-kiosk.conf.in
CLEANFILES += $(systemdunit_DATA) $(deployexamples_DATA)

deploy_edit = $(MKDIR_P) deploy && sed -e 's|@bindir[@]|$(bindir)|g' \
	-e 's|@pkgdatadir[@]|$(pkgdatadir)|g' \
	-e 's|@sysconfdir[@]|$(sysconfdir)|g'

deploy/smp-kiosk@.service: $(srcdir)/deploy/smp-kiosk@.service.in Makefile
	$(AM_V_GEN)$(deploy_edit) $(srcdir)/deploy/smp-kiosk@.service.in \
	    > $@.tmp && mv $@.tmp $@
deploy/getty-autologin.conf: $(srcdir)/deploy/getty-autologin.conf.in Makefile
	$(AM_V_GEN)$(deploy_edit) $(srcdir)/deploy/getty-autologin.conf.in \
	    > $@.tmp && mv $@.tmp $@
deploy/sshd-smp-kiosk.conf: $(srcdir)/deploy/sshd-smp-kiosk.conf.in Makefile
	$(AM_V_GEN)$(deploy_edit) $(srcdir)/deploy/sshd-smp-kiosk.conf.in \
	    > $@.tmp && mv $@.tmp $@
