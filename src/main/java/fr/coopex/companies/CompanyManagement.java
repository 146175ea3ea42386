package fr.coopex.companies;

import java.time.Clock;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountEvents.CompanyCreated;
import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.validation.SiretValidator;

/**
 * Company profiles and the wall between competitors: every read goes through
 * {@link #card(CoopexUser, long)} or {@link #cards(CoopexUser, Collection)}, which hide
 * each field the viewer may not see.
 */
@Service
public class CompanyManagement {

	private final CompanyProfiles profiles;

	private final NafCatalogue naf;

	private final Markets markets;

	private final ObjectProvider<EcosystemNeighbourhood> neighbourhood;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyManagement(CompanyProfiles profiles, NafCatalogue naf, Markets markets,
			ObjectProvider<EcosystemNeighbourhood> neighbourhood, ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.naf = naf;
		this.markets = markets;
		this.neighbourhood = neighbourhood;
		this.events = events;
		this.clock = clock;
	}

	/** Every company organisation gets its profile, created with the organisation. */
	@EventListener
	void on(CompanyCreated created) {
		if (!this.profiles.existsById(created.organisationId())) {
			this.profiles.save(new CompanyProfile(created.organisationId(), created.legalName(), created.siren(),
					this.clock.instant()));
		}
	}

	/**
	 * A company as this viewer may see it, or empty when there is no such company.
	 */
	@Transactional(readOnly = true)
	public Optional<CompanyCard> card(CoopexUser viewer, long companyId) {
		return this.profiles.findById(companyId)
			.map((profile) -> toCard(profile, visibleTo(viewer, profile), isOwn(viewer, profile)));
	}

	/** Several companies as this viewer may see them, in the order of the ids given. */
	@Transactional(readOnly = true)
	public Map<Long, CompanyCard> cards(CoopexUser viewer, Collection<Long> companyIds) {
		Set<Long> neighbours = neighbours(viewer);
		Map<Long, CompanyProfile> found = new HashMap<>();
		this.profiles.findAllById(companyIds).forEach((profile) -> found.put(profile.getCompanyId(), profile));
		Map<Long, CompanyCard> cards = new LinkedHashMap<>();
		for (Long id : companyIds) {
			CompanyProfile profile = found.get(id);
			if (profile != null) {
				cards.put(id, toCard(profile, visibility(viewer, profile, neighbours), isOwn(viewer, profile)));
			}
		}
		return cards;
	}

	/**
	 * Companies as any member or coordinator of an ecosystem they are all active in sees
	 * them: public and ecosystem-level fields, never a private one. The same for every
	 * such viewer, so that ecosystem pages can cache what they build from it.
	 */
	@Transactional(readOnly = true)
	public Map<Long, CompanyCard> cardsAtEcosystemLevel(Collection<Long> companyIds) {
		Map<Long, CompanyCard> cards = new LinkedHashMap<>();
		this.profiles.findAllById(companyIds)
			.forEach((profile) -> cards.put(profile.getCompanyId(),
					toCard(profile, (field) -> profile.visibility(field) != Visibility.PRIVATE, false)));
		return cards;
	}

	/** The company's own profile, every field, to edit. */
	@Transactional(readOnly = true)
	public CompanyCard ownProfile(CoopexUser member) {
		CompanyProfile profile = this.profiles.findById(member.organisationId())
			.orElseThrow(() -> new CompanyException(null, "companies.not-a-company"));
		return toCard(profile, (field) -> true, true);
	}

	/**
	 * Saves a company's edit of its own profile.
	 * @throws CompanyException with the field and reason when a value is invalid, or
	 * {@code companies.profile.changed-meanwhile} when someone saved since the editor
	 * loaded it
	 */
	@Transactional
	public void update(CoopexUser editor, ProfileUpdate update) {
		CompanyProfile profile = this.profiles.findById(editor.organisationId())
			.orElseThrow(() -> new CompanyException(null, "companies.not-a-company"));
		if (profile.getVersion() != update.version()) {
			throw new CompanyException(null, "companies.profile.changed-meanwhile");
		}
		validate(update, profile.getSiren());
		profile.update(update, this.clock.instant());
		try {
			this.profiles.saveAndFlush(profile);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new CompanyException(null, "companies.profile.changed-meanwhile");
		}
		this.events.publishEvent(new CompanyProfileUpdated(profile.getCompanyId()));
	}

	private void validate(ProfileUpdate update, String siren) {
		if (update.siret() != null && !update.siret().isBlank()) {
			String problem = SiretValidator.problem(update.siret(), siren);
			if (problem != null) {
				throw new CompanyException("siret", problem);
			}
		}
		if (update.nafCode() != null && !update.nafCode().isBlank() && !this.naf.isSubclass(update.nafCode())) {
			throw new CompanyException("nafCode", "companies.profile.naf-unknown");
		}
		if (update.foundedYear() != null
				&& (update.foundedYear() < 1800 || update.foundedYear() > Year.now(this.clock).getValue())) {
			throw new CompanyException("foundedYear", "companies.profile.founded-range");
		}
		for (String code : update.marketsServed()) {
			if (!this.markets.isValid(code)) {
				throw new CompanyException("marketsServed", "companies.profile.market-unknown");
			}
		}
		for (String code : update.marketsTargeted()) {
			if (!this.markets.isValid(code)) {
				throw new CompanyException("marketsTargeted", "companies.profile.market-unknown");
			}
		}
	}

	/** The fields of a company this viewer may see. */
	Predicate<ProfileField> visibleTo(CoopexUser viewer, CompanyProfile profile) {
		return visibility(viewer, profile, neighbours(viewer));
	}

	Set<Long> neighbours(CoopexUser viewer) {
		if (viewer == null) {
			return Set.of();
		}
		EcosystemNeighbourhood provider = this.neighbourhood.getIfAvailable();
		return provider == null ? Set.of() : provider.companiesSeenAtEcosystemLevel(viewer);
	}

	private static boolean isOwn(CoopexUser viewer, CompanyProfile profile) {
		return viewer != null && viewer.organisationId() == profile.getCompanyId();
	}

	private static Predicate<ProfileField> visibility(CoopexUser viewer, CompanyProfile profile, Set<Long> neighbours) {
		if (viewer != null && viewer.organisationId() == profile.getCompanyId()) {
			return (field) -> true;
		}
		boolean neighbour = neighbours.contains(profile.getCompanyId());
		return (field) -> switch (profile.visibility(field)) {
			case PUBLIC -> true;
			case ECOSYSTEM -> neighbour;
			case PRIVATE -> false;
		};
	}

	private CompanyCard toCard(CompanyProfile p, Predicate<ProfileField> visible, boolean own) {
		String nafCode = visible.test(ProfileField.NAF) ? p.getNafCode() : null;
		return new CompanyCard(p.getCompanyId(), p.getLegalName(), p.getSiren(), own,
				show(visible, ProfileField.TRADE_NAME, p.getTradeName()),
				show(visible, ProfileField.SIRET, p.getSiret()),
				show(visible, ProfileField.LEGAL_FORM, p.getLegalForm()), nafCode,
				nafCode == null ? null : this.naf.subclass(nafCode).map(NafEntry::label).orElse(null),
				show(visible, ProfileField.REGION, Region.ofCode(String.valueOf(p.getRegion())).orElse(null)),
				show(visible, ProfileField.ADDRESS, p.getAddress()),
				show(visible, ProfileField.WEBSITE, p.getWebsite()),
				show(visible, ProfileField.HEADCOUNT, p.getHeadcount()),
				show(visible, ProfileField.TURNOVER, p.getTurnover()),
				show(visible, ProfileField.GROUP, p.getIndependent()),
				show(visible, ProfileField.GROUP, p.getGroupName()),
				show(visible, ProfileField.INNOVATION, p.getInnovative()),
				show(visible, ProfileField.INNOVATION, p.getInnovationLabel()),
				show(visible, ProfileField.FOUNDED, p.getFoundedYear()),
				show(visible, ProfileField.EXPORT_SITUATION, p.getExportSituation()),
				show(visible, ProfileField.EXPORT_SHARE, p.getExportShare()),
				show(visible, ProfileField.EXPORT_STAFF, p.getExportStaff()),
				visible.test(ProfileField.MARKETS_SERVED) ? p.markets(MarketEntry.SERVED) : Set.of(),
				visible.test(ProfileField.MARKETS_TARGETED) ? p.markets(MarketEntry.TARGETED) : Set.of(),
				show(visible, ProfileField.PRODUCTS, p.getProducts()),
				show(visible, ProfileField.PRODUCTS, p.getKeywords()),
				show(visible, ProfileField.CERTIFICATIONS, p.getCertifications()),
				visible.test(ProfileField.OBSTACLES) ? CompanyProfile.split(p.getObstacles(), Obstacle.class)
						: Set.of(),
				visible.test(ProfileField.RETICENCES) ? CompanyProfile.split(p.getReticences(), Reticence.class)
						: Set.of(),
				own ? p.visibilities() : Map.of(), own ? p.getVersion() : -1, p.getUpdatedAt());
	}

	private static <T> T show(Predicate<ProfileField> visible, ProfileField field, T value) {
		return visible.test(field) ? value : null;
	}

}
