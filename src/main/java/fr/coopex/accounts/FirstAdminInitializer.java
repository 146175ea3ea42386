package fr.coopex.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.Role;

/**
 * Creates the first platform admin at first start from {@code COOPEX_ADMIN_EMAIL} and
 * {@code COOPEX_ADMIN_PASSWORD}, when no admin exists yet. There is no default account.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

	private final AccountManagement accounts;

	private final CoopexProperties properties;

	FirstAdminInitializer(AccountManagement accounts, CoopexProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = this.properties.admin().email();
		String password = this.properties.admin().password();
		if (this.accounts.hasAccountWithRole(Role.ADMIN)) {
			return;
		}
		if (email == null || email.isBlank() || password == null || password.isBlank()) {
			log.warn("No platform admin yet: set COOPEX_ADMIN_EMAIL and COOPEX_ADMIN_PASSWORD to create one.");
			return;
		}
		this.accounts.createAccount(new AccountManagement.NewAccount(email, "Administrateur", Role.ADMIN,
				OrganisationKind.PLATFORM, "Coopex", null, password, false), "first-start");
		log.info("Created the first platform admin {}; they will set up their second factor at first sign-in.", email);
	}

}
