package fr.coopex.transparency;

import fr.coopex.shared.web.FieldException;

/** A request of the transparency module refused: the field and the reason. */
public class TransparencyException extends FieldException {

	TransparencyException(String field, String messageKey) {
		super(field, messageKey);
	}

}
