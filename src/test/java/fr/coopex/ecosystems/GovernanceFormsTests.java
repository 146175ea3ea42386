package fr.coopex.ecosystems;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the consultation pages: the form again with the reason, nothing changed.
 */
@IntegrationTest
class GovernanceFormsTests {

	@Autowired
	GovernanceFixtures fixtures;

	@Autowired
	EcosystemGovernance governance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aConsultationWithOneOptionOrAPastDeadlineGetsTheFormAgain() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		ZonedDateTime tomorrow = this.fixtures.tomorrow();
		this.mvc.perform(open(e, "Oui", tomorrow))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Proposez au moins deux options différentes.")));
		this.mvc.perform(open(e, "Oui\nNon", tomorrow.minusDays(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("L’échéance doit être dans le futur.")));
		assertThat(this.jdbc.queryForObject("select count(*) from ecosystem_consultation where ecosystem_id = ?",
				Integer.class, e.id()))
			.isZero();
		this.mvc.perform(open(e, "Oui\nNon", tomorrow)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aSecondVoteOfTheSameCompanyGetsThePageAgainWithTheReason() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, true, null, "Oui", "Non");
		long option = this.fixtures.options(e, id).get(0);
		String vote = "/ecosystems/" + e.id() + "/consultations/" + id + "/vote";
		this.mvc
			.perform(post(vote).with(csrf()).with(user(e.members().get(0))).param("optionId", Long.toString(option)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(vote).with(csrf()).with(user(e.members().get(0))).param("optionId", Long.toString(option)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Votre entreprise a déjà voté : une seule voix par entreprise.")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_consultation_ballot where consultation_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	private static MockHttpServletRequestBuilder open(Ecosystem e, String options, ZonedDateTime deadline) {
		return post("/ecosystems/" + e.id() + "/consultations/new").with(csrf())
			.with(user(e.coordinator()))
			.param("question", "Aller à Milan ?")
			.param("options", options)
			.param("quorumPercent", "50")
			.param("majority", "SIMPLE")
			.param("deadlineDay", deadline.toLocalDate().toString())
			.param("deadlineTime", "18:00");
	}

}
