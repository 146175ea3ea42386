package fr.coopex.fairs;

import fr.coopex.shared.web.FieldException;

/**
 * Thrown when a fair or stand action cannot be carried out; see {@link FieldException}.
 */
public class FairException extends FieldException {

	public FairException(String field, String messageKey) {
		super(field, messageKey);
	}

}
