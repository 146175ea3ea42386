package fr.coopex.labels;

/**
 * What the platform computes of an ecosystem, as of a date, from its own data: aggregates
 * of the ecosystem as a whole, never a company's field. Each has a name and a definition
 * ({@code labels.indicator.<NAME>} and {@code labels.indicator.<NAME>.definition}) shown
 * next to its value.
 */
public enum Indicator {

	/** Companies whose membership is active. */
	ACTIVE_MEMBERS(Unit.COUNT),
	/**
	 * Share of the active members with a known headcount that have fewer than 250 people.
	 */
	SME_SHARE(Unit.PERCENT),
	/** Active members who accepted the current version of the charter. */
	CHARTER_ACCEPTED(Unit.COUNT),
	/** 1 when a third party coordinates the ecosystem, 0 when a leader firm does. */
	THIRD_PARTY_COORDINATION(Unit.YES_NO),
	/** 1 when one of the coordinators works for a coordination body. */
	THIRD_PARTY_COORDINATOR(Unit.YES_NO),
	/** Shared stands confirmed in the last 12 months. */
	STANDS_CONFIRMED_12M(Unit.COUNT),
	/** Shared stands confirmed in the last 24 months. */
	STANDS_CONFIRMED_24M(Unit.COUNT),
	/** Missions closed in the last 12 months. */
	MISSIONS_CLOSED_12M(Unit.COUNT),
	/** Missions closed in the last 24 months. */
	MISSIONS_CLOSED_24M(Unit.COUNT),
	/** Active members that took part in at least one shared stand or mission. */
	MEMBERS_IN_SHARED_ACTION(Unit.COUNT),
	/** Posted cost pools whose balances are all settled. */
	POOLS_SETTLED(Unit.COUNT),
	/** Cash calls with a line unpaid more than 60 days after it was due. */
	CASH_CALLS_OVERDUE_60D(Unit.COUNT),
	/** Subsidies obtained through the ecosystem's posted pools, in euros. */
	SUBSIDIES_OBTAINED(Unit.EUROS),
	/** Members admitted in the last 12 months. */
	MEMBERS_JOINED_12M(Unit.COUNT),
	/** Members who left in the last 12 months. */
	MEMBERS_LEFT_12M(Unit.COUNT),
	/** Whole months since the ecosystem was created. */
	MONTHS_SINCE_CREATION(Unit.COUNT),
	/**
	 * Transparency reports the ecosystem published publicly in the last 12 months
	 * (corrections included).
	 */
	PUBLIC_REPORTS_12M(Unit.COUNT);

	/** How a value reads. */
	public enum Unit {

		COUNT, PERCENT, YES_NO, EUROS

	}

	private final Unit unit;

	Indicator(Unit unit) {
		this.unit = unit;
	}

	public Unit unit() {
		return this.unit;
	}

	public String messageKey() {
		return "labels.indicator." + name();
	}

	public String definitionKey() {
		return "labels.indicator." + name() + ".definition";
	}

}
