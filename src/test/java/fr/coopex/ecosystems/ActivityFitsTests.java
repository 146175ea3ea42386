package fr.coopex.ecosystems;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.PartnerSearch;
import fr.coopex.companies.PartnerSearch.ClassPair;
import fr.coopex.companies.PartnerSearch.Cooperation;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.Coopetition.Relation;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.Suggestions.Invitee;
import fr.coopex.ecosystems.Suggestions.Partner;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Activities that fit together, observed on Coopex: two NAF classes whose companies
 * cooperate in at least three ecosystems give a reason to complement each other, with its
 * count; fewer ecosystems give none; a private activity neither counts nor receives the
 * reason; the same class never gets it; a firm with both reasons ranks first. Each test
 * takes NAF classes no company of the test database has yet, so that the platform-wide
 * counts are its own.
 */
@IntegrationTest
class ActivityFitsTests {

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
	ActivityFits fits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void activitiesSeenTogetherInThreeEcosystemsGiveTheReasonWithItsCountAndRankFirstWithAMarket() throws Exception {
		List<String> naf = unusedSubclasses(3);
		String a = naf.get(0);
		String b = naf.get(1);
		String c = naf.get(2);
		for (int i = 0; i < 3; i++) {
			cooperate(Visibility.PUBLIC, firm(a, Set.of(), Set.of(), Visibility.PUBLIC),
					firm(b, Set.of(), Set.of(), Visibility.PUBLIC));
		}
		assertThat(this.fits.fits().ecosystems(cls(a), cls(b))).isEqualTo(3);
		assertThat(this.fits.fits().ecosystems(cls(a), cls(c))).isZero();

		CoopexUser me = firm(a, Set.of(), Set.of("KI", "MH", "PW"), Visibility.PUBLIC);
		CoopexUser both = firm(b, Set.of(), Set.of("KI"), Visibility.PUBLIC);
		CoopexUser fitOnly = firm(b, Set.of("KI"), Set.of("WS"), Visibility.PUBLIC);
		CoopexUser marketOnly = firm(c, Set.of(), Set.of("KI", "MH", "PW"), Visibility.PUBLIC);
		CoopexUser same = firm(a, Set.of(), Set.of("KI"), Visibility.PUBLIC);

		Suggestions.ForMember suggested = this.partners.forMember(me);
		List<Long> mine = List.of(both.organisationId(), fitOnly.organisationId(), marketOnly.organisationId());
		assertThat(suggested.complements()).extracting((p) -> p.company().companyId())
			.filteredOn(mine::contains)
			.containsExactly(both.organisationId(), marketOnly.organisationId(), fitOnly.organisationId());
		assertThat(partner(suggested.complements(), both).reason().fit())
			.isEqualTo(new Coopetition.Fit(cls(a), cls(b), 3));
		assertThat(partner(suggested.complements(), both).reason().markets()).containsExactly("KI");
		assertThat(partner(suggested.complements(), fitOnly).reason().markets()).isEmpty();
		assertThat(partner(suggested.complements(), fitOnly).reason().fit().ecosystems()).isEqualTo(3);
		assertThat(partner(suggested.complements(), marketOnly).reason().fit()).isNull();
		// the same activity is a competitor, never an activity that fits
		assertThat(suggested.complements()).noneMatch((p) -> p.company().companyId() == same.organisationId());
		assertThat(partner(suggested.competitors(), same).reason()).satisfies((reason) -> {
			assertThat(reason.relation()).isEqualTo(Relation.COMPETE);
			assertThat(reason.fit()).isNull();
		});

		WebSession session = new WebSession(this.mvc, "198.51.100.71");
		session.signIn(me.email(), Fixtures.PASSWORD);
		String page = session.get("/ecosystems/partners").getResponse().getContentAsString();
		assertThat(page).contains("Activités qui vont ensemble : des entreprises en " + cls(a) + " (")
			.contains(" et en " + cls(b) + " (")
			.contains("coopèrent déjà dans 3 écosystèmes Coopex")
			.contains("au moins 3 écosystèmes Coopex");

		// the coordinator's companies to invite weigh the same reason against the members
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Micronésie " + UUID.randomUUID(),
				"Exporter ensemble", Set.of("WS"), Set.of(), true, null));
		CoopexUser member = firm(a, Set.of(), Set.of("TO"), Visibility.PUBLIC);
		this.ecosystems.requestToJoin(member, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);
		List<Invitee> invited = this.invitees.forCoordinator(coordinator, ecosystem).invitees();
		assertThat(invited).filteredOn((i) -> i.company().companyId() == fitOnly.organisationId())
			.singleElement()
			.satisfies((i) -> {
				assertThat(i.complements()).containsExactly(this.companies.ownProfile(member).displayName());
				assertThat(i.fits()).containsExactly(new Coopetition.Fit(cls(a), cls(b), 3));
			});
		session = new WebSession(this.mvc, "198.51.100.72");
		session.signIn(coordinator.email(), Fixtures.PASSWORD);
		assertThat(session.get("/console/ecosystems/" + ecosystem + "/suggestions").getResponse().getContentAsString())
			.contains("coopèrent déjà dans 3 écosystèmes Coopex");
	}

	@Test
	void twoEcosystemsAreNotEnoughAndAPrivateActivityNeitherCountsNorGetsTheReason() throws Exception {
		List<String> naf = unusedSubclasses(2);
		String a = naf.get(0);
		String b = naf.get(1);
		for (int i = 0; i < 2; i++) {
			cooperate(Visibility.PUBLIC, firm(a, Set.of(), Set.of(), Visibility.PUBLIC),
					firm(b, Set.of(), Set.of(), Visibility.PUBLIC));
		}
		CoopexUser me = firm(a, Set.of(), Set.of("SB"), Visibility.PUBLIC);
		CoopexUser other = firm(b, Set.of("SB"), Set.of(), Visibility.PUBLIC);
		assertThat(this.fits.fits().ecosystems(cls(a), cls(b))).isZero();
		assertThat(ids(this.partners.forMember(me))).doesNotContain(other.organisationId());

		// a third ecosystem where the firm of the second class keeps its activity private
		String marker = "MARQUEUR-" + UUID.randomUUID().toString().substring(0, 8);
		CoopexUser hidden = firm(b, Set.of("SB"), Set.of("SB"), Visibility.PRIVATE, marker);
		cooperate(Visibility.PUBLIC, firm(a, Set.of(), Set.of(), Visibility.PUBLIC), hidden);
		assertThat(this.fits.fits().ecosystems(cls(a), cls(b))).isZero();
		List<Long> before = ids(this.partners.forMember(me));
		assertThat(before).doesNotContain(other.organisationId(), hidden.organisationId());

		// a third ecosystem where it is visible to the ecosystem's members: it counts
		// there
		cooperate(Visibility.PUBLIC, firm(a, Set.of(), Set.of(), Visibility.PUBLIC),
				firm(b, Set.of(), Set.of(), Visibility.ECOSYSTEM));
		assertThat(this.fits.fits().ecosystems(cls(a), cls(b))).isEqualTo(3);
		List<Partner> complements = this.partners.forMember(me).complements();
		assertThat(partner(complements, other).reason().fit().ecosystems()).isEqualTo(3);
		// the firm whose activity is private is suggested for nothing it hides
		assertThat(complements).noneMatch((p) -> p.company().companyId() == hidden.organisationId());

		WebSession session = new WebSession(this.mvc, "198.51.100.73");
		session.signIn(me.email(), Fixtures.PASSWORD);
		assertThat(session.get("/ecosystems/partners").getResponse().getContentAsString())
			.contains("coopèrent déjà dans 3 écosystèmes Coopex")
			.doesNotContain(marker)
			.doesNotContain("/companies/" + hidden.organisationId() + "\"");

		// the private firm changes its private activity again: nothing changes for others
		update(hidden, a, Set.of("SB"), Set.of("SB"), Visibility.PRIVATE, marker);
		assertThat(this.fits.fits().ecosystems(cls(a), cls(b))).isEqualTo(3);
		assertThat(partner(this.partners.forMember(me).complements(), other).reason().fit().ecosystems()).isEqualTo(3);
	}

	@Test
	void anActivityVisibleToAnEcosystemCountsOnlyWhereTheCompanyIsActiveAndAnOptedOutOneNever() {
		List<String> naf = unusedSubclasses(2);
		CoopexUser shown = firm(naf.get(0), Set.of(), Set.of(), Visibility.PUBLIC);
		CoopexUser withinEcosystems = firm(naf.get(1), Set.of(), Set.of(), Visibility.ECOSYSTEM);
		long s = shown.organisationId();
		long w = withinEcosystems.organisationId();
		// as on a stand: the second company is no longer active in ecosystems 1 and 2
		List<Cooperation> stands = List.of(new Cooperation(1, "stand:1", s, false),
				new Cooperation(1, "stand:1", w, false), new Cooperation(2, "stand:2", s, true),
				new Cooperation(2, "stand:2", w, false), new Cooperation(3, "members:3", s, true),
				new Cooperation(3, "members:3", w, true));
		assertThat(this.search.cooperatingClasses(stands, 1))
			.containsExactly(new ClassPair(cls(naf.get(0)), cls(naf.get(1)), 1));
		update(withinEcosystems, naf.get(1), Set.of(), Set.of(), Visibility.PUBLIC, null);
		assertThat(this.search.cooperatingClasses(stands, 3))
			.containsExactly(new ClassPair(cls(naf.get(0)), cls(naf.get(1)), 3));
		this.search.setSuggestible(withinEcosystems, false);
		assertThat(this.search.cooperatingClasses(stands, 1)).isEmpty();
	}

	/** Two companies cooperating as the members of a new ecosystem. */
	private void cooperate(Visibility ignored, CoopexUser first, CoopexUser second) {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator,
				new EcosystemDraft("Atoll " + UUID.randomUUID(), "Exporter ensemble", Set.of(), Set.of(), true, null));
		this.ecosystems.requestToJoin(first, ecosystem, null, true);
		this.ecosystems.requestToJoin(second, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);
	}

	/**
	 * NAF sub-classes, each of a class no company of the database has, drawn at random
	 * and given in code order (the order in which a pair names its classes).
	 */
	private List<String> unusedSubclasses(int count) {
		return this.jdbc.queryForList("""
				select code from (
				  select min(s.code) as code from naf_code s where upper(s.level) = 'SUBCLASS'
				  and not exists (select 1 from company_profile p where substr(p.naf_code, 1, 5) = substr(s.code, 1, 5))
				  group by substr(s.code, 1, 5) order by random() limit ?
				) drawn order by code
				""", String.class, count);
	}

	private static String cls(String subclass) {
		return subclass.substring(0, 5);
	}

	private static Partner partner(List<Partner> partners, CoopexUser company) {
		return partners.stream()
			.filter((p) -> p.company().companyId() == company.organisationId())
			.findFirst()
			.orElseThrow();
	}

	private static List<Long> ids(Suggestions.ForMember suggested) {
		return suggested.complements().stream().map((p) -> p.company().companyId()).toList();
	}

	private CoopexUser firm(String naf, Set<String> served, Set<String> targeted, Visibility nafVisibility) {
		return firm(naf, served, targeted, nafVisibility, null);
	}

	/**
	 * A new firm; every field public but its activity, shown as {@code nafVisibility}.
	 */
	private CoopexUser firm(String naf, Set<String> served, Set<String> targeted, Visibility nafVisibility,
			String tradeName) {
		CoopexUser user = this.fixtures.member();
		update(user, naf, served, targeted, nafVisibility, tradeName);
		return user;
	}

	private void update(CoopexUser user, String naf, Set<String> served, Set<String> targeted, Visibility nafVisibility,
			String keywords) {
		Map<ProfileField, Visibility> visibilities = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			visibilities.put(field, Visibility.PUBLIC);
		}
		visibilities.put(ProfileField.NAF, nafVisibility);
		var own = this.companies.ownProfile(user);
		this.companies.update(user,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, naf, Region.CORSE, null, null, null,
						null, null, null, null, null, null, null, null, null, served, targeted, keywords, keywords,
						null, Set.of(), Set.of(), visibilities));
	}

}
