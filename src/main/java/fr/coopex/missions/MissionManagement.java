package fr.coopex.missions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.ledger.Ledger;
import fr.coopex.shared.security.CoopexUser;

/**
 * Prospection missions: the operations other modules and the controllers call. Every rule
 * is checked behind it: the ecosystem's coordinators and member companies propose
 * missions; member companies opt in and out while a mission is open; a company's leads
 * are read by that company and by the participants it shares each one with, by nobody
 * else (not even the coordinators). A mission the caller may not know about answers as if
 * it did not exist ({@link MissionNotFoundException}).
 * <p>
 * Each mission has its cost pool in the {@link Ledger} (equal shares by default), kept in
 * step in the same transaction as the mission (a refusal of the ledger undoes the
 * mission's change too): proposing a mission opens its pool and attaches it; a company
 * that opts in joins it (weight 1, with the facts subsidies look at), one that opts out
 * withdraws from it. Closing the mission (its participants are then set) posts the split
 * when the pool has costs and participants, and the person closing it runs the pool; a
 * mission whose costs are not known yet keeps an open pool, posted later from its
 * console. Opening the mission again reopens a posted pool. Finishing or cancelling it
 * leaves the pool as it is (costs already incurred are settled from the console).
 * Missions proposed before they had pools (no pool attached) are left out of the ledger.
 */
@Service
public class MissionManagement {

	private final MissionCommands commands;

	private final LeadCommands leads;

	private final SharedNotes notes;

	private final MissionPages pages;

	private final Participants participants;

	MissionManagement(MissionCommands commands, LeadCommands leads, SharedNotes notes, MissionPages pages,
			Participants participants) {
		this.commands = commands;
		this.leads = leads;
		this.notes = notes;
		this.pages = pages;
		this.participants = participants;
	}

	/**
	 * What is proposed.
	 *
	 * @param market a country code or a zone ({@code Z-...}), as for company markets
	 * @param budget euros, at least zero, two decimals at most
	 */
	public record MissionDraft(String title, MissionKind kind, String market, LocalDate startsOn, LocalDate endsOn,
			BigDecimal budget, String description) {
	}

	/**
	 * A lead as a company writes it.
	 *
	 * @param sharedWith the participating companies that may read it (none: private)
	 */
	public record LeadDraft(String companyName, String contact, String country, String notes, LeadStage stage,
			Set<Long> sharedWith) {
	}

	// --- proposing and running

	/**
	 * A coordinator of the ecosystem, or a member company for its own ecosystem, proposes
	 * a mission and opens its cost pool (which a proposing member then runs with the
	 * coordinators); a proposing company takes part at once.
	 */
	public long propose(CoopexUser user, long ecosystemId, MissionDraft draft) {
		return this.commands.propose(user, ecosystemId, draft);
	}

	/**
	 * The ecosystem's coordinators (or the company that proposed the mission) close,
	 * reopen, finish or cancel it. Closing posts the split of the mission's cost pool
	 * when it has costs and participants; opening it again reopens a posted pool.
	 * @param version the version of the mission the page showed
	 */
	public void changeStatus(CoopexUser user, long missionId, long version, MissionStatus next) {
		this.commands.changeStatus(user, missionId, version, next);
	}

	// --- taking part

	/** A member company opts in while the mission is open, and joins its cost pool. */
	public void join(CoopexUser member, long missionId) {
		this.commands.join(member, missionId);
	}

	/**
	 * A company opts out while the mission is open, and withdraws from its cost pool. Its
	 * leads stay its own; what others shared with it is no longer shown to it.
	 */
	public void leave(CoopexUser member, long missionId) {
		this.commands.leave(member, missionId);
	}

	// --- leads and findings

	/** A participant records a lead, private unless shared with named participants. */
	public long addLead(CoopexUser member, long missionId, LeadDraft draft) {
		return addLead(member, missionId, draft, false);
	}

	/**
	 * A participant records a lead; when it is shared and mentions prices, margins,
	 * discounts or quotes, only once the author confirms it.
	 * @throws PriceTalkWarning when a shared lead mentions such words unconfirmed
	 */
	public long addLead(CoopexUser member, long missionId, LeadDraft draft, boolean priceTalkConfirmed) {
		return this.leads.addLead(member, missionId, draft, priceTalkConfirmed);
	}

	/** The company that entered a lead updates it (its stage, notes, shares). */
	public void updateLead(CoopexUser member, long missionId, long leadId, long version, LeadDraft draft) {
		updateLead(member, missionId, leadId, version, draft, false);
	}

	/**
	 * As {@link #updateLead(CoopexUser, long, long, long, LeadDraft)}, with the
	 * price-talk check of {@link #addLead(CoopexUser, long, LeadDraft, boolean)}.
	 */
	public void updateLead(CoopexUser member, long missionId, long leadId, long version, LeadDraft draft,
			boolean priceTalkConfirmed) {
		this.leads.updateLead(member, missionId, leadId, version, draft, priceTalkConfirmed);
	}

	/** A company's own lead, to edit. */
	public MissionPage.LeadLine ownLead(CoopexUser member, long missionId, long leadId, Locale locale) {
		return this.pages.ownLead(member, missionId, leadId);
	}

	/** A participant or coordinator shares a market note with every participant. */
	public void addFinding(CoopexUser user, long missionId, String title, String text) {
		addFinding(user, missionId, title, text, false);
	}

	/**
	 * A participant or coordinator shares a market note; one that mentions prices,
	 * margins, discounts or quotes only once its author confirms it. Every note goes into
	 * the ecosystem's register of information exchanged.
	 * @throws PriceTalkWarning when it mentions such words unconfirmed
	 */
	public long addFinding(CoopexUser user, long missionId, String title, String text, boolean priceTalkConfirmed) {
		return this.notes.addFinding(user, missionId, title, text, priceTalkConfirmed);
	}

	// --- reading

	/** The mission as this viewer may see it. */
	public MissionPage page(CoopexUser viewer, long missionId) {
		return this.pages.page(viewer, missionId);
	}

	/**
	 * The missions of the ecosystems the viewer coordinates or whose member company it is
	 * (optionally one ecosystem only).
	 */
	public List<MissionSummary> visibleTo(CoopexUser viewer, Long ecosystemId) {
		return this.pages.visibleTo(viewer, ecosystemId);
	}

	/** The ecosystems in which this person may propose a mission. */
	public List<EcosystemSummary> ecosystemsToProposeIn(CoopexUser user) {
		return this.pages.ecosystemsToProposeIn(user);
	}

	/** A mission for other modules (the ledger): its participants, never a lead. */
	public MissionView view(long missionId) {
		return this.pages.view(missionId);
	}

	/** Whether this person's company takes part in the mission. */
	public boolean isParticipant(CoopexUser user, long missionId) {
		return user != null && user.role() == fr.coopex.shared.security.Role.MEMBER
				&& this.participants.contains(missionId, user.organisationId());
	}

}
