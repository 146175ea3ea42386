package fr.coopex.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an invited person types to join: their name and a password. The invitations of
 * every kind of organisation (and the companies' colleagues) use it.
 */
public record AcceptInvitationForm(@NotBlank @Size(max = 120) String displayName,
		@NotBlank @AcceptablePassword String password) {

	public static AcceptInvitationForm empty() {
		return new AcceptInvitationForm(null, null);
	}

}
