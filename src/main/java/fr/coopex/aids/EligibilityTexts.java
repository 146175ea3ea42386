package fr.coopex.aids;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.aids.Eligibility.Assessment;
import fr.coopex.aids.Eligibility.Reason;

/**
 * The sentences that explain an {@link Assessment}, one per criterion, in the reader's
 * language: "Votre effectif (250 à 499 salariés) dépasse le plafond de 250 salariés."
 */
@Component("eligibilityTexts")
public class EligibilityTexts {

	private final MessageSource messages;

	private final AidFormats formats;

	EligibilityTexts(MessageSource messages, AidFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String sentence(Reason reason, Locale locale) {
		Object[] arguments = reason.arguments().stream().map((a) -> this.formats.value(a, locale)).toArray();
		return this.messages.getMessage(reason.messageKey(), arguments, locale);
	}

	public List<String> sentences(Assessment assessment, Locale locale) {
		return assessment.reasons().stream().map((reason) -> sentence(reason, locale)).toList();
	}

}
