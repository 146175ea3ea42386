package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.ledger.PaymentDeclarations.DeclarationDraft;
import fr.coopex.ledger.PaymentDeclaration.Status;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A member company declares the payment of its cash call line; the pool's managers
 * confirm it into the ledger (the pool still sums to the cent) or reject it with a reason
 * the company is told; no automatic reminder of the line while a declaration waits.
 */
@IntegrationTest
class PaymentDeclarationsTests {

	private static final LedgerTests.AtomicOwner OWNERS = new LedgerTests.AtomicOwner();

	@Autowired
	Ledger ledger;

	@Autowired
	PaymentDeclarations declarations;

	@Autowired
	CashCallReminders reminders;

	@Autowired
	CashCallFollowUp followUp;

	@Autowired
	LedgerHomeFacts home;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	record Stand(CoopexUser coordinator, long ecosystem, CoopexUser alpha, CoopexUser beta, long pool) {
	}

	/** Two members sharing 2,000.00 € equally; a cash call of 50 % (500.00 each). */
	Stand stand() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Déclarations " + OWNERS.next(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		CoopexUser beta = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, OWNERS.next(), ecosystem, "Stand déclaré",
				AllocationKey.EQUAL, Set.of());
		for (CoopexUser member : List.of(alpha, beta)) {
			this.ledger.join(member, pool, new ParticipantDraft(member.organisationId(), "Firme " + member.id(),
					BigDecimal.ONE, null, 20, false, 0));
		}
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("2000.00"), BigDecimal.ZERO));
		return new Stand(coordinator, ecosystem, alpha, beta, pool);
	}

	long call(Stand stand, LocalDate dueOn) {
		return this.ledger.callDeposits(stand.coordinator(), stand.pool(), version(stand.pool()), "Acompte",
				new BigDecimal("50"), dueOn);
	}

	long declare(Stand stand, CoopexUser member, long call, String amount) {
		return this.declarations.declare(member, stand.pool(), version(stand.pool()), call, member.organisationId(),
				new DeclarationDraft(new BigDecimal(amount), today().minusDays(1), "VIR-" + member.id()));
	}

	@Test
	void declaresWithinWhatRemainsDueAndShowsItPendingToTheCompanyAndTheManagers() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(5));

		long id = declare(stand, stand.alpha(), call, "300.00");

		PaymentDeclarations.LineToPay line = this.declarations.line(stand.alpha(), stand.pool(), call);
		assertThat(line.pending()).isNotNull().satisfies((d) -> assertThat(d.id()).isEqualTo(id));
		assertThat(line.declarable()).isFalse();
		assertThat(line.outstanding()).isEqualByComparingTo("500.00");
		assertThat(this.declarations.ofPool(stand.coordinator(), stand.pool())).singleElement().satisfies((d) -> {
			assertThat(d.status()).isEqualTo(Status.PENDING);
			assertThat(d.amount()).isEqualByComparingTo("300.00");
			assertThat(d.companyId()).isEqualTo(stand.alpha().organisationId());
		});
		// the other company sees none of it
		assertThat(this.declarations.ofPool(stand.beta(), stand.pool())).isEmpty();
		// the home page says it waits, and the line is still owed until confirmed
		assertThat(this.home.owedBy(stand.alpha()).calls()).singleElement().satisfies((d) -> {
			assertThat(d.cashCallId()).isEqualTo(call);
			assertThat(d.declaredOn()).isEqualTo(today());
			assertThat(d.overdue()).isTrue();
		});
		assertThat(this.home.owedBy(stand.beta()).calls()).singleElement()
			.satisfies((d) -> assertThat(d.declared()).isFalse());
		// nothing moved in the ledger
		assertThat(this.ledger.pool(stand.coordinator(), stand.pool()).payments()).isEmpty();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.latest(stand.coordinator().id(), 10))
				.extracting(Notification::messageKey)
				.contains("notifications.ledger.declaration.declared"));
	}

	@Test
	void refusesMoreThanWhatRemainsDueNothingAFutureDateOrALongReferenceAndSavesNothing() {
		Stand stand = stand();
		long call = call(stand, today().plusDays(10));
		assertThatThrownBy(() -> declare(stand, stand.alpha(), call, "500.01"))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("amount");
				assertThat(ex.messageKey()).isEqualTo("ledger.declaration.over-outstanding");
			});
		assertThatThrownBy(() -> declare(stand, stand.alpha(), call, "0")).isInstanceOfSatisfying(LedgerException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("amount"));
		assertThatThrownBy(() -> this.declarations.declare(stand.alpha(), stand.pool(), version(stand.pool()), call,
				stand.alpha().organisationId(), new DeclarationDraft(new BigDecimal("100"), today().plusDays(1), null)))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> assertThat(ex.field()).isEqualTo("paidOn"));
		assertThatThrownBy(() -> this.declarations.declare(stand.alpha(), stand.pool(), version(stand.pool()), call,
				stand.alpha().organisationId(), new DeclarationDraft(new BigDecimal("100"), today(), "R".repeat(201))))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> assertThat(ex.field()).isEqualTo("reference"));
		// a part already paid lowers what may be declared
		this.ledger.recordPayment(stand.coordinator(), stand.pool(), version(stand.pool()),
				new PaymentDraft(stand.alpha().organisationId(), null, new BigDecimal("450.00"), today(), "VIR"));
		assertThatThrownBy(() -> declare(stand, stand.alpha(), call, "50.01")).isInstanceOf(LedgerException.class);
		declare(stand, stand.alpha(), call, "50.00");
		assertThat(declarationsOf(stand)).isEqualTo(1);
	}

	@Test
	void refusesASecondDeclarationWhileOneWaitsAndADoublePostOfTheSameForm() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(1));
		long version = version(stand.pool());
		DeclarationDraft draft = new DeclarationDraft(new BigDecimal("200"), today(), null);
		this.declarations.declare(stand.alpha(), stand.pool(), version, call, stand.alpha().organisationId(), draft);
		// the same form posted again: built on the version before the declaration
		assertThatThrownBy(() -> this.declarations.declare(stand.alpha(), stand.pool(), version, call,
				stand.alpha().organisationId(), draft))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.stale"));
		assertThatThrownBy(() -> declare(stand, stand.alpha(), call, "100.00")).isInstanceOfSatisfying(
				LedgerException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.declaration.already-pending"));
		assertThat(declarationsOf(stand)).isEqualTo(1);
		// the other company declares its own line meanwhile
		declare(stand, stand.beta(), call, "500.00");
		assertThat(declarationsOf(stand)).isEqualTo(2);
	}

	@Test
	void refusesAnotherCompanysPersonTheManagersAndOutsiders() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(1));
		DeclarationDraft draft = new DeclarationDraft(new BigDecimal("100"), today(), null);
		long alpha = stand.alpha().organisationId();
		// a competitor in the same pool, for the other company's line
		assertThatThrownBy(
				() -> this.declarations.declare(stand.beta(), stand.pool(), version(stand.pool()), call, alpha, draft))
			.isInstanceOf(AccessDeniedException.class);
		// the pool's coordinator does not declare: it records payments itself
		assertThatThrownBy(() -> this.declarations.declare(stand.coordinator(), stand.pool(), version(stand.pool()),
				call, alpha, draft))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.declarations.line(stand.coordinator(), stand.pool(), call))
			.isInstanceOf(AccessDeniedException.class);
		// a company outside the pool is told it does not exist
		CoopexUser outsider = this.fixtures.member();
		assertThatThrownBy(() -> this.declarations.declare(outsider, stand.pool(), version(stand.pool()), call,
				outsider.organisationId(), draft))
			.isInstanceOf(Ledger.PoolNotFoundException.class);
		assertThatThrownBy(() -> this.declarations.line(outsider, stand.pool(), call))
			.isInstanceOf(Ledger.PoolNotFoundException.class);
		// a participant may not confirm or reject
		long id = declare(stand, stand.alpha(), call, "100.00");
		assertThatThrownBy(() -> this.declarations.confirm(stand.alpha(), stand.pool(), version(stand.pool()), id))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.declarations.reject(stand.beta(), stand.pool(), version(stand.pool()), id, "Non"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(declarationsOf(stand)).isEqualTo(1);
	}

	@Test
	void confirmingRecordsTheLedgerPaymentAndThePoolStillSumsToTheCent() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(5));
		long id = declare(stand, stand.alpha(), call, "500.00");

		long payment = this.declarations.confirm(stand.coordinator(), stand.pool(), version(stand.pool()), id);

		PoolView pool = this.ledger.pool(stand.coordinator(), stand.pool());
		assertThat(pool.payments()).singleElement().satisfies((p) -> {
			assertThat(p.id()).isEqualTo(payment);
			assertThat(p.payer().companyId()).isEqualTo(stand.alpha().organisationId());
			assertThat(p.payee().companyId()).isNull();
			assertThat(p.amount()).isEqualByComparingTo("500.00");
			assertThat(p.paidOn()).isEqualTo(today().minusDays(1));
		});
		assertThat(
				pool.balances().stream().map(PoolView.PartyBalance::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("0");
		assertThat(this.ledger.inconsistentPools()).doesNotContain(stand.pool());
		assertThat(pool.cashCalls().get(0).lines()).filteredOn((l) -> l.companyId() == stand.alpha().organisationId())
			.singleElement()
			.satisfies((l) -> assertThat(l.outstanding()).isEqualByComparingTo("0"));
		// the home page no longer shows the call as owed; the other company still owes
		assertThat(this.home.owedBy(stand.alpha()).calls()).isEmpty();
		assertThat(this.home.owedBy(stand.beta()).calls()).hasSize(1);
		assertThat(this.declarations.line(stand.alpha(), stand.pool(), call).declarations()).singleElement()
			.satisfies((d) -> assertThat(d.status()).isEqualTo(Status.CONFIRMED));
		// once only
		assertThatThrownBy(
				() -> this.declarations.confirm(stand.coordinator(), stand.pool(), version(stand.pool()), id))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.declaration.decided"));
		// the recorded payment names who declared and who confirmed
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ledger_payment_declaration d join ledger_payment_declaration_decision x "
						+ "on x.declaration_id = d.id where d.id = ? and d.declared_by = ? and x.decided_by = ? "
						+ "and x.payment_id = ?",
				Integer.class, id, stand.alpha().id(), stand.coordinator().id(), payment))
			.isEqualTo(1);
		// written once: PostgreSQL refuses to change it
		assertThatThrownBy(() -> this.jdbc.update("update ledger_payment_declaration set amount = 1 where id = ?", id))
			.hasMessageContaining("append-only");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.latest(stand.alpha().id(), 10))
				.extracting(Notification::messageKey)
				.contains("notifications.ledger.declaration.confirmed"));
	}

	@Test
	void aDeclarationOverWhatRemainsDueNowIsNotConfirmedButRejected() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(5));
		long id = declare(stand, stand.alpha(), call, "500.00");
		this.ledger.recordPayment(stand.coordinator(), stand.pool(), version(stand.pool()),
				new PaymentDraft(stand.alpha().organisationId(), null, new BigDecimal("500.00"), today(), "VIR"));
		assertThatThrownBy(
				() -> this.declarations.confirm(stand.coordinator(), stand.pool(), version(stand.pool()), id))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.declaration.over-outstanding-now"));
		assertThat(this.ledger.pool(stand.coordinator(), stand.pool()).payments()).hasSize(1);
	}

	@Test
	void rejectingNeedsAReasonWhichTheCompanyIsToldAndItMayDeclareAgain() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(5));
		long id = declare(stand, stand.alpha(), call, "500.00");
		assertThatThrownBy(
				() -> this.declarations.reject(stand.coordinator(), stand.pool(), version(stand.pool()), id, "  "))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> assertThat(ex.field()).isEqualTo("reason"));

		this.declarations.reject(stand.coordinator(), stand.pool(), version(stand.pool()), id,
				"Aucun virement reçu à cette date");

		assertThat(this.ledger.pool(stand.coordinator(), stand.pool()).payments()).isEmpty();
		assertThat(this.declarations.line(stand.alpha(), stand.pool(), call)).satisfies((line) -> {
			assertThat(line.pending()).isNull();
			assertThat(line.declarable()).isTrue();
			assertThat(line.declarations()).singleElement().satisfies((d) -> {
				assertThat(d.status()).isEqualTo(Status.REJECTED);
				assertThat(d.reason()).isEqualTo("Aucun virement reçu à cette date");
			});
		});
		assertThat(this.home.owedBy(stand.alpha()).calls()).singleElement()
			.satisfies((d) -> assertThat(d.declared()).isFalse());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.latest(stand.alpha().id(), 10))
				.filteredOn((n) -> n.messageKey().equals("notifications.ledger.declaration.rejected"))
				.singleElement()
				.satisfies((n) -> assertThat(n.arguments()).contains("Aucun virement reçu à cette date")));
		declare(stand, stand.alpha(), call, "500.00");
		assertThat(declarationsOf(stand)).isEqualTo(2);
	}

	@Test
	void remindersSkipALineWhoseDeclaredPaymentWaitsAndResumeOnceRejected() {
		Stand stand = stand();
		LocalDate due = today().plusDays(40);
		long call = call(stand, due);
		long id = declare(stand, stand.alpha(), call, "500.00");

		this.reminders.runAt(at(due.minusDays(7)));
		assertThat(slotsOf(call, stand.alpha())).isEmpty();
		assertThat(slotsOf(call, stand.beta())).containsExactly("B7");

		this.declarations.reject(stand.coordinator(), stand.pool(), version(stand.pool()), id, "Pas reçu");
		this.reminders.runAt(at(due.plusDays(1)));
		assertThat(slotsOf(call, stand.alpha())).containsExactly("A1");
	}

	@Test
	void aCoordinatorCannotRemindByHandALineWhoseDeclaredPaymentWaitsAndSeesItDeclared() {
		Stand stand = stand();
		long call = call(stand, today().minusDays(5));
		long id = declare(stand, stand.alpha(), call, "500.00");

		assertThat(this.followUp.overdue(stand.coordinator(), stand.ecosystem(), stand.pool()))
			.extracting(OverdueLine::companyId, OverdueLine::declared)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(stand.alpha().organisationId(), true),
					org.assertj.core.groups.Tuple.tuple(stand.beta().organisationId(), false));
		assertThatThrownBy(() -> this.followUp.remindNow(stand.coordinator(), stand.ecosystem(), call,
				stand.alpha().organisationId()))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.follow-up.declared-waiting"));
		assertThat(slotsOf(call, stand.alpha())).isEmpty();
		this.followUp.remindNow(stand.coordinator(), stand.ecosystem(), call, stand.beta().organisationId());

		this.declarations.reject(stand.coordinator(), stand.pool(), version(stand.pool()), id, "Pas reçu");
		this.followUp.remindNow(stand.coordinator(), stand.ecosystem(), call, stand.alpha().organisationId());
		assertThat(slotsOf(call, stand.alpha())).hasSize(1);
	}

	private int declarationsOf(Stand stand) {
		return Objects.requireNonNull(this.jdbc.queryForObject(
				"select count(*) from ledger_payment_declaration where pool_id = ?", Integer.class, stand.pool()));
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
