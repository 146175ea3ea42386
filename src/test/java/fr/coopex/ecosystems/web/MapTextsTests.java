package fr.coopex.ecosystems.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.ActivityFits;
import fr.coopex.ecosystems.CoopetitionMap;
import fr.coopex.ecosystems.CoopetitionMaps.Roster;
import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.shared.web.WrittenViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The words of a coopetition map: each pair's reason, a member the viewers may not name,
 * in French and in English, written once per map and language.
 */
class MapTextsTests {

	private final Markets markets = mock(Markets.class);

	private final NafCatalogue naf = mock(NafCatalogue.class);

	private final MapTextsWriter writer;

	MapTextsTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.writer = new MapTextsWriter(messages, this.markets, this.naf);
		when(this.markets.names(any(), eq(Locale.FRENCH))).thenReturn(List.of("Chine"));
		when(this.markets.names(any(), eq(Locale.ENGLISH))).thenReturn(List.of("China"));
		when(this.naf.label("25.62")).thenReturn("Usinage");
		when(this.naf.label("28.41")).thenReturn("");
	}

	@Test
	void aPairSaysWhyInTheReadersLanguageAndAnUnnamedMemberByItsActivity() {
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", Set.of("CN")),
				card(2, null, "27.11Z", Set.of("CN")), card(3, "Gamma", "28.41A", Set.of())));
		Roster roster = new Roster(List.of(), map, new WrittenViews());

		MapTexts french = this.writer.of(roster, Locale.FRENCH);
		CoopetitionMap.Pair complement = map.pairsOf(1L)
			.stream()
			.filter((p) -> p.involves(2))
			.findFirst()
			.orElseThrow();
		assertThat(french.names(complement)).isEqualTo("Alpha — un membre en ?");
		assertThat(french.other(complement, 1L)).isEqualTo("un membre en ?");
		assertThat(french.why(complement)).extracting(MapTexts.Part::text)
			.containsExactly("Marchés en commun : Chine.");
		assertThat(french.edge(map.edges().stream().filter((e) -> e.pair() == complement).findFirst().orElseThrow()))
			.isEqualTo("Alpha — un membre en 27.11 : Complémentarité. Marchés en commun : Chine.");
		assertThat(french.summary()).isEqualTo("Paires en concurrence : 1. Paires complémentaires : 1.");
		assertThat(
				french.node(map.nodes().stream().filter((n) -> n.companyId() == 2).findFirst().orElseThrow()).label())
			.isEqualTo("un membre en 27.11 (27.11)");

		MapTexts english = this.writer.of(roster, Locale.ENGLISH);
		assertThat(english.why(complement)).extracting(MapTexts.Part::text)
			.singleElement()
			.satisfies((text) -> assertThat(text).contains("China").doesNotContain("Chine"));
		assertThat(english.relation(complement.relation())).isNotEqualTo(french.relation(complement.relation()));
		// written once per map and language
		assertThat(this.writer.of(roster, Locale.FRENCH)).isSameAs(french);
		// the roster's rows: role and region named, a dash for a region not shared
		assertThat(french
			.member(new EcosystemDetail.Member(1, card(1, "Alpha", "28.41Z", Set.of()), MembershipRole.LEADER)))
			.isEqualTo(new MapTexts.MemberRow("Entreprise leader", "—"));
		assertThat(english
			.member(new EcosystemDetail.Member(1, card(1, "Alpha", "28.41Z", Set.of()), MembershipRole.LEADER))
			.role()).isEqualTo("Leader firm");
	}

	@Test
	void activitiesThatFitTogetherAreNamedWithTheirLabels() {
		ActivityFits.Fits fits = new ActivityFits.Fits(Map.of("25.62|28.41", 4));
		CoopetitionMap map = CoopetitionMap
			.of(List.of(card(1, "Alpha", "28.41Z", Set.of("CN")), card(2, "Usinage", "25.62B", Set.of("BR"))), fits);
		MapTexts texts = this.writer.of(new Roster(List.of(), map, new WrittenViews()), Locale.FRENCH);

		assertThat(texts.why(map.pairs().get(0))).last().satisfies((part) -> {
			assertThat(part.text()).contains("25.62 (Usinage)").contains("28.41").contains("4");
			assertThat(part.css()).isEqualTo("activity-fit");
		});
	}

	private static CompanyCard card(long id, String name, String naf, Set<String> targeted) {
		return new CompanyCard(id, name, "000000000", false, null, null, null, naf, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, Set.of(), targeted, null, null, null, Set.of(),
				Set.of(), Map.of(), -1, Instant.EPOCH);
	}

}
