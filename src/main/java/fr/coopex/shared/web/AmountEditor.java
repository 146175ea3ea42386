package fr.coopex.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.ParseException;

import org.springframework.context.i18n.LocaleContextHolder;

import fr.coopex.shared.money.AmountFormatter;

/** The amount formatter as a property editor, in the request's language. */
final class AmountEditor extends PropertyEditorSupport {

	private static final AmountFormatter FORMATTER = new AmountFormatter();

	@Override
	public void setAsText(String text) {
		try {
			setValue(FORMATTER.parse(text, LocaleContextHolder.getLocale()));
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not an amount", ex);
		}
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof BigDecimal amount) ? FORMATTER.print(amount, LocaleContextHolder.getLocale())
				: "";
	}

}
