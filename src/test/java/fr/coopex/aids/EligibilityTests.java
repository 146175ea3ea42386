package fr.coopex.aids;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import fr.coopex.aids.Eligibility.Assessment;
import fr.coopex.aids.Eligibility.Outcome;
import fr.coopex.aids.Eligibility.Verdict;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility rules: each criterion met, failed or unknown, the verdict they make
 * together, and the sentence that explains each, in French and English.
 */
class EligibilityTests {

	private static final int YEAR = 2026;

	private static final CompanyFacts SME = new CompanyFacts(HeadcountBand.FROM_50_TO_99, TurnoverBand.FROM_10M_TO_50M,
			1987, true, false, "28.41Z", "C", Region.BOURGOGNE_FRANCHE_COMTE, ExportSituation.EXPORTING);

	private final EligibilityTexts texts = texts();

	@ParameterizedTest(name = "{0} employees against fewer than {1}: {2}")
	@CsvSource(textBlock = """
			FROM_200_TO_249, 250, MET
			FROM_250_TO_499, 250, FAILED
			FROM_100_TO_199, 150, UNKNOWN
			FROM_2000_TO_4999, 5000, MET
			FROM_5000_TO_9999, 5000, FAILED
			NONE, 10, MET
			""")
	void headcountLimitsAreStrictAndBandsThatStraddleThemAreToCheck(HeadcountBand band, int limit, Outcome outcome) {
		assertThat(Eligibility.headcount(limit, band).outcome()).isEqualTo(outcome);
	}

	@ParameterizedTest(name = "{0} against at most {1} euros: {2}")
	@CsvSource(textBlock = """
			FROM_10M_TO_50M, 50000000, MET
			FROM_50M_TO_250M, 50000000, FAILED
			FROM_50M_TO_250M, 100000000, UNKNOWN
			OVER_250M, 1500000000, UNKNOWN
			UNDER_500K, 500000, MET
			NO_ACCOUNTS_YET, 50000000, UNKNOWN
			""")
	void turnoverLimitsAreInclusive(TurnoverBand band, long limit, Outcome outcome) {
		assertThat(Eligibility.turnover(limit, band).outcome()).isEqualTo(outcome);
	}

	@Test
	void aFirmOverTheHeadcountCeilingIsNotEligibleAndToldWhyInItsLanguage() {
		CompanyFacts big = facts(HeadcountBand.FROM_250_TO_499, TurnoverBand.FROM_10M_TO_50M);
		Assessment assessment = Eligibility.assess(criteria(250, null, null), big, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
		assertThat(this.texts.sentences(assessment, Locale.FRENCH))
			.containsExactly("Votre effectif (250 à 499 salariés) dépasse le plafond de 250 salariés.");
		assertThat(this.texts.sentences(assessment, Locale.ENGLISH))
			.containsExactly("Your headcount (250 to 499 employees) exceeds the limit of 250 employees.");
	}

	@Test
	void aFirmWithoutAccountsYetIsToCheckOnATurnoverCeiling() {
		CompanyFacts young = facts(HeadcountBand.FROM_1_TO_2, TurnoverBand.NO_ACCOUNTS_YET);
		Assessment assessment = Eligibility.assess(criteria(250, 50_000_000L, null), young, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.TO_CHECK);
		assertThat(this.texts.sentences(assessment, Locale.FRENCH)).containsExactly(
				"Votre effectif (1 ou 2 salariés) respecte le plafond : moins de 250 salariés.",
				"Votre entreprise n’a pas encore de bilan : à vérifier (plafond de chiffre d’affaires : 50 M€).");
	}

	@Test
	void anSmeThatMeetsEveryCriterionIsEligible() {
		Criteria criteria = new Criteria(250, 50_000_000L, CompanySize.SME, 3, true, false, false, false, false,
				Set.of("C"), Set.of(Region.BOURGOGNE_FRANCHE_COMTE), Set.of(ExportSituation.EXPORTING));
		Assessment assessment = Eligibility.assess(criteria, SME, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.ELIGIBLE);
		assertThat(assessment.reasons()).hasSize(8).allMatch((r) -> r.outcome() == Outcome.MET);
		assertThat(this.texts.sentences(assessment, Locale.FRENCH)).contains(
				"L’aide est réservée aux PME : votre effectif (50 à 99 salariés) et votre chiffre d’affaires (10 à 50 M€) y correspondent.",
				"Votre entreprise, créée en 1987, a au moins 3 ans d’existence.",
				"Votre région (Bourgogne-Franche-Comté) est couverte par l’aide.",
				"Votre activité (28.41Z) est dans un secteur couvert (sections NAF C).");
	}

	@Test
	void oneFailedCriterionOutweighsUnknownOnes() {
		Criteria criteria = new Criteria(null, null, null, null, false, true, true, false, false, Set.of(),
				Set.of(Region.OCCITANIE), Set.of());
		Assessment assessment = Eligibility.assess(criteria, SME, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
		assertThat(assessment.reasons()).extracting(Eligibility.Reason::outcome)
			.containsExactly(Outcome.FAILED, Outcome.UNKNOWN, Outcome.FAILED);
		assertThat(this.texts.sentences(assessment, Locale.FRENCH))
			.contains("Votre région (Bourgogne-Franche-Comté) n’est pas couverte : l’aide est réservée à Occitanie.");
	}

	@Test
	void anEmptyProfileMakesEveryCriterionToCheck() {
		Criteria criteria = new Criteria(250, 50_000_000L, CompanySize.SME, 3, true, true, false, true, false,
				Set.of("C"), Set.of(Region.BRETAGNE), Set.of(ExportSituation.NEVER_EXPORTED));
		Assessment assessment = Eligibility.assess(criteria, CompanyFacts.UNKNOWN, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.TO_CHECK);
		assertThat(assessment.reasons()).hasSize(10).allMatch((r) -> r.outcome() == Outcome.UNKNOWN);
		List<String> sentences = this.texts.sentences(assessment, Locale.FRENCH);
		assertThat(sentences).allMatch((s) -> s.contains("vérifier") || s.contains("Vérifier"));
		assertThat(sentences).noneMatch((s) -> s.contains("{"));
	}

	@Test
	void anAidWithoutStructuredCriteriaIsEligibleWithNoReason() {
		Assessment assessment = Eligibility.assess(Criteria.NONE, CompanyFacts.UNKNOWN, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.ELIGIBLE);
		assertThat(assessment.reasons()).isEmpty();
	}

	@ParameterizedTest(name = "founded {0}, {1} years required: {2}")
	@CsvSource(textBlock = """
			2020, 3, MET
			2023, 3, UNKNOWN
			2024, 3, FAILED
			2026, 0, UNKNOWN
			""")
	void ageCountsFromTheFoundingYear(int founded, int years, Outcome outcome) {
		assertThat(Eligibility.age(years, founded, YEAR).outcome()).isEqualTo(outcome);
	}

	@Test
	void anSmeCeilingOnTurnoverLeavesTheBalanceSheetToCheck() {
		CompanyFacts rich = facts(HeadcountBand.FROM_200_TO_249, TurnoverBand.FROM_50M_TO_250M);
		Assessment assessment = Eligibility.assess(criteria(null, null, CompanySize.SME), rich, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.TO_CHECK);
		assertThat(this.texts.sentences(assessment, Locale.FRENCH)).containsExactly(
				"L’aide est réservée aux PME : votre chiffre d’affaires (50 à 250 M€) dépasse 50 M€, mais un total de bilan d’au plus 43 M€ suffit : à vérifier.");
		CompanyFacts large = facts(HeadcountBand.FROM_500_TO_999, TurnoverBand.FROM_10M_TO_50M);
		assertThat(Eligibility.assess(criteria(null, null, CompanySize.SME), large, YEAR).verdict())
			.isEqualTo(Verdict.NOT_ELIGIBLE);
	}

	@Test
	void firstTimeExportersOnlyAndGroupings() {
		Criteria firstTime = new Criteria(null, null, null, null, false, false, false, true, false, Set.of(), Set.of(),
				Set.of());
		assertThat(Eligibility.assess(firstTime, SME, YEAR).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
		CompanyFacts newcomer = new CompanyFacts(null, null, null, null, null, null, null, null,
				ExportSituation.NEVER_EXPORTED);
		assertThat(Eligibility.assess(firstTime, newcomer, YEAR).verdict()).isEqualTo(Verdict.ELIGIBLE);
		Criteria groupings = new Criteria(null, null, null, null, false, false, false, false, true, Set.of(), Set.of(),
				Set.of());
		Assessment assessment = Eligibility.assess(groupings, SME, YEAR);
		assertThat(assessment.verdict()).isEqualTo(Verdict.TO_CHECK);
		assertThat(this.texts.sentences(assessment, Locale.ENGLISH).get(0)).contains("groupings of firms");
	}

	@Test
	void everySentenceExistsInBothLanguagesWithItsArgumentsFilledIn() {
		Criteria everything = new Criteria(250, 50_000_000L, CompanySize.SME, 3, true, true, true, true, true,
				Set.of("A"), Set.of(Region.BRETAGNE), Set.of(ExportSituation.NEVER_EXPORTED));
		for (CompanyFacts facts : List.of(SME, CompanyFacts.UNKNOWN,
				facts(HeadcountBand.FROM_10000, TurnoverBand.OVER_250M))) {
			Assessment assessment = Eligibility.assess(everything, facts, YEAR);
			for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
				assertThat(this.texts.sentences(assessment, locale)).hasSize(assessment.reasons().size())
					.noneMatch((s) -> s.contains("{") || s.startsWith("aids."));
			}
		}
	}

	private static CompanyFacts facts(HeadcountBand headcount, TurnoverBand turnover) {
		return new CompanyFacts(headcount, turnover, null, null, null, null, null, null, null);
	}

	private static Criteria criteria(Integer maxHeadcount, Long maxTurnover, CompanySize size) {
		return new Criteria(maxHeadcount, maxTurnover, size, null, false, false, false, false, false, Set.of(),
				Set.of(), Set.of());
	}

	static EligibilityTexts texts() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new EligibilityTexts(messages, new AidFormats(messages));
	}

}
