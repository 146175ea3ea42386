package fr.coopex.missions.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and amounts of missions as people read them, for templates
 * ({@code @missionFormat}).
 */
@Component("missionFormat")
public class MissionFormat {

	private static final Currency EURO = Currency.getInstance("EUR");

	public String range(LocalDate start, LocalDate end, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		return start.equals(end) ? format.format(start) : format.format(start) + " – " + format.format(end);
	}

	/** An amount in euros, with its cents. */
	public String euros(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		return format.format(amount);
	}

}
