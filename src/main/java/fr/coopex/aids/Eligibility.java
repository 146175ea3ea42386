package fr.coopex.aids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.TurnoverBand;

/**
 * Whether a company may get an aid, and why, criterion by criterion: the one place where
 * the eligibility rules of every aid are evaluated, from the aid's {@link Criteria}
 * (data, not code per aid) and the company's {@link CompanyFacts}.
 * <p>
 * Each criterion is {@link Outcome#MET met}, {@link Outcome#FAILED failed}, or
 * {@link Outcome#UNKNOWN unknown} when the profile lacks the fact or when a band of the
 * profile (headcount, turnover) straddles the threshold. One failed criterion makes the
 * company {@link Verdict#NOT_ELIGIBLE not eligible}; otherwise one unknown makes it
 * {@link Verdict#TO_CHECK to check}. Thresholds follow French and EU law: headcounts are
 * strict ("fewer than 250"), turnovers inclusive ("at most €50M"). Each reason carries a
 * message key and its arguments, turned into a sentence in the reader's language by
 * {@link EligibilityTexts}.
 */
public final class Eligibility {

	private Eligibility() {
	}

	public enum Verdict {

		ELIGIBLE, TO_CHECK, NOT_ELIGIBLE

	}

	public enum Outcome {

		MET, UNKNOWN, FAILED

	}

	/** One criterion's outcome and the sentence that explains it. */
	public record Reason(Outcome outcome, String messageKey, List<Object> arguments) {
	}

	/**
	 * The verdict and the reasons, one per criterion of the aid (none when the aid sets
	 * no structured condition).
	 */
	public record Assessment(Verdict verdict, List<Reason> reasons) {

		/** How well the company fits: criteria met count for, unknown ones against. */
		public int fit() {
			int fit = 0;
			for (Reason reason : this.reasons) {
				fit += switch (reason.outcome()) {
					case MET -> 2;
					case UNKNOWN -> -1;
					case FAILED -> -10;
				};
			}
			return fit;
		}

	}

	/**
	 * Assesses a company against an aid's criteria.
	 * @param currentYear the year today (a company's age is counted from its founding
	 * year)
	 */
	public static Assessment assess(Criteria c, CompanyFacts f, int currentYear) {
		List<Reason> reasons = new ArrayList<>(4);
		if (c.maxSize() != null) {
			reasons.add(size(c.maxSize(), f));
		}
		if (c.maxHeadcount() != null) {
			reasons.add(headcount(c.maxHeadcount(), f.headcount()));
		}
		if (c.maxTurnover() != null) {
			reasons.add(turnover(c.maxTurnover(), f.turnover()));
		}
		if (c.minAgeYears() != null) {
			reasons.add(age(c.minAgeYears(), f.foundedYear(), currentYear));
		}
		if (c.independentOnly()) {
			reasons.add(yesNo(f.independent(), "independent"));
		}
		if (c.innovativeOnly()) {
			reasons.add(yesNo(f.innovative(), "innovative"));
		}
		if (c.clusterMembersOnly()) {
			// company profiles do not record membership of a competitiveness cluster
			reasons.add(reason(Outcome.UNKNOWN, "cluster.unknown"));
		}
		if (!c.nafSections().isEmpty()) {
			reasons.add(naf(c, f));
		}
		if (!c.regions().isEmpty()) {
			reasons.add((f.region() == null) ? reason(Outcome.UNKNOWN, "region.missing", c.regions())
					: reason(c.regions().contains(f.region()) ? Outcome.MET : Outcome.FAILED,
							c.regions().contains(f.region()) ? "region.met" : "region.failed", f.region(),
							c.regions()));
		}
		if (!c.exportSituations().isEmpty()) {
			ExportSituation s = f.exportSituation();
			reasons.add((s == null) ? reason(Outcome.UNKNOWN, "export-situation.missing", c.exportSituations())
					: reason(c.exportSituations().contains(s) ? Outcome.MET : Outcome.FAILED,
							c.exportSituations().contains(s) ? "export-situation.met" : "export-situation.failed", s,
							c.exportSituations()));
		}
		if (c.firstTimeExportersOnly()) {
			ExportSituation s = f.exportSituation();
			reasons.add((s == null) ? reason(Outcome.UNKNOWN, "first-time.missing") : s.isFirstTimeExporter()
					? reason(Outcome.MET, "first-time.met") : reason(Outcome.FAILED, "first-time.failed", s));
		}
		if (c.groupingsOnly()) {
			// a firm gets it through a grouping, which its profile cannot tell
			reasons.add(reason(Outcome.UNKNOWN, "groupings"));
		}
		return new Assessment(verdict(reasons), List.copyOf(reasons));
	}

	private static Verdict verdict(List<Reason> reasons) {
		Verdict verdict = Verdict.ELIGIBLE;
		for (Reason reason : reasons) {
			if (reason.outcome() == Outcome.FAILED) {
				return Verdict.NOT_ELIGIBLE;
			}
			if (reason.outcome() == Outcome.UNKNOWN) {
				verdict = Verdict.TO_CHECK;
			}
		}
		return verdict;
	}

	/** Fewer than {@code limit} people. */
	static Reason headcount(int limit, HeadcountBand band) {
		return switch (compareHeadcount(band, limit)) {
			case MET -> reason(Outcome.MET, "headcount.met", band, limit);
			case FAILED -> reason(Outcome.FAILED, "headcount.failed", band, limit);
			case UNKNOWN -> (band == null) ? reason(Outcome.UNKNOWN, "headcount.missing", limit)
					: reason(Outcome.UNKNOWN, "headcount.straddles", band, limit);
		};
	}

	/** At most {@code limit} euros. */
	static Reason turnover(long limit, TurnoverBand band) {
		if (band == TurnoverBand.NO_ACCOUNTS_YET) {
			return reason(Outcome.UNKNOWN, "turnover.no-accounts", limit);
		}
		return switch (compareTurnover(band, limit)) {
			case MET -> reason(Outcome.MET, "turnover.met", band, limit);
			case FAILED -> reason(Outcome.FAILED, "turnover.failed", band, limit);
			case UNKNOWN -> (band == null) ? reason(Outcome.UNKNOWN, "turnover.missing", limit)
					: reason(Outcome.UNKNOWN, "turnover.straddles", band, limit);
		};
	}

	/**
	 * At most that size category: fewer people than its threshold, and a turnover (or a
	 * balance sheet, which profiles do not record) within its own.
	 */
	static Reason size(CompanySize size, CompanyFacts f) {
		Outcome people = compareHeadcount(f.headcount(), size.headcountBelow());
		if (people == Outcome.FAILED) {
			return reason(Outcome.FAILED, "size.headcount-over", size, f.headcount(), size.headcountBelow());
		}
		Outcome money = (f.turnover() == TurnoverBand.NO_ACCOUNTS_YET) ? Outcome.UNKNOWN
				: compareTurnover(f.turnover(), size.turnoverAtMost());
		if (people == Outcome.MET && money == Outcome.MET) {
			return reason(Outcome.MET, "size.met", size, f.headcount(), f.turnover());
		}
		if (people == Outcome.MET && money == Outcome.FAILED) {
			return reason(Outcome.UNKNOWN, "size.balance-sheet", size, f.turnover(), size.turnoverAtMost(),
					size.balanceSheetAtMost());
		}
		return reason(Outcome.UNKNOWN, "size.unknown", size, size.headcountBelow(), size.turnoverAtMost());
	}

	/** Founded at least {@code years} years ago. */
	static Reason age(int years, Integer founded, int currentYear) {
		if (founded == null) {
			return reason(Outcome.UNKNOWN, "age.missing", years);
		}
		// founded some day of that year: at least currentYear - founded - 1 full years
		// old
		if (currentYear - founded - 1 >= years) {
			return reason(Outcome.MET, "age.met", String.valueOf(founded), years);
		}
		if (currentYear - founded < years) {
			return reason(Outcome.FAILED, "age.failed", String.valueOf(founded), years);
		}
		return reason(Outcome.UNKNOWN, "age.this-year", String.valueOf(founded), years);
	}

	private static Reason naf(Criteria c, CompanyFacts f) {
		if (f.nafSection() == null) {
			return reason(Outcome.UNKNOWN, "naf.missing", c.nafSections());
		}
		boolean in = c.nafSections().contains(f.nafSection());
		return reason(in ? Outcome.MET : Outcome.FAILED, in ? "naf.met" : "naf.failed", f.nafCode(), c.nafSections());
	}

	private static Reason yesNo(Boolean fact, String criterion) {
		if (fact == null) {
			return reason(Outcome.UNKNOWN, criterion + ".missing");
		}
		return fact ? reason(Outcome.MET, criterion + ".met") : reason(Outcome.FAILED, criterion + ".failed");
	}

	private static Outcome compareHeadcount(HeadcountBand band, int limit) {
		if (band == null) {
			return Outcome.UNKNOWN;
		}
		if (band.max() < limit) {
			return Outcome.MET;
		}
		return (lowest(band) >= limit) ? Outcome.FAILED : Outcome.UNKNOWN;
	}

	private static Outcome compareTurnover(TurnoverBand band, long limit) {
		if (band == null) {
			return Outcome.UNKNOWN;
		}
		if (band.max() <= limit) {
			return Outcome.MET;
		}
		// every turnover of the band is above the previous band's top
		return (band.ordinal() > 0 && TurnoverBand.values()[band.ordinal() - 1].max() >= limit) ? Outcome.FAILED
				: Outcome.UNKNOWN;
	}

	/** The smallest headcount of a band. */
	static int lowest(HeadcountBand band) {
		return band.ordinal() == 0 ? 0 : HeadcountBand.values()[band.ordinal() - 1].max() + 1;
	}

	private static Reason reason(Outcome outcome, String key, Object... arguments) {
		return new Reason(outcome, "aids.eligibility." + key, Collections.unmodifiableList(Arrays.asList(arguments)));
	}

}
