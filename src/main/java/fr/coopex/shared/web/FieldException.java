package fr.coopex.shared.web;

import org.springframework.validation.BindingResult;

/**
 * A request that a service refuses, naming the form field concerned (or {@code null} for
 * the whole form) and the message key that explains why, so that the page shows the
 * reason next to the field, in the user's language. Each module has its own subclass.
 */
public abstract class FieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	protected FieldException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * The values the message names, in its order; none unless a module's refusal has
	 * some.
	 */
	public Object[] arguments() {
		return new Object[0];
	}

	/** Shows the refusal on the form: next to its field, or above the form. */
	public void rejectOn(BindingResult result) {
		if (this.field == null) {
			result.reject(this.messageKey);
		}
		else {
			result.rejectValue(this.field, this.messageKey);
		}
	}

}
