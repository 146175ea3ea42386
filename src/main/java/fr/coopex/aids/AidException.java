package fr.coopex.aids;

import fr.coopex.shared.web.FieldException;

/**
 * A request about aids that the module refuses, with the field concerned and the reason.
 */
public class AidException extends FieldException {

	public AidException(String field, String messageKey) {
		super(field, messageKey);
	}

}
