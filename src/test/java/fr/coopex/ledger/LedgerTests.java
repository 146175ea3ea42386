package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.Settlement.Transfer;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The ledger on PostgreSQL, through its public service as the fairs and missions modules
 * use it: the stand of the issue, posting, reversal, payments, cash calls, withdrawal,
 * settlement, the database refusing to change entries, and the consistency check.
 */
@IntegrationTest
class LedgerTests {

	private static final AtomicOwner OWNERS = new AtomicOwner();

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerConsistencyCheck consistency;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	/** A coordinator, its ecosystem, and three member firms. */
	record Stand(CoopexUser coordinator, long ecosystem, CoopexUser alpha, CoopexUser beta, CoopexUser gamma,
			long pool) {
	}

	/**
	 * The story of the issue: a coordinator opens a stand of 36 m²; three members book
	 * 12, 9 and 15 m²; a 50% regional subsidy on space for SMEs (Gamma has 400 people).
	 */
	Stand standOf36SquareMetres() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Salon " + OWNERS.next(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		CoopexUser beta = this.fixtures.member();
		CoopexUser gamma = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, OWNERS.next(), ecosystem,
				"Hannover Messe — stand partagé", AllocationKey.BY_AREA, Set.of());
		// members book through the fairs module, which calls the ledger as each member
		this.ledger.join(alpha, pool,
				new ParticipantDraft(alpha.organisationId(), "Alpha", new BigDecimal("12"), null, 45, false, 0));
		this.ledger.join(beta, pool,
				new ParticipantDraft(beta.organisationId(), "Bêta", new BigDecimal("9"), null, 120, false, 2));
		this.ledger.join(gamma, pool,
				new ParticipantDraft(gamma.organisationId(), "Gamma", new BigDecimal("15"), null, 400, false, 5));
		long v = version(pool);
		this.ledger.addItem(coordinator, pool, v, CostItemDraft.of("Surface nue 36 m²", CostCategory.SPACE,
				new BigDecimal("12600.00"), new BigDecimal("20")));
		this.ledger.addItem(coordinator, pool, version(pool), CostItemDraft.of("Construction du stand",
				CostCategory.BUILD, new BigDecimal("4500"), BigDecimal.TEN.add(BigDecimal.TEN)));
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("1200"), new BigDecimal("20"))
					.splitBy(AllocationKey.EQUAL));
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Électricité", CostCategory.POWER, new BigDecimal("333.33"), new BigDecimal("20")));
		this.ledger.addSubsidy(coordinator, pool, version(pool),
				SubsidyDraft.rate("Région — aide aux salons", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
		return new Stand(coordinator, ecosystem, alpha, beta, gamma, pool);
	}

	@Test
	void splitsTheStandOfTheStoryToTheCentAndEachStatementShowsItsShare() {
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		PoolView asAlpha = this.ledger.pool(stand.alpha(), stand.pool());
		assertThat(asAlpha.status()).isEqualTo(PoolStatus.POSTED);
		assertThat(asAlpha.split().total()).isEqualByComparingTo("18685.00");
		assertThat(asAlpha.split().shares()).extracting(Split.Share::net)
			.containsExactlyInAnyOrder(new BigDecimal("5353.33"), new BigDecimal("4135.00"), new BigDecimal("9196.67"));
		// statements: the kept lines add up to each share, and the shares to the total
		BigDecimal sum = BigDecimal.ZERO;
		for (CoopexUser member : List.of(stand.alpha(), stand.beta(), stand.gamma())) {
			BigDecimal lines = this.ledger.statementLines(member, stand.pool(), member.organisationId())
				.stream()
				.map(Split.Line::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(lines).isEqualByComparingTo(asAlpha.split().share(member.organisationId()).orElseThrow().net());
			sum = sum.add(lines);
		}
		assertThat(sum).isEqualByComparingTo("18685.00");
		assertThat(this.ledger.statementLines(stand.alpha(), stand.pool(), stand.alpha().organisationId()))
			.extracting(Split.Line::amount)
			.contains(new BigDecimal("-2100.00"));
		// a member sees everyone's share but only its own balance
		assertThat(asAlpha.balances()).singleElement()
			.satisfies((b) -> assertThat(b.balance()).isEqualByComparingTo("5353.33"));
		assertThat(this.ledger.pool(stand.coordinator(), stand.pool()).balances()).hasSize(4);
		assertThat(this.ledger.inconsistentPools()).doesNotContain(stand.pool());
	}

	@Test
	void aPaymentUpdatesTheBalancesAndTheSuggestedTransfers() {
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		this.ledger.recordPayment(stand.coordinator(), stand.pool(), version(stand.pool()), new PaymentDraft(
				stand.alpha().organisationId(), null, new BigDecimal("5353.33"), LocalDate.now(), "VIR 2026-001"));
		PoolView pool = this.ledger.pool(stand.coordinator(), stand.pool());
		assertThat(balance(pool, stand.alpha().organisationId())).isEqualByComparingTo("0.00");
		// the coordination advanced 22,360.00, received 3,675.00 of subsidy and 5,353.33
		assertThat(balance(pool, null)).isEqualByComparingTo("-13331.67");
		assertThat(pool.transfers()).extracting(Transfer::amount)
			.containsExactly(new BigDecimal("9196.67"), new BigDecimal("4135.00"));
		assertThat(pool.transfers()).allSatisfy((t) -> assertThat(t.to().isCoordination()).isTrue());
		// Alpha, settled, has no transfer to make; Beta sees only its own
		assertThat(this.ledger.settlement(stand.alpha(), stand.pool())).isEmpty();
		assertThat(this.ledger.settlement(stand.beta(), stand.pool())).singleElement()
			.satisfies((t) -> assertThat(t.amount()).isEqualByComparingTo("4135.00"));
	}

	@Test
	void aPoolReadAgainAfterEachKindOfChangeShowsTheChange() {
		Stand stand = standOf36SquareMetres();
		CoopexUser coordinator = stand.coordinator();
		long pool = stand.pool();
		long alpha = stand.alpha().organisationId();
		// each read below comes right after a read of the previous state, which is kept
		PoolView before = this.ledger.pool(coordinator, pool);
		assertThat(this.ledger.pool(coordinator, pool).split()).isEqualTo(before.split());
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Badges", CostCategory.OTHER, new BigDecimal("300"), new BigDecimal("20")));
		PoolView withBadges = this.ledger.pool(coordinator, pool);
		assertThat(withBadges.items()).hasSize(before.items().size() + 1);
		assertThat(withBadges.split().total()).isGreaterThan(before.split().total());
		this.ledger.setKeys(coordinator, pool, version(pool), alpha, new BigDecimal("20"), null);
		assertThat(this.ledger.pool(coordinator, pool).participants()).filteredOn((p) -> p.companyId() == alpha)
			.singleElement()
			.satisfies((p) -> assertThat(p.area()).isEqualByComparingTo("20"));
		this.ledger.post(coordinator, pool, version(pool));
		PoolView posted = this.ledger.pool(coordinator, pool);
		assertThat(posted.isPosted()).isTrue();
		assertThat(posted.postedAt()).isNotNull();
		List<Split.Line> alphaLines = this.ledger.statementLines(stand.alpha(), pool, alpha);
		this.ledger.recordPayment(coordinator, pool, version(pool),
				new PaymentDraft(alpha, null, new BigDecimal("100.00"), LocalDate.now(), "VIR"));
		PoolView paid = this.ledger.pool(stand.alpha(), pool);
		assertThat(paid.payments()).singleElement()
			.satisfies((p) -> assertThat(p.amount()).isEqualByComparingTo("100.00"));
		assertThat(paid.ownBalance().paid()).isEqualByComparingTo("100.00");
		this.ledger.callDeposits(coordinator, pool, version(pool), "Acompte", new BigDecimal("50"),
				LocalDate.now().plusDays(30));
		assertThat(this.ledger.pool(stand.beta(), pool).cashCalls()).singleElement()
			.satisfies((c) -> assertThat(c.lines()).singleElement()
				.satisfies((l) -> assertThat(l.companyId()).isEqualTo(stand.beta().organisationId())));
		this.ledger.withdraw(stand.gamma(), pool, stand.gamma().organisationId());
		PoolView withdrawn = this.ledger.pool(coordinator, pool);
		assertThat(withdrawn.activeParticipants()).hasSize(2);
		// the posting was reversed and posted again: Alpha's posted lines follow it
		assertThat(this.ledger.statementLines(stand.alpha(), pool, alpha)).isNotEqualTo(alphaLines);
		// what each viewer sees is still cut to what it may see
		assertThat(this.ledger.pool(stand.beta(), pool).balances()).singleElement()
			.satisfies((b) -> assertThat(b.party().companyId()).isEqualTo(stand.beta().organisationId()));
		assertThat(this.ledger.pool(coordinator, pool).balances()).hasSizeGreaterThan(2);
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteLedgerEntries() {
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		long entry = this.jdbc.queryForObject("select min(id) from ledger_entry where pool_id = ?", Long.class,
				stand.pool());
		assertThatThrownBy(() -> this.jdbc.update("update ledger_entry set amount = 0 where id = ?", entry))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from ledger_entry where id = ?", entry))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update(
				"delete from ledger_allocation_line where posting_id in (select id from ledger_posting where pool_id = ?)",
				stand.pool()))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void theDatabaseRefusesToChangeDeleteOrTruncateCashCalls() {
		Stand stand = standOf36SquareMetres();
		long call = this.ledger.callDeposits(stand.coordinator(), stand.pool(), version(stand.pool()), "Acompte",
				new BigDecimal("30"), LocalDate.now().plusDays(10));
		assertThatThrownBy(() -> this.jdbc.update("update ledger_cash_call set rate = 1 where id = ?", call))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.update("update ledger_cash_call_line set amount = 0 where cash_call_id = ?", call))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from ledger_cash_call_line where cash_call_id = ?", call))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		for (String table : List.of("ledger_cash_call_reversal", "ledger_cash_call_line", "ledger_cash_call")) {
			assertThatThrownBy(() -> this.jdbc.execute("truncate table " + table + " cascade"))
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("append-only");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_cash_call_line where cash_call_id = ?",
				Integer.class, call))
			.isEqualTo(3);
	}

	@Test
	void aParticipantWhoWithdrawsHasItsCashCallsCancelledByAReversingRow() {
		Stand stand = standOf36SquareMetres();
		long beta = stand.beta().organisationId();
		long call = this.ledger.callDeposits(stand.coordinator(), stand.pool(), version(stand.pool()), "Acompte",
				new BigDecimal("50"), LocalDate.now().plusDays(10));
		this.ledger.withdraw(stand.beta(), stand.pool(), beta);
		// the line is still there as called, reversed once
		assertThat(this.jdbc.queryForObject(
				"select amount from ledger_cash_call_line where cash_call_id = ? and company_id = ?", BigDecimal.class,
				call, beta))
			.isPositive();
		assertThat(this.jdbc.queryForObject(
				"select -amount from ledger_cash_call_reversal where cash_call_id = ? and company_id = ? and reason = 'WITHDRAWAL'",
				BigDecimal.class, call, beta))
			.isEqualByComparingTo(this.jdbc.queryForObject(
					"select amount from ledger_cash_call_line where cash_call_id = ? and company_id = ?",
					BigDecimal.class, call, beta));
		PoolView.CashCallLine line = this.ledger.pool(stand.beta(), stand.pool()).cashCalls().get(0).lines().get(0);
		assertThat(line.cancelled()).isTrue();
		assertThat(line.outstanding()).isEqualByComparingTo("0.00");
		// the others' lines stand
		assertThat(this.ledger.pool(stand.alpha(), stand.pool()).cashCalls().get(0).lines().get(0))
			.satisfies((l) -> assertThat(l.cancelled()).isFalse())
			.satisfies((l) -> assertThat(l.outstanding()).isPositive());
		// coming back does not revive the cancelled call
		this.ledger.join(stand.beta(), stand.pool(),
				new ParticipantDraft(beta, "Bêta", new BigDecimal("9"), null, 120, false, 2));
		assertThat(this.ledger.pool(stand.beta(), stand.pool()).cashCalls().get(0).lines().get(0).outstanding())
			.isEqualByComparingTo("0.00");
	}

	@Test
	void anAmendmentReversesThePostedEntriesAndPostsNewOnes() {
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		int before = count(stand.pool());
		assertThatThrownBy(() -> this.ledger.addItem(stand.coordinator(), stand.pool(), version(stand.pool()),
				CostItemDraft.of("Oubli", CostCategory.OTHER, BigDecimal.TEN, BigDecimal.ZERO)))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.pool.confirmed"));
		this.ledger.reopen(stand.coordinator(), stand.pool(), version(stand.pool()));
		this.ledger.addItem(stand.coordinator(), stand.pool(), version(stand.pool()),
				CostItemDraft.of("Catalogue", CostCategory.CATALOGUE, new BigDecimal("300"), BigDecimal.ZERO)
					.splitBy(AllocationKey.EQUAL));
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		// the old entries are all still there, each reversed once, and the new ones added
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ledger_entry where pool_id = ? and reverses_entry_id is not null", Integer.class,
				stand.pool()))
			.isEqualTo(before);
		assertThat(count(stand.pool())).isEqualTo(3 * before);
		assertThat(this.jdbc.queryForObject("select sum(amount) from ledger_entry where pool_id = ? and kind = 'SHARE'",
				BigDecimal.class, stand.pool()))
			.isEqualByComparingTo("18985.00");
		assertThat(balance(this.ledger.pool(stand.coordinator(), stand.pool()), stand.alpha().organisationId()))
			.isEqualByComparingTo("5453.33");
		assertThat(this.ledger.inconsistentPools()).doesNotContain(stand.pool());
	}

	@Test
	void aWithdrawalSplitsTheCostsAgainAmongTheOthersAndOwesBackWhatWasPaid() {
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		long deposit = this.ledger.callDeposits(stand.coordinator(), stand.pool(), version(stand.pool()),
				"Acompte à la réservation", new BigDecimal("50"), LocalDate.now().plusDays(30));
		assertThat(deposit).isPositive();
		PoolView asBeta = this.ledger.pool(stand.beta(), stand.pool());
		assertThat(asBeta.cashCalls()).singleElement()
			.satisfies((call) -> assertThat(call.lines()).singleElement()
				.satisfies((line) -> assertThat(line.outstanding()).isEqualByComparingTo("2067.50")));
		this.ledger.recordPayment(stand.coordinator(), stand.pool(), version(stand.pool()), new PaymentDraft(
				stand.beta().organisationId(), null, new BigDecimal("2067.50"), LocalDate.now(), null));
		assertThat(this.ledger.pool(stand.beta(), stand.pool()).cashCalls().get(0).lines().get(0).outstanding())
			.isEqualByComparingTo("0.00");
		this.ledger.withdraw(stand.beta(), stand.pool(), stand.beta().organisationId());
		PoolView after = this.ledger.pool(stand.coordinator(), stand.pool());
		assertThat(after.split().shares()).hasSize(2);
		assertThat(after.split().total()).isEqualByComparingTo(
				after.split().shares().stream().map(Split.Share::net).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(balance(after, stand.beta().organisationId())).isEqualByComparingTo("-2067.50");
		// the settlement pays Beta back (netted: a debtor may pay it directly)
		assertThat(after.transfers()
			.stream()
			.filter((t) -> Long.valueOf(stand.beta().organisationId()).equals(t.to().companyId()))
			.map(Transfer::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("2067.50");
		// Beta still sees the pool and its refund, and nothing of the others' balances
		assertThat(this.ledger.pool(stand.beta(), stand.pool()).balances()).singleElement()
			.satisfies((b) -> assertThat(b.balance()).isEqualByComparingTo("-2067.50"));
		assertThat(this.ledger.inconsistentPools()).doesNotContain(stand.pool());
	}

	@Test
	void theConsistencyCheckFindsAPlantedInconsistentPoolAndTellsTheAdmins() {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		assertThat(this.consistency.check()).doesNotContain(stand.pool());
		// someone writes a share outside Coopex
		this.jdbc.update(
				"insert into ledger_entry (pool_id, company_id, kind, amount, created_at) values (?, ?, 'SHARE', 0.01, now())",
				stand.pool(), stand.alpha().organisationId());
		assertThat(this.consistency.check()).contains(stand.pool());
		// the admins are told after the check commits, on another thread
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notified(admin)).isPositive());
	}

	@Test
	void onlyParticipantsAndTheEcosystemsCoordinatorsSeeAPool() {
		Stand stand = standOf36SquareMetres();
		CoopexUser stranger = this.fixtures.member();
		CoopexUser otherCoordinator = this.fixtures.user(Role.COORDINATOR);
		for (CoopexUser outsider : List.of(stranger, otherCoordinator, this.fixtures.user(Role.ADMIN),
				this.fixtures.user(Role.AGENCY))) {
			assertThatThrownBy(() -> this.ledger.pool(outsider, stand.pool()))
				.isInstanceOf(PoolNotFoundException.class);
			assertThatThrownBy(() -> this.ledger.statementLines(outsider, stand.pool(), stand.alpha().organisationId()))
				.isInstanceOf(PoolNotFoundException.class);
		}
		assertThatThrownBy(() -> this.ledger.statementLines(stand.beta(), stand.pool(), stand.alpha().organisationId()))
			.isInstanceOf(PoolNotFoundException.class);
		assertThatThrownBy(() -> this.ledger.addItem(stand.alpha(), stand.pool(), version(stand.pool()),
				CostItemDraft.of("Pirate", CostCategory.OTHER, BigDecimal.ONE, BigDecimal.ZERO)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.ledger.post(stand.alpha(), stand.pool(), version(stand.pool())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.ledger.mine(stand.alpha())).extracting(PoolLine::poolId).contains(stand.pool());
		assertThat(this.ledger.mine(stranger)).extracting(PoolLine::poolId).doesNotContain(stand.pool());
		assertThat(this.ledger.mine(stand.coordinator())).extracting(PoolLine::poolId).contains(stand.pool());
	}

	@Test
	void refusesAStaleFormAndBadInputWithoutChangingAnything() {
		Stand stand = standOf36SquareMetres();
		long stale = version(stand.pool()) - 1;
		int items = itemCount(stand.pool());
		assertThatThrownBy(() -> this.ledger.addItem(stand.coordinator(), stand.pool(), stale,
				CostItemDraft.of("Tard", CostCategory.OTHER, BigDecimal.TEN, BigDecimal.ZERO)))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.stale"));
		assertThatThrownBy(() -> this.ledger.addItem(stand.coordinator(), stand.pool(), version(stand.pool()),
				CostItemDraft.of("Négatif", CostCategory.OTHER, new BigDecimal("-5"), BigDecimal.ZERO)))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.amount.negative"));
		assertThatThrownBy(() -> this.ledger.addSubsidy(stand.coordinator(), stand.pool(), version(stand.pool()),
				SubsidyDraft.rate("Trop", new BigDecimal("150"), Set.of(CostCategory.SPACE), null)))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.subsidy.rate-over-100"));
		assertThatThrownBy(() -> this.ledger.setKeys(stand.coordinator(), stand.pool(), version(stand.pool()),
				stand.alpha().organisationId(), new BigDecimal("12.345"), BigDecimal.ONE))
			.isInstanceOf(LedgerException.class);
		assertThat(itemCount(stand.pool())).isEqualTo(items);
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_subsidy where pool_id = ?", Integer.class,
				stand.pool()))
			.isEqualTo(1);
	}

	@Test
	void anEcosystemAccountAddsUpAMembersPoolsAndClearsThemWithFewTransfers() {
		Stand stand = standOf36SquareMetres();
		this.ledger.post(stand.coordinator(), stand.pool(), version(stand.pool()));
		long mission = this.ledger.openPool(stand.coordinator(), PoolOwnerKind.MISSION, OWNERS.next(),
				stand.ecosystem(), "Mission Chine", AllocationKey.EQUAL, Set.of());
		this.ledger.join(stand.alpha(), mission,
				ParticipantDraft.withArea(stand.alpha().organisationId(), "Alpha", null));
		this.ledger.join(stand.gamma(), mission,
				ParticipantDraft.withArea(stand.gamma().organisationId(), "Gamma", null));
		this.ledger.addItem(stand.coordinator(), mission, version(mission),
				CostItemDraft.of("Interprète", CostCategory.INTERPRETER, new BigDecimal("1000"), BigDecimal.ZERO)
					.paidBy(PaidBy.PARTICIPANT, stand.alpha().organisationId()));
		this.ledger.post(stand.coordinator(), mission, version(mission));
		EcosystemAccount alpha = this.ledger.ecosystemAccount(stand.alpha(), stand.ecosystem(), null);
		assertThat(alpha.pools()).hasSize(2);
		// 5,353.33 for the stand, 500 of the mission's 1,000 less the 1,000 advanced
		assertThat(alpha.balances()).singleElement()
			.satisfies((b) -> assertThat(b.balance()).isEqualByComparingTo("4853.33"));
		EcosystemAccount all = this.ledger.ecosystemAccount(stand.coordinator(), stand.ecosystem(), null);
		assertThat(all.transfers()).hasSizeLessThanOrEqualTo(all.balances().size() - 1);
		assertThat(all.balances().stream().map(PartyBalance::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("0.00");
		assertThatThrownBy(() -> this.ledger.ecosystemAccount(this.fixtures.member(), stand.ecosystem(), null))
			.isInstanceOf(PoolNotFoundException.class);
	}

	private static BigDecimal balance(PoolView pool, Long companyId) {
		return pool.balances()
			.stream()
			.filter((b) -> java.util.Objects.equals(b.party().companyId(), companyId))
			.findFirst()
			.orElseThrow()
			.balance();
	}

	private long version(long pool) {
		return this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, pool);
	}

	private int count(long pool) {
		return this.jdbc.queryForObject("select count(*) from ledger_entry where pool_id = ?", Integer.class, pool);
	}

	private int itemCount(long pool) {
		return this.jdbc.queryForObject("select count(*) from ledger_cost_item where pool_id = ?", Integer.class, pool);
	}

	private int notified(CoopexUser admin) {
		return this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and message_key = 'notifications.ledger.inconsistent'",
				Integer.class, admin.id());
	}

	/** Owner ids (stands, missions) unique in this run. */
	static final class AtomicOwner {

		private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(
				System.nanoTime() % 1_000_000_000L);

		long next() {
			return this.next.incrementAndGet();
		}

	}

}
