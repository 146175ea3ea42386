package fr.coopex.aids;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.companies.Region;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue seeded with every run: the four measures of the paper and the main French
 * export aids of shared/data/export-aids.md, with only the facts that file states.
 */
@IntegrationTest
class AidSeedTests {

	@Autowired
	AidCatalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void holdsTheFourMeasuresOfThePaperAsHistoricalAids() {
		for (String shortName : List.of("CAP Export", "Groupement à l’export", "SIDEX", "INNOVEX")) {
			AidView aid = seeded(shortName);
			assertThat(aid.isPublished()).as(shortName).isTrue();
			assertThat(aid.data().status()).as(shortName).isEqualTo(AidStatus.HISTORICAL);
			assertThat(aid.data().sources()).as(shortName).anyMatch((s) -> s.contains("§2.2"));
		}
	}

	@Test
	void marksHistoricalEveryAidTheFileCallsHistoricalAndNoOther() {
		List<String> historical = List.of("CAP Export", "Groupement à l’export", "SIDEX", "INNOVEX", "Label France",
				"Crédit d’impôt export", "CAP Export (2009)");
		for (String shortName : historical) {
			assertThat(seeded(shortName).data().status()).as(shortName).isEqualTo(AidStatus.HISTORICAL);
		}
		assertThat(this.catalogue.published()
			.stream()
			.filter((a) -> a.id() < 1000 && a.data().status() == AidStatus.HISTORICAL)
			.map((a) -> a.data().shortName())).containsExactlyInAnyOrderElementsOf(historical);
		// a current regional scheme with a similar name, whose status the file does not
		// give
		assertThat(seeded("CAP Export Plus").data().status()).isNull();
		// and the other statuses, as the file gives them
		assertThat(this.jdbc.queryForList("select id from aid where id < 1000 and status = 'CLOSED' order by id",
				Long.class))
			.containsExactly(11L, 13L, 19L, 20L);
		assertThat(
				this.jdbc.queryForList("select id from aid where id < 1000 and status is null order by id", Long.class))
			.containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L);
	}

	@Test
	void seedsEveryAidOfTheReferenceFile() {
		Integer seeded = this.jdbc.queryForObject("select count(*) from aid where id < 1000", Integer.class);
		assertThat(seeded).isEqualTo(29);
		assertThat(this.jdbc.queryForObject("select count(*) from aid where id < 1000 and european", Integer.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from aid where id < 1000 and last_verified is null",
				Integer.class))
			.isZero();
	}

	@Test
	void takesAmountsAndConditionsFromTheFileAndInventsNone() {
		AidData innovex = seeded("INNOVEX").data();
		assertThat(innovex.kind()).isEqualTo(AidKind.GRANT);
		assertThat(innovex.amountMin()).isEqualByComparingTo("600");
		assertThat(innovex.amountMax()).isEqualByComparingTo("1300");
		assertThat(innovex.criteria().maxHeadcount()).isEqualTo(250);
		assertThat(innovex.criteria().maxTurnover()).isEqualTo(50_000_000L);
		assertThat(innovex.criteria().innovativeOnly()).isTrue();
		assertThat(innovex.criteria().clusterMembersOnly()).isTrue();
		assertThat(innovex.operatorNames()).containsExactly("Ubifrance");

		// "kind: not specified", "amount: not specified", "how to apply: not specified"
		AidData capExport = seeded("CAP Export").data();
		assertThat(capExport.kind()).isNull();
		assertThat(capExport.hasAmount()).isFalse();
		assertThat(capExport.amountDetails()).isNull();
		assertThat(capExport.steps()).isEmpty();
		assertThat(capExport.operatorNames()).containsExactly("État français", "Coface", "Ubifrance");

		AidData groupement = seeded("Groupement à l’export").data();
		assertThat(groupement.criteria().groupingsOnly()).isTrue();
		assertThat(groupement.hasAmount()).isFalse();
		assertThat(groupement.isForGroupings()).isTrue();

		AidData salons = seeded("Aide salons et foires").data();
		assertThat(salons.rateMin()).isEqualByComparingTo("50");
		assertThat(salons.amountMax()).isEqualByComparingTo(new BigDecimal("12500"));
		assertThat(salons.criteria().maxSize()).isEqualTo(CompanySize.SME);
		assertThat(salons.status()).isEqualTo(AidStatus.CLOSED);
		assertThat(salons.closesOn()).hasToString("2022-12-31");

		AidData pci = seeded("PCI").data();
		assertThat(pci.amountMin()).isEqualByComparingTo("30000");
		assertThat(pci.amountMax()).isEqualByComparingTo("5000000");
		assertThat(pci.criteria().minAgeYears()).isEqualTo(3);

		AidData occitanie = seeded("Contrat Export Occitanie").data();
		assertThat(occitanie.criteria().regions()).containsExactly(Region.OCCITANIE);
		assertThat(occitanie.criteria().independentOnly()).isTrue();
		assertThat(occitanie.status()).isNull();

		// the one aid of the file without a short name
		assertThat(this.catalogue.published(27)).get().satisfies((aid) -> assertThat(aid.data().shortName()).isNull());
		// no amount anywhere that the file does not give
		assertThat(this.jdbc.queryForList("select id from aid where id < 1000 and amount_max is not null", Long.class))
			.containsExactlyInAnyOrder(4L, 6L, 11L, 13L, 14L, 19L, 20L, 21L, 23L, 24L, 26L);
	}

	private AidView seeded(String shortName) {
		return this.catalogue.published()
			.stream()
			.filter((a) -> a.id() < 1000 && shortName.equals(a.data().shortName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no seeded aid " + shortName));
	}

}
