package fr.coopex.observatory;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.interceptor.SimpleKeyGenerator;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Region;
import fr.coopex.companies.StatisticalProfile;
import fr.coopex.companies.StatisticalProfiles;
import fr.coopex.ecosystems.EcosystemIndicators;
import fr.coopex.ledger.CooperationFigures;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.web.WrittenViews;

/**
 * The reports as computed, kept an hour at most ({@link CacheConfiguration#OBSERVATORY}):
 * statistics need not be fresher, and a territory's figures cost one read of its
 * profiles, of the ecosystems' active members, of their confirmed pools' totals and of
 * its monthly snapshots.
 */
@Component
class ObservatoryFigures {

	private final StatisticalProfiles profiles;

	private final EcosystemIndicators ecosystems;

	private final CooperationFigures pools;

	private final ObservatorySnapshots snapshots;

	private final Lock computing = new ReentrantLock();

	/** The territories read since start-up (the whole country: null regions). */
	private final Set<Territory> read = ConcurrentHashMap.newKeySet();

	private final CacheManager caches;

	/** A territory read, for {@link #refreshAll()}. */
	private record Territory(Set<Region> regions) {
	}

	ObservatoryFigures(StatisticalProfiles profiles, EcosystemIndicators ecosystems, CooperationFigures pools,
			ObservatorySnapshots snapshots, CacheManager caches) {
		this.caches = caches;
		this.profiles = profiles;
		this.ecosystems = ecosystems;
		this.pools = pools;
		this.snapshots = snapshots;
	}

	/**
	 * The reports over the companies of these regions (null: the whole country), every
	 * size class and all companies, from one read of the territory's profiles: a reader
	 * who changes the size class finds the figures ready.
	 */
	@Cacheable(cacheNames = CacheConfiguration.OBSERVATORY, sync = true)
	public TerritoryReports reports(Set<Region> regions) {
		this.read.add(new Territory(regions));
		return compute(regions);
	}

	/**
	 * Computes again the reports of every territory read since start-up and puts them in
	 * place of the cached ones ({@link Observatory#precompute()}).
	 * @return how many territories were computed
	 */
	public int refreshAll() {
		Cache cache = this.caches.getCache(CacheConfiguration.OBSERVATORY);
		List<Territory> territories = List.copyOf(this.read);
		for (Territory territory : territories) {
			cache.put(SimpleKeyGenerator.generateKey(territory.regions()), compute(territory.regions()));
		}
		return territories.size();
	}

	/**
	 * Computes one territory at a time: each holds its profiles in memory meanwhile, and
	 * thirty agencies asking at once at 200,000 companies ran out of heap.
	 */
	private TerritoryReports compute(Set<Region> regions) {
		this.computing.lock();
		try {
			return computeNow(regions);
		}
		finally {
			this.computing.unlock();
		}
	}

	private TerritoryReports computeNow(Set<Region> regions) {
		Map<Long, Set<Long>> members = this.ecosystems.activeMembers();
		Set<Long> memberCompanies = new HashSet<>();
		members.values().forEach(memberCompanies::addAll);
		List<StatisticalProfile> population = this.profiles.within(regions, memberCompanies);
		EcosystemFigures figures = EcosystemFigures.of(members, this.pools.confirmedByEcosystem(),
				this.profiles.companyIdsWithin(regions));
		Map<SizeGroup, ObservatoryReport> bySize = new EnumMap<>(SizeGroup.class);
		for (SizeGroup size : SizeGroup.values()) {
			bySize.put(size, Statistics.report(population, size).with(figures));
		}
		return new TerritoryReports(Statistics.report(population, null).with(figures), bySize,
				this.snapshots.trend(regions), new WrittenViews());
	}

	/**
	 * A territory's reports.
	 *
	 * @param all over every company
	 * @param bySize over the companies of each size class
	 * @param trend the monthly trend, oldest month first
	 * @param views what the pages wrote from these reports
	 */
	record TerritoryReports(ObservatoryReport all, Map<SizeGroup, ObservatoryReport> bySize, List<TrendPoint> trend,
			WrittenViews views) {

		/** The report of one size class, or of every company (null). */
		ObservatoryReport of(SizeGroup size) {
			return (size != null) ? this.bySize.get(size) : this.all;
		}

	}

}
