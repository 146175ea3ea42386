package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.AidSearchResult.FacetValue;
import fr.coopex.aids.Eligibility.Verdict;
import fr.coopex.companies.Region;
import fr.coopex.shared.text.FrenchAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Searching the catalogue in memory: French word forms, ranking, facets and their counts,
 * sorting, pages, and text taken literally.
 */
class CatalogueIndexTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static final List<AidView> AIDS = List.of(
			aid(1, "Aide aux salons internationaux", "Participation à des salons à l’étranger.", "Région Bretagne",
					AidKind.GRANT, Set.of(PaysFor.TRADE_FAIRS), Set.of(Region.BRETAGNE), AidStatus.OPEN,
					TODAY.plusDays(10)),
			aid(2, "Prospection collective", "Missions de prospection collectives vers l’Asie.", "Business France",
					AidKind.COLLECTIVE_ACTION, Set.of(PaysFor.PROSPECTION, PaysFor.COLLECTIVE_ACTIONS), Set.of(),
					AidStatus.OPEN, TODAY.plusDays(90)),
			aid(3, "Assurance Prospection", "Avance sur un budget de prospection ; un salon peut en faire partie.",
					"Bpifrance", AidKind.INSURANCE_GUARANTEE, Set.of(PaysFor.PROSPECTION, PaysFor.TRADE_FAIRS),
					Set.of(), AidStatus.OPEN, null),
			aid(4, "Chèque export régional", "Prestations d’accompagnement à 100% ; taux_zéro <b>gras</b>.",
					"Région Occitanie", AidKind.GRANT, Set.of(PaysFor.EXPORT_ADVICE), Set.of(Region.OCCITANIE),
					AidStatus.CLOSED, TODAY.minusDays(5)),
			aid(5, "Ancien dispositif", "Historique.", "Ubifrance", null, Set.of(), Set.of(), AidStatus.HISTORICAL,
					null));

	private final CatalogueIndex index = index(AIDS);

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			salon                  | 1,3
			SALONS                 | 1,3
			Salon internationaux   | 1
			prospection            | 2,3
			Prospections           | 2,3
			prospec                | 2,3
			collectif              | 2
			régionale              | 4
			REGIONAL               | 4
			bpifrance              | 3
			trade fair             | 1,3
			100%                   | 4
			%                      | 4
			taux_zéro              | 4
			<b>gras</b>            | 4
			robert'); DROP TABLE aid;-- | ''
			""")
	void findsFrenchWordFormsWhateverTheCaseAndAccents(String text, String expectedIds) {
		AidSearch search = new AidSearch(text, null, null, null, null, null, false, false, AidSearch.Sort.NAME, 0, 20);
		List<Long> ids = this.index.search(search, null, TODAY).hits().stream().map((h) -> h.aid().id()).toList();
		List<Long> expected = expectedIds.isEmpty() ? List.of()
				: java.util.Arrays.stream(expectedIds.split(",")).map(Long::valueOf).toList();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void ranksTheNameAboveTheDescription() {
		var result = this.index.search(query("salon"), null, TODAY);
		assertThat(result.hits()).extracting((h) -> h.aid().id()).containsExactly(1L, 3L);
		var prospection = this.index.search(query("prospection"), null, TODAY);
		assertThat(prospection.hits()).extracting((h) -> h.aid().id()).containsExactly(3L, 2L);
	}

	@Test
	void everyWordMustMatchAndTheWeightsOfTheWordsAdd() {
		CatalogueIndex words = index(List.of(
				aid(11, "Alpaga salon", "Conseil à l’export.", "Région Bretagne", AidKind.GRANT, Set.of(), Set.of(),
						AidStatus.OPEN, null),
				aid(12, "Zèbre salon export", "Rien d’autre.", "Région Bretagne", AidKind.GRANT, Set.of(), Set.of(),
						AidStatus.OPEN, null),
				aid(13, "Bison", "Un salon à l’export.", "Région Bretagne", AidKind.GRANT, Set.of(), Set.of(),
						AidStatus.OPEN, null),
				aid(14, "Castor export", "Rien d’autre.", "Région Bretagne", AidKind.GRANT, Set.of(), Set.of(),
						AidStatus.OPEN, null)));
		// both words in the name first, then one word in the name and one in the
		// description, then both in the description; an aid with one word only is not
		// found
		assertThat(words
			.search(new AidSearch("salon export", null, null, null, null, null, false, false, AidSearch.Sort.RELEVANCE,
					0, 20), null, TODAY)
			.hits()).extracting((h) -> h.aid().id()).containsExactly(12L, 11L, 13L);
		assertThat(words
			.search(new AidSearch("salon expo", null, null, null, null, null, false, false, AidSearch.Sort.RELEVANCE, 0,
					20), null, TODAY)
			.hits()).extracting((h) -> h.aid().id()).containsExactly(12L, 11L, 13L);
	}

	@Test
	void withoutWordsListsOpenAidsFirstThenByName() {
		var result = this.index.search(AidSearch.all(), null, TODAY);
		assertThat(result.total()).isEqualTo(5);
		assertThat(result.hits()).extracting((h) -> h.aid().id()).containsExactly(1L, 3L, 2L, 4L, 5L);
	}

	@Test
	void facetsCombineAndCountWhatEachValueWouldGive() {
		AidSearch byKindAndPays = new AidSearch(null, null, AidKind.GRANT, PaysFor.TRADE_FAIRS, null, null, false,
				false, AidSearch.Sort.RELEVANCE, 0, 20);
		var result = this.index.search(byKindAndPays, null, TODAY);
		assertThat(result.hits()).extracting((h) -> h.aid().id()).containsExactly(1L);
		// kinds counted with the pays-for choice only: aids 1 (grant) and 3 (insurance)
		assertThat(result.facets().kinds()).extracting(FacetValue::code, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("GRANT", 1, true),
					org.assertj.core.groups.Tuple.tuple("INSURANCE_GUARANTEE", 1, false));
		// pays-for counted with the kind choice only: aids 1 and 4
		assertThat(result.facets().paysFor()).extracting(FacetValue::code, FacetValue::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TRADE_FAIRS", 1),
					org.assertj.core.groups.Tuple.tuple("EXPORT_ADVICE", 1));
		assertThat(result.facets().operators()).extracting(FacetValue::code).containsExactly("Région Bretagne");
	}

	@Test
	void countsRegionsStatusesAndOperatorsWhatEachValueWouldGive() {
		// a sixth aid: a second one of Bpifrance, in two regions
		List<AidView> aids = new java.util.ArrayList<>(AIDS);
		aids.add(aid(6, "Prêt export régional", "Un prêt pour exporter.", "Bpifrance", AidKind.LOAN,
				Set.of(PaysFor.FINANCING), Set.of(Region.BRETAGNE, Region.OCCITANIE), AidStatus.OPEN, null));
		CatalogueIndex six = index(aids);

		var everything = six.search(AidSearch.all(), null, TODAY).facets();
		assertThat(everything.regions()).extracting(FacetValue::code, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple(AidSearch.NATIONAL, 3, false), tuple("BRETAGNE", 2, false),
					tuple("OCCITANIE", 2, false));
		assertThat(everything.statuses()).extracting(FacetValue::code, FacetValue::count)
			.containsExactlyInAnyOrder(tuple("OPEN", 4), tuple("CLOSED", 1), tuple("HISTORICAL", 1));
		assertThat(everything.operators()).extracting(FacetValue::code, FacetValue::count)
			.containsExactlyInAnyOrder(tuple("Bpifrance", 2), tuple("Région Bretagne", 1), tuple("Business France", 1),
					tuple("Région Occitanie", 1), tuple("Ubifrance", 1));
		assertThat(everything.operators().get(0).code()).isEqualTo("Bpifrance");

		var openInBretagne = six.search(
				new AidSearch(null, null, null, null, "BRETAGNE", AidStatus.OPEN, false, false, null, 0, 20), null,
				TODAY);
		assertThat(openInBretagne.hits()).extracting((h) -> h.aid().id()).containsExactlyInAnyOrder(1L, 6L);
		// regions counted with the status choice only: open aids 1, 2, 3 and 6
		assertThat(openInBretagne.facets().regions())
			.extracting(FacetValue::code, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple(AidSearch.NATIONAL, 2, false), tuple("BRETAGNE", 2, true),
					tuple("OCCITANIE", 1, false));
		// statuses counted with the region choice only: aids 1 and 6, both open
		assertThat(openInBretagne.facets().statuses())
			.extracting(FacetValue::code, FacetValue::count, FacetValue::selected)
			.containsExactly(tuple("OPEN", 2, true));
		assertThat(openInBretagne.facets().operators()).extracting(FacetValue::code, FacetValue::count)
			.containsExactlyInAnyOrder(tuple("Région Bretagne", 1), tuple("Bpifrance", 1));

		var ofBpifranceClosed = six.search(
				new AidSearch(null, "Bpifrance", null, null, null, AidStatus.CLOSED, false, false, null, 0, 20), null,
				TODAY);
		assertThat(ofBpifranceClosed.hits()).isEmpty();
		// operators counted with the status choice only: aid 4; statuses with the
		// operator
		// choice only: aids 3 and 6; a chosen value that finds nothing is still shown
		assertThat(ofBpifranceClosed.facets().operators())
			.extracting(FacetValue::code, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple("Région Occitanie", 1, false), tuple("Bpifrance", 0, true));
		assertThat(ofBpifranceClosed.facets().statuses())
			.extracting(FacetValue::code, FacetValue::count, FacetValue::selected)
			.containsExactlyInAnyOrder(tuple("OPEN", 2, false), tuple("CLOSED", 0, true));
		assertThat(ofBpifranceClosed.facets().regions()).isEmpty();
	}

	@Test
	void filtersByRegionOperatorStatusAndDeadline() {
		assertThat(ids(new AidSearch(null, null, null, null, "BRETAGNE", null, false, false, null, 0, 20)))
			.containsExactly(1L);
		assertThat(ids(new AidSearch(null, null, null, null, AidSearch.NATIONAL, null, false, false, null, 0, 20)))
			.containsExactlyInAnyOrder(2L, 3L, 5L);
		assertThat(ids(new AidSearch(null, "Bpifrance", null, null, null, null, false, false, null, 0, 20)))
			.containsExactly(3L);
		assertThat(ids(new AidSearch(null, null, null, null, null, AidStatus.HISTORICAL, false, false, null, 0, 20)))
			.containsExactly(5L);
		var soon = this.index.search(new AidSearch(null, null, null, null, null, null, true, false, null, 0, 20), null,
				TODAY);
		assertThat(soon.hits()).extracting((h) -> h.aid().id()).containsExactly(1L);
		assertThat(soon.facets().closingSoon()).isEqualTo(1);
	}

	@Test
	void sortsByDeadlineComingFirst() {
		assertThat(ids(new AidSearch(null, null, null, null, null, null, false, false, AidSearch.Sort.DEADLINE, 0, 20)))
			.containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void keepsOnlyTheAidsTheCompanyMayGetWhenAsked() {
		byte[] verdicts = new byte[5];
		// positions follow the name order: Aide, Ancien, Assurance, Chèque, Prospection
		verdicts[0] = (byte) Verdict.ELIGIBLE.ordinal();
		verdicts[1] = (byte) Verdict.NOT_ELIGIBLE.ordinal();
		verdicts[2] = (byte) Verdict.TO_CHECK.ordinal();
		verdicts[3] = (byte) Verdict.NOT_ELIGIBLE.ordinal();
		verdicts[4] = (byte) Verdict.ELIGIBLE.ordinal();
		var result = this.index.search(new AidSearch(null, null, null, null, null, null, false, true, null, 0, 20),
				verdicts, TODAY);
		assertThat(result.hits()).extracting((h) -> h.aid().id()).containsExactly(1L, 3L, 2L);
		assertThat(result.hits().get(1).verdict()).isEqualTo(Verdict.TO_CHECK);
		assertThat(result.facets().forMyCompany()).isEqualTo(3);
	}

	@Test
	void pagesThroughTheResultsAndShowsTheFirstPageForOneThatDoesNotExist() {
		var second = this.index.search(
				new AidSearch(null, null, null, null, null, null, false, false, AidSearch.Sort.NAME, 1, 2), null,
				TODAY);
		assertThat(second.pageCount()).isEqualTo(3);
		assertThat(second.hits()).extracting((h) -> h.aid().id()).containsExactly(3L, 4L);
		var beyond = this.index.search(
				new AidSearch(null, null, null, null, null, null, false, false, AidSearch.Sort.NAME, 99, 2), null,
				TODAY);
		assertThat(beyond.pageOutOfRange()).isTrue();
		assertThat(beyond.page()).isZero();
	}

	@ParameterizedTest(name = "{0} meets {1}")
	@CsvSource(textBlock = """
			salons, salon
			régionaux, régional
			régionales, REGIONAL
			réseaux, réseau
			collectives, collectif
			exportations, exportation
			aides, aide
			l’export, export
			V.I.E, vie
			PME, pme
			""")
	void analysesTheUsualFormsOfAWordAlike(String word, String other) {
		assertThat(FrenchAnalysis.terms(word)).hasSize(1).isEqualTo(FrenchAnalysis.terms(other));
	}

	@ParameterizedTest(name = "\"{0}\" finds the V.I.E")
	@CsvSource(textBlock = """
			vie
			V.I.E
			VIE
			volontariat international
			Volontariat International en Entreprise
			""")
	void findsTheVieByItsAcronymOrItsName(String text) {
		CatalogueIndex index = index(List.of(
				aid(21, "V.I.E (Volontariat international en entreprise)", "Un jeune volontaire à l’étranger.",
						"Business France", AidKind.STAFFING, Set.of(PaysFor.VIE), Set.of(), AidStatus.OPEN, null),
				aid(22, "Assurance Prospection", "Avance de trésorerie.", "Bpifrance", AidKind.INSURANCE_GUARANTEE,
						Set.of(PaysFor.PROSPECTION), Set.of(), AidStatus.OPEN, null)));
		AidSearch search = new AidSearch(text, null, null, null, null, null, false, false, AidSearch.Sort.RELEVANCE, 0,
				20);
		assertThat(index.search(search, null, TODAY).hits()).extracting((h) -> h.aid().id()).containsExactly(21L);
	}

	@ParameterizedTest(name = "{0} finds {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			l'export               | 6
			l’export               | 6
			d'honneur              | 6
			"Objectif Monde"       | 7
			"objectif              | 7
			« Objectif »           | 7
			'                      | 6
			"                      | 7
			"Objectif Lune"        | ``
			""")
	void findsANameWithQuotesWhenTheQueryHasThem(String text, String expectedIds) {
		CatalogueIndex quoted = index(List.of(
				aid(6, "Prêt d’honneur à l'export", "Un prêt sans garantie.", "Bpifrance", AidKind.LOAN, Set.of(),
						Set.of(), AidStatus.OPEN, null),
				aid(7, "Programme \"Objectif Monde\"", "Un accompagnement.", "Business France", AidKind.ADVISORY,
						Set.of(), Set.of(), AidStatus.OPEN, null),
				aid(8, "Aide au développement international", "Sans guillemets.", "Région", AidKind.GRANT, Set.of(),
						Set.of(), AidStatus.OPEN, null)));
		List<Long> ids = quoted.search(query(text), null, TODAY).hits().stream().map((h) -> h.aid().id()).toList();
		List<Long> expected = expectedIds.isEmpty() ? List.of()
				: java.util.Arrays.stream(expectedIds.split(",")).map(Long::valueOf).toList();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
	}

	private List<Long> ids(AidSearch search) {
		return this.index.search(search, null, TODAY).hits().stream().map((h) -> h.aid().id()).toList();
	}

	private static AidSearch query(String text) {
		return new AidSearch(text, null, null, null, null, null, false, false, AidSearch.Sort.RELEVANCE, 0, 20);
	}

	@Test
	void ranksOpenAidsFirstThenUnknownClosedAndHistoricalWhateverTheWords() {
		// the closed and historical aids name the word; the open one only describes it
		CatalogueIndex index = index(List.of(
				aid(11, "Salon historique", "Salon.", "Ubifrance", null, Set.of(), Set.of(), AidStatus.HISTORICAL,
						null),
				aid(12, "Salon fermé", "Salon.", "Région", null, Set.of(), Set.of(), AidStatus.CLOSED, null),
				aid(13, "Aide au statut inconnu", "Un salon.", "Région", null, Set.of(), Set.of(), null, null),
				aid(14, "Aide ouverte", "Un salon.", "Bpifrance", null, Set.of(), Set.of(), AidStatus.OPEN, null)));
		for (AidSearch.Sort sort : List.of(AidSearch.Sort.RELEVANCE, AidSearch.Sort.DEADLINE)) {
			AidSearch search = new AidSearch("salon", null, null, null, null, null, false, false, sort, 0, 20);
			assertThat(index.search(search, null, TODAY).hits()).as(sort.name())
				.extracting((h) -> h.aid().id())
				.containsExactly(14L, 13L, 12L, 11L);
		}
	}

	@Test
	void closedAndHistoricalAidsAreNeverForMyCompany() {
		byte[] allEligible = new byte[AIDS.size()];
		java.util.Arrays.fill(allEligible, (byte) Verdict.ELIGIBLE.ordinal());
		AidSearch mine = new AidSearch(null, null, null, null, null, null, false, true, AidSearch.Sort.RELEVANCE, 0,
				20);
		var result = this.index.search(mine, allEligible, TODAY);
		assertThat(result.hits()).extracting((h) -> h.aid().id()).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(result.facets().forMyCompany()).isEqualTo(3);
	}

	@Test
	void theOpenFilterHidesTheAidsOfUnknownStatusSaysHowManyAndIncludesThemOnRequest() {
		List<AidView> aids = new java.util.ArrayList<>(AIDS);
		aids.add(aid(7, "Aide régionale au statut à vérifier", "Salons.", "Région Bretagne", AidKind.GRANT,
				Set.of(PaysFor.TRADE_FAIRS), Set.of(Region.BRETAGNE), null, null));
		CatalogueIndex seven = index(aids);
		AidSearch open = new AidSearch(null, null, null, null, null, AidStatus.OPEN, false, false,
				AidSearch.Sort.RELEVANCE, 0, 20);
		var onlyOpen = seven.search(open, null, TODAY);
		assertThat(onlyOpen.hits()).extracting((h) -> h.aid().id()).containsExactly(1L, 3L, 2L);
		assertThat(onlyOpen.facets().unknownStatus()).isEqualTo(1);
		var withUnknown = seven.search(new AidSearch(null, null, null, null, null, AidStatus.OPEN, false, false,
				AidSearch.Sort.RELEVANCE, 0, 20, true), null, TODAY);
		assertThat(withUnknown.hits()).extracting((h) -> h.aid().id()).containsExactly(1L, 3L, 2L, 7L);
		// other statuses do not take the aids of unknown status along
		assertThat(new AidSearch(null, null, null, null, null, AidStatus.CLOSED, false, false, AidSearch.Sort.RELEVANCE,
				0, 20, true)
			.includeUnknown()).isFalse();
	}

	private static CatalogueIndex index(List<AidView> aids) {
		return new CatalogueIndex(aids, 7,
				(key) -> key.endsWith("TRADE_FAIRS") ? "Salons professionnels Trade fairs" : "");
	}

	static AidView aid(long id, String name, String description, String operator, AidKind kind, Set<PaysFor> paysFor,
			Set<Region> regions, AidStatus status, LocalDate closesOn) {
		Criteria criteria = new Criteria(null, null, null, null, false, false, false, false, false, Set.of(), regions,
				Set.of());
		AidData data = new AidData(name, null, List.of(new Operator(operator, null)), kind, description, paysFor, null,
				null, BigDecimal.TEN, null, null, null, criteria, List.of(), List.of(), List.of(), null, null, null,
				null, closesOn, null, status, false, List.of(), null);
		return new AidView(id, null, Publication.PUBLISHED, data, Instant.EPOCH, Instant.EPOCH, 0);
	}

}
