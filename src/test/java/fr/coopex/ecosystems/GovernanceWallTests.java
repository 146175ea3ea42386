package fr.coopex.ecosystems;

import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft;
import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.ledger.CompanyNames;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coopetition wall on meetings and consultations: a company's private trade name
 * shows nowhere, neither to its competitors nor to the coordinator, in the answers, the
 * voters or an open ballot's choices.
 */
@IntegrationTest
class GovernanceWallTests {

	@Autowired
	GovernanceFixtures fixtures;

	@Autowired
	EcosystemGovernance governance;

	@Autowired
	CompanyManagement companies;

	@Autowired
	ConsultationClosing closing;

	@Autowired
	MockMvc mvc;

	@Test
	void aPrivateTradeNameShowsInNoMeetingOrConsultationPage() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(2);
		CoopexUser secretive = e.members().get(0);
		String marker = "MARQUEPRIVEE" + System.nanoTime() % 100_000;
		CompanyNames.tradeName(this.companies, secretive, marker, Visibility.PRIVATE);
		ZonedDateTime at = this.fixtures.tomorrow();
		long meeting = this.governance.callMeeting(e.coordinator(), e.id(),
				new MeetingDraft("Bilan", at.toLocalDate(), at.toLocalTime(), 60, "Lyon", null, "Bilan"));
		this.governance.answer(secretive, e.id(), meeting, MeetingAnswer.YES);
		long consultation = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		this.governance.vote(secretive, e.id(), consultation, this.fixtures.options(e, consultation).get(0));
		this.closing.runAt(this.fixtures.afterDeadlines());

		String base = "/ecosystems/" + e.id();
		for (CoopexUser viewer : List.of(e.coordinator(), e.members().get(1))) {
			for (String page : List.of(base, base + "/meetings/" + meeting, base + "/consultations/" + consultation)) {
				String body = this.mvc.perform(get(page).with(user(viewer)))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(body).as(page).doesNotContain(marker).contains(secretive.organisationName());
			}
		}
	}

}
