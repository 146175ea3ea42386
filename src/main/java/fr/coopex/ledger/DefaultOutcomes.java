package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.GovernanceRecord;
import fr.coopex.ecosystems.GovernanceRecord.ConsultationClosed;
import fr.coopex.ledger.CashCallEvents.Outcome;
import fr.coopex.shared.security.CoopexUser;

/**
 * The outcome of a default, as the charter says: a coordinator records, with its reason,
 * that a company's late cash call line is waived (the coordination body bears it) or that
 * its amount is split among the other participants after an adopted consultation. Each
 * outcome is written once ({@code ledger_default_outcome}, append-only), with
 * {@code DEFAULT} entries that move the amount from the defaulter's share to those who
 * bear it (they add up to zero, so every pool keeps summing to the cent), and the late
 * line is cancelled by a reversing row ({@link DefaultSettlement} writes them).
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

	private final DefaultSettlement settlement;

	DefaultOutcomes(CashCallFollowUp followUp, FollowUpReads reads, PoolStore store, GovernanceRecord governance,
			DefaultSettlement settlement) {
		this.followUp = followUp;
		this.reads = reads;
		this.store = store;
		this.governance = governance;
		this.settlement = settlement;
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
		return this.settlement.write(by, late, outcome, cleanReason, consultation);
	}

}
