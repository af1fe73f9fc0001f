# French content, installed under $(pkgdatadir)/content/fr.
nobase_dist_content_DATA += \
	content/fr/checks.yaml \
	content/fr/faq.yaml \
	content/fr/index.yaml \
	content/fr/selfcheck.yaml \
	content/fr/topics/about.yaml \
	content/fr/topics/aftercare.yaml \
	content/fr/topics/alopecia-areata.yaml \
	content/fr/topics/alternatives.yaml \
	content/fr/topics/chemo-hair-loss.yaml \
	content/fr/topics/choosing-a-practitioner.yaml \
	content/fr/topics/compare-options.yaml \
	content/fr/topics/complaints.yaml \
	content/fr/topics/cost.yaml \
	content/fr/topics/feelings-and-support.yaml \
	content/fr/topics/get-help-now.yaml \
	content/fr/topics/glossary.yaml \
	content/fr/topics/how-it-looks.yaml \
	content/fr/topics/how-long-it-lasts.yaml \
	content/fr/topics/mri-and-removal.yaml \
	content/fr/topics/pattern-hair-loss-men.yaml \
	content/fr/topics/procedure.yaml \
	content/fr/topics/scars.yaml \
	content/fr/topics/side-effects.yaml \
	content/fr/topics/talk-to-doctor-first.yaml \
	content/fr/topics/thinning-hair-women.yaml \
	content/fr/topics/what-is-smp.yaml \
	content/fr/topics/with-hair-transplant.yaml
