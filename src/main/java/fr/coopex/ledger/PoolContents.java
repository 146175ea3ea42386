package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.PoolView.Payment;
import fr.coopex.ledger.PoolView.Problem;
import fr.coopex.ledger.Settlement.Transfer;

/**
 * Reads what a pool shows, as of its current version: its parts, its split (or why it
 * cannot be split yet), balances, cash calls, payments and the transfers that settle it.
 */
@Component
class PoolContents {

	private final PoolStore store;

	PoolContents(PoolStore store) {
		this.store = store;
	}

	/** The content of this version of the pool, read now. */
	PoolContent of(PoolRow pool) {
		long poolId = pool.id;
		List<Participant> participants = List.copyOf(this.store.participants(poolId));
		List<PoolView.Item> items = List.copyOf(this.store.items(poolId));
		List<PoolView.SubsidyItem> subsidies = List.copyOf(this.store.subsidies(poolId));
		Split split = null;
		Problem problem = null;
		try {
			split = SplitEngine.split(PoolStore.input(pool, participants, items, subsidies));
		}
		catch (LedgerException ex) {
			problem = new Problem(ex.messageKey(), ex.arguments());
		}
		Map<Long, String> names = new HashMap<>();
		participants.forEach((p) -> names.put(p.companyId(), p.name()));
		JdbcTemplate jdbc = this.store.jdbc();
		List<PartyBalance> plain = PoolBalances.of(jdbc, pool, split, names);
		List<CashCall> calls = List.copyOf(cashCalls(poolId, participants, plain));
		List<PartyBalance> balances = List.copyOf(AmountsDueNow.of(pool, plain, calls));
		List<Transfer> transfers = List.copyOf(
				Settlement.of(balances.stream().map((b) -> new Settlement.Balance(b.party(), b.dueNow())).toList()));
		List<Payment> payments = List.copyOf(payments(poolId, names));
		Map<Long, List<Split.Line>> postedLines = (pool.isPosted() && pool.currentPostingId != null)
				? this.store.postedLines(pool.currentPostingId) : Map.of();
		return new PoolContent(poolId, pool.version, pool.updatedAt, participants, items, subsidies, split, problem,
				balances, transfers, calls, payments, this.store.postedAt(pool), postedLines);
	}

	private List<Payment> payments(long poolId, Map<Long, String> names) {
		return this.store.jdbc()
			.query("select id, payer_company_id, payee_company_id, amount, paid_on, reference from ledger_payment "
					+ "where pool_id = ? order by paid_on, id", (rs, i) -> {
						long payer = rs.getLong(2);
						Long payerId = rs.wasNull() ? null : payer;
						long payee = rs.getLong(3);
						Long payeeId = rs.wasNull() ? null : payee;
						return new Payment(rs.getLong(1), PoolBalances.party(payerId, names),
								PoolBalances.party(payeeId, names), rs.getBigDecimal(4), rs.getDate(5).toLocalDate(),
								rs.getString(6));
					}, poolId);
	}

	/** Each company's payments as payer (or payee), in cents. */
	private Map<Long, Long> paid(long poolId, String column) {
		Map<Long, Long> paid = new HashMap<>();
		this.store.jdbc()
			.query("select " + column + ", sum(amount) from ledger_payment where pool_id = ? and " + column
					+ " is not null group by " + column, (ResultSet rs) -> {
						paid.put(rs.getLong(1), PoolBalances.cents(rs.getBigDecimal(2)));
					}, poolId);
		return paid;
	}

	/**
	 * The cash calls with each participant's line; a participant's payments to the pool
	 * cover its lines in the order they fall due, and what is still outstanding never
	 * adds up to more than its balance.
	 */
	private List<CashCall> cashCalls(long poolId, List<Participant> participants, List<PartyBalance> balances) {
		Map<Long, Long> room = new HashMap<>();
		balances.stream()
			.filter((b) -> !b.party().isCoordination())
			.forEach((b) -> room.put(b.party().companyId(), Math.max(0, PoolBalances.cents(b.balance()))));
		Map<Long, Participant> byId = new HashMap<>();
		participants.forEach((p) -> byId.put(p.companyId(), p));
		Map<Long, Long> refunded = paid(poolId, "payee_company_id");
		Map<Long, Long> available = new HashMap<>();
		paid(poolId, "payer_company_id")
			.forEach((company, cents) -> available.put(company, cents - refunded.getOrDefault(company, 0L)));
		List<CashCall> calls = new ArrayList<>();
		List<Object[]> headers = this.store.jdbc()
			.query("select id, label, rate, due_on from ledger_cash_call where pool_id = ? order by due_on, id",
					(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
							rs.getDate(4).toLocalDate() },
					poolId);
		for (Object[] header : headers) {
			long callId = (Long) header[0];
			List<CashCallLine> lines = new ArrayList<>();
			long total = 0;
			for (Object[] line : this.store.jdbc()
				.query("select l.company_id, l.amount, exists (select 1 from ledger_cash_call_reversal r "
						+ "where r.cash_call_id = l.cash_call_id and r.company_id = l.company_id) "
						+ "from ledger_cash_call_line l where l.cash_call_id = ? order by l.company_id",
						(rs, i) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getBoolean(3) }, callId)) {
				long company = (Long) line[0];
				long amount = PoolBalances.cents((BigDecimal) line[1]);
				Participant participant = byId.get(company);
				// a cancelled line (its participant withdrew) asks nothing any more
				boolean cancelled = (Boolean) line[2];
				boolean withdrawn = cancelled || participant == null || participant.withdrawn();
				long left = Math.max(0, available.getOrDefault(company, 0L));
				long covered = withdrawn ? 0 : Math.min(left, amount);
				available.put(company, left - covered);
				// a call never asks more than the participant still owes
				long canAsk = room.getOrDefault(company, 0L);
				long outstanding = withdrawn ? 0 : Math.min(amount - covered, canAsk);
				room.put(company, canAsk - outstanding);
				total += amount;
				lines.add(new CashCallLine(company, (participant != null) ? participant.name() : "#" + company,
						Split.euros(amount), Split.euros(covered), Split.euros(outstanding), withdrawn, cancelled));
			}
			calls.add(new CashCall(callId, (String) header[1], (BigDecimal) header[2], (LocalDate) header[3],
					Split.euros(total), lines));
		}
		return calls;
	}

}
