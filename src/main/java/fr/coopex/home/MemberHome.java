package fr.coopex.home;

import java.time.LocalDate;
import java.util.List;

import fr.coopex.aids.AidView;
import fr.coopex.companies.ProfileField;
import fr.coopex.ecosystems.EcosystemHomeFacts.OwnMembership;
import fr.coopex.fairs.FairHomeFacts.OpenStand;
import fr.coopex.ledger.LedgerHomeFacts.Due;
import fr.coopex.ledger.LedgerHomeFacts.Owed;
import fr.coopex.missions.MissionHomeFacts.NewMission;

/**
 * The member company's part of the home page: what it owes, its memberships on their way
 * in and charters to accept, its deadlines of the next 30 days, what is newly open in its
 * ecosystems, a few aids it is eligible for, and how complete its profile is.
 *
 * @param today the day in Europe/Paris the page was built
 * @param dueSoon the cash-call lines due in the next 30 days (overdue ones first)
 */
public record MemberHome(LocalDate today, Owed owed, List<OwnMembership> waiting, List<OwnMembership> charters,
		List<Due> dueSoon, List<OpenStand> stands, List<NewMission> missions, List<AidView> aidsClosing,
		List<AidView> eligibleAids, int completeness, List<ProfileField> missingFields) {

	/** Stands whose booking closes in the next 30 days. */
	public List<OpenStand> bookingDeadlines() {
		return this.stands.stream().filter((s) -> !s.bookingDeadline().isAfter(this.today.plusDays(30))).toList();
	}

	/** Stands opened in the last 30 days. */
	public List<OpenStand> newStands() {
		return this.stands.stream().filter(OpenStand::isNew).toList();
	}

	public boolean noDeadlines() {
		return this.dueSoon.isEmpty() && bookingDeadlines().isEmpty() && this.aidsClosing.isEmpty();
	}

	public boolean nothingNew() {
		return newStands().isEmpty() && this.missions.isEmpty();
	}

}
