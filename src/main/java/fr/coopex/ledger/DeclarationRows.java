package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.coopex.ledger.PaymentDeclaration.Status;
import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * The rows of payment declarations and of their decisions (both written once), and the
 * cash call line a declaration is about. Checks no one's rights: its callers do.
 */
@Component
class DeclarationRows {

	private final PoolStore store;

	private final PoolReadModel reads;

	DeclarationRows(PoolStore store, PoolReadModel reads) {
		this.store = store;
		this.reads = reads;
	}

	/** A company's live line of a cash call, with its call. */
	record Owed(CashCall call, CashCallLine line) {
	}

	/** The company's live line of the call (not cancelled nor withdrawn), or null. */
	Owed owedLine(PoolRow pool, long cashCallId, long companyId) {
		for (CashCall call : this.reads.cashCallsOf(pool)) {
			if (call.id() != cashCallId) {
				continue;
			}
			for (CashCallLine line : call.lines()) {
				if (line.companyId() == companyId && !line.cancelled() && !line.withdrawn()) {
					return new Owed(call, line);
				}
			}
		}
		return null;
	}

	/**
	 * The declarations matching a condition on {@code d} (the declaration), latest first.
	 */
	List<PaymentDeclaration> declarations(String where, Object... arguments) {
		return this.store.jdbc()
			.query("select d.*, c.label, c.due_on, x.confirmed, x.reason, x.decided_at "
					+ "from ledger_payment_declaration d join ledger_cash_call c on c.id = d.cash_call_id "
					+ "left join ledger_payment_declaration_decision x on x.declaration_id = d.id where " + where
					+ " order by d.declared_at desc, d.id desc", DeclarationRows::declaration, arguments);
	}

	/** Writes a declaration made now; returns its id. */
	long insert(long poolId, long cashCallId, long companyId, BigDecimal amount, LocalDate paidOn, String reference,
			CoopexUser by, String declarer) {
		return this.store.insert(
				"insert into ledger_payment_declaration (pool_id, cash_call_id, company_id, amount, paid_on, reference, "
						+ "declared_by, declarer_name, declared_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, cashCallId, companyId, amount, Date.valueOf(paidOn), reference, by.id(), declarer,
				Timestamp.from(this.store.now()));
	}

	/** Writes a manager's decision on a declaration, made now. */
	void decide(long declarationId, boolean confirmed, Long payment, String reason, CoopexUser by) {
		this.store.jdbc()
			.update("insert into ledger_payment_declaration_decision (declaration_id, confirmed, payment_id, reason, "
					+ "decided_by, decided_at) values (?, ?, ?, ?, ?, ?)", declarationId, confirmed, payment, reason,
					by.id(), Timestamp.from(this.store.now()));
	}

	/** The person who declared it. */
	long declaredBy(long declarationId) {
		Long by = this.store.jdbc()
			.queryForObject("select declared_by from ledger_payment_declaration where id = ?", Long.class,
					declarationId);
		return (by != null) ? by : 0;
	}

	/** The people named managers of the pool when it was opened. */
	List<Long> managersOf(long poolId) {
		return this.store.jdbc()
			.queryForList("select user_id from ledger_pool_manager where pool_id = ? order by user_id", Long.class,
					poolId);
	}

	/** The day each waiting declaration of the company was made, by cash call id. */
	Map<Long, LocalDate> pendingDaysOf(long companyId) {
		Map<Long, LocalDate> days = new HashMap<>();
		this.store.jdbc()
			.query("select d.cash_call_id, max(d.declared_at) from ledger_payment_declaration d "
					+ "left join ledger_payment_declaration_decision x on x.declaration_id = d.id "
					+ "where d.company_id = ? and x.declaration_id is null group by d.cash_call_id", (ResultSet rs) -> {
						days.put(rs.getLong(1),
								LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), ClockConfiguration.PARIS));
					}, companyId);
		return days;
	}

	private static PaymentDeclaration declaration(ResultSet rs, int row) throws SQLException {
		boolean confirmed = rs.getBoolean("confirmed");
		Status status = rs.wasNull() ? Status.PENDING : (confirmed ? Status.CONFIRMED : Status.REJECTED);
		Timestamp decided = rs.getTimestamp("decided_at");
		return new PaymentDeclaration(rs.getLong("id"), rs.getLong("pool_id"), rs.getLong("cash_call_id"),
				rs.getString("label"), rs.getDate("due_on").toLocalDate(), rs.getLong("company_id"), null,
				rs.getBigDecimal("amount"), rs.getDate("paid_on").toLocalDate(), rs.getString("reference"),
				rs.getString("declarer_name"), rs.getTimestamp("declared_at").toInstant(), status,
				rs.getString("reason"), (decided != null) ? decided.toInstant() : null);
	}

}
