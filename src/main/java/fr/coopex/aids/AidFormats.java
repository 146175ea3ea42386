package fr.coopex.aids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

	/** The amount in words (600 € à 1 300 €; jusqu’à 12 500 €), or null when unknown. */
	public String amount(AidData aid, Locale locale) {
		return range(money(aid.amountMin(), locale), money(aid.amountMax(), locale), aid.amountMin(), aid.amountMax(),
				"aids.amount", locale);
	}

	/** The share of costs covered (50 % des coûts), or null when unknown. */
	public String rates(AidData aid, Locale locale) {
		if (aid.rateBasis() != null) {
			// a share of something else than the costs: say of what
			String rates = range(rate(aid.rateMin(), locale), rate(aid.rateMax(), locale), aid.rateMin(), aid.rateMax(),
					"aids.rates-of", locale);
			return rates == null ? null : message("aids.rates-of.basis", locale, rates, aid.rateBasis());
		}
		return range(rate(aid.rateMin(), locale), rate(aid.rateMax(), locale), aid.rateMin(), aid.rateMax(),
				"aids.rates", locale);
	}

	/** The amount and the share of costs together, or null when neither is known. */
	public String summary(AidData aid, Locale locale) {
		String amount = amount(aid, locale);
		String rates = rates(aid, locale);
		if (amount == null) {
			return rates;
		}
		return rates == null ? amount : amount + " · " + rates;
	}

	/** The structured criteria of an aid in plain words, one sentence each. */
	public List<String> criteria(Criteria c, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (c.maxSize() != null) {
			lines.add(message("aids.criterion.max-size", locale, value(c.maxSize(), locale)));
		}
		if (c.maxHeadcount() != null) {
			lines.add(message("aids.criterion.max-headcount", locale, value(c.maxHeadcount(), locale)));
		}
		if (c.maxTurnover() != null) {
			lines.add(message("aids.criterion.max-turnover", locale, money(c.maxTurnover(), locale)));
		}
		if (c.minAgeYears() != null) {
			lines.add(message("aids.criterion.min-age", locale, value(c.minAgeYears(), locale)));
		}
		flag(lines, c.independentOnly(), "aids.criterion.independent-only", locale);
		flag(lines, c.innovativeOnly(), "aids.criterion.innovative-only", locale);
		flag(lines, c.clusterMembersOnly(), "aids.criterion.cluster-members-only", locale);
		flag(lines, c.firstTimeExportersOnly(), "aids.criterion.first-time-exporters-only", locale);
		flag(lines, c.groupingsOnly(), "aids.criterion.groupings-only", locale);
		if (!c.nafSections().isEmpty()) {
			lines.add(message("aids.criterion.naf-sections", locale, value(c.nafSections(), locale)));
		}
		if (!c.regions().isEmpty()) {
			lines.add(message("aids.criterion.regions", locale, value(c.regions(), locale)));
		}
		if (!c.exportSituations().isEmpty()) {
			lines.add(message("aids.criterion.export-situations", locale, value(c.exportSituations(), locale)));
		}
		return lines;
	}

	/**
	 * Whether a source is a web address (shown as a link) or a reference (shown as text).
	 */
	public boolean isLink(String source) {
		return source != null && (source.startsWith("https://") || source.startsWith("http://"));
	}

	private void flag(List<String> lines, boolean set, String key, Locale locale) {
		if (set) {
			lines.add(message(key, locale));
		}
	}

	private String range(String low, String high, BigDecimal min, BigDecimal max, String prefix, Locale locale) {
		if (min != null && max != null) {
			return min.compareTo(max) == 0 ? message(prefix + ".exactly", locale, low)
					: message(prefix + ".between", locale, low, high);
		}
		if (max != null) {
			return message(prefix + ".up-to", locale, high);
		}
		if (min != null) {
			return message(prefix + ".from", locale, low);
		}
		return null;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
