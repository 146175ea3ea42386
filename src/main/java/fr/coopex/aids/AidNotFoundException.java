package fr.coopex.aids;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown for an aid (or an application) that does not exist or that the caller may not
 * know about: the pages answer 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AidNotFoundException extends RuntimeException {

	public AidNotFoundException() {
		super("No such aid");
	}

}
