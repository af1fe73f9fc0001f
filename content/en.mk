# English content, installed under $(pkgdatadir)/content/en.
nobase_dist_content_DATA += \
	content/en/checks.yaml \
	content/en/faq.yaml \
	content/en/index.yaml \
	content/en/selfcheck.yaml \
	content/en/topics/about.yaml \
	content/en/topics/aftercare.yaml \
	content/en/topics/alopecia-areata.yaml \
	content/en/topics/alternatives.yaml \
	content/en/topics/chemo-hair-loss.yaml \
	content/en/topics/choosing-a-practitioner.yaml \
	content/en/topics/compare-options.yaml \
	content/en/topics/complaints.yaml \
	content/en/topics/cost.yaml \
	content/en/topics/feelings-and-support.yaml \
	content/en/topics/get-help-now.yaml \
	content/en/topics/glossary.yaml \
	content/en/topics/how-it-looks.yaml \
	content/en/topics/how-long-it-lasts.yaml \
	content/en/topics/mri-and-removal.yaml \
	content/en/topics/pattern-hair-loss-men.yaml \
	content/en/topics/procedure.yaml \
	content/en/topics/scars.yaml \
	content/en/topics/side-effects.yaml \
	content/en/topics/talk-to-doctor-first.yaml \
	content/en/topics/thinning-hair-women.yaml \
	content/en/topics/what-is-smp.yaml \
	content/en/topics/with-hair-transplant.yaml
