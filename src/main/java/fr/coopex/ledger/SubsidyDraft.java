package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * A subsidy that lowers the shares of the eligible participants on some cost categories
 * (amounts before VAT). Either an amount spread among the eligible participants in
 * proportion to their eligible costs, or a rate of their eligible costs; never more than
 * a participant's eligible costs, nor than the cap.
 *
 * @param label what it is ("Région BFC — aide aux salons")
 * @param amount the amount granted for the whole pool, in euros, or {@code null}
 * @param rate the rate in percent (50.00), from 0 to 100, or {@code null}
 * @param categories the cost categories it pays for
 * @param maxHeadcount only firms of at most this many employees (e.g. 249), or
 * {@code null}
 * @param firstTimeExportersOnly only firms that never exported
 * @param maxPreviousParticipations only firms that took part at most this many times
 * before (e.g. 3: the first four participations), or {@code null}
 * @param capPerParticipant at most this much per participant, in euros, or {@code null}
 * @param aidId the aid of the catalogue it comes from (its number), or {@code null}
 */
public record SubsidyDraft(String label, BigDecimal amount, BigDecimal rate, Set<CostCategory> categories,
		Integer maxHeadcount, boolean firstTimeExportersOnly, Integer maxPreviousParticipations,
		BigDecimal capPerParticipant, String aidId) {

	public SubsidyDraft {
		categories = (categories == null || categories.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
	}

	/** A rate on some categories, for firms of at most {@code maxHeadcount} people. */
	public static SubsidyDraft rate(String label, BigDecimal rate, Set<CostCategory> categories, Integer maxHeadcount) {
		return new SubsidyDraft(label, null, rate, categories, maxHeadcount, false, null, null, null);
	}

	/** An amount for the whole pool on some categories, for everyone. */
	public static SubsidyDraft amount(String label, BigDecimal amount, Set<CostCategory> categories) {
		return new SubsidyDraft(label, amount, null, categories, null, false, null, null, null);
	}

	/**
	 * The number of the catalogue's aid this subsidy comes from, or {@code null} (none,
	 * or a reference that is not a number).
	 */
	public Long catalogueAid() {
		if (this.aidId == null || !this.aidId.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(this.aidId);
	}

	/** Whether a participant may receive this subsidy. */
	public boolean isEligible(ParticipantDraft participant) {
		if (this.maxHeadcount != null
				&& (participant.headcount() == null || participant.headcount() > this.maxHeadcount)) {
			return false;
		}
		if (this.firstTimeExportersOnly && !participant.firstTimeExporter()) {
			return false;
		}
		return this.maxPreviousParticipations == null
				|| participant.previousParticipations() <= this.maxPreviousParticipations;
	}

}
