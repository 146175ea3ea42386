package fr.coopex.labels;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.CoopexUser;

/**
 * Adds labelling to the demo, once, after the other demo seeders: a regional scheme of
 * the demo agency, the chamber's North-America ecosystem labelled, and a second ecosystem
 * of the chamber whose application is under review, with the agency's question waiting
 * for the coordinator. It only calls the modules' public services.
 */
@Component
@Order(30)
class LabelsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LabelsDemoSeeder.class);

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	private final LabelSchemes schemes;

	private final LabelApplying applying;

	private final LabelReviewing reviewing;

	private final ApplicationReader reader;

	private final boolean enabled;

	LabelsDemoSeeder(AccountManagement accounts, EcosystemManagement ecosystems, LabelSchemes schemes,
			LabelApplying applying, LabelReviewing reviewing, ApplicationReader reader, CoopexProperties properties,
			Environment environment) {
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.schemes = schemes;
		this.applying = applying;
		this.reviewing = reviewing;
		this.reader = reader;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		CoopexUser agency = user("agence@demo.coopex.fr");
		CoopexUser chamber = user("coordination@demo.coopex.fr");
		if (agency == null || chamber == null || !this.schemes.ofAgency(agency).isEmpty()) {
			return;
		}
		long schemeId = this.schemes.create(agency, LabelsDemoData.scheme());
		this.schemes.publish(agency, schemeId);
		SchemeView scheme = this.schemes.find(schemeId).orElseThrow();

		long america = this.ecosystems.mine(chamber)
			.stream()
			.filter((e) -> e.name().startsWith("Industrie du futur"))
			.map(EcosystemSummary::id)
			.findFirst()
			.orElseThrow();
		long granted = submit(chamber, america, scheme);
		this.reviewing.takeUp(agency, granted, version(agency, granted));
		this.reviewing.grant(agency, granted, version(agency, granted));

		long west = this.ecosystems.create(chamber, new EcosystemDraft("Robotique et hydraulique de l’Ouest",
				"Des fabricants de cellules robotisées, de vérins et d’automates de l’Ouest et du Sud-Ouest qui prospectent ensemble l’Allemagne.",
				Set.of("DE"), Set.of("28"), true,
				"1. Chaque membre reste libre de ses prix et de ses clients.\n2. Les coûts communs sont publiés à tous les participants."));
		for (String email : List.of("robotique@demo.coopex.fr", "hydraulique@demo.coopex.fr",
				"automates@demo.coopex.fr")) {
			this.ecosystems.requestToJoin(user(email), west, null, true);
		}
		this.ecosystems.approveAll(chamber, west);
		long pending = submit(chamber, west, scheme);
		this.reviewing.takeUp(agency, pending, version(agency, pending));
		this.reviewing.requestInformation(agency, pending, version(agency, pending),
				"Pouvez-vous joindre le compte rendu de votre dernière réunion de coordination ?");
		log.info("Demo labels created: a scheme of the agency, one label granted, one application awaiting an answer");
	}

	private long submit(CoopexUser coordinator, long ecosystemId, SchemeView scheme) {
		long id = this.applying.start(coordinator, ecosystemId, scheme.id());
		for (SchemeView.Criterion c : scheme.criteria()) {
			if (c.kind() == CriterionKind.DECLARATION) {
				this.applying.answer(coordinator, id, c.id(),
						"Un comité de pilotage trimestriel ; la chambre coordonne et publie un rapport chaque semestre.");
			}
			else if (c.kind() == CriterionKind.DOCUMENT) {
				this.applying.attach(coordinator, id, c.id(), "rapport-de-transparence.pdf",
						LabelsDemoData.pdf("Rapport de transparence — exemple de démonstration"));
			}
		}
		this.applying.submit(coordinator, id);
		return id;
	}

	private long version(CoopexUser officer, long id) {
		return this.reader.view(officer, id).version();
	}

	private CoopexUser user(String email) {
		return this.accounts.findByEmail(email).map(AccountView::id).map(this.accounts::principal).orElse(null);
	}

}
