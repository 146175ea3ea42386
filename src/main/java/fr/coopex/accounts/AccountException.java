package fr.coopex.accounts;

/**
 * A request about an account that cannot be carried out. It names the form field
 * concerned (or {@code null} for the whole form) and the message key that explains why,
 * so that the page can show it next to the field in the user's language.
 */
public class AccountException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountException(String field, String messageKey) {
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

}
