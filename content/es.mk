# Spanish content, installed under $(pkgdatadir)/content/es.
nobase_dist_content_DATA += \
	content/es/checks.yaml \
	content/es/faq.yaml \
	content/es/index.yaml \
	content/es/selfcheck.yaml \
	content/es/topics/about.yaml \
	content/es/topics/aftercare.yaml \
	content/es/topics/alopecia-areata.yaml \
	content/es/topics/alternatives.yaml \
	content/es/topics/chemo-hair-loss.yaml \
	content/es/topics/choosing-a-practitioner.yaml \
	content/es/topics/compare-options.yaml \
	content/es/topics/complaints.yaml \
	content/es/topics/cost.yaml \
	content/es/topics/feelings-and-support.yaml \
	content/es/topics/get-help-now.yaml \
	content/es/topics/glossary.yaml \
	content/es/topics/how-it-looks.yaml \
	content/es/topics/how-long-it-lasts.yaml \
	content/es/topics/mri-and-removal.yaml \
	content/es/topics/pattern-hair-loss-men.yaml \
	content/es/topics/procedure.yaml \
	content/es/topics/scars.yaml \
	content/es/topics/side-effects.yaml \
	content/es/topics/talk-to-doctor-first.yaml \
	content/es/topics/thinning-hair-women.yaml \
	content/es/topics/what-is-smp.yaml \
	content/es/topics/with-hair-transplant.yaml
