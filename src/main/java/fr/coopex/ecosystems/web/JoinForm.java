package fr.coopex.ecosystems.web;

import jakarta.validation.constraints.Size;

/**
 * A company's request to join, with a message to the coordinators.
 */
public class JoinForm {

	@Size(max = 1000)
	private String message;

	private boolean acceptCharter;

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public boolean isAcceptCharter() {
		return this.acceptCharter;
	}

	public void setAcceptCharter(boolean acceptCharter) {
		this.acceptCharter = acceptCharter;
	}

}
