package fr.coopex.aids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Amounts, rates, dates and codes of aids as people read them, in their language:
 * {@code ${@aidFormats.money(aid.amountMax(), #locale)}}.
 */
@Component("aidFormats")
public class AidFormats {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private final MessageSource messages;

	private final CriterionWords criteria = new CriterionWords(this);

	private final AmountWords amounts = new AmountWords(this);

	/** Localised on use: {@code withLocale} is a cheap copy, nothing worth keeping. */
	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

	AidFormats(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * An amount in euros: 600 €, 5 M€ or 1.5 Md€ in French; €600, €5M or €1.5bn in
	 * English.
	 */
	public String money(Number amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		BigDecimal value = (amount instanceof BigDecimal decimal) ? decimal : new BigDecimal(amount.toString());
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(2);
		if (value.abs().compareTo(BILLION) >= 0) {
			return message("aids.money.billions", locale, number.format(value.divide(BILLION, 2, RoundingMode.DOWN)));
		}
		if (value.abs().compareTo(MILLION) >= 0 && value.remainder(BigDecimal.valueOf(10_000)).signum() == 0) {
			return message("aids.money.millions", locale, number.format(value.divide(MILLION, 2, RoundingMode.DOWN)));
		}
		if (value.stripTrailingZeros().scale() <= 0) {
			number.setMaximumFractionDigits(0);
		}
		else {
			number.setMinimumFractionDigits(2);
		}
		return message("aids.money.euros", locale, number.format(value));
	}

	/** A rate: 50 % in French, 50% in English. */
	public String rate(BigDecimal rate, Locale locale) {
		if (rate == null) {
			return "";
		}
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(2);
		return message("aids.rate", locale, number.format(rate));
	}

	/** A date in full: 15 décembre 2022. */
	public String date(LocalDate date, Locale locale) {
		return date == null ? "" : LONG_DATE.withLocale(locale).format(date);
	}

	/**
	 * Any value of a criterion or of a reason, in words: bands, regions, sizes, amounts,
	 * sets of them.
	 */
	public String value(Object value, Locale locale) {
		return this.criteria.value(value, locale);
	}

	/** The amount in words (600 € à 1 300 €; jusqu’à 12 500 €), or null when unknown. */
	public String amount(AidData aid, Locale locale) {
		return this.amounts.amount(aid, locale);
	}

	/** The share of costs covered (50 % des coûts), or null when unknown. */
	public String rates(AidData aid, Locale locale) {
		return this.amounts.rates(aid, locale);
	}

	/** The amount and the share of costs together, or null when neither is known. */
	public String summary(AidData aid, Locale locale) {
		return this.amounts.summary(aid, locale);
	}

	/** The structured criteria of an aid in plain words, one sentence each. */
	public List<String> criteria(Criteria c, Locale locale) {
		return this.criteria.criteria(c, locale);
	}

	/**
	 * Whether a source is a web address (shown as a link) or a reference (shown as text).
	 */
	public boolean isLink(String source) {
		return source != null && (source.startsWith("https://") || source.startsWith("http://"));
	}

	String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
