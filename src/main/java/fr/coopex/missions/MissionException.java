package fr.coopex.missions;

import fr.coopex.shared.web.FieldException;

/**
 * Thrown when a mission action cannot be carried out; see {@link FieldException}.
 */
public class MissionException extends FieldException {

	public MissionException(String field, String messageKey) {
		super(field, messageKey);
	}

}
