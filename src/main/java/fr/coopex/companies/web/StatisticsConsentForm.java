package fr.coopex.companies.web;

/** The company's answer to the statistics question: yes when ticked. */
record StatisticsConsentForm(boolean consent) {
}
