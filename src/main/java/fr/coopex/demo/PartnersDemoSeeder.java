package fr.coopex.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.config.DemoNotice;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Partners for the demo member to discover, once, after the main demo data: three firms
 * that show their markets publicly, outside the demo member's ecosystems (an electronics
 * maker and an industrial software house, which complement the Jura machine-tool maker,
 * and a machining competitor), in an ecosystem open to requests that the member may ask
 * to join.
 */
@Component
@Order(25)
class PartnersDemoSeeder implements ApplicationRunner, DemoNotice.FictitiousSirens {

	record Firm(String name, String siren, String email, String manager, String naf, Region region,
			Set<String> targeted, String products, String keywords) {
	}

	static final List<Firm> FIRMS = List.of(new Firm("Électronique Embarquée Normandie", "891234569",
			"electronique@demo.coopex.fr", "Hélène Marchand", "26.11Z", Region.NORMANDIE, Set.of("CN", "US", "JP"),
			"Cartes électroniques de commande pour machines et robots.", "cartes électroniques, commande numérique"),
			new Firm("Logiciels Industriels Bordelais", "892345679", "logiciels@demo.coopex.fr", "Karim Benali",
					"62.01Z", Region.NOUVELLE_AQUITAINE, Set.of("CN", "JP"),
					"Logiciels de supervision et de maintenance prédictive des lignes de production.",
					"supervision, maintenance prédictive"),
			new Firm("Usinage Grand Ouest", "893456780", "usinage-ouest@demo.coopex.fr", "Yann Guillou", "28.41Z",
					Region.PAYS_DE_LA_LOIRE, Set.of("CN"), "Centres d’usinage pour l’aéronautique.",
					"usinage de précision, aéronautique"));

	private final AccountManagement accounts;

	private final CompanyManagement companies;

	private final EcosystemManagement ecosystems;

	private final boolean enabled;

	PartnersDemoSeeder(AccountManagement accounts, CompanyManagement companies, EcosystemManagement ecosystems,
			CoopexProperties properties, Environment environment) {
		this.accounts = accounts;
		this.companies = companies;
		this.ecosystems = ecosystems;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public Set<String> sirens() {
		return FIRMS.stream().map(Firm::siren).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.accounts.findByEmail(FIRMS.get(0).email()).isPresent()) {
			return;
		}
		List<CoopexUser> managers = FIRMS.stream().map(this::create).toList();
		CoopexUser leader = managers.get(0);
		long asia = this.ecosystems.create(leader, new EcosystemDraft("Électronique et logiciels — Asie",
				"Salons et rendez-vous d’affaires en Chine et au Japon pour les fournisseurs d’équipements industriels : électronique, logiciels, mécanique.",
				Set.of("CN", "JP"), Set.of("26", "28", "62"), true,
				"1. Chaque membre reste libre de ses prix et de ses clients.\n2. Les informations partagées restent confidentielles.\n3. Les coûts communs sont répartis selon les clés votées en réunion."));
		this.ecosystems.requestToJoin(managers.get(1), asia, "Nos logiciels complètent vos cartes.", true);
		this.ecosystems.requestToJoin(managers.get(2), asia, "Nous visons la Chine.", true);
		this.ecosystems.approveAll(leader, asia);
	}

	/** A firm whose identity, activity and markets are public, so that others find it. */
	private CoopexUser create(Firm firm) {
		long id = this.accounts.createAccount(new NewAccount(firm.email(), firm.manager(), Role.MEMBER,
				OrganisationKind.COMPANY, firm.name(), firm.siren(), DemoDataSeeder.PASSWORD, true), "demo");
		CoopexUser manager = this.accounts.principal(id);
		Map<ProfileField, Visibility> visibilities = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			visibilities.put(field, field.defaultVisibility());
		}
		visibilities.put(ProfileField.MARKETS_TARGETED, Visibility.PUBLIC);
		long version = this.companies.ownProfile(manager).version();
		this.companies.update(manager,
				new ProfileUpdate(version, firm.name(), null, null, null, firm.naf(), firm.region(), null, null, null,
						null, true, null, null, null, null, null, null, null, Set.of(), firm.targeted(),
						firm.products(), firm.keywords(), null, Set.of(), Set.of(), visibilities));
		return manager;
	}

}
