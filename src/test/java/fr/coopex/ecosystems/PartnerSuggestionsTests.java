package fr.coopex.ecosystems;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.PartnerSearch;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.Coopetition.Relation;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.Suggestions.ForMember;
import fr.coopex.ecosystems.Suggestions.Partner;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner suggestions on hand-built profiles: complements ranked first with their
 * reasons, competitors apart, the ecosystem to join; a company's private field never
 * changes what another firm is suggested; a company that opts out is suggested to nobody.
 * Each test uses markets of its own (small countries nobody else in the test database
 * names) so that other tests' companies never come in.
 */
@IntegrationTest
class PartnerSuggestionsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	PartnerSearch search;

	@Autowired
	PartnerSuggestions partners;

	@Autowired
	InviteSuggestions invitees;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	MockMvc mvc;

	@Test
	void complementsComeFirstWithTheirReasonsAndCompetitorsApart() {
		CoopexUser me = firm("28.41Z", Region.BRETAGNE, Set.of("BT", "LA"), "vannes, robinets", Visibility.PUBLIC);
		CoopexUser strong = firm("27.11Z", Region.BRETAGNE, Set.of("BT", "LA"), "moteurs", Visibility.PUBLIC);
		CoopexUser weak = firm("26.51B", Region.CORSE, Set.of("BT"), "capteurs", Visibility.PUBLIC);
		CoopexUser rival = firm("28.41Z", Region.CORSE, Set.of("LA"), "vannes", Visibility.PUBLIC);
		CoopexUser far = firm("10.11Z", Region.CORSE, Set.of("FJ"), "viande", Visibility.PUBLIC);
		long ecosystem = this.ecosystems.create(strong, new EcosystemDraft("Himalaya " + UUID.randomUUID(),
				"Exporter ensemble", Set.of("BT"), Set.of(), true, null));

		ForMember suggested = this.partners.forMember(me);

		assertThat(suggested.complements()).extracting((p) -> p.company().companyId())
			.containsExactly(strong.organisationId(), weak.organisationId());
		Partner first = suggested.complements().get(0);
		assertThat(first.reason().relation()).isEqualTo(Relation.COMPLEMENT);
		assertThat(first.reason().markets()).containsExactly("BT", "LA");
		assertThat(first.sameRegion()).isTrue();
		assertThat(suggested.competitors()).singleElement().satisfies((p) -> {
			assertThat(p.company().companyId()).isEqualTo(rival.organisationId());
			assertThat(p.reason().sameClass()).isTrue();
			assertThat(p.reason().keywords()).containsExactly("vannes");
		});
		assertThat(suggested.complements()).noneMatch((p) -> p.company().companyId() == far.organisationId());
		assertThat(suggested.ecosystems()).singleElement().satisfies((join) -> {
			assertThat(join.ecosystem().id()).isEqualTo(ecosystem);
			assertThat(join.partners()).containsExactly(this.companies.ownProfile(strong).displayName());
		});
	}

	@Test
	void aPrivateFieldNeverChangesWhatAnotherFirmIsSuggested() throws Exception {
		CoopexUser me = firm("28.41Z", Region.BRETAGNE, Set.of("TV"), null, Visibility.PUBLIC);
		CoopexUser seen = firm("27.11Z", Region.BRETAGNE, Set.of("TV"), null, Visibility.PUBLIC);
		String marker = "MARQUEUR-" + UUID.randomUUID().toString().substring(0, 8);
		CoopexUser hidden = firm("27.12Z", Region.BRETAGNE, Set.of("TV"), marker, Visibility.PRIVATE);
		List<Long> before = ids(this.partners.forMember(me));
		assertThat(before).containsExactly(seen.organisationId());

		// the hidden firm changes its private fields: nothing changes for the other firm
		update(hidden, "26.51B", Region.CORSE, Set.of("TV", "NR"), marker + " capteurs", Visibility.PRIVATE);
		assertThat(ids(this.partners.forMember(me))).isEqualTo(before);

		WebSession session = new WebSession(this.mvc, "198.51.100.61");
		session.signIn(me.email(), Fixtures.PASSWORD);
		String page = session.get("/ecosystems/partners").getResponse().getContentAsString();
		assertThat(page).contains(this.companies.ownProfile(seen).displayName())
			.doesNotContain(marker)
			.doesNotContain("/companies/" + hidden.organisationId() + "\"");
	}

	@Test
	void aFirmThatOptsOutIsSuggestedToNobody() throws Exception {
		CoopexUser me = firm("28.41Z", Region.BRETAGNE, Set.of("NU"), null, Visibility.PUBLIC);
		CoopexUser shy = firm("27.11Z", Region.BRETAGNE, Set.of("NU"), null, Visibility.PUBLIC);
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Pacifique " + UUID.randomUUID(),
				"Exporter ensemble", Set.of("NU"), Set.of(), true, null));
		this.ecosystems.requestToJoin(me, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);
		assertThat(this.invitees.forCoordinator(coordinator, ecosystem).invitees()).singleElement().satisfies((i) -> {
			assertThat(i.company().companyId()).isEqualTo(shy.organisationId());
			assertThat(i.complements()).containsExactly(this.companies.ownProfile(me).displayName());
			assertThat(i.markets()).containsExactly("NU");
		});

		WebSession session = new WebSession(this.mvc, "198.51.100.62");
		session.signIn(coordinator.email(), Fixtures.PASSWORD);
		String siren = this.companies.ownProfile(shy).siren();
		assertThat(session.get("/console/ecosystems/" + ecosystem + "/suggestions").getResponse().getContentAsString())
			.contains("/ecosystems/" + ecosystem + "?invite=" + siren + "#invite-siren");
		assertThat(session.get("/ecosystems/" + ecosystem + "?invite=" + siren).getResponse().getContentAsString())
			.contains("value=\"" + siren + "\"");
		assertThat(session.get("/console/ecosystems/" + ecosystem + "/matrix").getResponse().getContentAsString())
			.contains("id=\"matrix\"");
		assertThat(session.get("/console/ecosystems/" + ecosystem + "/matrix.csv").getResponse().getStatus())
			.isEqualTo(200);

		this.search.setSuggestible(shy, false);

		assertThat(this.search.suggestible(shy.organisationId())).isFalse();
		assertThat(this.invitees.forCoordinator(coordinator, ecosystem).invitees()).isEmpty();
		CoopexUser other = firm("28.41Z", Region.BRETAGNE, Set.of("NU"), null, Visibility.PUBLIC);
		assertThat(ids(this.partners.forMember(other))).doesNotContain(shy.organisationId());
		this.search.setSuggestible(shy, true);
		assertThat(ids(this.partners.forMember(other))).contains(shy.organisationId());
	}

	@Test
	void aFirmShowingItsMarketsOnlyToItsEcosystemsIsNeverSuggestedToAStranger() {
		CoopexUser discreet = firm("27.11Z", Region.BRETAGNE, Set.of("WS"), null, Visibility.ECOSYSTEM);
		CoopexUser fellow = firm("28.41Z", Region.BRETAGNE, Set.of("WS"), null, Visibility.PUBLIC);
		CoopexUser stranger = firm("28.41Z", Region.BRETAGNE, Set.of("WS"), null, Visibility.PUBLIC);
		CoopexUser open = firm("26.51B", Region.BRETAGNE, Set.of("WS"), null, Visibility.PUBLIC);
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Samoa " + UUID.randomUUID(),
				"Exporter ensemble", Set.of("WS"), Set.of(), true, null));
		this.ecosystems.requestToJoin(discreet, ecosystem, null, true);
		this.ecosystems.requestToJoin(fellow, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);

		// a fellow member sees its markets, but is not suggested a firm it already works
		// with
		assertThat(ids(this.partners.forMember(fellow))).contains(open.organisationId())
			.doesNotContain(discreet.organisationId());
		assertThat(ids(this.partners.forMember(stranger))).contains(open.organisationId())
			.doesNotContain(discreet.organisationId());
	}

	private static List<Long> ids(ForMember suggested) {
		return suggested.complements().stream().map((p) -> p.company().companyId()).toList();
	}

	/**
	 * A new firm: its activity, region, targeted markets and keywords, all with one
	 * visibility.
	 */
	private CoopexUser firm(String naf, Region region, Set<String> targeted, String keywords, Visibility visibility) {
		CoopexUser user = this.fixtures.member();
		update(user, naf, region, targeted, keywords, visibility);
		return user;
	}

	private void update(CoopexUser user, String naf, Region region, Set<String> targeted, String keywords,
			Visibility visibility) {
		Map<ProfileField, Visibility> visibilities = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			visibilities.put(field, visibility);
		}
		var own = this.companies.ownProfile(user);
		String tradeName = visibility == Visibility.PRIVATE ? keywords : null;
		this.companies.update(user,
				new ProfileUpdate(own.version(), own.legalName(), tradeName, null, null, naf, region, null, null, null,
						null, null, null, null, null, null, null, null, null, Set.of(), targeted, keywords, keywords,
						null, Set.of(), Set.of(), visibilities));
	}

}
