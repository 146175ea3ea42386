package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.coopex.companies.CompanyCard;
import fr.coopex.ecosystems.CoopetitionMap.Pair;
import fr.coopex.ecosystems.Coopetition.Relation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who competes and who complements whom, from what the cards show.
 */
class CoopetitionMapTests {

	@Test
	void membersOfTheSameNafClassCompete() {
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", null, Set.of(), Set.of()),
				card(2, "Beta", "28.41A", null, Set.of(), Set.of())));
		assertThat(map.pairs()).singleElement().satisfies((pair) -> {
			assertThat(pair.relation()).isEqualTo(Relation.COMPETE);
			assertThat(pair.sameClass()).isTrue();
		});
		assertThat(map.groups()).singleElement().satisfies((group) -> {
			assertThat(group.nafClass()).isEqualTo("28.41");
			assertThat(group.members()).containsExactly("Alpha", "Beta");
			assertThat(group.competing()).isTrue();
		});
		assertThat(map.nodes()).extracting(CoopetitionMap.Node::name).containsExactly("Alpha", "Beta");
		assertThat(map.edges()).singleElement().satisfies((edge) -> {
			assertThat(edge.competing()).isTrue();
			assertThat(edge.pair().first()).isEqualTo("Alpha");
			assertThat(edge.anchor()).isEqualTo("pair-0");
		});
	}

	@Test
	void sameProductsOnASharedMarketCompeteAcrossClasses() {
		CoopetitionMap map = CoopetitionMap
			.of(List.of(card(1, "Alpha", "28.41Z", "usinage de précision, 5 axes", Set.of("DE"), Set.of("CN")),
					card(2, "Gamma", "25.62B", "Usinage de Précision", Set.of(), Set.of("CN"))));
		Pair pair = map.pairs().get(0);
		assertThat(pair.relation()).isEqualTo(Relation.COMPETE);
		assertThat(pair.sameClass()).isFalse();
		assertThat(pair.keywords()).containsExactly("usinage de precision");
		assertThat(pair.markets()).containsExactly("CN");
		assertThat(map.edges()).singleElement().satisfies((edge) -> assertThat(edge.competing()).isTrue());
	}

	@Test
	void differentActivitiesTargetingTheSameMarketComplementEachOther() {
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", "machines", Set.of(), Set.of("CN")),
				card(2, "Moteurs", "27.11Z", "moteurs", Set.of(), Set.of("CN", "US"))));
		Pair pair = map.pairs().get(0);
		assertThat(pair.relation()).isEqualTo(Relation.COMPLEMENT);
		assertThat(pair.markets()).containsExactly("CN");
		assertThat(map.complementaryPairs()).isEqualTo(1);
	}

	@Test
	void activitiesThatFitTogetherComplementEachOtherWithoutACommonMarket() {
		ActivityFits.Fits fits = new ActivityFits.Fits(Map.of("25.62|28.41", 4));
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", "machines", Set.of(), Set.of("CN")),
				card(2, "Usinage", "25.62B", "pièces", Set.of(), Set.of("BR")),
				card(3, "Hidden", null, null, Set.of(), Set.of("BR"))), fits);
		assertThat(map.pairs()).singleElement().satisfies((pair) -> {
			assertThat(pair.relation()).isEqualTo(Relation.COMPLEMENT);
			assertThat(pair.markets()).isEmpty();
			assertThat(pair.reason().fit().ecosystems()).isEqualTo(4);
			assertThat(Set.of(pair.reason().fit().mine(), pair.reason().fit().theirs()))
				.containsExactlyInAnyOrder("28.41", "25.62");
		});
		// without the observed fit, nothing relates them
		assertThat(CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", "machines", Set.of(), Set.of("CN")),
				card(2, "Usinage", "25.62B", "pièces", Set.of(), Set.of("BR"))))
			.pairs()).isEmpty();
	}

	@Test
	void membersOfTheSameActivityNeverFitTogether() {
		ActivityFits.Fits fits = new ActivityFits.Fits(Map.of("28.41|28.41", 9));
		assertThat(fits.ecosystems("28.41", "28.41")).isZero();
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", null, Set.of(), Set.of()),
				card(2, "Beta", "28.41A", null, Set.of(), Set.of())), fits);
		assertThat(map.pairs()).singleElement().satisfies((pair) -> {
			assertThat(pair.relation()).isEqualTo(Relation.COMPETE);
			assertThat(pair.reason().fit()).isNull();
		});
	}

	@Test
	void unrelatedMembersAndHiddenActivitiesMakeNoPair() {
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", null, Set.of(), Set.of("CN")),
				card(2, "Hidden", null, null, Set.of(), Set.of("CN")),
				card(3, "Far", "10.11Z", null, Set.of(), Set.of("BR"))));
		assertThat(map.pairs()).isEmpty();
		assertThat(map.groups()).hasSize(3);
		assertThat(map.nodes()).hasSize(3);
	}

	@Test
	void staysReadableWithTwoHundredMembersByDrawingActivities() {
		List<CompanyCard> members = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			members.add(card(i, "Membre " + i, String.format("28.%02dZ", i % 12), "piece " + (i % 7), Set.of("DE"),
					Set.of(i % 2 == 0 ? "CN" : "US")));
		}
		CoopetitionMap map = CoopetitionMap.of(members);
		assertThat(map.collapsed()).isTrue();
		assertThat(map.nodes()).isEmpty();
		assertThat(map.groups()).hasSize(12);
		assertThat(map.shownPairs()).hasSize(CoopetitionMap.MAX_PAIRS);
		assertThat(map.hiddenPairs()).isEqualTo(map.pairs().size() - CoopetitionMap.MAX_PAIRS);
		assertThat(map.edges().size()).isLessThanOrEqualTo(12 * 11);
		assertThat(map.edges()).allSatisfy((edge) -> assertThat(edge.pairs()).isPositive());
		assertThat(map.pairsOf(7L)).isNotEmpty().allSatisfy((pair) -> assertThat(pair.involves(7)).isTrue());
		assertThat(map.groups()).allSatisfy((group) -> {
			assertThat(group.x()).isBetween(0.0, CoopetitionMap.SIZE);
			assertThat(group.y()).isBetween(0.0, CoopetitionMap.SIZE);
		});
	}

	@Test
	void drawsEachCompanyUpToThirtyMembersWithinThePicture() {
		List<CompanyCard> members = new java.util.ArrayList<>();
		for (int i = 0; i < CoopetitionMap.COLLAPSE_ABOVE; i++) {
			members.add(card(i, "Membre " + i, String.format("2%d.11Z", i % 5), null, Set.of(), Set.of("US")));
		}
		CoopetitionMap map = CoopetitionMap.of(members);
		assertThat(map.collapsed()).isFalse();
		assertThat(map.nodes()).hasSize(CoopetitionMap.COLLAPSE_ABOVE);
		assertThat(map.edges()).hasSameSizeAs(map.pairs());
		assertThat(map.shownPairs()).hasSameSizeAs(map.pairs());
		assertThat(map.nodes()).allSatisfy((node) -> {
			assertThat(node.x()).isBetween(0.0, CoopetitionMap.SIZE);
			assertThat(node.y()).isBetween(0.0, CoopetitionMap.SIZE);
		});
		assertThat(map.groupOf(3L)).isEqualTo(
				map.groups().stream().filter((g) -> g.nafClass().equals("23.11")).findFirst().orElseThrow().index());
	}

	@Test
	void aNameTheViewersMayNotSeeStaysUnnamed() {
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, null, "28.41Z", null, Set.of(), Set.of()),
				card(2, "Beta", "28.41A", null, Set.of(), Set.of())));
		assertThat(map.nodes()).extracting(CoopetitionMap.Node::name).containsExactly("Beta", null);
		assertThat(map.pairs()).singleElement().satisfies((pair) -> assertThat(pair.second()).isNull());
	}

	private static CompanyCard card(long id, String name, String naf, String keywords, Set<String> served,
			Set<String> targeted) {
		return new CompanyCard(id, name, "000000000", false, null, null, null, naf, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, served, targeted, null, keywords, null, Set.of(),
				Set.of(), Map.of(), -1, Instant.EPOCH);
	}

}
