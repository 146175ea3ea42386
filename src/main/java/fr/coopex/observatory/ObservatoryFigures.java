package fr.coopex.observatory;

import java.util.List;
import java.util.Set;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Region;
import fr.coopex.companies.StatisticalProfiles;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * The reports as computed, kept an hour at most ({@link CacheConfiguration#OBSERVATORY}):
 * statistics need not be fresher, and a territory's figures cost one read of its
 * profiles.
 */
@Component
class ObservatoryFigures {

	private final StatisticalProfiles profiles;

	ObservatoryFigures(StatisticalProfiles profiles) {
		this.profiles = profiles;
	}

	/**
	 * The report over the companies of these regions (null: the whole country), for one
	 * size class or all (null).
	 */
	@Cacheable(cacheNames = CacheConfiguration.OBSERVATORY, sync = true)
	public ObservatoryReport report(Set<Region> regions, SizeGroup size) {
		List<fr.coopex.companies.StatisticalProfile> population = this.profiles.within(regions);
		return Statistics.report(population, size);
	}

}
