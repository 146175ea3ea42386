package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;

/**
 * An ecosystem with its coordinator and member companies, a fair and a stand, through the
 * modules' public services.
 */
@Component
public class StandFixtures {

	private final Fixtures fixtures;

	private final EcosystemManagement ecosystems;

	private final FairCalendar calendar;

	private final StandManagement stands;

	private final Ledger ledger;

	StandFixtures(Fixtures fixtures, EcosystemManagement ecosystems, FairCalendar calendar, StandManagement stands,
			Ledger ledger) {
		this.fixtures = fixtures;
		this.ecosystems = ecosystems;
		this.calendar = calendar;
		this.stands = stands;
		this.ledger = ledger;
	}

	/** An ecosystem, its coordinator (a coordination body) and its member companies. */
	public record Ecosystem(long id, CoopexUser coordinator, List<CoopexUser> members) {
	}

	public Ecosystem ecosystem(int members) {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long id = this.ecosystems.create(coordinator, new EcosystemDraft("Stand partagé " + System.nanoTime(),
				"Exposer ensemble", Set.of("US"), Set.of("28"), true, null));
		List<CoopexUser> companies = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			CoopexUser member = this.fixtures.member();
			this.ecosystems.requestToJoin(member, id, null, true);
			companies.add(member);
		}
		this.ecosystems.approveAll(coordinator, id);
		return new Ecosystem(id, coordinator, companies);
	}

	/** A fair a year from now. */
	public long fair(String name) {
		CoopexUser editor = this.fixtures.user(Role.AGENCY);
		LocalDate start = this.calendar.today().plusYears(1);
		return this.calendar.create(editor, new FairDraft(name, "A3", "Detroit", "US", "Huntington Place", start,
				start.plusDays(3), Set.of("28"), null, null), null);
	}

	public long stand(Ecosystem ecosystem, long fairId, String totalArea, String minShare) {
		LocalDate deadline = this.calendar.today().plusMonths(6);
		LocalDate fairEnd = this.calendar.find(fairId).endsOn();
		return this.stands.open(ecosystem.coordinator(), fairId, ecosystem.id(),
				new StandDraft(new BigDecimal(totalArea), new BigDecimal(minShare),
						deadline.isAfter(fairEnd) ? fairEnd : deadline, null));
	}

	/**
	 * The stand's space cost in its pool (before VAT, 20% VAT), as the coordinator enters
	 * it before confirming the stand.
	 */
	public long spaceCost(Ecosystem ecosystem, long stand, String amount) {
		return this.ledger.addItem(ecosystem.coordinator(), this.stands.view(stand).poolId(), Ledger.ANY_VERSION,
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal(amount), new BigDecimal("20")));
	}

}
