package fr.coopex.companies.web;

/**
 * Whether the company may be suggested as a partner to other firms and to coordinators
 * (an unticked box sends nothing: not suggested).
 */
record SuggestionSettingForm(Boolean suggestible) {

	boolean accepted() {
		return Boolean.TRUE.equals(this.suggestible);
	}

}
