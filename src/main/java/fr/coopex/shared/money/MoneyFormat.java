package fr.coopex.shared.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Amounts in euros with their currency, placed as the language wants: 6 186,11 € in
 * French, €6,186.11 in English. Templates write {@code ${#money.format(amount)}}
 * ({@link MoneyText}); PDFs and e-mails call this bean. One formatter per language and
 * thread (they are not thread-safe), not one per amount: a pool page shows hundreds of
 * amounts.
 */
@Component("money")
public class MoneyFormat {

	/** The currency of every amount of the platform. */
	public static final Currency EURO = Currency.getInstance("EUR");

	private static final ThreadLocal<NumberFormat> FRENCH = ThreadLocal.withInitial(() -> create(Locale.FRENCH));

	private static final ThreadLocal<NumberFormat> ENGLISH = ThreadLocal.withInitial(() -> create(Locale.ENGLISH));

	/** The amount with its cents and its currency; a dash for none. */
	public String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "—";
		}
		return formatter(locale).format(amount);
	}

	/** The same, for code that has no bean at hand (statements). */
	public static String euros(BigDecimal amount, Locale locale) {
		return (amount == null) ? "—" : formatter(locale).format(amount);
	}

	private static NumberFormat formatter(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH.get() : FRENCH.get();
	}

	private static NumberFormat create(Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		format.setGroupingUsed(true);
		return format;
	}

}
