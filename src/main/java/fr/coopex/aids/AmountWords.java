package fr.coopex.aids;

import java.math.BigDecimal;
import java.util.Locale;

/** Puts the amounts and rates of an aid in words for {@link AidFormats}. */
final class AmountWords {

	private final AidFormats formats;

	AmountWords(AidFormats formats) {
		this.formats = formats;
	}

	/** The amount in words (600 € à 1 300 €; jusqu’à 12 500 €), or null when unknown. */
	String amount(AidData aid, Locale locale) {
		return range(this.formats.money(aid.amountMin(), locale), this.formats.money(aid.amountMax(), locale),
				aid.amountMin(), aid.amountMax(), "aids.amount", locale);
	}

	/** The share of costs covered (50 % des coûts), or null when unknown. */
	String rates(AidData aid, Locale locale) {
		if (aid.rateBasis() != null) {
			// a share of something else than the costs: say of what
			String rates = range(this.formats.rate(aid.rateMin(), locale), this.formats.rate(aid.rateMax(), locale),
					aid.rateMin(), aid.rateMax(), "aids.rates-of", locale);
			return rates == null ? null : this.formats.message("aids.rates-of.basis", locale, rates, aid.rateBasis());
		}
		return range(this.formats.rate(aid.rateMin(), locale), this.formats.rate(aid.rateMax(), locale), aid.rateMin(),
				aid.rateMax(), "aids.rates", locale);
	}

	/** The amount and the share of costs together, or null when neither is known. */
	String summary(AidData aid, Locale locale) {
		String amount = amount(aid, locale);
		String rates = rates(aid, locale);
		if (amount == null) {
			return rates;
		}
		return rates == null ? amount : amount + " · " + rates;
	}

	private String range(String low, String high, BigDecimal min, BigDecimal max, String prefix, Locale locale) {
		if (min != null && max != null) {
			return min.compareTo(max) == 0 ? this.formats.message(prefix + ".exactly", locale, low)
					: this.formats.message(prefix + ".between", locale, low, high);
		}
		if (max != null) {
			return this.formats.message(prefix + ".up-to", locale, high);
		}
		if (min != null) {
			return this.formats.message(prefix + ".from", locale, low);
		}
		return null;
	}

}
