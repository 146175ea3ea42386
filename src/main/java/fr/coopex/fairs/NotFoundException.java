package fr.coopex.fairs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown for a fair or a stand that does not exist or that the caller may not know about:
 * both answer the same, so that nobody learns what exists behind the wall.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	NotFoundException(String what) {
		super("No such " + what);
	}

}
