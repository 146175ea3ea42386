package fr.coopex.observatory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.companies.Region;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.WrittenViews;

/**
 * The observatory's public service: an agency officer reads the figures of the agency's
 * jurisdiction (its regions, or the whole country); anyone reads the national summary.
 * Both are recomputed at most hourly and suppressed alike ({@link Statistics}).
 */
@Service
public class Observatory {

	private final OrganisationManagement organisations;

	private final ObservatoryFigures figures;

	private final boolean precompute;

	Observatory(OrganisationManagement organisations, ObservatoryFigures figures,
			@Value("${coopex.observatory.precompute:true}") boolean precompute) {
		this.organisations = organisations;
		this.figures = figures;
		this.precompute = precompute;
	}

	/** The monthly trend of the officer's jurisdiction, oldest month first. */
	public List<TrendPoint> trend(CoopexUser officer) {
		return this.figures.reports(jurisdiction(officer)).trend();
	}

	/** The monthly trend of the whole country, oldest month first. */
	public List<TrendPoint> nationalTrend() {
		return this.figures.reports(null).trend();
	}

	/**
	 * The figures of the officer's jurisdiction.
	 * @param size a size class, or null for every company
	 * @throws AccessDeniedException for anyone but an agency officer
	 */
	public ObservatoryReport report(CoopexUser officer, SizeGroup size) {
		return this.figures.reports(jurisdiction(officer)).of(size);
	}

	/**
	 * What the officer's observatory page shows, the agency's jurisdiction read once.
	 * @param size a size class, or null for every company
	 * @throws AccessDeniedException for anyone but an agency officer
	 */
	public Territory territory(CoopexUser officer, SizeGroup size) {
		Set<Region> regions = jurisdiction(officer);
		ObservatoryFigures.TerritoryReports reports = this.figures.reports(regions);
		return new Territory(regions, reports.of(size), reports.trend(), reports.views());
	}

	/**
	 * An officer's territory as the observatory shows it.
	 *
	 * @param regions the regions covered: null for the whole country
	 * @param report the figures, for the size class asked
	 * @param trend the monthly trend, oldest month first
	 * @param views what the pages wrote from the territory's figures, kept with them
	 */
	public record Territory(Set<Region> regions, ObservatoryReport report, List<TrendPoint> trend, WrittenViews views) {
	}

	/**
	 * Refreshes ahead, on each instance (each keeps its own figures), the figures of
	 * every territory read since start-up, every half hour: they are computed again
	 * before they expire (after an hour), so that an officer never waits for a territory
	 * to be computed (up to 200,000 profiles, one territory at a time) once someone has
	 * read it. Off where {@code coopex.observatory.precompute} is false (the tests, which
	 * call {@link #precompute()} themselves).
	 */
	@Scheduled(initialDelayString = "${coopex.observatory.precompute-every:PT30M}",
			fixedDelayString = "${coopex.observatory.precompute-every:PT30M}")
	void precomputeOnSchedule() {
		if (this.precompute) {
			precompute();
		}
	}

	/**
	 * Computes again now the figures of every territory read since start-up.
	 * @return how many territories were computed
	 */
	public int precompute() {
		return this.figures.refreshAll();
	}

	/**
	 * The regions an officer's figures cover: null for a national agency, none for an
	 * agency with no jurisdiction yet.
	 */
	public Set<Region> jurisdiction(CoopexUser officer) {
		if (officer == null || officer.role() != Role.AGENCY) {
			throw new AccessDeniedException("The observatory is for agencies");
		}
		Scope scope = this.organisations.scope(officer.organisationId());
		if (scope.national()) {
			return null;
		}
		Set<Region> regions = EnumSet.noneOf(Region.class);
		scope.regions().forEach((name) -> Region.parse(name).ifPresent(regions::add));
		return regions;
	}

	/** The national figures, for everyone. */
	public ObservatoryReport nationalSummary() {
		return this.figures.reports(null).all();
	}

}
