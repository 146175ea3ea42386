package fr.coopex.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemHomeFacts;
import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * What the signed-in home page needs of the ledger, read from the same content as the
 * pool pages (so the same numbers, "due now" as the package documentation defines it):
 * what a company owes now across its pools, with the cash calls still asked and their due
 * dates; and, per ecosystem a person coordinates, the cash called against collected, the
 * lines overdue, and the pools not yet confirmed. A cash-call line is overdue when
 * something of it is still outstanding after its due date (Europe/Paris).
 */
@Service
@Transactional(readOnly = true)
public class LedgerHomeFacts {

	private final NamedParameterJdbcTemplate jdbc;

	private final PoolReadModel pools;

	private final VisibleNames names;

	private final EcosystemHomeFacts ecosystems;

	private final PaymentDeclarations declarations;

	private final Clock clock;

	LedgerHomeFacts(NamedParameterJdbcTemplate jdbc, PoolReadModel pools, VisibleNames names,
			EcosystemHomeFacts ecosystems, PaymentDeclarations declarations, Clock clock) {
		this.jdbc = jdbc;
		this.pools = pools;
		this.names = names;
		this.ecosystems = ecosystems;
		this.declarations = declarations;
		this.clock = clock;
	}

	/**
	 * A cash-call line of the company still outstanding.
	 *
	 * @param declaredOn the day the company declared a payment of it that waits for the
	 * pool's managers, or null
	 */
	public record Due(long poolId, String poolTitle, long cashCallId, String label, LocalDate dueOn,
			BigDecimal outstanding, boolean overdue, LocalDate declaredOn) {

		/** Whether a declared payment of the line waits for the pool's managers. */
		public boolean declared() {
			return this.declaredOn != null;
		}

	}

	/**
	 * A pool in which the company owes something now.
	 *
	 * @param dueOn the last due date of its outstanding cash calls, or null when the
	 * whole balance is due at once (confirmed split)
	 */
	public record OwedPool(long poolId, long ecosystemId, String title, BigDecimal dueNow, LocalDate dueOn,
			boolean overdue) {
	}

	/**
	 * What a company owes now, across all its pools.
	 *
	 * @param before the last due date of what is owed, or null when none is dated
	 */
	public record Owed(BigDecimal total, LocalDate before, List<OwedPool> pools, List<Due> calls) {

		public static final Owed NOTHING = new Owed(BigDecimal.ZERO.setScale(2), null, List.of(), List.of());

		public boolean isEmpty() {
			return this.pools.isEmpty();
		}

		public boolean anyOverdue() {
			return this.calls.stream().anyMatch(Due::overdue);
		}

		/** The lines due in the next {@code days} days (overdue ones included). */
		public List<Due> dueWithin(LocalDate today, int days) {
			return this.calls.stream().filter((d) -> !d.dueOn().isAfter(today.plusDays(days))).toList();
		}

		/** The outstanding cash-call lines of one pool. */
		public List<Due> callsOf(long poolId) {
			return this.calls.stream().filter((d) -> d.poolId() == poolId).toList();
		}

	}

	/** A cash-call line overdue, for the coordinators of its pool. */
	public record OverdueLine(long poolId, String poolTitle, long companyId, String companyName, String label,
			LocalDate dueOn, BigDecimal outstanding) {
	}

	/** A pool by id and title. */
	public record PoolRef(long id, String title) {
	}

	/** The money of one coordinated ecosystem. */
	public record EcosystemMoney(long ecosystemId, BigDecimal called, BigDecimal collected, List<OverdueLine> overdue,
			List<PoolRef> unconfirmed) {

		/** The collected share of what was called, in whole percent, for the bar. */
		public int percent() {
			return this.called.signum() == 0 ? 0
					: this.collected.multiply(BigDecimal.valueOf(100))
						.divide(this.called, 0, RoundingMode.DOWN)
						.intValue();
		}

	}

	/** What the member's company owes now, biggest first; nothing for anyone else. */
	public Owed owedBy(CoopexUser member) {
		if (member == null || member.role() != Role.MEMBER) {
			return Owed.NOTHING;
		}
		long company = member.organisationId();
		LocalDate today = today();
		List<OwedPool> owed = new ArrayList<>();
		List<Due> calls = new ArrayList<>();
		Map<Long, LocalDate> declared = this.declarations.pendingDaysOf(company);
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (PoolRow pool : rows(
				"select p.* from ledger_pool p join ledger_participant lp on lp.pool_id = p.id "
						+ "where lp.company_id = :company and p.status <> 'CANCELLED'",
				new MapSqlParameterSource("company", company))) {
			PoolContent content = this.pools.current(pool);
			BigDecimal dueNow = content.balances()
				.stream()
				.filter((b) -> Objects.equals(b.party().companyId(), company))
				.map(PartyBalance::dueNow)
				.findFirst()
				.orElse(BigDecimal.ZERO);
			if (dueNow.signum() <= 0) {
				continue;
			}
			List<Due> own = new ArrayList<>();
			for (CashCall call : content.cashCalls()) {
				for (CashCallLine line : call.lines()) {
					if (line.companyId() == company && !line.cancelled() && line.outstanding().signum() > 0) {
						own.add(new Due(pool.id, pool.title, call.id(), call.label(), call.dueOn(), line.outstanding(),
								call.dueOn().isBefore(today), declared.get(call.id())));
					}
				}
			}
			LocalDate last = own.stream().map(Due::dueOn).max(Comparator.naturalOrder()).orElse(null);
			owed.add(new OwedPool(pool.id, pool.ecosystemId, pool.title, dueNow, last,
					own.stream().anyMatch(Due::overdue)));
			calls.addAll(own);
			total = total.add(dueNow);
		}
		if (owed.isEmpty()) {
			return Owed.NOTHING;
		}
		owed.sort(Comparator.comparing(OwedPool::dueNow).reversed().thenComparingLong(OwedPool::poolId));
		calls.sort(Comparator.comparing(Due::dueOn).thenComparingLong(Due::poolId));
		LocalDate before = owed.stream()
			.map(OwedPool::dueOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new Owed(total, before, List.copyOf(owed), List.copyOf(calls));
	}

	/**
	 * The money of every ecosystem this person coordinates, by ecosystem id: only those
	 * ecosystems, whatever the person's role.
	 */
	public Map<Long, EcosystemMoney> coordinated(CoopexUser coordinator) {
		List<Long> ids = this.ecosystems.coordinated(coordinator)
			.stream()
			.map(EcosystemHomeFacts.Coordinated::id)
			.toList();
		Map<Long, EcosystemMoney> money = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return money;
		}
		LocalDate today = today();
		Map<Long, long[]> sums = new LinkedHashMap<>();
		Map<Long, List<OverdueLine>> overdue = new LinkedHashMap<>();
		Map<Long, List<PoolRef>> unconfirmed = new LinkedHashMap<>();
		ids.forEach((id) -> {
			sums.put(id, new long[2]);
			overdue.put(id, new ArrayList<>());
			unconfirmed.put(id, new ArrayList<>());
		});
		for (PoolRow pool : rows(
				"select * from ledger_pool where ecosystem_id in (:ids) and status <> 'CANCELLED' " + "order by id",
				new MapSqlParameterSource("ids", ids))) {
			if (pool.status == PoolStatus.OPEN) {
				unconfirmed.get(pool.ecosystemId).add(new PoolRef(pool.id, pool.title));
			}
			long[] sum = sums.get(pool.ecosystemId);
			for (CashCall call : this.pools.current(pool).cashCalls()) {
				for (CashCallLine line : call.lines()) {
					if (line.cancelled()) {
						continue;
					}
					sum[0] += PoolBalances.cents(line.amount());
					sum[1] += PoolBalances.cents(line.covered());
					if (line.outstanding().signum() > 0 && call.dueOn().isBefore(today)) {
						overdue.get(pool.ecosystemId)
							.add(new OverdueLine(pool.id, pool.title, line.companyId(), null, call.label(),
									call.dueOn(), line.outstanding()));
					}
				}
			}
		}
		Map<Long, String> visible = this.names.of(coordinator,
				overdue.values().stream().flatMap(List::stream).map(OverdueLine::companyId).distinct().toList());
		for (Long id : ids) {
			List<OverdueLine> lines = overdue.get(id)
				.stream()
				.map((l) -> new OverdueLine(l.poolId(), l.poolTitle(), l.companyId(),
						VisibleNames.nameOf(l.companyId(), visible), l.label(), l.dueOn(), l.outstanding()))
				.sorted(Comparator.comparing(OverdueLine::dueOn).thenComparingLong(OverdueLine::poolId))
				.toList();
			money.put(id, new EcosystemMoney(id, Split.euros(sums.get(id)[0]), Split.euros(sums.get(id)[1]), lines,
					List.copyOf(unconfirmed.get(id))));
		}
		return money;
	}

	private List<PoolRow> rows(String sql, MapSqlParameterSource params) {
		return this.jdbc.query(sql, params, PoolRow::of);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

}
