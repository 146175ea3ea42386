package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * The public registry: every label granted, current ones first, with what it attests.
 * Public data only (the scheme, the ecosystem's public facts, the frozen indicator values
 * of the criteria it met), cached ({@value CacheConfiguration#LABEL_REGISTRY}) and
 * evicted when an application changes.
 */
@Service
public class LabelRegistry {

	private final JdbcTemplate jdbc;

	private final RegistryEntries entries;

	LabelRegistry(JdbcTemplate jdbc, RegistryEntries entries) {
		this.jdbc = jdbc;
		this.entries = entries;
	}

	/** What the public reads of a label's status. */
	public enum PublicStatus {

		VALID, SUSPENDED, EXPIRED, WITHDRAWN;

		static PublicStatus of(ApplicationStatus status) {
			return switch (status) {
				case SUSPENDED -> SUSPENDED;
				case EXPIRED -> EXPIRED;
				case WITHDRAWN -> WITHDRAWN;
				default -> VALID;
			};
		}

		public boolean current() {
			return this == VALID || this == SUSPENDED;
		}

	}

	/** One label of the registry. */
	public record LabelEntry(String number, long applicationId, long ecosystemId, String ecosystemName, long schemeId,
			long schemeFamilyId, String schemeNameFr, String schemeNameEn, int schemeVersion, long agencyId,
			String agencyName, List<String> regions, Set<String> sectors, Set<String> markets, LocalDate startsOn,
			LocalDate endsOn, PublicStatus status, String statusReason) {

		public String schemeName(Locale locale) {
			return SchemeView.english(locale) && this.schemeNameEn != null ? this.schemeNameEn : this.schemeNameFr;
		}

	}

	/** A criterion the label met, with the frozen value of its indicator if any. */
	public record MetCriterion(SchemeView.Criterion criterion, BigDecimal value) {
	}

	/** A label's page: the entry, its scheme version and the criteria it met. */
	public record LabelDetail(LabelEntry entry, SchemeView scheme, List<MetCriterion> criteria,
			java.time.Instant evidenceAt) {
	}

	/** Filters of the registry; null: any. */
	public record Filter(String region, String sector, String market, Long agency, Long scheme) {

		public static final Filter NONE = new Filter(null, null, null, null, null);

		boolean accepts(LabelEntry e) {
			return (this.region == null || e.regions().contains(this.region))
					&& (this.sector == null || e.sectors().contains(this.sector))
					&& (this.market == null || e.markets().contains(this.market))
					&& (this.agency == null || e.agencyId() == this.agency)
					&& (this.scheme == null || e.schemeFamilyId() == this.scheme);
		}

	}

	/** Every label, current first, then by end date, latest first. */
	@Cacheable(cacheNames = CacheConfiguration.LABEL_REGISTRY, key = "'all'", sync = true)
	@Transactional(readOnly = true)
	public List<LabelEntry> all() {
		return this.jdbc
			.query("select id, scheme_id, ecosystem_id, status, label_number, starts_on, ends_on, status_reason "
					+ "from label_application where label_number is not null and status in "
					+ "('GRANTED', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')",
					(rs, i) -> this.entries.entry(rs.getLong(1), rs.getLong(2), rs.getLong(3),
							ApplicationStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getDate(6).toLocalDate(),
							rs.getDate(7).toLocalDate(), rs.getString(8)))
			.stream()
			.sorted(Comparator.comparing((LabelEntry e) -> e.status().ordinal())
				.thenComparing(LabelEntry::endsOn, Comparator.reverseOrder())
				.thenComparing(LabelEntry::number))
			.toList();
	}

	public List<LabelEntry> search(Filter filter) {
		return all().stream().filter(filter::accepts).toList();
	}

	public Optional<LabelEntry> entry(String number) {
		return all().stream().filter((e) -> e.number().equals(number)).findFirst();
	}

	/** A label's page, with the criteria met and their frozen values. */
	@Transactional(readOnly = true)
	public Optional<LabelDetail> detail(String number) {
		return entry(number).map(this.entries::detail);
	}

	/**
	 * The label of an ecosystem to show on its page: its current one, else its latest.
	 */
	public Optional<LabelEntry> ofEcosystem(long ecosystemId) {
		return all().stream().filter((e) -> e.ecosystemId() == ecosystemId).findFirst();
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.LABEL_REGISTRY, allEntries = true)
	public void on(ApplicationChanged event) {
	}

}
