package fr.coopex.labels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.labels.LabelFixtures.Eco;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator against a hand-built ecosystem: its members, charter, coordinators,
 * stands, missions and pools written so that each value is known, with the ones that must
 * not count (a company that left, a cancelled mission, an open pool, a stand too old).
 */
@IntegrationTest
class IndicatorTests {

	@Autowired
	LabelFixtures labels;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	EvidenceCalculator calculator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void eachIndicatorHasItsValueOnAHandBuiltEcosystem() {
		Instant now = this.clock.instant();
		Eco eco = this.labels.ecosystem();
		long l = eco.leader().organisationId();
		long m = eco.member().organisationId();
		CoopexUser gone = this.fixtures.member();
		this.ecosystems.requestToJoin(gone, eco.id(), null, true);
		this.ecosystems.approve(eco.leader(), eco.id(), membership(eco.id(), gone.organisationId()),
				MembershipRole.MEMBER);
		this.ecosystems.leave(gone, eco.id());
		CoopexUser body = this.fixtures.user(Role.COORDINATOR);
		this.ecosystems.addCoordinator(eco.leader(), eco.id(), body.email());
		this.jdbc.update("update company_profile set headcount_band = 'FROM_20_TO_49' where company_id = ?", l);
		this.jdbc.update("update company_profile set headcount_band = 'FROM_250_TO_499' where company_id = ?", m);
		this.jdbc.update("update ecosystem_membership set charter_version_accepted = null where ecosystem_id = ?",
				eco.id());
		this.jdbc.update("update ecosystem_membership set charter_version_accepted = (select charter_version from "
				+ "ecosystem where id = ?) where ecosystem_id = ? and company_id = ?", eco.id(), eco.id(), l);
		this.jdbc.update("update ecosystem_membership set decided_at = ? where ecosystem_id = ? and company_id = ?",
				ago(now, 24), eco.id(), l);
		this.jdbc.update("update ecosystem set created_at = ? where id = ?",
				Timestamp.from(now.atOffset(ZoneOffset.UTC).minusMonths(30).minusDays(1).toInstant()), eco.id());

		long fair = insert("insert into fair (name, name_search, organiser, city, country, starts_on, ends_on, "
				+ "created_by, created_at, updated_at) values ('Salon', 'salon', 'Org', 'Lyon', 'FR', ?, ?, 1, ?, ?)",
				date(now, -40), date(now, -38), Timestamp.from(now), Timestamp.from(now));
		stand(eco.id(), fair, "CONFIRMED", l, ago(now, 6));
		stand(eco.id(), fair, "SETTLED", m, ago(now, 18));
		stand(eco.id(), fair, "CONFIRMED", m, ago(now, 30));
		stand(eco.id(), fair, "OPEN", null, null);

		mission(eco.id(), "DONE", date(now, -90), gone.organisationId());
		mission(eco.id(), "CLOSED", date(now, -600), null);
		mission(eco.id(), "CANCELLED", date(now, -30), m);
		mission(eco.id(), "OPEN", date(now, 30), null);

		long settled = pool(eco.id(), "POSTED");
		entry(settled, l, "SHARE", "100.00");
		entry(settled, l, "PAYMENT", "-100.00");
		entry(settled, null, "SUBSIDY", "300.00");
		long owing = pool(eco.id(), "POSTED");
		entry(owing, l, "SHARE", "50.00");
		entry(owing, null, "SUBSIDY", "200.00");
		long open = pool(eco.id(), "OPEN");
		entry(open, null, "SUBSIDY", "1000.00");
		cashCall(owing, l, "50.00", date(now, -90));
		cashCall(owing, l, "10.00", date(now, -30));
		cashCall(settled, l, "100.00", date(now, -100));
		this.jdbc.update(
				"insert into ledger_payment (pool_id, payer_company_id, amount, paid_on, recorded_by, "
						+ "recorded_at) values (?, ?, 100.00, ?, 1, ?)",
				settled, l, date(now, -95), Timestamp.from(now));

		EvidencePack pack = this.calculator.compute(eco.id(), this.clock.instant());

		assertThat(pack.value(Indicator.ACTIVE_MEMBERS)).isEqualByComparingTo("2");
		assertThat(pack.value(Indicator.SME_SHARE)).isEqualByComparingTo("50");
		assertThat(pack.value(Indicator.CHARTER_ACCEPTED)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.THIRD_PARTY_COORDINATION)).isEqualByComparingTo("0");
		assertThat(pack.value(Indicator.THIRD_PARTY_COORDINATOR)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.STANDS_CONFIRMED_12M)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.STANDS_CONFIRMED_24M)).isEqualByComparingTo("2");
		assertThat(pack.value(Indicator.MISSIONS_CLOSED_12M)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.MISSIONS_CLOSED_24M)).isEqualByComparingTo("2");
		assertThat(pack.value(Indicator.MEMBERS_IN_SHARED_ACTION)).isEqualByComparingTo("2");
		assertThat(pack.value(Indicator.POOLS_SETTLED)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.CASH_CALLS_OVERDUE_60D)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.SUBSIDIES_OBTAINED)).isEqualByComparingTo("500.00");
		assertThat(pack.value(Indicator.MEMBERS_JOINED_12M)).isEqualByComparingTo("2");
		assertThat(pack.value(Indicator.MEMBERS_LEFT_12M)).isEqualByComparingTo("1");
		assertThat(pack.value(Indicator.MONTHS_SINCE_CREATION)).isEqualByComparingTo("30");
		assertThat(pack.values()).containsOnlyKeys(Indicator.values());
	}

	@Test
	void everyIndicatorHasANameAndADefinitionInFrenchAndEnglish() {
		for (Indicator indicator : Indicator.values()) {
			for (Locale locale : new Locale[] { Locale.FRENCH, Locale.ENGLISH }) {
				assertThat(this.messages.getMessage(indicator.messageKey(), null, null, locale))
					.as(indicator + " " + locale)
					.isNotBlank();
				assertThat(this.messages.getMessage(indicator.definitionKey(), null, null, locale))
					.as(indicator + " definition " + locale)
					.hasSizeGreaterThan(20);
			}
		}
	}

	private void stand(long ecosystemId, long fair, String status, Long company, Timestamp confirmed) {
		long stand = insert(
				"insert into stand (fair_id, ecosystem_id, total_area, min_share, booking_deadline, status, "
						+ "opened_by, created_at, updated_at) values (?, ?, 20, 5, ?, ?, 1, ?, ?)",
				fair, ecosystemId, java.sql.Date.valueOf(LocalDate.now(this.clock)), status,
				confirmed == null ? Timestamp.from(this.clock.instant()) : confirmed,
				confirmed == null ? Timestamp.from(this.clock.instant()) : confirmed);
		if (company != null) {
			this.jdbc.update("insert into stand_participation (stand_id, company_id, fair_id, series_id, area, "
					+ "confirmed_at) values (?, ?, ?, ?, 5, ?)", stand, company, fair, fair, confirmed);
		}
	}

	private void mission(long ecosystemId, String status, java.sql.Date endsOn, Long participant) {
		long mission = insert(
				"insert into mission (ecosystem_id, title, kind, market, starts_on, ends_on, budget, status, "
						+ "proposed_by, created_at, updated_at) values (?, 'Mission', 'MARKET_STUDY', 'DE', ?, ?, 0, ?, 1, ?, ?)",
				ecosystemId, endsOn, endsOn, status, Timestamp.from(this.clock.instant()),
				Timestamp.from(this.clock.instant()));
		if (participant != null) {
			this.jdbc.update("insert into mission_participant (mission_id, company_id, joined_by, joined_at) "
					+ "values (?, ?, 1, ?)", mission, participant, Timestamp.from(this.clock.instant()));
		}
	}

	private long pool(long ecosystemId, String status) {
		return insert(
				"insert into ledger_pool (owner_kind, owner_id, ecosystem_id, title, default_key, status, "
						+ "created_by, created_at, updated_at) values ('MISSION', ?, ?, 'Pot', 'EQUAL', ?, 1, ?, ?)",
				-System.nanoTime(), ecosystemId, status, Timestamp.from(this.clock.instant()),
				Timestamp.from(this.clock.instant()));
	}

	private void entry(long pool, Long company, String kind, String amount) {
		this.jdbc.update(
				"insert into ledger_entry (pool_id, company_id, kind, amount, created_at) values (?, ?, ?, ?, ?)", pool,
				company, kind, new java.math.BigDecimal(amount), Timestamp.from(this.clock.instant()));
	}

	private void cashCall(long pool, long company, String amount, java.sql.Date due) {
		long call = insert("insert into ledger_cash_call (pool_id, label, rate, due_on, called_by, called_at) "
				+ "values (?, 'Acompte', 50, ?, 1, ?)", pool, due, Timestamp.from(this.clock.instant()));
		this.jdbc.update("insert into ledger_cash_call_line (cash_call_id, company_id, amount) values (?, ?, ?)", call,
				company, new java.math.BigDecimal(amount));
	}

	private long membership(long ecosystemId, long companyId) {
		return this.jdbc.queryForObject("select id from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Long.class, ecosystemId, companyId);
	}

	private long insert(String sql, Object... args) {
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			java.sql.PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	private static Timestamp ago(Instant now, int months) {
		return Timestamp.from(now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant());
	}

	private static java.sql.Date date(Instant now, int days) {
		return java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(days));
	}

}
