package fr.coopex.missions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown for a mission or a lead that does not exist or that the caller may not know
 * about: both answer the same.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MissionNotFoundException extends RuntimeException {

	MissionNotFoundException() {
		super("No such mission or lead");
	}

}
