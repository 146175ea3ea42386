package fr.coopex.fairs;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.ecosystems.Insiders;
import fr.coopex.shared.security.CoopexUser;

/**
 * Who may see and run which stand: a stand is unknown to anyone outside its ecosystem;
 * insiders who do not coordinate it may not run it (403).
 */
@Component
class StandAccess {

	private final Stands stands;

	private final EcosystemManagement ecosystems;

	StandAccess(Stands stands, EcosystemManagement ecosystems) {
		this.stands = stands;
		this.ecosystems = ecosystems;
	}

	/** The stand, its row locked until the end of the transaction. */
	Stand lock(long standId) {
		return this.stands.lockById(standId).orElseThrow(() -> new NotFoundException("stand"));
	}

	Standing standing(CoopexUser viewer, long ecosystemId) {
		return this.ecosystems.standing(viewer, ecosystemId);
	}

	/** How an insider stands with the ecosystem; anyone else learns nothing. */
	Standing requireInsider(CoopexUser viewer, long ecosystemId) {
		Standing access = standing(viewer, ecosystemId);
		if (!access.insider()) {
			throw new NotFoundException("stand");
		}
		return access;
	}

	void requireCoordinatorOf(CoopexUser user, Stand stand) {
		if (!requireInsider(user, stand.getEcosystemId()).coordinator()) {
			throw new AccessDeniedException("Not a coordinator of the stand's ecosystem");
		}
	}

	void requireCoordinator(CoopexUser user, long ecosystemId) {
		this.ecosystems.summary(ecosystemId);
		if (user == null || !this.ecosystems.isCoordinator(user, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
	}

	/** The viewer's ecosystems, in one query whatever their number. */
	Insiders insiders(CoopexUser viewer) {
		return this.ecosystems.insiders(viewer);
	}

	/** The ecosystems in which this person may open a stand: those they coordinate. */
	List<EcosystemSummary> toOpenIn(CoopexUser coordinator) {
		return this.ecosystems.coordinated(coordinator);
	}

}
