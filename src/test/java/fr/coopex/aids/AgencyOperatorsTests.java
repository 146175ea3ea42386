package fr.coopex.aids;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.accounts.Scope;
import fr.coopex.aids.AidCuration.Format;
import fr.coopex.aids.AidCuration.ImportRefused;
import fr.coopex.aids.AidData.Operator;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An agency curates the aids of its own operators only, as the admin set them with its
 * jurisdiction.
 */
@IntegrationTest
class AgencyOperatorsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AidCuration curation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAgencyCuratesTheAidsOfItsOperatorsAndIsRefusedAnyOther() {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String name = "Agence régionale " + System.nanoTime();
		long agency = this.organisations
			.create(admin,
					new OrganisationDraft(OrganisationKind.AGENCY, null, name, null, "ETAT-" + System.nanoTime(),
							new Scope(false, List.of("BRETAGNE")), null),
					Fixtures.uniqueEmail("officer"), Locale.FRENCH);
		this.organisations.setScope(admin, agency, new Scope(false, List.of("BRETAGNE", "NORMANDIE")),
				List.of("Région Bretagne", " Bpifrance ", ""));
		assertThat(this.organisations.operators(agency)).containsExactly("Bpifrance", "Région Bretagne");
		assertThat(this.organisations.scope(agency).regions()).containsExactly("BRETAGNE", "NORMANDIE");
		CoopexUser officer = this.accounts
			.principal(this.accounts.createAccount(new NewAccount(Fixtures.uniqueEmail("agent"), "Agent", Role.AGENCY,
					OrganisationKind.AGENCY, name, null, Fixtures.PASSWORD, true), "test"));
		assertThat(officer.organisationId()).isEqualTo(agency);

		long own = this.curation.create(officer, aid("Aide bretonne", "région bretagne"));
		this.curation.publish(officer, own);
		assertThatThrownBy(() -> this.curation.create(officer, aid("Aide occitane", "Région Occitanie")))
			.isInstanceOfSatisfying(AidInvalidException.class, (ex) -> assertThat(ex.problems())
				.contains(new AidInvalidException.Problem("operators", "aids.curation.outside-operators")));
		String json = this.curation.export(officer, Format.JSON).replace("région bretagne", "Région Occitanie");
		assertThat(json).contains("Région Occitanie");
		assertThatThrownBy(() -> this.curation.importFile(officer, Format.JSON, json))
			.isInstanceOfSatisfying(ImportRefused.class, (ex) -> assertThat(ex.problems())
				.anyMatch((p) -> p.messageKey().equals("aids.curation.outside-operators")));
		assertThat(this.curation.ofAgency(officer)).extracting((a) -> a.data().name()).containsExactly("Aide bretonne");
	}

	@Test
	void anAgencyIsRefusedPublishingOrEditingADraftOfAnotherOperatorAndNothingChanges() {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String name = "Agence normande " + System.nanoTime();
		long agency = this.organisations
			.create(admin,
					new OrganisationDraft(OrganisationKind.AGENCY, null, name, null, "ETAT-" + System.nanoTime(),
							new Scope(false, List.of("NORMANDIE")), null),
					Fixtures.uniqueEmail("officer"), Locale.FRENCH);
		CoopexUser officer = this.accounts
			.principal(this.accounts.createAccount(new NewAccount(Fixtures.uniqueEmail("agent"), "Agent", Role.AGENCY,
					OrganisationKind.AGENCY, name, null, Fixtures.PASSWORD, true), "test"));
		// a draft written before the admin named the agency's operators
		long draft = this.curation.create(officer, aid("Aide occitane", "Région Occitanie"));
		this.organisations.setScope(admin, agency, new Scope(false, List.of("NORMANDIE")), List.of("Région Normandie"));

		assertThatThrownBy(() -> this.curation.publish(officer, draft)).isInstanceOf(AidException.class)
			.hasMessage("aids.curation.outside-operators");
		AidView unchanged = this.curation.editable(officer, draft);
		assertThat(unchanged.publication()).isEqualTo(Publication.DRAFT);
		assertThatThrownBy(() -> this.curation.update(officer, draft, aid("Aide occitane revue", "Région Occitanie"),
				unchanged.version()))
			.isInstanceOfSatisfying(AidInvalidException.class, (ex) -> assertThat(ex.problems())
				.contains(new AidInvalidException.Problem("operators", "aids.curation.outside-operators")));
		assertThat(this.curation.editable(officer, draft).data().name()).isEqualTo("Aide occitane");
		assertThat(this.curation.visible(this.fixtures.user(Role.MEMBER), draft)).isEmpty();
	}

	@Test
	void anAgencyWithoutOperatorsCuratesAsBefore() {
		CoopexUser officer = this.fixtures.user(Role.AGENCY);
		long id = this.curation.create(officer, aid("Aide libre", "N’importe qui"));
		assertThat(this.curation.editable(officer, id).data().name()).isEqualTo("Aide libre");
	}

	@Test
	void onlyAgenciesHaveOperatorsAndRegionsMustExist() {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		long body = this.organisations.create(admin,
				new OrganisationDraft(OrganisationKind.COORDINATION_BODY, CoordinationCategory.OTHER,
						"Structure " + System.nanoTime(), null, "X-" + System.nanoTime(), new Scope(true, List.of()),
						null),
				Fixtures.uniqueEmail("body"), Locale.FRENCH);
		assertThatThrownBy(() -> this.organisations.setScope(admin, body, new Scope(true, List.of()), List.of("Bpi")))
			.hasMessage("accounts.organisation.operators-agency-only");
		assertThatThrownBy(
				() -> this.organisations.setScope(admin, body, new Scope(false, List.of("ATLANTIDE")), List.of()))
			.hasMessage("accounts.organisation.region-unknown");
		assertThat(this.organisations.scope(body).national()).isTrue();
	}

	private static AidData aid(String name, String operator) {
		AidData base = TestAids.data(name, LocalDate.now().plusMonths(6), List.of());
		return new AidData(base.name(), null, List.of(new Operator(operator, null)), base.kind(), base.description(),
				base.paysFor(), null, null, null, null, null, null, base.criteria(), List.of(), List.of(), List.of(),
				null, null, null, null, base.closesOn(), null, base.status(), false, List.of(), base.lastVerified());
	}

}
