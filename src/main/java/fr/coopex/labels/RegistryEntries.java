package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemIndicators;
import fr.coopex.labels.LabelRegistry.LabelDetail;
import fr.coopex.labels.LabelRegistry.LabelEntry;
import fr.coopex.labels.LabelRegistry.MetCriterion;
import fr.coopex.labels.LabelRegistry.PublicStatus;

/**
 * Builds the registry's entries and label pages from the application, scheme and
 * ecosystem.
 */
@Component
class RegistryEntries {

	private final JdbcTemplate jdbc;

	private final LabelSchemes schemes;

	private final EcosystemIndicators ecosystems;

	private final Clock clock;

	RegistryEntries(JdbcTemplate jdbc, LabelSchemes schemes, EcosystemIndicators ecosystems, Clock clock) {
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.ecosystems = ecosystems;
		this.clock = clock;
	}

	/** A label's page: its entry, the criteria met and their frozen values. */
	LabelDetail detail(LabelEntry e) {
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
	}

	LabelEntry entry(long id, long schemeId, long ecosystemId, ApplicationStatus status, String number,
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
