package fr.coopex.accounts;

import fr.coopex.shared.web.FieldException;

/**
 * Thrown when a request about an account cannot be carried out; see
 * {@link FieldException}.
 */
public class AccountException extends FieldException {

	public AccountException(String field, String messageKey) {
		super(field, messageKey);
	}

}
