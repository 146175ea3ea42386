package fr.coopex.ecosystems;

import java.util.List;

/**
 * Refused until confirmed: an announcement's text mentions words of the price-talk list,
 * named here so that the form can show them.
 */
public class PriceTalkWarning extends EcosystemException {

	private final List<String> words;

	PriceTalkWarning(List<String> words) {
		super("confirmPriceTalk", "ecosystems.announcement.price-talk");
		this.words = List.copyOf(words);
	}

	public List<String> words() {
		return this.words;
	}

}
