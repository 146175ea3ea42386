package fr.coopex.aids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;

/**
 * Amounts, rates, dates and codes of aids as people read them, in their language:
 * {@code ${@aidFormats.money(aid.amountMax(), #locale)}}.
 */
@Component("aidFormats")
public class AidFormats {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private final MessageSource messages;

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
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/**
	 * Any value of a criterion or of a reason, in words: bands, regions, sizes, amounts,
	 * sets of them.
	 */
	public String value(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map((v) -> value(v, locale)).collect(Collectors.joining(", "));
		}
		if (value instanceof HeadcountBand band) {
			return message("companies.headcount." + band.name(), locale);
		}
		if (value instanceof TurnoverBand band) {
			return message("companies.turnover." + band.name(), locale);
		}
		if (value instanceof Region region) {
			return message("companies.region." + region.name(), locale);
		}
		if (value instanceof ExportSituation situation) {
			return message("companies.export-situation." + situation.name(), locale);
		}
		if (value instanceof CompanySize size) {
			return message("aids.size." + size.name(), locale);
		}
		if (value instanceof Long euros) {
			return money(euros, locale);
		}
		if (value instanceof Integer count) {
			return NumberFormat.getIntegerInstance(locale).format(count);
		}
		return value.toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
