package fr.coopex.missions;

import java.util.List;

import org.springframework.validation.BindingResult;

import fr.coopex.shared.text.PriceTalk;

/**
 * A text shared with competitors mentions words of the price-talk list
 * ({@link PriceTalk}) and its author has not confirmed it yet: the form comes back with
 * the words found, to be edited or confirmed. Guidance, not a ban: once confirmed, the
 * text is shared and the confirmation is kept in the register of information exchanged.
 */
public class PriceTalkWarning extends MissionException {

	private final List<String> words;

	PriceTalkWarning(List<String> words) {
		super(null, "missions.price-talk.warning");
		this.words = List.copyOf(words);
	}

	/** The words of the list the text mentions, in list order. */
	public List<String> words() {
		return this.words;
	}

	@Override
	public void rejectOn(BindingResult result) {
		result.reject(messageKey(), new Object[] { String.join(", ", this.words) }, null);
	}

	/**
	 * Checks a text before it is shared.
	 * @return whether the author confirmed a text that mentions words of the list
	 * @throws PriceTalkWarning when it mentions some and the author has not confirmed
	 */
	static boolean check(PriceTalk priceTalk, boolean confirmed, String... texts) {
		List<String> words = priceTalk
			.mentions(String.join("\n", java.util.Arrays.stream(texts).map((t) -> t == null ? "" : t).toList()));
		if (words.isEmpty()) {
			return false;
		}
		if (!confirmed) {
			throw new PriceTalkWarning(words);
		}
		return true;
	}

}
