package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.coopex.companies.CompanyCard;
import fr.coopex.ecosystems.CoopetitionMap.Pair;
import fr.coopex.ecosystems.CoopetitionMap.Relation;

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
		assertThat(map.clusters()).singleElement().satisfies((cluster) -> {
			assertThat(cluster.nafClass()).isEqualTo("28.41");
			assertThat(cluster.members()).containsExactly("Alpha", "Beta");
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
		assertThat(map.links()).singleElement().satisfies((link) -> assertThat(link.competing()).isTrue());
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
	void unrelatedMembersAndHiddenActivitiesMakeNoPair() {
		CoopetitionMap map = CoopetitionMap.of(List.of(card(1, "Alpha", "28.41Z", null, Set.of(), Set.of("CN")),
				card(2, "Hidden", null, null, Set.of(), Set.of("CN")),
				card(3, "Far", "10.11Z", null, Set.of(), Set.of("BR"))));
		assertThat(map.pairs()).isEmpty();
		assertThat(map.clusters()).hasSize(3);
	}

	@Test
	void staysReadableWithTwoHundredMembers() {
		List<CompanyCard> members = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			members.add(card(i, "Membre " + i, String.format("28.%02dZ", i % 12), "piece " + (i % 7), Set.of("DE"),
					Set.of(i % 2 == 0 ? "CN" : "US")));
		}
		CoopetitionMap map = CoopetitionMap.of(members);
		assertThat(map.clusters()).hasSize(12);
		assertThat(map.shownPairs()).hasSize(CoopetitionMap.MAX_PAIRS);
		assertThat(map.hiddenPairs()).isEqualTo(map.pairs().size() - CoopetitionMap.MAX_PAIRS);
		assertThat(map.links().size()).isLessThanOrEqualTo(12 * 11);
		assertThat(map.clusters()).allSatisfy((cluster) -> {
			assertThat(cluster.x()).isBetween(0.0, CoopetitionMap.SIZE);
			assertThat(cluster.y()).isBetween(0.0, CoopetitionMap.SIZE);
		});
	}

	private static CompanyCard card(long id, String name, String naf, String keywords, Set<String> served,
			Set<String> targeted) {
		return new CompanyCard(id, name, "000000000", false, null, null, null, naf, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, served, targeted, null, keywords, null, Set.of(),
				Set.of(), Map.of(), -1, Instant.EPOCH);
	}

}
