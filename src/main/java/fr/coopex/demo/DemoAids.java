package fr.coopex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidFollowing;
import fr.coopex.aids.ApplicationStatus;
import fr.coopex.aids.ApplicationTracker;
import fr.coopex.aids.ApplicationTracker.ApplicationUpdate;
import fr.coopex.shared.security.CoopexUser;

/**
 * The demo's aids: the regional development agency curates the regional aids of the
 * catalogue; the Jura machine-tool maker follows two aids, gets the weekly alerts and
 * prepares its Assurance Prospection application.
 */
@Component
class DemoAids {

	/** The regional aids of the seeded catalogue (Grand Est to Pays de la Loire). */
	static final List<Long> REGIONAL_AIDS = List.of(21L, 22L, 23L, 24L, 25L, 26L, 27L);

	static final long ASSURANCE_PROSPECTION = 10;

	static final long PRET_CROISSANCE_INTERNATIONAL = 14;

	private final AidCuration curation;

	private final AidFollowing following;

	private final ApplicationTracker applications;

	DemoAids(AidCuration curation, AidFollowing following, ApplicationTracker applications) {
		this.curation = curation;
		this.following = following;
		this.applications = applications;
	}

	/** Who funds the aids the agency curates (the first operator of each). */
	List<String> fundersOf(CoopexUser agency) {
		return this.curation.ofAgency(agency)
			.stream()
			.filter((aid) -> !aid.data().operators().isEmpty())
			.map((aid) -> aid.data().operators().get(0).name())
			.distinct()
			.toList();
	}

	void seed(CoopexUser admin, CoopexUser agency, CoopexUser member) {
		for (long aid : REGIONAL_AIDS) {
			this.curation.entrust(admin, aid, agency.organisationId());
		}
		this.following.save(member, ASSURANCE_PROSPECTION);
		this.following.save(member, PRET_CROISSANCE_INTERNATIONAL);
		this.following.subscribe(member, Locale.FRENCH);
		long application = this.applications.start(member, ASSURANCE_PROSPECTION);
		this.applications.update(member, application, new ApplicationUpdate(ApplicationStatus.PREPARING,
				new BigDecimal("80000.00"), null, LocalDate.now().plusMonths(1), null, null,
				"Budget de prospection Chine et États-Unis sur deux ans : salons, déplacements, "
						+ "un V.I.E à Shanghai. Dossier à déposer en ligne, instruit par Bpifrance Bourgogne-Franche-Comté.",
				Set.of(), 0));
	}

}
