package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.GovernanceRecord;
import fr.coopex.ecosystems.GovernanceRecord.ConsultationClosed;
import fr.coopex.ledger.CashCallEvents.DefaultSettled;
import fr.coopex.ledger.CashCallEvents.Outcome;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The outcome of a default, as the charter says: a coordinator records, with its reason,
 * that a company's late cash call line is waived (the coordination body bears it) or that
 * its amount is split among the other participants after an adopted consultation. Each
 * outcome is written once ({@code ledger_default_outcome}, append-only), with
 * {@code DEFAULT} entries that move the amount from the defaulter's share to those who
 * bear it (they add up to zero, so every pool keeps summing to the cent), and the late
 * line is cancelled by a reversing row.
 */
@Service
public class DefaultOutcomes {

	/** The longest reason kept. */
	public static final int MAX_REASON = 1000;

	/** How far back adopted consultations are offered (years). */
	private static final int CONSULTATION_YEARS = 2;

	private final CashCallFollowUp followUp;

	private final FollowUpReads reads;

	private final PoolStore store;

	private final GovernanceRecord governance;

	private final ApplicationEventPublisher events;

	DefaultOutcomes(CashCallFollowUp followUp, FollowUpReads reads, PoolStore store, GovernanceRecord governance,
			ApplicationEventPublisher events) {
		this.followUp = followUp;
		this.reads = reads;
		this.store = store;
		this.governance = governance;
		this.events = events;
	}

	/** One outcome recorded. */
	public record Recorded(long id, long poolId, String poolTitle, long cashCallId, String label, long companyId,
			Outcome outcome, BigDecimal amount, String reason, String consultation, java.time.Instant recordedAt) {
	}

	/** The adopted consultations of the ecosystem that a re-split may follow. */
	@Transactional(readOnly = true)
	public List<ConsultationClosed> adoptedConsultations(CoopexUser viewer, long ecosystemId) {
		this.followUp.requireCoordinator(viewer, ecosystemId);
		LocalDate today = this.reads.today();
		return this.governance.consultationsClosed(ecosystemId, today.minusYears(CONSULTATION_YEARS), today.plusDays(1))
			.stream()
			.filter((c) -> "adopted".equals(c.outcome()))
			.sorted(Comparator.comparing(ConsultationClosed::closedAt).reversed())
			.toList();
	}

	/** The outcomes recorded in the ecosystem, the latest first. */
	@Transactional(readOnly = true)
	public List<Recorded> recorded(CoopexUser viewer, long ecosystemId) {
		this.followUp.requireCoordinator(viewer, ecosystemId);
		return this.store.jdbc()
			.query("select o.id, p.id, p.title, c.id, c.label, o.company_id, o.kind, o.amount, o.reason, "
					+ "o.consultation_question, o.recorded_at from ledger_default_outcome o "
					+ "join ledger_cash_call c on c.id = o.cash_call_id join ledger_pool p on p.id = c.pool_id "
					+ "where p.ecosystem_id = ? order by o.recorded_at desc, o.id desc limit 200",
					(rs, i) -> new Recorded(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
							rs.getString(5), rs.getLong(6), Outcome.valueOf(rs.getString(7)), rs.getBigDecimal(8),
							rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant()),
					ecosystemId);
	}

	/**
	 * Waives a company's late line: the coordination body bears what it still owes.
	 * @throws LedgerException naming the field at fault; nothing is changed
	 */
	@Transactional
	public long waive(CoopexUser by, long ecosystemId, long cashCallId, long companyId, String reason) {
		return record(by, ecosystemId, cashCallId, companyId, reason, Outcome.WAIVER, null);
	}

	/**
	 * Splits what a company still owes on a late line among the other participants, in
	 * proportion to their shares, after the adopted consultation {@code consultationId}.
	 * @throws LedgerException naming the field at fault; nothing is changed
	 */
	@Transactional
	public long resplit(CoopexUser by, long ecosystemId, long cashCallId, long companyId, String reason,
			Long consultationId) {
		ConsultationClosed consultation = adoptedConsultations(by, ecosystemId).stream()
			.filter((c) -> consultationId != null && c.consultationId() == consultationId)
			.findFirst()
			.orElseThrow(() -> new LedgerException("consultationId", "ledger.default.consultation-required"));
		return record(by, ecosystemId, cashCallId, companyId, reason, Outcome.RESPLIT, consultation);
	}

	private long record(CoopexUser by, long ecosystemId, long cashCallId, long companyId, String reason,
			Outcome outcome, ConsultationClosed consultation) {
		this.followUp.requireCoordinator(by, ecosystemId);
		String cleanReason = DraftRules.blankToNull(reason);
		if (cleanReason == null) {
			throw new LedgerException("reason", "ledger.default.reason-required");
		}
		if (cleanReason.length() > MAX_REASON) {
			throw new LedgerException("reason", "ledger.default.reason-too-long", MAX_REASON);
		}
		OutstandingLine late = this.reads.lateLine(ecosystemId, cashCallId, companyId, this.reads.today());
		PoolRow pool = this.store.lock(late.pool().id, Ledger.ANY_VERSION);
		long amount = PoolBalances.cents(late.line().outstanding());
		List<Object[]> bearers = bearers(pool, companyId, amount, outcome);
		Timestamp now = Timestamp.from(this.store.now());
		long id = this.store.insert(
				"insert into ledger_default_outcome (cash_call_id, company_id, kind, amount, reason, consultation_id, "
						+ "consultation_question, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				cashCallId, companyId, outcome.name(), Split.euros(amount), cleanReason,
				(consultation != null) ? consultation.consultationId() : null,
				(consultation != null) ? Text.cut(consultation.question(), MAX_REASON) : null, by.id(), now);
		String entry = "insert into ledger_entry (pool_id, company_id, kind, amount, default_outcome_id, created_by, "
				+ "created_at) values (?, ?, 'DEFAULT', ?, ?, ?, ?)";
		this.store.jdbc().update(entry, pool.id, companyId, Split.euros(-amount), id, by.id(), now);
		for (Object[] bearer : bearers) {
			this.store.jdbc().update(entry, pool.id, bearer[0], Split.euros((Long) bearer[1]), id, by.id(), now);
		}
		this.store.jdbc()
			.update("insert into ledger_cash_call_reversal (cash_call_id, company_id, amount, reason, created_by, "
					+ "created_at) select cash_call_id, company_id, -amount, 'DEFAULT', ?, ? from ledger_cash_call_line "
					+ "where cash_call_id = ? and company_id = ?", by.id(), now, cashCallId, companyId);
		this.events.publishEvent(new DefaultSettled(pool.id, pool.ecosystemId, pool.title, cashCallId, companyId,
				outcome, Split.euros(amount), cleanReason,
				(consultation != null) ? consultation.consultationId() : null, by.id()));
		return id;
	}

	/**
	 * Who bears the amount, and how much each: the coordination body (null) for a waiver;
	 * for a re-split, the other active participants in proportion to what they owe the
	 * pool (largest remainder, ties to the lower company id).
	 */
	private List<Object[]> bearers(PoolRow pool, long defaulter, long amount, Outcome outcome) {
		List<Object[]> bearers = new ArrayList<>();
		if (outcome == Outcome.WAIVER) {
			bearers.add(new Object[] { null, amount });
			return bearers;
		}
		List<Long> companies = new ArrayList<>();
		List<Long> weights = new ArrayList<>();
		for (PoolView.Participant p : this.store.participants(pool.id)) {
			if (p.withdrawn() || p.companyId() == defaulter) {
				continue;
			}
			PartyBalance balance = this.reads.balanceOf(pool, p.companyId());
			long owed = (balance != null) ? PoolBalances.cents(balance.owed()) : 0;
			if (owed > 0) {
				companies.add(p.companyId());
				weights.add(owed);
			}
		}
		if (companies.isEmpty()) {
			throw new LedgerException("outcome", "ledger.default.no-one-to-share");
		}
		long[] w = weights.stream().mapToLong(Long::longValue).toArray();
		long[] parts = LargestRemainder
			.split(amount, w, LargestRemainder.by(Comparator.comparing((Integer i) -> companies.get(i))))
			.parts();
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] != 0 && Objects.nonNull(companies.get(i))) {
				bearers.add(new Object[] { companies.get(i), parts[i] });
			}
		}
		return bearers;
	}

}
