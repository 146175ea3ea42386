package fr.coopex.companies;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The NAF rév. 2 reference data as migrated on PostgreSQL, the catalogue read from it and
 * the picker endpoint.
 */
@IntegrationTest
class NafCatalogueTests {

	private static final String MOTEURS = "Fabrication de moteurs et turbines, à l'exception des moteurs d'avions et de véhicules";

	@Autowired
	NafCatalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void holdsTheWholeClassificationLevelByLevel() {
		Map<String, Long> counts = this.jdbc.queryForList("select level, count(*) as n from naf_code group by level")
			.stream()
			.collect(
					Collectors.toMap((row) -> (String) row.get("level"), (row) -> ((Number) row.get("n")).longValue()));
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(
				Map.of("section", 21L, "division", 88L, "group", 272L, "class", 615L, "subclass", 732L));
		assertThat(this.catalogue.sections()).hasSize(21);
		assertThat(this.catalogue.divisions()).hasSize(88);
		List<String> subclasses = this.jdbc.queryForList("select code from naf_code where level = 'subclass'",
				String.class);
		assertThat(subclasses).allSatisfy((code) -> assertThat(this.catalogue.isSubclass(code)).as(code).isTrue());
	}

	@Test
	void everyParentResolvesToTheLevelAbove() {
		Integer orphans = this.jdbc.queryForObject("select count(*) from naf_code c where c.parent_code is not null"
				+ " and not exists (select 1 from naf_code p where p.code = c.parent_code)", Integer.class);
		assertThat(orphans).isZero();
		Integer wrongLevels = this.jdbc.queryForObject("select count(*) from naf_code c join naf_code p"
				+ " on p.code = c.parent_code where not ((c.level = 'division' and p.level = 'section')"
				+ " or (c.level = 'group' and p.level = 'division') or (c.level = 'class' and p.level = 'group')"
				+ " or (c.level = 'subclass' and p.level = 'class'))", Integer.class);
		assertThat(wrongLevels).isZero();
		Integer rootsWithParent = this.jdbc.queryForObject(
				"select count(*) from naf_code where (level = 'section') <> (parent_code is null)", Integer.class);
		assertThat(rootsWithParent).isZero();
		List<String> codes = this.jdbc.queryForList("select code from naf_code", String.class);
		assertThat(codes).allSatisfy((code) -> {
			NafEntry entry = this.catalogue.find(code).orElseThrow();
			assertThat(this.catalogue.find(entry.sectionCode())).as(code).isPresent();
			if (entry.level() != NafLevel.SECTION) {
				assertThat(this.catalogue.find(entry.divisionCode())).as(code).isPresent();
			}
			if (entry.level() == NafLevel.SUBCLASS) {
				assertThat(this.catalogue.find(entry.classCode())).as(code).isPresent();
			}
		});
	}

	@Test
	void knowsTheClassDivisionAndSectionOfASubclass() {
		assertThat(this.catalogue.subclass("28.41Z")).hasValueSatisfying((entry) -> {
			assertThat(entry.level()).isEqualTo(NafLevel.SUBCLASS);
			assertThat(entry.label()).isEqualTo("Fabrication de machines-outils pour le travail des métaux");
			assertThat(entry.classCode()).isEqualTo("28.41");
			assertThat(entry.divisionCode()).isEqualTo("28");
			assertThat(entry.sectionCode()).isEqualTo("C");
			assertThat(entry.display()).isEqualTo("28.41Z — Fabrication de machines-outils pour le travail des métaux");
		});
		// INSEE labels the class 28.41 differently from its only sub-class
		assertThat(this.catalogue.find("28.41").map(NafEntry::label))
			.hasValue("Fabrication de machines de formage des métaux");
		assertAncestors("01.11Z", "01.11", "01", "A");
		assertAncestors("10.71C", "10.71", "10", "C");
		assertAncestors("46.69B", "46.69", "46", "G");
		assertAncestors("62.01Z", "62.01", "62", "J");
		assertAncestors("99.00Z", "99.00", "99", "U");
		assertThat(this.catalogue.find("28.4")).hasValueSatisfying((group) -> {
			assertThat(group.level()).isEqualTo(NafLevel.GROUP);
			assertThat(group.classCode()).isNull();
			assertThat(group.divisionCode()).isEqualTo("28");
			assertThat(group.sectionCode()).isEqualTo("C");
		});
		assertThat(this.catalogue.find("C")).hasValueSatisfying((section) -> {
			assertThat(section.level()).isEqualTo(NafLevel.SECTION);
			assertThat(section.sectionCode()).isEqualTo("C");
			assertThat(section.divisionCode()).isNull();
		});
		assertThat(this.catalogue.sections().get(0).code()).isEqualTo("A");
		assertThat(this.catalogue.divisions().get(0).code()).isEqualTo("01");
	}

	@Test
	void acceptsCodesAsPeopleTypeThem() {
		for (String typed : List.of("28.41Z", "28.41z", "2841Z", "2841z", " 28.41Z ", "28 41 Z")) {
			assertThat(this.catalogue.subclass(typed)).as(typed).map(NafEntry::code).hasValue("28.41Z");
		}
		assertThat(NafCatalogue.normalise("2841z")).hasValue("28.41Z");
		assertThat(NafCatalogue.normalise("284")).hasValue("28.4");
		assertThat(NafCatalogue.normalise("c")).hasValue("C");
		assertThat(this.catalogue.find("c").map(NafEntry::code)).hasValue("C");
		assertThat(this.catalogue.isSubclass("28.41")).isFalse();
		assertThat(this.catalogue.isSubclass("28.41A")).isFalse();
		assertThat(this.catalogue.isSubclass("28")).isFalse();
	}

	@Test
	void findsSubclassesByWordsIgnoringCaseAndAccents() {
		for (String text : List.of("fabrication moteurs", "FABRICATION MOTEURS", "moteur", "Fabrication de moteurs")) {
			assertThat(this.catalogue.search(text, 20)).as(text)
				.extracting(NafEntry::code, NafEntry::label)
				.contains(tuple("28.11Z", MOTEURS));
		}
		assertThat(codes("vehicules avions")).contains("28.11Z");
		assertThat(codes("électroménagers")).containsExactly("27.51Z", "46.43Z", "47.54Z", "95.22Z");
		assertThat(codes("ELECTROMENAGERS fabrication")).containsExactly("27.51Z");
		assertThat(codes("electro")).contains("26.60Z", "27.51Z");
		assertThat(codes("moteurs turbines")).containsExactly("28.11Z");
		assertThat(codes("moteurs zzzz")).isEmpty();
		assertThat(codes("oeuvre")).contains("43.99C", "77.40Z");
		assertThat(codes("Œuvres")).contains("77.40Z");
	}

	@Test
	void findsSubclassesByTheWordsPeopleUseAndTheLabelsOfEveryLevel() {
		// neither word is in a label: INSEE's notes put industrial robots in 28.99B and
		// the design of process-control systems in 33.20C
		assertThat(codes("robot")).contains("28.99B");
		assertThat(codes("Robots")).contains("28.99B");
		assertThat(codes("automatisme")).contains("27.12Z", "33.20C");
		assertThat(codes("AUTOMATISMES")).contains("27.12Z", "33.20C");
		// a word of a parent's label: 28.41Z's group is "machines de formage des métaux
		// et de machines-outils"
		assertThat(codes("formage")).contains("28.41Z");
		// stems and elisions: "l'électricité" and "électriques" meet "électrique"
		assertThat(codes("commande électriques")).first().isEqualTo("27.12Z");
		// the sub-class whose own label holds the words comes before those found
		// through a parent
		assertThat(codes("machines-outils")).first().isEqualTo("28.41Z");
	}

	@Test
	void findsSubclassesByCodePrefixExactCodeFirst() {
		assertThat(codes("28.4")).containsExactly("28.41Z", "28.49Z");
		assertThat(codes("284")).containsExactly("28.41Z", "28.49Z");
		assertThat(codes("28.41z")).containsExactly("28.41Z");
		assertThat(codes("28")).hasSize(20).allMatch((code) -> code.startsWith("28.")).isSorted();
		assertThat(this.catalogue.search("28", 100)).hasSize(23);
		// stemmed: "moteurs" also finds "outillage portatif à moteur incorporé"
		assertThat(codes("28 moteurs")).containsExactly("28.11Z", "28.24Z");
		assertThat(this.catalogue.search("10", 3)).hasSize(3);
	}

	@Test
	void answersBlankOrOddInputWithoutError() {
		for (String text : new String[] { null, "", "   ", "%", "_", "'", "%%", "' or 1=1 --", "\\", "<script>",
				"28.41Z%", "\u0000", "x".repeat(5_000), "28".repeat(2_500) }) {
			assertThat(this.catalogue.search(text, 20)).as(String.valueOf(text)).hasSizeLessThanOrEqualTo(20);
			assertThat(this.catalogue.subclass(text)).isEmpty();
			assertThat(this.catalogue.find(text)).isEmpty();
			assertThat(this.catalogue.isSubclass(text)).isFalse();
		}
		assertThat(this.catalogue.search("%", 20)).isEmpty();
		assertThat(this.catalogue.search("_", 20)).isEmpty();
		assertThat(this.catalogue.search("'", 20)).isEmpty();
		assertThat(this.catalogue.search(null, 20)).isEmpty();
		assertThat(this.catalogue.search("  ", 20)).isEmpty();
		assertThat(this.catalogue.search("x".repeat(5_000), 20)).isEmpty();
		assertThat(this.catalogue.search("moteurs " + " ".repeat(5_000), 20)).extracting(NafEntry::code)
			.contains("28.11Z");
		assertThat(this.catalogue.search("moteurs", 0)).isEmpty();
		assertThat(this.catalogue.search("moteurs", -1)).isEmpty();
	}

	@Test
	void offersMatchingSubclassesToTheProfilePicker() throws Exception {
		this.mvc.perform(get("/reference/naf").param("q", "moteurs").with(user(this.fixtures.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"28.11Z\">28.11Z — Fabrication de moteurs")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("datalist"))));
	}

	@Test
	void escapesTheQueryWhenNothingMatches() throws Exception {
		this.mvc
			.perform(get("/reference/naf").param("q", "<script>alert(1)</script>").with(user(this.fixtures.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>"))));
		this.mvc.perform(get("/reference/naf").param("q", " ").with(user(this.fixtures.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<option"))));
	}

	private List<String> codes(String text) {
		return this.catalogue.search(text, 20).stream().map(NafEntry::code).toList();
	}

	private void assertAncestors(String code, String classCode, String divisionCode, String sectionCode) {
		NafEntry entry = this.catalogue.subclass(code).orElseThrow();
		assertThat(entry.classCode()).as(code).isEqualTo(classCode);
		assertThat(entry.divisionCode()).as(code).isEqualTo(divisionCode);
		assertThat(entry.sectionCode()).as(code).isEqualTo(sectionCode);
	}

}
