package fr.coopex.companies;

/**
 * A company request that cannot be carried out, with the form field concerned (or null)
 * and a message key.
 */
public class CompanyException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public CompanyException(String field, String messageKey) {
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
