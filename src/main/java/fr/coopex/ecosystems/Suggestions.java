package fr.coopex.ecosystems;

import java.util.List;
import java.util.Set;

import fr.coopex.companies.CompanyCard;
import fr.coopex.ecosystems.Coopetition.Fit;
import fr.coopex.ecosystems.Coopetition.Reason;

/**
 * Partner suggestions, as their viewer may see them: each company with the reason it is
 * suggested, computed only from the fields the viewer may see of it.
 */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * A company suggested to a member firm: how it relates to the firm (complement or
	 * competitor) and why, whether it works in the same region.
	 */
	public record Partner(CompanyCard company, Reason reason, boolean sameRegion, int score) {
	}

	/** An ecosystem the firm could join, where complementary firms already are. */
	public record EcosystemToJoin(EcosystemSummary ecosystem, List<String> partners) {
	}

	/**
	 * What a member firm is suggested: complementary firms first, ranked; competitors
	 * apart; the ecosystems it could join. {@code markets} is false when the firm's
	 * profile names no market, which every suggestion starts from.
	 */
	public record ForMember(List<Partner> complements, List<Partner> competitors, List<EcosystemToJoin> ecosystems,
			boolean markets) {
	}

	/**
	 * A company a coordinator could invite: the members it complements and competes with,
	 * the ecosystem's markets it aims at, whether it is in the ecosystem's regions, the
	 * members' activities its own fits with ({@code fits}, one per member class), and how
	 * many kinds of complementarity it brings (a targeted market in common with a member,
	 * a fitting activity).
	 */
	public record Invitee(CompanyCard company, List<String> complements, List<String> competitors, Set<String> markets,
			boolean inRegion, int score, List<Fit> fits, int complementarities) {
	}

	/** The companies a coordinator could invite into an ecosystem, ranked. */
	public record ForCoordinator(EcosystemSummary ecosystem, List<Invitee> invitees) {
	}

}
