# Spanish content, installed under $(pkgdatadir)/content/es.
