package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.PartnerSearch;
import fr.coopex.companies.PartnerSearch.ClassPair;
import fr.coopex.companies.PartnerSearch.Cooperation;
import fr.coopex.companies.PartnerSearch.SuggestionSettingChanged;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * Activities that fit together, as observed on Coopex itself rather than from an
 * editorial list: two different NAF classes fit when companies of both already cooperate
 * in at least {@value #MIN_ECOSYSTEMS} distinct ecosystems, as members of the same (not
 * dissolved) ecosystem, or on a confirmed stand or a mission of one ({@link SharedWork},
 * which also counts companies that have since left).
 * <p>
 * Only classes are counted, and a pair seen in fewer than {@value #MIN_ECOSYSTEMS}
 * ecosystems is left out, so that no single ecosystem or firm can be singled out from a
 * suggestion. A company lends its class to an ecosystem's count only when the members of
 * that ecosystem may see it (public, or visible in the ecosystems it is active in), and
 * not when it asked not to be suggested: see {@link PartnerSearch#cooperatingClasses}.
 * <p>
 * One platform-wide entry, cached ({@value CacheConfiguration#ACTIVITY_FITS}) an hour at
 * most, evicted on this instance when a membership starts or ends, a profile changes (a
 * NAF made private stops counting at once) or a company's choice to be suggested changes.
 * Stands and missions confirmed since show within the hour.
 */
@Service
public class ActivityFits {

	/** Distinct ecosystems in which a pair of classes must be seen to count. */
	public static final int MIN_ECOSYSTEMS = 3;

	/**
	 * The pairs of classes that fit together, each with its number of ecosystems; keyed
	 * by both classes in order ({@code 25.62|28.41}).
	 */
	public record Fits(Map<String, Integer> ecosystemsByPair) {

		/** No activity fits with any other. */
		public static final Fits NONE = new Fits(Map.of());

		/**
		 * In how many ecosystems companies of both classes cooperate, or 0 when the
		 * classes are the same, unknown or not seen together often enough.
		 */
		public int ecosystems(String oneClass, String otherClass) {
			if (oneClass == null || otherClass == null || oneClass.equals(otherClass)) {
				return 0;
			}
			return this.ecosystemsByPair.getOrDefault(key(oneClass, otherClass), 0);
		}

		static String key(String a, String b) {
			return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
		}

	}

	private final JdbcTemplate jdbc;

	private final PartnerSearch search;

	private final List<SharedWork> work;

	ActivityFits(JdbcTemplate jdbc, PartnerSearch search, List<SharedWork> work) {
		this.jdbc = jdbc;
		this.search = search;
		this.work = work;
	}

	/** The activities that fit together across the platform. */
	@Cacheable(cacheNames = CacheConfiguration.ACTIVITY_FITS, key = "'platform'", sync = true)
	public Fits fits() {
		List<Cooperation> cooperations = new ArrayList<>();
		Set<String> active = new HashSet<>();
		this.jdbc.query("select m.ecosystem_id, m.company_id from ecosystem_membership m"
				+ " join ecosystem e on e.id = m.ecosystem_id where m.status = 'ACTIVE' and e.status <> 'DISSOLVED'",
				(rs) -> {
					long ecosystemId = rs.getLong(1);
					long companyId = rs.getLong(2);
					active.add(ecosystemId + ":" + companyId);
					cooperations.add(new Cooperation(ecosystemId, "members:" + ecosystemId, companyId, true));
				});
		Set<Long> live = new HashSet<>(
				this.jdbc.queryForList("select id from ecosystem where status <> 'DISSOLVED'", Long.class));
		Map<String, List<SharedWork.Participant>> groups = new HashMap<>();
		for (SharedWork shared : this.work) {
			for (SharedWork.Participant participant : shared.participants()) {
				if (live.contains(participant.ecosystemId())) {
					groups.computeIfAbsent(participant.group(), (k) -> new ArrayList<>()).add(participant);
				}
			}
		}
		groups.values().forEach((participants) -> {
			// a group of active members only is already counted with its ecosystem's
			// members
			if (participants.stream().anyMatch((p) -> !active.contains(p.ecosystemId() + ":" + p.companyId()))) {
				participants.forEach((p) -> cooperations.add(new Cooperation(p.ecosystemId(), p.group(), p.companyId(),
						active.contains(p.ecosystemId() + ":" + p.companyId()))));
			}
		});
		Map<String, Integer> pairs = new HashMap<>();
		for (ClassPair pair : this.search.cooperatingClasses(cooperations, MIN_ECOSYSTEMS)) {
			pairs.put(Fits.key(pair.first(), pair.second()), pair.ecosystems());
		}
		return new Fits(Map.copyOf(pairs));
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ACTIVITY_FITS, allEntries = true)
	public void on(MembershipApproved event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ACTIVITY_FITS, allEntries = true)
	public void on(MembershipEnded event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ACTIVITY_FITS, allEntries = true)
	public void on(CompanyProfileUpdated event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ACTIVITY_FITS, allEntries = true)
	public void on(SuggestionSettingChanged event) {
	}

}
