package fr.coopex.ecosystems;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarded life of a membership.
 */
class MembershipTests {

	private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void aRequestIsApprovedOnce() {
		Membership membership = requested();
		membership.approve(MembershipRole.ASSOCIATE, 7, this.now);
		assertThat(membership.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
		assertThat(membership.getRole()).isEqualTo(MembershipRole.ASSOCIATE);
		assertThatThrownBy(() -> membership.approve(MembershipRole.MEMBER, 8, this.now))
			.isInstanceOf(EcosystemException.class)
			.hasMessage("ecosystems.decision.already-decided");
	}

	@Test
	void aWithdrawnRequestCannotBeDecided() {
		Membership membership = requested();
		membership.withdraw(this.now);
		assertThatThrownBy(() -> membership.approve(MembershipRole.MEMBER, 7, this.now))
			.hasMessage("ecosystems.decision.withdrawn");
		assertThatThrownBy(() -> membership.reject("no", 7, this.now)).hasMessage("ecosystems.decision.withdrawn");
	}

	@Test
	void aCompanyIsNeverTwiceInTheSameEcosystem() {
		Membership membership = requested();
		assertThatThrownBy(() -> membership.request("again", 2, 1, this.now))
			.hasMessage("ecosystems.join.already-pending");
		membership.approve(MembershipRole.MEMBER, 7, this.now);
		assertThatThrownBy(() -> membership.request("again", 2, 1, this.now))
			.hasMessage("ecosystems.join.already-member");
		assertThatThrownBy(() -> membership.invite(MembershipRole.MEMBER, 7, this.now))
			.hasMessage("ecosystems.join.already-member");
	}

	@Test
	void leavingIsAlwaysPossibleAndOneMayComeBack() {
		Membership membership = requested();
		membership.approve(MembershipRole.MEMBER, 7, this.now);
		membership.leave(this.now);
		assertThat(membership.getStatus()).isEqualTo(MembershipStatus.LEFT);
		assertThatThrownBy(() -> membership.leave(this.now)).hasMessage("ecosystems.leave.not-member");
		membership.request("back", 2, 3, this.now);
		assertThat(membership.getStatus()).isEqualTo(MembershipStatus.REQUESTED);
		assertThat(membership.getCharterVersionAccepted()).isEqualTo(3);
	}

	@Test
	void anInvitationIsAcceptedOrDeclinedByTheCompany() {
		Membership invited = new Membership(1, 2);
		invited.invite(MembershipRole.ASSOCIATE, 7, this.now);
		assertThatThrownBy(() -> invited.approve(MembershipRole.MEMBER, 7, this.now))
			.isInstanceOf(EcosystemException.class);
		invited.acceptInvitation(3, 2, this.now);
		assertThat(invited.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
		assertThat(invited.getRole()).isEqualTo(MembershipRole.ASSOCIATE);
		assertThat(invited.getCharterVersionAccepted()).isEqualTo(2);
	}

	@Test
	void theStatusOfAnEcosystemOnlyMovesForward() {
		assertThat(EcosystemStatus.FORMING.canBecome(EcosystemStatus.ACTIVE)).isTrue();
		assertThat(EcosystemStatus.ACTIVE.canBecome(EcosystemStatus.DISSOLVED)).isTrue();
		assertThat(EcosystemStatus.ACTIVE.canBecome(EcosystemStatus.FORMING)).isFalse();
		assertThat(EcosystemStatus.DISSOLVED.canBecome(EcosystemStatus.ACTIVE)).isFalse();
	}

	private Membership requested() {
		Membership membership = new Membership(1, 2);
		membership.request("hello", 3, 1, this.now);
		return membership;
	}

}
