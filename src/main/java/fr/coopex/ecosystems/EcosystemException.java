package fr.coopex.ecosystems;

/**
 * An ecosystem action that cannot be carried out, with the form field concerned (or null)
 * and a message key.
 */
public class EcosystemException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public EcosystemException(String field, String messageKey) {
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
