package fr.coopex.ecosystems.web;

import jakarta.validation.constraints.Size;

/**
 * A company's request to join, with a message to the coordinators.
 *
 * @param acceptCharter whether the box is ticked (null when the form does not send it:
 * not ticked)
 */
record JoinForm(@Size(max = 1000) String message, Boolean acceptCharter) {

	static JoinForm empty() {
		return new JoinForm(null, false);
	}

	boolean charterAccepted() {
		return Boolean.TRUE.equals(this.acceptCharter);
	}

}
