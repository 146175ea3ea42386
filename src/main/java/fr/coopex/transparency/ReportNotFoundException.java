package fr.coopex.transparency;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown for a report or an ecosystem that does not exist or that the caller may not see:
 * both answer the same.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	ReportNotFoundException() {
		super("No such report");
	}

}
