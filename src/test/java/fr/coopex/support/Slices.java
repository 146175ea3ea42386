package fr.coopex.support;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in people for controller slices: a {@link CoopexUser} as the principal, as the
 * real sign-in makes it, so that {@code @AuthenticationPrincipal CoopexUser} resolves.
 */
public final class Slices {

	/** The instant of the slices' clock. */
	public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	/** The day of the slices' clock, in Paris. */
	public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private Slices() {
	}

	/** A person of the given role, in organisation {@code organisationId}. */
	public static CoopexUser person(long id, Role role, long organisationId) {
		return new CoopexUser(id, "person" + id + "@example.fr", "Person " + id, role, organisationId,
				"Organisation " + organisationId, null, false, true);
	}

	/** Signs the request in as that person. */
	public static RequestPostProcessor as(CoopexUser person) {
		return user(person);
	}

}
