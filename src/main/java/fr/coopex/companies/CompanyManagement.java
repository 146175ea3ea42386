package fr.coopex.companies;

import java.time.Clock;
import java.time.Year;
import java.util.Collection;
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
import fr.coopex.shared.security.DataAccessed;
import fr.coopex.shared.validation.SiretValidator;

/**
 * Company profiles and the wall between competitors: every read goes through
 * {@link #card(CoopexUser, long)} or {@link #cards(CoopexUser, Collection)}, which hide
 * each field the viewer may not see.
 */
@Service
public class CompanyManagement {

	private final CompanyProfiles profiles;

	private final ProfileStore store;

	private final NafCatalogue naf;

	private final Markets markets;

	private final ObjectProvider<EcosystemNeighbourhood> neighbourhood;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyManagement(CompanyProfiles profiles, ProfileStore store, NafCatalogue naf, Markets markets,
			ObjectProvider<EcosystemNeighbourhood> neighbourhood, ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.store = store;
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
	public Optional<CompanyCard> card(CoopexUser viewer, long companyId) {
		return Optional.ofNullable(cards(viewer, Set.of(companyId)).get(companyId));
	}

	/**
	 * A company's page, as this viewer may see it: when it shows someone of another
	 * organisation a field that is not public, the company's access log counts the visit
	 * ({@link DataAccessed}); a page of public fields only counts nothing.
	 */
	public Optional<CompanyCard> openProfile(CoopexUser viewer, long companyId) {
		StoredProfile stored = this.store.get(Set.of(companyId)).get(companyId);
		if (stored == null) {
			return Optional.empty();
		}
		boolean own = viewer != null && viewer.organisationId() == companyId;
		Predicate<ProfileField> visible = visibility(viewer, stored, own ? Set.of() : neighbours(viewer));
		boolean nonPublicShown = java.util.Arrays.stream(ProfileField.values())
			.anyMatch((field) -> visible.test(field) && stored.visibilities().get(field) != Visibility.PUBLIC);
		if (!own && nonPublicShown) {
			this.events.publishEvent(DataAccessed.by(viewer, companyId, DataAccessed.Kind.PROFILE));
		}
		return Optional.of(mask(stored, visible, own));
	}

	/**
	 * Several companies as this viewer may see them, in the order of the ids given. Reads
	 * outside a transaction as well (see {@link ProfileStore#get}), so that a page need
	 * not open one for it.
	 */
	public Map<Long, CompanyCard> cards(CoopexUser viewer, Collection<Long> companyIds) {
		Map<Long, StoredProfile> found = this.store.get(companyIds);
		Set<Long> neighbours = found.isEmpty() ? Set.of() : neighbours(viewer);
		Map<Long, CompanyCard> cards = new LinkedHashMap<>();
		for (Long id : companyIds) {
			StoredProfile stored = found.get(id);
			if (stored != null) {
				boolean own = viewer != null && viewer.organisationId() == id;
				cards.put(id, mask(stored, visibility(viewer, stored, neighbours), own));
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
		this.store.get(companyIds)
			.forEach((id, stored) -> cards.put(id,
					mask(stored, (field) -> stored.visibilities().get(field) != Visibility.PRIVATE, false)));
		return cards;
	}

	/**
	 * The company's own profile, every field, to edit: from the version-checked store
	 * (one small query when the profile has not changed, as on every home page).
	 */
	@Transactional(readOnly = true)
	public CompanyCard ownProfile(CoopexUser member) {
		StoredProfile stored = this.store.get(Set.of(member.organisationId())).get(member.organisationId());
		if (stored == null) {
			throw new CompanyException(null, "companies.not-a-company");
		}
		return mask(stored, (field) -> true, true);
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

	Set<Long> neighbours(CoopexUser viewer) {
		if (viewer == null) {
			return Set.of();
		}
		EcosystemNeighbourhood provider = this.neighbourhood.getIfAvailable();
		return provider == null ? Set.of() : provider.companiesSeenAtEcosystemLevel(viewer);
	}

	private static Predicate<ProfileField> visibility(CoopexUser viewer, StoredProfile stored, Set<Long> neighbours) {
		long companyId = stored.all().companyId();
		if (viewer != null && viewer.organisationId() == companyId) {
			return (field) -> true;
		}
		boolean neighbour = neighbours.contains(companyId);
		return (field) -> switch (stored.visibilities().get(field)) {
			case PUBLIC -> true;
			case ECOSYSTEM -> neighbour;
			case PRIVATE -> false;
		};
	}

	/** The card of a stored profile with only what {@code visible} lets through. */
	private static CompanyCard mask(StoredProfile stored, Predicate<ProfileField> visible, boolean own) {
		CompanyCard all = stored.all();
		String nafCode = visible.test(ProfileField.NAF) ? all.nafCode() : null;
		return new CompanyCard(all.companyId(), all.legalName(), all.siren(), own,
				show(visible, ProfileField.TRADE_NAME, all.tradeName()), show(visible, ProfileField.SIRET, all.siret()),
				show(visible, ProfileField.LEGAL_FORM, all.legalForm()), nafCode,
				(nafCode != null) ? all.nafLabel() : null, show(visible, ProfileField.REGION, all.region()),
				show(visible, ProfileField.ADDRESS, all.address()), show(visible, ProfileField.WEBSITE, all.website()),
				show(visible, ProfileField.HEADCOUNT, all.headcount()),
				show(visible, ProfileField.TURNOVER, all.turnover()),
				show(visible, ProfileField.GROUP, all.independent()),
				show(visible, ProfileField.GROUP, all.groupName()),
				show(visible, ProfileField.INNOVATION, all.innovative()),
				show(visible, ProfileField.INNOVATION, all.innovationLabel()),
				show(visible, ProfileField.FOUNDED, all.foundedYear()),
				show(visible, ProfileField.EXPORT_SITUATION, all.exportSituation()),
				show(visible, ProfileField.EXPORT_SHARE, all.exportShare()),
				show(visible, ProfileField.EXPORT_STAFF, all.exportStaff()),
				visible.test(ProfileField.MARKETS_SERVED) ? all.marketsServed() : Set.of(),
				visible.test(ProfileField.MARKETS_TARGETED) ? all.marketsTargeted() : Set.of(),
				show(visible, ProfileField.PRODUCTS, all.products()),
				show(visible, ProfileField.PRODUCTS, all.keywords()),
				show(visible, ProfileField.CERTIFICATIONS, all.certifications()),
				visible.test(ProfileField.OBSTACLES) ? all.obstacles() : Set.of(),
				visible.test(ProfileField.RETICENCES) ? all.reticences() : Set.of(),
				own ? stored.visibilities() : Map.of(), own ? stored.version() : -1, all.updatedAt());
	}

	private static <T> T show(Predicate<ProfileField> visible, ProfileField field, T value) {
		return visible.test(field) ? value : null;
	}

}
