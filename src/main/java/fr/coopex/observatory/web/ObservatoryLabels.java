package fr.coopex.observatory.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;

/**
 * The names of the observatory's categories in the reader's language: a message for an
 * enum value, a market's name for a market code, the division for a NAF code.
 */
@Component("observatoryLabels")
public class ObservatoryLabels {

	private final MessageSource messages;

	private final Markets markets;

	ObservatoryLabels(MessageSource messages, Markets markets) {
		this.messages = messages;
		this.markets = markets;
	}

	/** The name of a category of a table whose labels are {@code prefix} (or codes). */
	public String of(String prefix, String tableId, String key, Locale locale) {
		if (prefix != null) {
			return this.messages.getMessage(prefix + key, null, key, locale);
		}
		if (tableId.startsWith("markets")) {
			return this.markets.name(key, locale);
		}
		return this.messages.getMessage("observatory.naf-division", new Object[] { key }, locale);
	}

}
