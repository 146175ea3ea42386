package fr.coopex.ecosystems;

import java.math.BigDecimal;
import java.util.List;

import fr.coopex.shared.security.CoopexUser;

/**
 * What the modules that share an ecosystem's things (stands, missions, their cost pools)
 * do when a coordinator removes a member company: each follows its own rules for a
 * withdrawal. The coordinator sees {@link #effects} on the confirmation page;
 * {@link #apply} runs in the removal's transaction, so that a refusal undoes the removal
 * too.
 */
public interface MemberDeparture {

	/** What removing this company would change, for the coordinator to read first. */
	List<Effect> effects(long ecosystemId, long companyId);

	/** Withdraws the company from what it takes part in, by the module's rules. */
	void apply(CoopexUser coordinator, long ecosystemId, long companyId);

	/**
	 * One thing the removal changes.
	 *
	 * @param what what it is about (a stand's fair, a mission's title)
	 * @param owing whether the company's share stays due (a late withdrawal) or it leaves
	 * the split, whose shares are computed again among the others
	 * @param quantity the area it held (a stand), or 1 (a mission)
	 * @param mission whether it is about a mission rather than a stand
	 */
	record Effect(String what, boolean owing, BigDecimal quantity, boolean mission) {

		/** A stand booking. */
		public Effect(String what, boolean owing, BigDecimal quantity) {
			this(what, owing, quantity, false);
		}

		/** The message that says it, with the {@code owing} or {@code withdrawn} case. */
		public String messageKey() {
			return "ecosystems.remove.effect." + (this.mission ? "mission." : "")
					+ (this.owing ? "owing" : "withdrawn");
		}

	}

}
