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

import fr.coopex.ecosystems.EcosystemIndicators;
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

	private final LabelSchemes schemes;

	private final EcosystemIndicators ecosystems;

	private final java.time.Clock clock;

	LabelRegistry(JdbcTemplate jdbc, LabelSchemes schemes, EcosystemIndicators ecosystems, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.ecosystems = ecosystems;
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
					(rs, i) -> entry(rs.getLong(1), rs.getLong(2), rs.getLong(3),
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
		return entry(number).map((e) -> {
			SchemeView scheme = this.schemes.find(e.schemeId()).orElseThrow();
			java.util.Map<String, BigDecimal> values = new java.util.HashMap<>();
			this.jdbc.query("select indicator, indicator_value from label_evidence where application_id = ?",
					(java.sql.ResultSet rs) -> {
						values.put(rs.getString(1), rs.getBigDecimal(2));
					}, e.applicationId());
			List<MetCriterion> met = scheme.criteria()
				.stream()
				.map((c) -> new MetCriterion(c, c.indicator() == null ? null : values.get(c.indicator().name())))
				.toList();
			java.sql.Timestamp at = this.jdbc.queryForObject("select evidence_at from label_application where id = ?",
					java.sql.Timestamp.class, e.applicationId());
			return new LabelDetail(e, scheme, met, at == null ? null : at.toInstant());
		});
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

	private LabelEntry entry(long id, long schemeId, long ecosystemId, ApplicationStatus status, String number,
			LocalDate startsOn, LocalDate endsOn, String reason) {
		SchemeView scheme = this.schemes.find(schemeId).orElseThrow();
		Optional<EcosystemIndicators.Facts> facts = this.ecosystems.facts(ecosystemId, this.clock.instant());
		return new LabelEntry(number, id, ecosystemId, facts.map(EcosystemIndicators.Facts::name).orElse("—"),
				scheme.id(), scheme.familyId(), scheme.nameFr(), scheme.nameEn(), scheme.versionNo(), scheme.agencyId(),
				scheme.agencyName(), scheme.regions(), facts.map(EcosystemIndicators.Facts::sectors).orElse(Set.of()),
				facts.map(EcosystemIndicators.Facts::markets).orElse(Set.of()), startsOn, endsOn,
				PublicStatus.of(status), reason);
	}

}
