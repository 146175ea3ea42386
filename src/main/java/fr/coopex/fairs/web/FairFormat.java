package fr.coopex.fairs.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and areas as people read them, for templates:
 * {@code ${@fairFormat.area(stand.totalArea(), #locale)}} gives 36 m² or 12,5 m² (in
 * French).
 */
@Component("fairFormat")
public class FairFormat {

	public String date(LocalDate date, Locale locale) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** The first and last days, or one date for a one-day fair. */
	public String range(LocalDate start, LocalDate end, Locale locale) {
		return start.equals(end) ? date(start, locale) : date(start, locale) + " – " + date(end, locale);
	}

	/** An area in m², with no decimals when it has none. */
	public String area(BigDecimal area, Locale locale) {
		return number(area, locale) + " m²";
	}

	/** A number with up to two decimals, for form fields and tables. */
	public String number(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
