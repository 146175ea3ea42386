package fr.coopex.ecosystems.web;

import jakarta.validation.constraints.NotNull;

/** A company's vote: the option chosen. */
record VoteForm(@NotNull Long optionId) {

	static VoteForm empty() {
		return new VoteForm(null);
	}

}
