package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formats amounts in euros for the ledger's pages: {@code ${@money.format(amount,
 * #locale)}}. One formatter per language and thread (they are not thread-safe), not one
 * per amount: a pool page shows hundreds of amounts.
 */
@Component("money")
public class MoneyFormat {

	private static final ThreadLocal<NumberFormat> FRENCH = ThreadLocal.withInitial(() -> create(Locale.FRENCH));

	private static final ThreadLocal<NumberFormat> ENGLISH = ThreadLocal.withInitial(() -> create(Locale.ENGLISH));

	public String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "—";
		}
		NumberFormat format = "en".equals(locale.getLanguage()) ? ENGLISH.get() : FRENCH.get();
		return format.format(amount);
	}

	private static NumberFormat create(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		format.setGroupingUsed(true);
		return format;
	}

}
