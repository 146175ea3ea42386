package fr.coopex.ecosystems;

import fr.coopex.shared.web.FieldException;

/**
 * Thrown when an ecosystem action cannot be carried out; see {@link FieldException}.
 */
public class EcosystemException extends FieldException {

	public EcosystemException(String field, String messageKey) {
		super(field, messageKey);
	}

}
