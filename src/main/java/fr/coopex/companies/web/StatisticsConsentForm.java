package fr.coopex.companies.web;

/** The company's answer to the statistics question: yes only when ticked. */
record StatisticsConsentForm(Boolean consent) {

	boolean consented() {
		return Boolean.TRUE.equals(this.consent);
	}

}
