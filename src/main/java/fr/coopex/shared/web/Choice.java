package fr.coopex.shared.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select or a search facet ({@code fragments/form-fields.html}): the
 * value sent, and what is shown, either a text already in the page language or a message
 * key.
 *
 * @param value the value sent with the form
 * @param text the text shown, when {@code messageKey} is null
 * @param messageKey the message shown, or null
 */
public record Choice(String value, String text, String messageKey) {

	/** An option shown with a text already in the page language. */
	public static Choice text(String value, String text) {
		return new Choice(value, text, null);
	}

	/** An option shown with a message of the page language. */
	public static Choice message(String value, String messageKey) {
		return new Choice(value, null, messageKey);
	}

	/** Options drawn from {@code items}: their value and text. */
	public static <T> List<Choice> of(Collection<T> items, Function<T, String> value, Function<T, String> text) {
		return items.stream().map(item -> text(value.apply(item), text.apply(item))).toList();
	}

	/** One option per constant of an enum, shown as the message {@code prefix + name}. */
	public static <E extends Enum<E>> List<Choice> messages(E[] constants, String prefix) {
		return java.util.Arrays.stream(constants).map(c -> message(c.name(), prefix + c.name())).toList();
	}

}
