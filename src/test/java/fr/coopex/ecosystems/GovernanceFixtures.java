package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemGovernance.ConsultationDraft;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;

/**
 * An ecosystem run by a coordination body with three member companies, and consultations
 * in it, through the modules' public services.
 */
@Component
public class GovernanceFixtures {

	private final Fixtures fixtures;

	private final EcosystemManagement ecosystems;

	private final EcosystemGovernance governance;

	private final Clock clock;

	GovernanceFixtures(Fixtures fixtures, EcosystemManagement ecosystems, EcosystemGovernance governance, Clock clock) {
		this.fixtures = fixtures;
		this.ecosystems = ecosystems;
		this.governance = governance;
		this.clock = clock;
	}

	/** An ecosystem, its coordinator and its member companies (one person each). */
	public record Ecosystem(long id, String name, CoopexUser coordinator, List<CoopexUser> members) {
	}

	public Ecosystem ecosystemWithMembers(int count) {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		String name = "Gouvernance " + System.nanoTime() % 1_000_000;
		long id = this.ecosystems.create(coordinator, new EcosystemDraft(name, "Décider ensemble", Set.of("DE"),
				Set.of("28"), true, "Charte version 1 : chacun garde ses clients."));
		List<CoopexUser> members = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			CoopexUser member = this.fixtures.member();
			this.ecosystems.requestToJoin(member, id, null, true);
			members.add(member);
		}
		this.ecosystems.approveAll(coordinator, id);
		return new Ecosystem(id, name, coordinator, List.copyOf(members));
	}

	/** A deadline a day from now, in Paris. */
	public ZonedDateTime tomorrow() {
		return ZonedDateTime.ofInstant(this.clock.instant().plus(Duration.ofDays(1)), ClockConfiguration.PARIS)
			.withSecond(0)
			.withNano(0);
	}

	public long open(Ecosystem ecosystem, int quorum, Majority majority, boolean secret, String charter,
			String... options) {
		ZonedDateTime deadline = tomorrow();
		return this.governance.openConsultation(ecosystem.coordinator(), ecosystem.id(),
				new ConsultationDraft("Aller au salon de Hanovre ?", List.of(options), quorum, majority,
						deadline.toLocalDate(), deadline.toLocalTime(), secret, charter));
	}

	/** A clock just past every deadline set by {@link #tomorrow()}. */
	public Clock afterDeadlines() {
		return Clock.fixed(this.clock.instant().plus(Duration.ofDays(2)), ClockConfiguration.PARIS);
	}

	/** The option ids of a consultation, in order. */
	public List<Long> options(Ecosystem ecosystem, long consultationId) {
		return this.governance.consultation(ecosystem.coordinator(), ecosystem.id(), consultationId)
			.options()
			.stream()
			.map(GovernanceViews.Option::id)
			.toList();
	}

	public static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ClockConfiguration.PARIS);
	}

	public static LocalTime time(Instant instant) {
		return LocalTime.ofInstant(instant, ClockConfiguration.PARIS);
	}

}
