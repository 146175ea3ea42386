package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandStatus;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.SubsidyDraft;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.missions.LeadStage;
import fr.coopex.shared.security.CoopexUser;

/**
 * An ecosystem built by hand for the reports: a coordinator and three member firms whose
 * private fields hold markers found nowhere else; a 36 m² stand they share (12, 9 and 15
 * m²) whose space costs 12,600 € and build 4,500 € before 20% VAT (20,520 € in all), with
 * a regional subsidy of half the space before VAT for firms under 250 people (only the
 * first says its size: 2,100 €), confirmed; and a mission the first joins, recording one
 * lead.
 * <p>
 * The shares, with VAT: first 6,840 € less 2,100 € = 4,740 €; second 5,130 €; third 8,550
 * €; the stand costs 570 € per m².
 */
@Component
class TransparencyFixtures {

	private final StandFixtures stands;

	private final StandManagement standManagement;

	private final Ledger ledger;

	private final CompanyManagement companies;

	private final MissionManagement missions;

	private final FairCalendar calendar;

	private final JdbcTemplate jdbc;

	TransparencyFixtures(StandFixtures stands, StandManagement standManagement, Ledger ledger,
			CompanyManagement companies, MissionManagement missions, FairCalendar calendar, JdbcTemplate jdbc) {
		this.stands = stands;
		this.standManagement = standManagement;
		this.ledger = ledger;
		this.companies = companies;
		this.missions = missions;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** The ecosystem, its people, its fair and stand, and the markers of each firm. */
	record Built(long ecosystemId, CoopexUser coordinator, CoopexUser first, CoopexUser second, CoopexUser third,
			long fairId, long standId, long poolId, Map<Long, String> markers) {

		List<CoopexUser> members() {
			return List.of(this.first, this.second, this.third);
		}

	}

	Built ecosystem() {
		StandFixtures.Ecosystem eco = this.stands.ecosystem(3);
		CoopexUser first = eco.members().get(0);
		CoopexUser second = eco.members().get(1);
		CoopexUser third = eco.members().get(2);
		Map<Long, String> markers = Map.of(first.organisationId(), marker("PREMIERE"), second.organisationId(),
				marker("DEUXIEME"), third.organisationId(), marker("TROISIEME"));
		for (CoopexUser member : eco.members()) {
			describe(member, (member == first) ? HeadcountBand.FROM_20_TO_49 : null,
					markers.get(member.organisationId()));
		}
		long fair = this.stands.fair("Automatica " + System.nanoTime());
		long stand = this.stands.stand(eco, fair, "36", "6");
		long pool = this.standManagement.view(stand).poolId();
		this.standManagement.book(first, stand, new BigDecimal("12"), null);
		this.standManagement.book(second, stand, new BigDecimal("9"), null);
		this.standManagement.book(third, stand, new BigDecimal("15"), null);
		this.ledger.addItem(eco.coordinator(), pool, Ledger.ANY_VERSION, CostItemDraft.of("Surface nue 36 m²",
				CostCategory.SPACE, new BigDecimal("12600.00"), new BigDecimal("20")));
		this.ledger.addItem(eco.coordinator(), pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Construction", CostCategory.BUILD, new BigDecimal("4500.00"), new BigDecimal("20")));
		this.ledger.addSubsidy(eco.coordinator(), pool, Ledger.ANY_VERSION,
				SubsidyDraft.rate("Région — salons", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
		this.standManagement.changeStatus(eco.coordinator(), stand, standVersion(stand), StandStatus.CLOSED);
		this.standManagement.changeStatus(eco.coordinator(), stand, standVersion(stand), StandStatus.CONFIRMED);
		long mission = this.missions.propose(eco.coordinator(), eco.id(),
				new MissionDraft("Mission Montréal", MissionKind.TRADE_MISSION, "CA", LocalDate.of(2027, 5, 10),
						LocalDate.of(2027, 5, 15), new BigDecimal("8000"), "Rencontres."));
		this.missions.join(first, mission);
		this.missions.addLead(first, mission, new LeadDraft("Client " + markers.get(first.organisationId()),
				"M. Tremblay", "CA", "Piste " + markers.get(first.organisationId()), LeadStage.NEW, Set.of()));
		return new Built(eco.id(), eco.coordinator(), first, second, third, fair, stand, pool, markers);
	}

	LocalDate today() {
		return this.calendar.today();
	}

	/** The period code of the half-year running today. */
	String currentHalf() {
		LocalDate today = today();
		return today.getYear() + "-H" + ((today.getMonthValue() <= 6) ? 1 : 2);
	}

	private void describe(CoopexUser member, HeadcountBand headcount, String marker) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, "1 rue " + marker, null,
						headcount, null, null, "Groupe " + marker, null, null, null, null, null, null, Set.of(),
						Set.of(), "Produits " + marker, "mots " + marker, "Certif " + marker, Set.of(), Set.of(),
						Map.of()));
	}

	private long standVersion(long stand) {
		return this.jdbc.queryForObject("select version from stand where id = ?", Long.class, stand);
	}

	private static String marker(String name) {
		return "SECRET-" + name + "-" + System.nanoTime();
	}

}
