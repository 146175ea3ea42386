package fr.coopex.companies;

import fr.coopex.shared.web.FieldException;

/**
 * Thrown when a company request cannot be carried out; see {@link FieldException}.
 */
public class CompanyException extends FieldException {

	public CompanyException(String field, String messageKey) {
		super(field, messageKey);
	}

}
