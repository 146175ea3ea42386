package fr.coopex.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.aids.ManualAid;
import fr.coopex.companies.StatisticsConsent;
import fr.coopex.ecosystems.EcosystemAnnouncements;
import fr.coopex.ecosystems.EcosystemAnnouncements.AnnouncementDraft;
import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemGovernance.ConsultationDraft;
import fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft;
import fr.coopex.ecosystems.EcosystemHomeFacts;
import fr.coopex.ecosystems.Majority;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.CoopexUser;

/**
 * The life of the demo ecosystems, once, after the firms and ecosystems exist: the
 * chamber's ecosystem has an announcement, a meeting in three weeks and an open
 * consultation to vote on; every demo firm lends its profile to the statistics, so that
 * the observatory has figures to show; and the demo member has an aid entered by hand in
 * its de minimis register.
 */
@Component
@Order(30)
class GovernanceDemoSeeder implements ApplicationRunner {

	static final String AMERICA = "Industrie du futur — Amérique du Nord";

	private final AccountManagement accounts;

	private final EcosystemHomeFacts homeFacts;

	private final EcosystemAnnouncements announcements;

	private final EcosystemGovernance governance;

	private final StatisticsConsent consent;

	private final DeMinimisRegister deMinimis;

	private final Clock clock;

	private final boolean enabled;

	GovernanceDemoSeeder(AccountManagement accounts, EcosystemHomeFacts homeFacts, EcosystemAnnouncements announcements,
			EcosystemGovernance governance, StatisticsConsent consent, DeMinimisRegister deMinimis, Clock clock,
			CoopexProperties properties, Environment environment) {
		this.accounts = accounts;
		this.homeFacts = homeFacts;
		this.announcements = announcements;
		this.governance = governance;
		this.consent = consent;
		this.deMinimis = deMinimis;
		this.clock = clock;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CoopexUser> member = user("membre@demo.coopex.fr");
		Optional<CoopexUser> chamber = user("coordination@demo.coopex.fr");
		if (!this.enabled || member.isEmpty() || chamber.isEmpty()
				|| this.consent.answer(member.get().organisationId()).isPresent()) {
			return;
		}
		Stream
			.concat(DemoDataSeeder.COMPANIES.stream().map(DemoDataSeeder.DemoCompany::email),
					PartnersDemoSeeder.FIRMS.stream().map(PartnersDemoSeeder.Firm::email))
			.map(this::user)
			.flatMap(Optional::stream)
			.forEach((manager) -> this.consent.answer(manager, true));
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		this.deMinimis.addManual(member.get(), new ManualAid("Chèque export (démonstration)",
				"Région Bourgogne-Franche-Comté", today.minusMonths(10), new BigDecimal("4000.00")));
		this.homeFacts.coordinated(chamber.get())
			.stream()
			.filter((ecosystem) -> AMERICA.equals(ecosystem.name()))
			.findFirst()
			.ifPresent((ecosystem) -> life(chamber.get(), ecosystem.id(), today));
	}

	private void life(CoopexUser chamber, long ecosystem, LocalDate today) {
		this.announcements.post(chamber, ecosystem, new AnnouncementDraft("Pavillon commun à Automate 2027",
				"Nous étudions un pavillon commun au salon Automate de Detroit. Dites-nous avant la fin du mois si votre entreprise serait intéressée : la surface et la répartition des coûts seront proposées en réunion.",
				false, null, null));
		this.governance.callMeeting(chamber, ecosystem,
				new MeetingDraft("Réunion de préparation Amérique du Nord", today.plusWeeks(3), LocalTime.of(10, 0), 90,
						"Chambre de commerce du Val-Fictif, salle 2", null,
						"1. Bilan du semestre\n2. Pavillon commun à Automate\n3. Normes UL/CSA : retour d’expérience"));
		this.governance.openConsultation(chamber, ecosystem,
				new ConsultationDraft("Participer ensemble au salon Automate 2027 à Detroit ?",
						List.of("Oui, avec un pavillon commun", "Non, pas cette année"), 50, Majority.SIMPLE,
						today.plusDays(10), LocalTime.of(18, 0), false, null));
	}

	private Optional<CoopexUser> user(String email) {
		return this.accounts.findByEmail(email).map((account) -> this.accounts.principal(account.id()));
	}

}
