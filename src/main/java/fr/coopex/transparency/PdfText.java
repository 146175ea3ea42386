package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.coopex.shared.money.MoneyFormat;

/** Gives the messages, amounts and dates of one language to the PDF layouts. */
record PdfText(MessageSource messages, Locale locale) {

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	String money(BigDecimal amount) {
		return MoneyFormat.euros(amount, this.locale);
	}

	String date(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale).format(day);
	}

}
