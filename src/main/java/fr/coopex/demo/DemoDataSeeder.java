package fr.coopex.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.Role;

/**
 * Seeds the demo organisations and accounts once (skipped when they exist). All demo
 * accounts share the password {@value #PASSWORD} and are exempt from the second factor,
 * so that a newcomer can sign in at once.
 */
@Component
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

	static final String PASSWORD = "coopex-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final AccountManagement accounts;

	private final boolean enabled;

	DemoDataSeeder(AccountManagement accounts, CoopexProperties properties, Environment environment) {
		this.accounts = accounts;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	/** The eight mechatronics SMEs of the demo, with their managers. */
	record DemoCompany(String legalName, String siren, String manager, String email) {
	}

	static final List<DemoCompany> COMPANIES = List.of(
			new DemoCompany("Mécatronique du Jura", "812345676", "Claire Martin", "membre@demo.coopex.fr"),
			new DemoCompany("Axes & Moteurs Savoie", "823456785", "Julien Bernard", "axes@demo.coopex.fr"),
			new DemoCompany("Capteurs Alsace Industrie", "834567893", "Sophie Weber", "capteurs@demo.coopex.fr"),
			new DemoCompany("Robotique Loire Atlantique", "845678903", "Nicolas Leroy", "robotique@demo.coopex.fr"),
			new DemoCompany("Hydrauliques de Bretagne", "856789011", "Anne Le Gall", "hydraulique@demo.coopex.fr"),
			new DemoCompany("Micro-Usinage Franc-Comtois", "867890121", "Pierre Girard", "usinage@demo.coopex.fr"),
			new DemoCompany("Automates Occitanie", "878901230", "Laura Fabre", "automates@demo.coopex.fr"),
			new DemoCompany("Vision Industrielle Lyonnaise", "889012340", "Marc Dubois", "vision@demo.coopex.fr"));

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.accounts.findByEmail("admin@demo.coopex.fr").isPresent()) {
			return;
		}
		create("admin@demo.coopex.fr", "Admin Démo", Role.ADMIN, OrganisationKind.PLATFORM, "Coopex", null);
		create("agence@demo.coopex.fr", "Agathe Roussel", Role.AGENCY, OrganisationKind.AGENCY,
				"Agence régionale de développement économique", null);
		create("coordination@demo.coopex.fr", "Thomas Morel", Role.COORDINATOR, OrganisationKind.COORDINATION_BODY,
				"CCI Bourgogne-Franche-Comté", null);
		for (DemoCompany company : COMPANIES) {
			create(company.email(), company.manager(), Role.MEMBER, OrganisationKind.COMPANY, company.legalName(),
					company.siren());
		}
		log.info("Demo data created: sign in as admin@, agence@, coordination@ or membre@demo.coopex.fr "
				+ "with the password {}", PASSWORD);
	}

	private void create(String email, String name, Role role, OrganisationKind kind, String organisation,
			String siren) {
		this.accounts.createAccount(new NewAccount(email, name, role, kind, organisation, siren, PASSWORD, true),
				"demo");
	}

}
