package fr.coopex.fairs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * Keeps a stand's cost pool in the {@link Ledger} in step with the stand, in the same
 * transaction (see {@link StandManagement}). Stands opened before they had pools (no pool
 * attached) are left out.
 */
@Component
class StandLedger {

	private final Ledger ledger;

	private final CompanyManagement companies;

	private final Participations participations;

	private final FairCalendar calendar;

	StandLedger(Ledger ledger, CompanyManagement companies, Participations participations, FairCalendar calendar) {
		this.ledger = ledger;
		this.companies = companies;
		this.participations = participations;
		this.calendar = calendar;
	}

	/** Opens the stand's pool, split by area, and attaches it to the stand. */
	void openPool(CoopexUser coordinator, Stand stand, Fair fair) {
		stand.attachPool(this.ledger.openPool(coordinator, PoolOwnerKind.STAND, stand.getId(), stand.getEcosystemId(),
				poolTitle(fair), AllocationKey.BY_AREA, Set.of()));
	}

	/**
	 * The company joins the pool with its area, or updates it there, keeping the weight
	 * the coordinator may have typed for it.
	 * @param known whether the company had a booking before (and may be in the pool)
	 */
	void join(CoopexUser member, Stand stand, BigDecimal area, boolean known) {
		if (stand.getPoolId() == null) {
			return;
		}
		BigDecimal weight = known ? currentWeight(member, stand.getPoolId()) : BigDecimal.ONE;
		this.ledger.join(member, stand.getPoolId(), participant(member, stand, area, weight));
	}

	void withdraw(CoopexUser user, Stand stand, long companyId) {
		if (stand.getPoolId() != null) {
			this.ledger.withdraw(user, stand.getPoolId(), companyId);
		}
	}

	/**
	 * Confirming the stand posts the split (refused while the pool has no cost); opening
	 * bookings again reopens a pool posted meanwhile from its console.
	 */
	void follow(CoopexUser coordinator, Stand stand, StandStatus next) {
		if (stand.getPoolId() == null || (next != StandStatus.CONFIRMED && next != StandStatus.OPEN)) {
			return;
		}
		PoolView pool = this.ledger.pool(coordinator, stand.getPoolId());
		if (next == StandStatus.CONFIRMED && pool.status() == PoolStatus.OPEN) {
			if (pool.items().isEmpty()) {
				throw new FairException("status", "fairs.stand.confirm-no-costs");
			}
			this.ledger.post(coordinator, stand.getPoolId(), Ledger.ANY_VERSION);
		}
		else if (next == StandStatus.OPEN && pool.status() == PoolStatus.POSTED) {
			// posted from the console while bookings were closed: bookings join it again
			this.ledger.reopen(coordinator, stand.getPoolId(), Ledger.ANY_VERSION);
		}
	}

	/** The pool's title: the fair and its year ("Hannover Messe 2027"). */
	private static String poolTitle(Fair fair) {
		String year = Integer.toString(fair.getStartsOn().getYear());
		String title = fair.getName().contains(year) ? fair.getName() : fair.getName() + " " + year;
		return (title.length() <= 200) ? title : title.substring(0, 200);
	}

	/**
	 * A company as the stand's pool knows it: its name, its area, and what subsidies look
	 * at, as its profile shows them within its ecosystems (a private headcount or export
	 * situation is not used: no subsidy with such a condition then applies), with its
	 * confirmed participations at earlier editions of the fair.
	 */
	private ParticipantDraft participant(CoopexUser member, Stand stand, BigDecimal area, BigDecimal weight) {
		long companyId = member.organisationId();
		CompanyCard card = this.companies.cardsAtEcosystemLevel(List.of(companyId)).get(companyId);
		int previous = this.participations.previous(this.calendar.find(stand.getFairId()), List.of(companyId))
			.getOrDefault(companyId, 0);
		return ParticipantDraft.ofMember(member, card, area, weight, previous);
	}

	/**
	 * The weight the coordinator may have typed for the company in the pool, kept when it
	 * changes its booking (1 when it is not in the pool).
	 */
	private BigDecimal currentWeight(CoopexUser member, long poolId) {
		return this.ledger.participant(member, poolId, member.organisationId())
			.map(PoolView.Participant::weight)
			.orElse(BigDecimal.ONE);
	}

}
