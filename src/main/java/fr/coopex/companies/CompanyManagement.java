package fr.coopex.companies;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.DataAccessed;

/**
 * Company profiles and the wall between competitors: every read goes through
 * {@link #card(CoopexUser, long)} or {@link #cards(CoopexUser, Collection)}, which hide
 * each field the viewer may not see.
 */
@Service
public class CompanyManagement {

	private final ProfileStore store;

	private final ProfileEdits edits;

	private final ObjectProvider<EcosystemNeighbourhood> neighbourhood;

	private final ApplicationEventPublisher events;

	CompanyManagement(ProfileStore store, ProfileEdits edits, ObjectProvider<EcosystemNeighbourhood> neighbourhood,
			ApplicationEventPublisher events) {
		this.store = store;
		this.edits = edits;
		this.neighbourhood = neighbourhood;
		this.events = events;
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
		Predicate<ProfileField> visible = ProfileMask.visibility(viewer, stored, own ? Set.of() : neighbours(viewer));
		boolean nonPublicShown = java.util.Arrays.stream(ProfileField.values())
			.anyMatch((field) -> visible.test(field) && stored.visibilities().get(field) != Visibility.PUBLIC);
		if (!own && nonPublicShown) {
			this.events.publishEvent(DataAccessed.by(viewer, companyId, DataAccessed.Kind.PROFILE));
		}
		return Optional.of(ProfileMask.mask(stored, visible, own));
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
				cards.put(id, ProfileMask.mask(stored, ProfileMask.visibility(viewer, stored, neighbours), own));
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
			.forEach((id, stored) -> cards.put(id, ProfileMask.mask(stored,
					(field) -> stored.visibilities().get(field) != Visibility.PRIVATE, false)));
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
		return ProfileMask.mask(stored, (field) -> true, true);
	}

	/**
	 * Saves a company's edit of its own profile.
	 * @throws CompanyException with the field and reason when a value is invalid, or
	 * {@code companies.profile.changed-meanwhile} when someone saved since the editor
	 * loaded it
	 */
	@Transactional
	public void update(CoopexUser editor, ProfileUpdate update) {
		this.edits.update(editor, update);
	}

	Set<Long> neighbours(CoopexUser viewer) {
		if (viewer == null) {
			return Set.of();
		}
		EcosystemNeighbourhood provider = this.neighbourhood.getIfAvailable();
		return provider == null ? Set.of() : provider.companiesSeenAtEcosystemLevel(viewer);
	}

}
