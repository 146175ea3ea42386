package fr.coopex.aids.web;

/** A parameter the open data API does not understand. */
class ApiBadRequest extends RuntimeException {

	ApiBadRequest(String message) {
		super(message);
	}

}
