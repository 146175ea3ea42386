package fr.coopex.ecosystems;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coordination passes from the leader firm to a coordination body and back only when the
 * other side accepts; until then nothing changes, and the proposal can be declined or
 * withdrawn.
 */
@IntegrationTest
class CoordinationHandoverTests {

	@Autowired
	CoordinationHandover handovers;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLeaderFirmHandsOverToABodyWhichAcceptsAndLaterGivesItBack() {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		CoopexUser chamber = body();
		assertThat(this.handovers.candidates(leader, id)).extracting(CoordinationHandover.Candidate::organisationId)
			.contains(chamber.organisationId());

		this.handovers.propose(leader, id, chamber.organisationId(), "À vous de jouer");

		// nothing changes before it is accepted
		assertThat(coordination(id)).isEqualTo("LEADER_FIRM");
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(leader.id());
		assertThat(this.handovers.pending(chamber, id)).hasValueSatisfying((p) -> assertThat(p.addressee()).isTrue());
		assertThat(this.handovers.pending(leader, id)).hasValueSatisfying((p) -> assertThat(p.addressee()).isFalse());
		assertThat(this.handovers.pending(this.fixtures.member(), id)).isEmpty();

		this.handovers.accept(chamber, id);

		assertThat(coordination(id)).isEqualTo("THIRD_PARTY");
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(chamber.id());
		assertThat(this.ecosystems.isCoordinator(leader, id)).isFalse();
		assertThat(role(id, leader)).isEqualTo("MEMBER");
		assertThat(this.handovers.pending(chamber, id)).isEmpty();

		// and back to the firm, which becomes the leader again
		this.handovers.propose(chamber, id, leader.organisationId(), null);
		assertThatThrownBy(() -> this.handovers.accept(this.fixtures.member(), id))
			.isInstanceOf(AccessDeniedException.class);
		this.handovers.accept(leader, id);
		assertThat(coordination(id)).isEqualTo("LEADER_FIRM");
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(leader.id());
		assertThat(role(id, leader)).isEqualTo("LEADER");
	}

	@Test
	void aDeclinedOrWithdrawnProposalChangesNothingAndOnlyOneWaitsAtATime() {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		CoopexUser chamber = body();
		CoopexUser other = body();

		this.handovers.propose(leader, id, chamber.organisationId(), null);
		assertThatThrownBy(() -> this.handovers.propose(leader, id, other.organisationId(), null))
			.isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.handover.already-pending");
		assertThatThrownBy(() -> this.handovers.accept(other, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.handovers.withdraw(chamber, id)).isInstanceOf(AccessDeniedException.class);

		this.handovers.decline(chamber, id);
		assertThat(coordination(id)).isEqualTo("LEADER_FIRM");
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(leader.id());
		assertThatThrownBy(() -> this.handovers.accept(chamber, id)).isInstanceOf(EcosystemException.class);

		this.handovers.propose(leader, id, other.organisationId(), null);
		this.handovers.withdraw(leader, id);
		assertThatThrownBy(() -> this.handovers.accept(other, id)).isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.handover.not-pending");
		assertThat(coordination(id)).isEqualTo("LEADER_FIRM");
		assertThat(this.jdbc.queryForList("select status from ecosystem_handover where ecosystem_id = ? order by id",
				String.class, id))
			.containsExactly("DECLINED", "WITHDRAWN");
	}

	@Test
	void onlyACoordinationBodyOrAMemberFirmMayBeProposed() {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		CoopexUser agency = this.fixtures.user(Role.AGENCY);
		CoopexUser outsider = this.fixtures.member();

		for (long organisation : new long[] { agency.organisationId(), outsider.organisationId(), -1 }) {
			assertThatThrownBy(() -> this.handovers.propose(leader, id, organisation, null))
				.isInstanceOf(EcosystemException.class)
				.extracting((ex) -> ((EcosystemException) ex).messageKey())
				.isEqualTo("ecosystems.handover.unknown-organisation");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from ecosystem_handover where ecosystem_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Autowired
	AccountManagement accounts;

	/**
	 * A person of a coordination body of its own (the fixtures' coordinators share one).
	 */
	private CoopexUser body() {
		return body(this.accounts);
	}

	static CoopexUser body(AccountManagement accounts) {
		long id = accounts.createAccount(new AccountManagement.NewAccount(Fixtures.uniqueEmail("chambre"),
				"Chargé de mission", Role.COORDINATOR, OrganisationKind.COORDINATION_BODY,
				"Chambre de commerce " + System.nanoTime(), null, Fixtures.PASSWORD, true), "test");
		return accounts.principal(id);
	}

	private String coordination(long id) {
		return this.jdbc.queryForObject("select coordination from ecosystem where id = ?", String.class, id);
	}

	private String role(long id, CoopexUser member) {
		return this.jdbc.queryForObject(
				"select role from ecosystem_membership where ecosystem_id = ? and company_id = ?", String.class, id,
				member.organisationId());
	}

	private static EcosystemDraft draft() {
		return new EcosystemDraft("Passage de relais " + System.nanoTime(), "Exporter ensemble", Set.of("US"),
				Set.of("28"), true, null);
	}

}
