package fr.coopex.ecosystems;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.GovernanceViews.Ballot;
import fr.coopex.ecosystems.GovernanceViews.Consultation;
import fr.coopex.ecosystems.GovernanceViews.Option;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Consultations as insiders see them: who voted, always; the counts once closed; which
 * company chose what once closed and only in an open ballot (a secret ballot's choices
 * are stored without the company, so nobody, coordinators included, can read them).
 */
@Component
class ConsultationReads {

	private final Consultations consultations;

	private final MembershipReads members;

	private final CompanyManagement companies;

	private final Clock clock;

	ConsultationReads(Consultations consultations, MembershipReads members, CompanyManagement companies, Clock clock) {
		this.consultations = consultations;
		this.members = members;
		this.companies = companies;
		this.clock = clock;
	}

	List<Consultation> latest(CoopexUser viewer, long ecosystemId, boolean member, int limit) {
		return this.consultations.of(ecosystemId, limit).stream().map((row) -> view(viewer, row, member)).toList();
	}

	Consultation view(CoopexUser viewer, Consultations.Row row, boolean member) {
		List<Consultations.OptionRow> options = this.consultations.options(row.id());
		List<Long> voters = this.consultations.voters(row.id());
		List<long[]> ballots = (row.closed() && !row.secret()) ? this.consultations.openBallots(row.id()) : List.of();
		Set<Long> named = new HashSet<>(voters);
		Map<Long, CompanyCard> cards = named.isEmpty() ? Map.of() : this.companies.cardsAtEcosystemLevel(named);
		Map<Long, String> labels = options.stream()
			.collect(Collectors.toMap(Consultations.OptionRow::id, Consultations.OptionRow::label));
		boolean ownVoted = viewer != null && viewer.role() == Role.MEMBER && voters.contains(viewer.organisationId());
		boolean open = !row.closed() && row.deadline().isAfter(this.clock.instant());
		int entitled = row.closed() ? row.companiesEntitled() : this.members.activeCompanyIds(row.ecosystemId()).size();
		int voted = row.closed() ? row.companiesVoted() : voters.size();
		return new Consultation(row.id(), row.question(),
				options.stream().map((o) -> new Option(o.id(), o.label(), row.closed() ? o.votes() : null)).toList(),
				row.quorumPercent(), row.majority(), row.secret(), row.deadline(), row.closed(), row.outcome(),
				row.winningOptionId(), entitled, voted, row.charterText(), ownVoted, member && open && !ownVoted,
				voters.stream().filter(cards::containsKey).map((id) -> cards.get(id).displayName()).toList(),
				ballots.stream()
					.filter((b) -> cards.containsKey(b[0]))
					.map((b) -> new Ballot(cards.get(b[0]).displayName(), labels.get(b[1])))
					.toList());
	}

}
