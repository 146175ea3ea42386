package fr.coopex.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.CompanySignUp;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Creates the people a test needs, each with a unique e-mail and SIREN, through the
 * modules' public services (so that tests sharing one database never collide).
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final AccountManagement accounts;

	Fixtures(AccountManagement accounts) {
		this.accounts = accounts;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000 + "@test.coopex.fr";
	}

	/** A valid SIREN never used before in this run. */
	public static String uniqueSiren() {
		long base = 10_000_000L + (SEQUENCE.incrementAndGet() * 7919L + System.nanoTime()) % 89_999_999L;
		String digits = Long.toString(base);
		for (int check = 0; check <= 9; check++) {
			if (fr.coopex.shared.validation.Luhn.isValid(digits + check)) {
				return digits + check;
			}
		}
		throw new IllegalStateException();
	}

	/** A member who signed up with their company. */
	public CoopexUser member() {
		return this.accounts.register(new CompanySignUp("Marie Test", uniqueEmail("member"), PASSWORD,
				"Entreprise Test " + SEQUENCE.incrementAndGet(), uniqueSiren()));
	}

	/**
	 * An account of any role. ADMIN and AGENCY accounts are exempt from the second factor
	 * unless {@code exempt} is false.
	 */
	public CoopexUser user(Role role, boolean exempt) {
		if (role == Role.MEMBER) {
			return member();
		}
		OrganisationKind kind = switch (role) {
			case ADMIN -> OrganisationKind.PLATFORM;
			case AGENCY -> OrganisationKind.AGENCY;
			default -> OrganisationKind.COORDINATION_BODY;
		};
		long id = this.accounts.createAccount(new NewAccount(uniqueEmail(role.name().toLowerCase()), "Test " + role,
				role, kind, "Organisation " + role, null, PASSWORD, exempt), "test");
		return this.accounts.principal(id);
	}

	public CoopexUser user(Role role) {
		return user(role, true);
	}

}
