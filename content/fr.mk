# French content, installed under $(pkgdatadir)/content/fr.
