package fr.coopex.aids;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The aids as their agencies curate them: drafts, publication, history, import and
 * export. An agency officer acts on the aids of their own agency only.
 */
@Service
public class AidCuration {

	private final Aids aids;

	private final AidCatalogue catalogue;

	AidCuration(Aids aids, AidCatalogue catalogue) {
		this.aids = aids;
		this.catalogue = catalogue;
	}

	/**
	 * An aid as this viewer may read it: published aids for everyone, the others for
	 * their own agency only.
	 */
	@Transactional(readOnly = true)
	public Optional<AidView> visible(CoopexUser viewer, long id) {
		Optional<AidView> published = this.catalogue.published(id);
		if (published.isPresent()) {
			return published;
		}
		if (viewer == null || viewer.role() != Role.AGENCY) {
			return Optional.empty();
		}
		return this.aids.findById(id)
			.filter((aid) -> aid.getAgencyId() != null && aid.getAgencyId() == viewer.organisationId())
			.map(Aid::toView);
	}

}
