package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public registry: every label granted, current ones first, with what it attests.
 * Public data only (the scheme, the ecosystem's public facts, the frozen indicator values
 * of the criteria it met), cached by {@link RegistryList} and evicted when an application
 * changes.
 */
@Service
public class LabelRegistry {

	private final RegistryList list;

	private final RegistryEntries entries;

	LabelRegistry(RegistryList list, RegistryEntries entries) {
		this.list = list;
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

	/**
	 * Every label, current first, then by end date, latest first (kept by
	 * {@link RegistryList}: each page and search of the registry, and every ecosystem's
	 * page, reads it).
	 */
	public List<LabelEntry> all() {
		return this.list.all();
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

}
