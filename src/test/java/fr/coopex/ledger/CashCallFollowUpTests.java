package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Cash calls that are late: automatic reminders on the ecosystem's days (test clock), the
 * coordinators' overdue list and reminder by hand (once a day), a member's own late
 * lines, and the outcomes of a default (waiver, re-split after a consultation) keeping
 * every pool summing to the cent.
 */
@IntegrationTest
class CashCallFollowUpTests {

	private static final LedgerTests.AtomicOwner OWNERS = new LedgerTests.AtomicOwner();

	@Autowired
	Ledger ledger;

	@Autowired
	CashCallFollowUp followUp;

	@Autowired
	CashCallReminders reminders;

	@Autowired
	DefaultOutcomes outcomes;

	@Autowired
	AdoptedConsultations consultations;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	record Stand(CoopexUser coordinator, long ecosystem, CoopexUser alpha, CoopexUser beta, CoopexUser gamma,
			long pool) {
	}

	/** Three members sharing 3,000.00 € equally (1,000.00 each). */
	Stand stand() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Relances " + OWNERS.next(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		CoopexUser beta = this.fixtures.member();
		CoopexUser gamma = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, OWNERS.next(), ecosystem, "Stand partagé",
				AllocationKey.EQUAL, Set.of());
		for (CoopexUser member : List.of(alpha, beta, gamma)) {
			this.ledger.join(member, pool, new ParticipantDraft(member.organisationId(), "Firme " + member.id(),
					BigDecimal.ONE, null, 20, false, 0));
		}
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("3000.00"), BigDecimal.ZERO));
		return new Stand(coordinator, ecosystem, alpha, beta, gamma, pool);
	}

	long call(Stand stand, LocalDate dueOn) {
		return this.ledger.callDeposits(stand.coordinator(), stand.pool(), version(stand.pool()), "Acompte",
				new BigDecimal("50"), dueOn);
	}

	@Test
	void remindsOnTheDefaultDaysOnceEachAndNeverThoseWhoPaid() {
		Stand stand = stand();
		LocalDate due = today().plusDays(40);
		long call = call(stand, due);

		this.reminders.runAt(at(due.minusDays(8)));
		assertThat(slots(call)).isEmpty();
		this.reminders.runAt(at(due.minusDays(7)));
		this.reminders.runAt(at(due.minusDays(7)));
		assertThat(slots(call)).containsExactlyInAnyOrder("B7", "B7", "B7");
		// Alpha pays its 500.00 before the due date: no reminder after it
		this.ledger.recordPayment(stand.coordinator(), stand.pool(), version(stand.pool()),
				new PaymentDraft(stand.alpha().organisationId(), null, new BigDecimal("500.00"), today(), "VIR"));
		this.reminders.runAt(at(due.plusDays(1)));
		this.reminders.runAt(at(due.plusDays(2)));
		assertThat(slots(call)).containsExactlyInAnyOrder("B7", "B7", "B7", "A1", "A1");
		assertThat(slotsOf(call, stand.alpha())).containsExactly("B7");
		this.reminders.runAt(at(due.plusDays(15)));
		assertThat(slotsOf(call, stand.beta())).containsExactlyInAnyOrder("B7", "A1", "A15");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.latest(stand.beta().id(), 10))
				.extracting(NotificationCenter.Notification::messageKey)
				.contains("notifications.ledger.reminder.soon", "notifications.ledger.reminder.late"));
	}

	@Test
	void remindsOnTheEcosystemsOwnDaysAndRefusesBadDays() {
		Stand stand = stand();
		this.followUp.setReminderDays(stand.coordinator(), stand.ecosystem(), "3", "2, 5");
		assertThat(this.followUp.reminderDays(stand.coordinator(), stand.ecosystem()))
			.isEqualTo(new ReminderDays(List.of(3), List.of(2, 5)));
		LocalDate due = today().plusDays(40);
		long call = call(stand, due);
		this.reminders.runAt(at(due.minusDays(7)));
		assertThat(slots(call)).isEmpty();
		this.reminders.runAt(at(due.plusDays(2)));
		assertThat(slotsOf(call, stand.gamma())).containsExactly("A2");

		assertThatThrownBy(() -> this.followUp.setReminderDays(stand.coordinator(), stand.ecosystem(), "-1", "2"))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> assertThat(ex.field()).isEqualTo("daysBefore"));
		assertThatThrownBy(() -> this.followUp.setReminderDays(stand.coordinator(), stand.ecosystem(), "7",
				"1 2 3 4 5 6 7 8 9 10 11"))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.reminders.too-many"));
		assertThatThrownBy(() -> this.followUp.setReminderDays(stand.alpha(), stand.ecosystem(), "7", "1"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.followUp.reminderDays(stand.coordinator(), stand.ecosystem()))
			.isEqualTo(new ReminderDays(List.of(3), List.of(2, 5)));
	}

	@Test
	void listsTheLateLinesForCoordinatorsAndEachMemberItsOwnAndRemindsByHandOnceADay() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(10));
		call(stand, today().plusDays(10));

		List<OverdueLine> late = this.followUp.overdue(stand.coordinator(), stand.ecosystem(), null);
		assertThat(late).hasSize(3).allSatisfy((l) -> {
			assertThat(l.cashCallId()).isEqualTo(call);
			assertThat(l.outstanding()).isEqualByComparingTo("500.00");
			assertThat(l.daysLate()).isEqualTo(10);
		});
		assertThat(this.followUp.overdue(stand.coordinator(), stand.ecosystem(), stand.pool())).hasSize(3);
		assertThat(this.followUp.overdue(stand.coordinator(), stand.ecosystem(), stand.pool() + 100_000)).isEmpty();
		assertThat(this.followUp.overdueOf(stand.alpha())).singleElement()
			.satisfies((l) -> assertThat(l.companyId()).isEqualTo(stand.alpha().organisationId()));
		assertThat(this.followUp.owedBy(stand.alpha(), today().plusDays(30))).hasSize(2);
		assertThatThrownBy(() -> this.followUp.overdue(stand.alpha(), stand.ecosystem(), null))
			.isInstanceOf(AccessDeniedException.class);

		this.followUp.remindNow(stand.coordinator(), stand.ecosystem(), call, stand.beta().organisationId());
		assertThatThrownBy(() -> this.followUp.remindNow(stand.coordinator(), stand.ecosystem(), call,
				stand.beta().organisationId()))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.follow-up.reminded-today"));
		assertThat(this.followUp.overdue(stand.coordinator(), stand.ecosystem(), null))
			.filteredOn((l) -> l.companyId() == stand.beta().organisationId())
			.singleElement()
			.satisfies((l) -> assertThat(l.remindedToday()).isTrue());
	}

	@Test
	void aWaiverMovesTheLateAmountToTheCoordinationAndThePoolStillSumsToZero() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(20));
		assertThatThrownBy(() -> this.outcomes.waive(stand.coordinator(), stand.ecosystem(), call,
				stand.alpha().organisationId(), " "))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> assertThat(ex.field()).isEqualTo("reason"));

		this.outcomes.waive(stand.coordinator(), stand.ecosystem(), call, stand.alpha().organisationId(),
				"Entreprise en redressement judiciaire");

		assertThat(this.followUp.overdue(stand.coordinator(), stand.ecosystem(), null))
			.extracting(OverdueLine::companyId)
			.doesNotContain(stand.alpha().organisationId())
			.hasSize(2);
		PoolView pool = this.ledger.pool(stand.coordinator(), stand.pool());
		assertThat(balance(pool, stand.alpha().organisationId())).isEqualByComparingTo("500.00");
		assertThat(
				pool.balances().stream().map(PoolView.PartyBalance::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("0");
		assertThat(this.outcomes.recorded(stand.coordinator(), stand.ecosystem())).singleElement()
			.satisfies((o) -> assertThat(o.reason()).isEqualTo("Entreprise en redressement judiciaire"));
		assertThat(this.ledger.inconsistentPools()).doesNotContain(stand.pool());
		// once only
		assertThatThrownBy(() -> this.outcomes.waive(stand.coordinator(), stand.ecosystem(), call,
				stand.alpha().organisationId(), "Encore"))
			.isInstanceOf(LedgerException.class);
		// written once: PostgreSQL refuses to change it
		assertThatThrownBy(
				() -> this.jdbc.update("update ledger_default_outcome set reason = 'x' where cash_call_id = ?", call))
			.hasMessageContaining("append-only");
	}

	@Test
	void aResplitFollowsAnAdoptedConsultationAndSharesTheAmountToTheCent() {
		Stand stand = stand();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		long call = this.ledger.callDeposits(stand.coordinator(), stand.pool(), version(stand.pool()), "Solde",
				new BigDecimal("33.33"), today().minusDays(3));
		long alpha = stand.alpha().organisationId();
		assertThatThrownBy(() -> this.outcomes.resplit(stand.coordinator(), stand.ecosystem(), call, alpha,
				"Défaut constaté", null))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> assertThat(ex.field()).isEqualTo("consultationId"));
		long consultation = OWNERS.next();
		this.consultations.adopt(stand.ecosystem(), consultation, "Répartir la part d’Alpha ?");
		assertThat(this.outcomes.adoptedConsultations(stand.coordinator(), stand.ecosystem()))
			.extracting(fr.coopex.ecosystems.GovernanceRecord.ConsultationClosed::consultationId)
			.containsExactly(consultation);

		this.outcomes.resplit(stand.coordinator(), stand.ecosystem(), call, alpha, "Défaut constaté", consultation);

		PoolView pool = this.ledger.pool(stand.coordinator(), stand.pool());
		// Alpha owed 333.30 on the call: 166.65 more for each of the two others
		assertThat(balance(pool, alpha)).isEqualByComparingTo("666.70");
		assertThat(balance(pool, stand.beta().organisationId())).isEqualByComparingTo("1166.65");
		assertThat(balance(pool, stand.gamma().organisationId())).isEqualByComparingTo("1166.65");
		assertThat(
				pool.balances().stream().map(PoolView.PartyBalance::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("0");
		assertThat(this.ledger.inconsistentPools()).doesNotContain(stand.pool());
		assertThat(this.outcomes.recorded(stand.coordinator(), stand.ecosystem())).singleElement()
			.satisfies((o) -> assertThat(o.consultation()).isEqualTo("Répartir la part d’Alpha ?"));
	}

	private static BigDecimal balance(PoolView pool, Long company) {
		return pool.balances()
			.stream()
			.filter((b) -> java.util.Objects.equals(b.party().companyId(), company))
			.findFirst()
			.orElseThrow()
			.balance();
	}

	private List<String> slots(long call) {
		return this.jdbc.queryForList("select slot from ledger_cash_call_reminder where cash_call_id = ?", String.class,
				call);
	}

	private List<String> slotsOf(long call, CoopexUser member) {
		return this.jdbc.queryForList(
				"select slot from ledger_cash_call_reminder where cash_call_id = ? and company_id = ?", String.class,
				call, member.organisationId());
	}

	private static Clock at(LocalDate day) {
		return Clock.fixed(day.atTime(8, 0).atZone(ClockConfiguration.PARIS).toInstant(), ZoneOffset.UTC);
	}

	private static LocalDate today() {
		return LocalDate.now(ClockConfiguration.PARIS);
	}

	private long version(long pool) {
		return this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, pool);
	}

}
