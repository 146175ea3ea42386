package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a participant, a cost item or a subsidy must meet, checked on the draft
 * itself: the split engine applies them before splitting, and the ledger before storing a
 * draft, without splitting anything. Each refusal is a {@link LedgerException} naming the
 * field and saying why.
 */
final class DraftRules {

	/** Amounts in cents of one item ({@link SplitEngine#MAX_AMOUNT} at most). */
	static final long MAX_CENTS = 99_999_999_999_999L;

	/** Rates are kept in 1/10,000 (2 decimals of a percent). */
	static final long RATE_SCALE = 10_000;

	static final String WEIGHTS_ZERO = "ledger.split.weights-zero";

	static final String NO_PARTICIPANTS = "ledger.split.no-participants";

	/** The longest label, title or reference. */
	static final int MAX_LABEL = 200;

	private DraftRules() {
	}

	/** A participant's keys: area in 1/100 m², weight in 1/10,000, headcount band. */
	record Keys(long area, long weight, long band) {

		long of(AllocationKey key) {
			return switch (key) {
				case BY_AREA -> this.area;
				case WEIGHTS -> this.weight;
				case HEADCOUNT_BAND -> this.band;
				case EQUAL -> 1;
				case FIXED -> throw new IllegalArgumentException("FIXED has no weights");
			};
		}

	}

	/** A cost item's terms, checked: amounts in cents, the rate in 1/10,000. */
	record ItemTerms(long amount, long vatRate, AllocationKey key, AllocationKey restKey, Map<Long, Long> fixed) {
	}

	/** A subsidy's terms, checked: its rate or its amount, and its cap in cents. */
	record SubsidyTerms(long rate, long amount, long cap) {
	}

	static Keys participant(ParticipantDraft participant) {
		LedgerException.Company company = new LedgerException.Company(participant.companyId());
		long area = scaled(participant.area(), 2, "area", "ledger.participant.area-invalid", company);
		long weight = scaled(participant.weight(), 4, "weight", "ledger.participant.weight-invalid", company);
		if (participant.previousParticipations() < 0
				|| (participant.headcount() != null && participant.headcount() < 0)) {
			throw new LedgerException(null, "ledger.participant.invalid", company);
		}
		return new Keys(area, weight, AllocationKey.headcountWeight(participant.headcount()));
	}

	static void defaultKey(AllocationKey key) {
		if (key == null || !key.canSpreadRest()) {
			throw new LedgerException("defaultKey", "ledger.key.invalid-default");
		}
	}

	/**
	 * Checks a cost item against the pool's key and active participants: its amounts, who
	 * advanced it, its fixed amounts, and that its key has something to split by.
	 */
	static ItemTerms item(CostItemDraft item, AllocationKey defaultKey, List<ParticipantDraft> participants) {
		return item(item, defaultKey, keys(participants));
	}

	/** Each participant's keys, checked, by company id. */
	static Map<Long, Keys> keys(List<ParticipantDraft> participants) {
		Map<Long, Keys> keys = new HashMap<>();
		participants.forEach((p) -> keys.put(p.companyId(), participant(p)));
		return keys;
	}

	static ItemTerms item(CostItemDraft item, AllocationKey defaultKey, Map<Long, Keys> participants) {
		String label = item.label();
		if (item.category() == null) {
			throw new LedgerException("category", "ledger.item.category-required", label);
		}
		long amount = cents(item.amount(), "amount", label);
		long vatRate = rate(item.vatRate(), "vatRate", "ledger.vat.over-100", label);
		if (item.paidBy() == PaidBy.PARTICIPANT
				&& (item.advancedBy() == null || !participants.containsKey(item.advancedBy()))) {
			throw new LedgerException("advancedBy", "ledger.item.advanced-by-unknown", label);
		}
		AllocationKey key = (item.key() != null) ? item.key() : defaultKey;
		if (key != AllocationKey.FIXED) {
			if (amount > 0 && weightOf(key, participants, Set.of()) == 0) {
				throw new LedgerException("key", participants.isEmpty() ? NO_PARTICIPANTS : WEIGHTS_ZERO, label);
			}
			return new ItemTerms(amount, vatRate, key, null, Map.of());
		}
		AllocationKey restKey = (item.restKey() != null) ? item.restKey() : defaultKey;
		if (!restKey.canSpreadRest()) {
			throw new LedgerException("restKey", "ledger.item.rest-key-fixed", label);
		}
		Map<Long, Long> fixed = new HashMap<>();
		long fixedTotal = 0;
		for (Map.Entry<Long, BigDecimal> entry : item.fixedAmounts().entrySet()) {
			if (!participants.containsKey(entry.getKey())) {
				throw new LedgerException("fixedAmounts", "ledger.item.fixed-unknown-participant", label);
			}
			long cents = cents(entry.getValue(), "fixedAmounts", label);
			fixed.put(entry.getKey(), cents);
			fixedTotal += cents;
		}
		if (fixedTotal > amount) {
			throw new LedgerException("fixedAmounts", "ledger.item.fixed-over-total", label);
		}
		if (amount - fixedTotal > 0) {
			if (participants.isEmpty()) {
				throw new LedgerException("key", NO_PARTICIPANTS, label);
			}
			if (weightOf(restKey, participants, fixed.keySet()) == 0) {
				boolean anyWithout = !fixed.keySet().containsAll(participants.keySet());
				throw new LedgerException("fixedAmounts", anyWithout ? WEIGHTS_ZERO : "ledger.item.fixed-rest-nobody",
						label);
			}
		}
		return new ItemTerms(amount, vatRate, key, restKey, fixed);
	}

	private static long weightOf(AllocationKey key, Map<Long, Keys> participants, Set<Long> left) {
		long sum = 0;
		for (Map.Entry<Long, Keys> participant : participants.entrySet()) {
			if (!left.contains(participant.getKey())) {
				sum = Math.addExact(sum, participant.getValue().of(key));
			}
		}
		return sum;
	}

	/** Checks a subsidy on its own: an amount or a rate, categories, cap, criteria. */
	static SubsidyTerms subsidy(SubsidyDraft subsidy) {
		String label = subsidy.label();
		if ((subsidy.amount() == null) == (subsidy.rate() == null)) {
			throw new LedgerException("rate", "ledger.subsidy.amount-or-rate", label);
		}
		long rate = 0;
		long amount = 0;
		if (subsidy.rate() != null) {
			rate = rate(subsidy.rate(), "rate", "ledger.subsidy.rate-over-100", label);
		}
		else {
			amount = cents(subsidy.amount(), "amount", label);
		}
		if (subsidy.categories().isEmpty()) {
			throw new LedgerException("categories", "ledger.subsidy.categories-required", label);
		}
		long cap = (subsidy.capPerParticipant() != null)
				? cents(subsidy.capPerParticipant(), "capPerParticipant", label) : Long.MAX_VALUE;
		if ((subsidy.maxHeadcount() != null && subsidy.maxHeadcount() < 0)
				|| (subsidy.maxPreviousParticipations() != null && subsidy.maxPreviousParticipations() < 0)) {
			throw new LedgerException("maxHeadcount", "ledger.subsidy.criteria-invalid", label);
		}
		return new SubsidyTerms(rate, amount, cap);
	}

	/**
	 * Checks an amount in euros and returns it in cents.
	 * @throws LedgerException naming {@code field} when it is missing, negative, has more
	 * than 2 decimals or is too large
	 */
	static long cents(BigDecimal amount, String field, Object... context) {
		if (amount == null) {
			throw new LedgerException(field, "ledger.amount.required", context);
		}
		if (amount.signum() < 0) {
			throw new LedgerException(field, "ledger.amount.negative", context);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new LedgerException(field, "ledger.amount.too-precise", context);
		}
		if (amount.compareTo(SplitEngine.MAX_AMOUNT) > 0) {
			throw new LedgerException(field, "ledger.amount.too-large", context);
		}
		return amount.movePointRight(2).longValueExact();
	}

	/** Checks a rate in percent (0 to 100, 2 decimals) and returns it in 1/10,000. */
	static long rate(BigDecimal rate, String field, String overKey, Object... context) {
		if (rate == null || rate.signum() < 0 || rate.stripTrailingZeros().scale() > 2) {
			throw new LedgerException(field, "ledger.rate.invalid", context);
		}
		if (rate.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new LedgerException(field, overKey, context);
		}
		return rate.movePointRight(2).longValueExact();
	}

	/**
	 * A label, title or reference: stripped, required, at most {@link #MAX_LABEL}
	 * characters.
	 */
	static String label(String value, String field, String messageKey) {
		String clean = blankToNull(value);
		if (clean == null) {
			throw new LedgerException(field, messageKey);
		}
		if (clean.length() > MAX_LABEL) {
			throw new LedgerException(field, "ledger.label.too-long");
		}
		return clean;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static long scaled(BigDecimal value, int scale, String field, String key, Object name) {
		if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > scale
				|| value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			throw new LedgerException(field, key, name);
		}
		return value.movePointRight(scale).longValueExact();
	}

}
