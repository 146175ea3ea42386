package fr.coopex.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.accounts.OrganisationRequests;
import fr.coopex.accounts.OrganisationRequests.Applicant;
import fr.coopex.accounts.Scope;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.LegalForm;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.config.DemoNotice;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Seeds the demo once (skipped when it exists): an admin, an agency, a chamber of
 * commerce, eight mechatronics SMEs with full profiles (competitors and complements among
 * them), two ecosystems (one led by a member firm, one by the chamber) and pending
 * requests. All demo accounts share the password {@value #PASSWORD} and are exempt from
 * the second factor, so that a newcomer can sign in at once.
 */
@Component
@Order(10)
class DemoDataSeeder implements ApplicationRunner, DemoNotice.FictitiousSirens {

	static final String PASSWORD = "coopex-demo-2026";

	/** The demo's chamber of commerce: a fictitious body, not a real chamber. */
	static final String CHAMBER = "Chambre de commerce du Val-Fictif (fictive)";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final AccountManagement accounts;

	private final CompanyManagement companies;

	private final EcosystemManagement ecosystems;

	private final DemoAids aids;

	private final boolean enabled;

	private final OrganisationManagement organisations;

	private final OrganisationRequests requests;

	DemoDataSeeder(AccountManagement accounts, CompanyManagement companies, EcosystemManagement ecosystems,
			DemoAids aids, CoopexProperties properties, Environment environment, OrganisationManagement organisations,
			OrganisationRequests requests) {
		this.organisations = organisations;
		this.requests = requests;
		this.aids = aids;
		this.accounts = accounts;
		this.companies = companies;
		this.ecosystems = ecosystems;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	/** A demo SME, its manager and its profile. */
	record DemoCompany(String legalName, String siren, String manager, String email, String siret, LegalForm form,
			String naf, Region region, HeadcountBand headcount, TurnoverBand turnover, int founded,
			ExportSituation situation, Integer exportShare, Set<String> served, Set<String> targeted, String products,
			String keywords, String certifications, Set<Obstacle> obstacles, Set<Reticence> reticences) {
	}

	static final List<DemoCompany> COMPANIES = List.of(
			new DemoCompany("Mécatronique du Jura", "812345676", "Claire Martin", "membre@demo.coopex.fr",
					"81234567600017", LegalForm.SAS, "28.41Z", Region.BOURGOGNE_FRANCHE_COMTE,
					HeadcountBand.FROM_50_TO_99, TurnoverBand.FROM_10M_TO_50M, 1987, ExportSituation.EXPORTING, 35,
					Set.of("DE", "CH", "IT"), Set.of("CN", "US"),
					"Machines-outils de précision pour l’horlogerie et le médical, centres d’usinage 5 axes.",
					"usinage de précision, machines-outils, 5 axes", "ISO 9001, ISO 13485",
					Set.of(Obstacle.LANGUAGE, Obstacle.FINANCING), Set.of(Reticence.TRUST)),
			new DemoCompany("Axes & Moteurs Savoie", "823456785", "Julien Bernard", "axes@demo.coopex.fr",
					"82345678500018", LegalForm.SAS, "27.11Z", Region.AUVERGNE_RHONE_ALPES,
					HeadcountBand.FROM_100_TO_199, TurnoverBand.FROM_10M_TO_50M, 1994, ExportSituation.EXPORTING, 48,
					Set.of("DE", "Z-EU"), Set.of("US", "CN"),
					"Moteurs électriques sans balais et axes motorisés pour la robotique.",
					"moteurs, axes motorisés, robotique", "ISO 9001",
					Set.of(Obstacle.STANDARDS, Obstacle.ADMINISTRATIVE_LEGAL), Set.of(Reticence.AUTONOMY)),
			new DemoCompany("Capteurs Alsace Industrie", "834567893", "Sophie Weber", "capteurs@demo.coopex.fr",
					"83456789300013", LegalForm.SARL, "26.51B", Region.GRAND_EST, HeadcountBand.FROM_20_TO_49,
					TurnoverBand.FROM_2M_TO_10M, 2003, ExportSituation.STOPPED_PLANNING_TO_RESUME, 10, Set.of("DE"),
					Set.of("CN", "Z-NORTH_AMERICA"),
					"Capteurs de force et de couple, instrumentation pour bancs d’essai.",
					"capteurs, instrumentation, métrologie", "ISO 9001, ATEX",
					Set.of(Obstacle.MARKETING, Obstacle.LANGUAGE), Set.of(Reticence.TIME, Reticence.EXPERIENCE)),
			new DemoCompany("Robotique Loire Atlantique", "845678903", "Nicolas Leroy", "robotique@demo.coopex.fr",
					"84567890300012", LegalForm.SAS, "28.99B", Region.PAYS_DE_LA_LOIRE, HeadcountBand.FROM_20_TO_49,
					TurnoverBand.FROM_2M_TO_10M, 2011, ExportSituation.NEVER_EXPORTED, 0, Set.of(), Set.of("US", "CA"),
					"Cellules robotisées clés en main pour l’agroalimentaire.", "robotique, automatisation, cobots",
					"CE machines", Set.of(Obstacle.FINANCING, Obstacle.ADMINISTRATIVE_LEGAL),
					Set.of(Reticence.TRUST, Reticence.EXPERIENCE)),
			new DemoCompany("Hydrauliques de Bretagne", "856789011", "Anne Le Gall", "hydraulique@demo.coopex.fr",
					"85678901100017", LegalForm.SA, "28.12Z", Region.BRETAGNE, HeadcountBand.FROM_200_TO_249,
					TurnoverBand.FROM_10M_TO_50M, 1972, ExportSituation.EXPORTING, 55, Set.of("GB", "NO", "Z-EU"),
					Set.of("Z-MIDDLE_EAST"), "Vérins et centrales hydrauliques pour la marine et l’offshore.",
					"hydraulique, vérins, offshore", "ISO 9001, DNV", Set.of(Obstacle.LOGISTICS),
					Set.of(Reticence.AUTONOMY)),
			new DemoCompany("Micro-Usinage Franc-Comtois", "867890121", "Pierre Girard", "usinage@demo.coopex.fr",
					"86789012100017", LegalForm.SARL, "28.41Z", Region.BOURGOGNE_FRANCHE_COMTE,
					HeadcountBand.FROM_10_TO_19, TurnoverBand.FROM_500K_TO_2M, 2008, ExportSituation.EXPORTING, 20,
					Set.of("CH"), Set.of("CN", "DE"), "Micro-usinage et machines de décolletage sur mesure.",
					"usinage de précision, décolletage, micro-mécanique", "ISO 9001",
					Set.of(Obstacle.LANGUAGE, Obstacle.CULTURAL), Set.of(Reticence.TRUST, Reticence.TIME)),
			new DemoCompany("Automates Occitanie", "878901230", "Laura Fabre", "automates@demo.coopex.fr",
					"87890123000010", LegalForm.SAS, "27.12Z", Region.OCCITANIE, HeadcountBand.FROM_50_TO_99,
					TurnoverBand.FROM_2M_TO_10M, 1999, ExportSituation.EXPORTING, 25, Set.of("ES", "MA"),
					Set.of("US", "Z-MAGHREB"), "Armoires de commande et automates programmables pour l’industrie.",
					"automates, contrôle-commande, armoires électriques", "ISO 9001, UL",
					Set.of(Obstacle.STANDARDS, Obstacle.TECHNOLOGICAL_COMPATIBILITY), Set.of(Reticence.TIME)),
			new DemoCompany("Vision Industrielle Lyonnaise", "889012340", "Marc Dubois", "vision@demo.coopex.fr",
					"88901234000010", LegalForm.SAS, "26.70Z", Region.AUVERGNE_RHONE_ALPES, HeadcountBand.FROM_10_TO_19,
					TurnoverBand.UNDER_500K, 2019, ExportSituation.NEVER_EXPORTED, 0, Set.of(), Set.of("US", "DE"),
					"Systèmes de vision pour le contrôle qualité en ligne.",
					"vision industrielle, contrôle qualité, optique", null,
					Set.of(Obstacle.FINANCING, Obstacle.MARKETING), Set.of(Reticence.EXPERIENCE)));

	/**
	 * The demo firms' SIRENs: valid keys, made up, shown as fictitious on their pages.
	 */
	@Override
	public Set<String> sirens() {
		return COMPANIES.stream().map(DemoCompany::siren).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.accounts.findByEmail("admin@demo.coopex.fr").isPresent()) {
			return;
		}
		CoopexUser admin = create("admin@demo.coopex.fr", "Admin Démo", Role.ADMIN, OrganisationKind.PLATFORM, "Coopex",
				null);
		CoopexUser agency = create("agence@demo.coopex.fr", "Agathe Roussel", Role.AGENCY, OrganisationKind.AGENCY,
				"Agence régionale de développement économique", null);
		CoopexUser chamber = create("coordination@demo.coopex.fr", "Thomas Morel", Role.COORDINATOR,
				OrganisationKind.COORDINATION_BODY, CHAMBER, null);
		List<CoopexUser> managers = COMPANIES.stream().map(this::createCompany).toList();

		// An ecosystem led by a member firm, the Jura machine-tool maker
		CoopexUser leader = managers.get(0);
		long china = this.ecosystems.create(leader, new EcosystemDraft("Mécatronique Export Chine",
				"Partager un stand et une mission de prospection vers la Chine pour les fabricants de machines et de composants mécatroniques.",
				Set.of("CN"), Set.of("26", "27", "28"), true,
				"1. Chaque membre reste libre de ses prix et de ses clients.\n2. Les informations partagées restent confidentielles.\n3. Les coûts communs sont répartis selon les clés votées en réunion et publiés à tous les participants."));
		join(managers.get(1), china, "Nos moteurs complètent vos machines.");
		join(managers.get(5), china, "Nous visons aussi la Chine.");
		this.ecosystems.approveAll(leader, china);
		join(managers.get(2), china, "Nous reprenons l’export et cherchons des partenaires.");

		// An ecosystem coordinated by the chamber of commerce
		long america = this.ecosystems.create(chamber, new EcosystemDraft("Industrie du futur — Amérique du Nord",
				"Accompagnement collectif des PME de la mécatronique vers les États-Unis et le Canada : salons, normes UL/CSA, rendez-vous d’affaires.",
				Set.of("US", "CA", "Z-NORTH_AMERICA"), Set.of("26", "27", "28"), true,
				"1. La chambre coordonne et publie un rapport de transparence chaque semestre.\n2. Aucune information commerciale n’est échangée entre concurrents.\n3. Chaque membre peut quitter l’écosystème à tout moment."));
		join(leader, america, "Nous visons les États-Unis.");
		join(managers.get(3), america, "Premier export : nous cherchons de l’accompagnement.");
		join(managers.get(6), america, "Nos automates sont certifiés UL.");
		this.ecosystems.approveAll(chamber, america);
		join(managers.get(7), america, "Premier export, vision industrielle.");
		join(managers.get(4), america, null);
		this.aids.seed(admin, agency, leader);
		seedOrganisations(admin, agency, chamber);
		log.info("Demo data created: sign in as admin@, agence@, coordination@ or membre@demo.coopex.fr "
				+ "with the password {}", PASSWORD);
	}

	/**
	 * The agency's jurisdiction and the operators whose aids it curates (the funders of
	 * the regional aids entrusted to it); the chamber's region; and a chamber of commerce
	 * asking for an account, for the admin to review.
	 */
	private void seedOrganisations(CoopexUser admin, CoopexUser agency, CoopexUser chamber) {
		this.organisations.setScope(
				admin, agency.organisationId(), new Scope(false, List.of("GRAND_EST", "HAUTS_DE_FRANCE",
						"ILE_DE_FRANCE", "NORMANDIE", "NOUVELLE_AQUITAINE", "OCCITANIE", "PAYS_DE_LA_LOIRE")),
				this.aids.fundersOf(agency));
		this.organisations.setScope(admin, chamber.organisationId(),
				new Scope(false, List.of("BOURGOGNE_FRANCHE_COMTE")), List.of());
		this.requests.submit(
				new OrganisationDraft(OrganisationKind.COORDINATION_BODY, CoordinationCategory.CHAMBER_OF_COMMERCE,
						"CCI Grand Est", "13000635400018", null, new Scope(false, List.of("GRAND_EST")),
						"https://www.grandest.cci.fr"),
				new Applicant("Élodie Schmitt", "export@cci-grandest.demo.coopex.fr", "Conseillère export",
						"Nous accompagnons une dizaine de PME alsaciennes et lorraines vers l’Amérique du Nord et voulons coordonner un écosystème sur Coopex."),
				java.util.Locale.FRENCH);
	}

	private void join(CoopexUser manager, long ecosystemId, String message) {
		this.ecosystems.requestToJoin(manager, ecosystemId, message, true);
	}

	private CoopexUser createCompany(DemoCompany c) {
		CoopexUser manager = create(c.email(), c.manager(), Role.MEMBER, OrganisationKind.COMPANY, c.legalName(),
				c.siren());
		Map<ProfileField, Visibility> visibilities = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			visibilities.put(field, field.defaultVisibility());
		}
		long version = this.companies.ownProfile(manager).version();
		this.companies.update(manager,
				new ProfileUpdate(version, c.legalName(), null, c.siret(), c.form(), c.naf(), c.region(), null, null,
						c.headcount(), c.turnover(), true, null, c.founded() > 2010, null, c.founded(), c.situation(),
						c.exportShare(), c.exportShare() == null || c.exportShare() == 0 ? 0 : 2, c.served(),
						c.targeted(), c.products(), c.keywords(), c.certifications(), c.obstacles(), c.reticences(),
						visibilities));
		return manager;
	}

	private CoopexUser create(String email, String name, Role role, OrganisationKind kind, String organisation,
			String siren) {
		long id = this.accounts
			.createAccount(new NewAccount(email, name, role, kind, organisation, siren, PASSWORD, true), "demo");
		return this.accounts.principal(id);
	}

}
