package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's company joins a pool with what its card at ecosystem level shows.
 */
class ParticipantDraftTests {

	private final CoopexUser member = new CoopexUser(3, "ana@example.fr", "Ana", Role.MEMBER, 12, "Account name", null,
			false, true);

	@Test
	void takesTheVisibleNameHeadcountAndExportSituation() {
		ParticipantDraft draft = ParticipantDraft.ofMember(this.member,
				card("Trade name", HeadcountBand.FROM_20_TO_49, ExportSituation.NEVER_EXPORTED), new BigDecimal("12"),
				new BigDecimal("2"), 3);

		assertThat(draft)
			.isEqualTo(new ParticipantDraft(12, "Trade name", new BigDecimal("12"), new BigDecimal("2"), 49, true, 3));
	}

	@Test
	void knowsNoSubsidyCriterionTheCardHides() {
		ParticipantDraft draft = ParticipantDraft.ofMember(this.member, card(null, null, null), BigDecimal.ZERO,
				BigDecimal.ONE, 0);

		assertThat(draft.name()).isEqualTo("Legal name");
		assertThat(draft.headcount()).isNull();
		assertThat(draft.firstTimeExporter()).isFalse();
	}

	@Test
	void fallsBackOnTheAccountWithoutACard() {
		ParticipantDraft draft = ParticipantDraft.ofMember(this.member, null, BigDecimal.ZERO, BigDecimal.ONE, 0);

		assertThat(draft)
			.isEqualTo(new ParticipantDraft(12, "Account name", BigDecimal.ZERO, BigDecimal.ONE, null, false, 0));
	}

	private static CompanyCard card(String tradeName, HeadcountBand headcount, ExportSituation exportSituation) {
		return new CompanyCard(12, "Legal name", null, false, tradeName, null, null, null, null, null, null, null,
				headcount, null, null, null, null, null, null, exportSituation, null, null, Set.of(), Set.of(), null,
				null, null, Set.of(), Set.of(), Map.of(), 0, null);
	}

}
