package fr.coopex.labels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.companies.CompanyIndicators;
import fr.coopex.ecosystems.Coordination;
import fr.coopex.ecosystems.EcosystemIndicators;
import fr.coopex.fairs.StandIndicators;
import fr.coopex.ledger.LedgerIndicators;
import fr.coopex.missions.MissionIndicators;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.transparency.TransparencyIndicators;

/**
 * Computes the {@link Indicator}s of an ecosystem as of an instant, through the read-only
 * indicator services of the modules that hold the data.
 */
@Component
public class EvidenceCalculator {

	private final EcosystemIndicators ecosystems;

	private final CompanyIndicators companies;

	private final StandIndicators stands;

	private final MissionIndicators missions;

	private final LedgerIndicators ledger;

	private final AccountManagement accounts;

	private final TransparencyIndicators transparency;

	EvidenceCalculator(EcosystemIndicators ecosystems, CompanyIndicators companies, StandIndicators stands,
			MissionIndicators missions, LedgerIndicators ledger, AccountManagement accounts,
			TransparencyIndicators transparency) {
		this.transparency = transparency;
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.stands = stands;
		this.missions = missions;
		this.ledger = ledger;
		this.accounts = accounts;
	}

	/** Every indicator of the ecosystem as of {@code asOf}. */
	@Transactional(readOnly = true)
	public EvidencePack compute(long ecosystemId, Instant asOf) {
		EcosystemIndicators.Facts facts = this.ecosystems.facts(ecosystemId, asOf)
			.orElseThrow(() -> new LabelException(null, "labels.ecosystem.unknown"));
		Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
		Set<Long> active = new HashSet<>(facts.activeCompanyIds());
		values.put(Indicator.ACTIVE_MEMBERS, count(active.size()));
		CompanyIndicators.SizeCount sizes = this.companies.sizes(active);
		values.put(Indicator.SME_SHARE, (sizes.known() == 0) ? null : BigDecimal.valueOf(sizes.smes() * 100)
			.divide(BigDecimal.valueOf(sizes.known()), 2, RoundingMode.HALF_UP));
		values.put(Indicator.CHARTER_ACCEPTED, count(facts.charterAccepted()));
		values.put(Indicator.THIRD_PARTY_COORDINATION, yes(facts.coordination() == Coordination.THIRD_PARTY));
		values.put(Indicator.THIRD_PARTY_COORDINATOR,
				yes(facts.coordinatorIds()
					.stream()
					.map(this.accounts::find)
					.flatMap(java.util.Optional::stream)
					.map(AccountView::organisationKind)
					.anyMatch((kind) -> kind == OrganisationKind.COORDINATION_BODY)));
		Instant yearAgo = asOf.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
		Instant twoYearsAgo = asOf.atOffset(ZoneOffset.UTC).minusMonths(24).toInstant();
		values.put(Indicator.STANDS_CONFIRMED_12M, count(this.stands.confirmedBetween(ecosystemId, yearAgo, asOf)));
		values.put(Indicator.STANDS_CONFIRMED_24M, count(this.stands.confirmedBetween(ecosystemId, twoYearsAgo, asOf)));
		LocalDate today = LocalDate.ofInstant(asOf, ClockConfiguration.PARIS);
		values.put(Indicator.MISSIONS_CLOSED_12M,
				count(this.missions.closedBetween(ecosystemId, today.minusMonths(12), today)));
		values.put(Indicator.MISSIONS_CLOSED_24M,
				count(this.missions.closedBetween(ecosystemId, today.minusMonths(24), today)));
		Set<Long> inAction = new HashSet<>(this.stands.participants(ecosystemId));
		inAction.addAll(this.missions.participants(ecosystemId));
		inAction.retainAll(active);
		values.put(Indicator.MEMBERS_IN_SHARED_ACTION, count(inAction.size()));
		values.put(Indicator.POOLS_SETTLED, count(this.ledger.pools(ecosystemId).settled()));
		values.put(Indicator.CASH_CALLS_OVERDUE_60D, count(this.ledger.cashCallsOverdue(ecosystemId, today, 60)));
		values.put(Indicator.SUBSIDIES_OBTAINED, this.ledger.subsidies(ecosystemId).setScale(2, RoundingMode.HALF_UP));
		values.put(Indicator.MEMBERS_JOINED_12M, count(facts.joinedLastYear()));
		values.put(Indicator.MEMBERS_LEFT_12M, count(facts.leftLastYear()));
		long months = ChronoUnit.MONTHS.between(facts.createdAt().atOffset(ZoneOffset.UTC),
				asOf.atOffset(ZoneOffset.UTC));
		values.put(Indicator.MONTHS_SINCE_CREATION, count(Math.max(0, months)));
		values.put(Indicator.PUBLIC_REPORTS_12M,
				count(this.transparency.publicReportsBetween(ecosystemId, yearAgo, asOf.plusNanos(1))));
		return new EvidencePack(asOf, values);
	}

	private static BigDecimal count(long value) {
		return BigDecimal.valueOf(value);
	}

	private static BigDecimal yes(boolean value) {
		return value ? BigDecimal.ONE : BigDecimal.ZERO;
	}

}
