package fr.coopex.shared.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * How every {@link BigDecimal} form field reads and shows its value: read by
 * {@link Amounts#parse}, shown in the page's language without useless decimals (a VAT
 * rate of 20, an area of 18 or 12,5, an amount of 1 200,50 in French, 1,200.50 in
 * English), so that what a form shows is what it reads back.
 */
public class AmountFormatter implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		try {
			return Amounts.parse(text, locale);
		}
		catch (NumberFormatException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = Math.max(0, value.stripTrailingZeros().scale());
		format.setMinimumFractionDigits((decimals == 0) ? 0 : Math.max(2, decimals));
		format.setMaximumFractionDigits(Math.max(2, decimals));
		format.setGroupingUsed(true);
		return format.format(value);
	}

}
