package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;

/**
 * A company's applications for aids: one per aid, its status, amounts, dates, the aid's
 * checklist of documents and notes. Only the company's own people see them; anyone else
 * is answered as if the application did not exist.
 */
@Service
public class ApplicationTracker {

	private final AidApplications applications;

	private final ApplicationViews views;

	private final AidCatalogue catalogue;

	private final Clock clock;

	ApplicationTracker(AidApplications applications, ApplicationViews views, AidCatalogue catalogue, Clock clock) {
		this.applications = applications;
		this.views = views;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** An application as its company sees it, with the aid's checklist. */
	public record ApplicationView(long id, long aidId, String aidName, ApplicationStatus status,
			BigDecimal amountRequested, BigDecimal amountGranted, LocalDate plannedOn, LocalDate submittedOn,
			LocalDate decidedOn, String notes, List<String> documents, Set<String> documentsDone, Instant updatedAt,
			long version) {

		public boolean isDone(String document) {
			return this.documentsDone.contains(document);
		}

		/** Documents of the checklist ticked. */
		public long doneCount() {
			return this.documents.stream().filter(this.documentsDone::contains).count();
		}

	}

	/** What the company writes on its application. */
	public record ApplicationUpdate(ApplicationStatus status, BigDecimal amountRequested, BigDecimal amountGranted,
			LocalDate plannedOn, LocalDate submittedOn, LocalDate decidedOn, String notes, Set<String> documentsDone,
			long version) {

		public ApplicationUpdate {
			documentsDone = documentsDone == null ? Set.of() : documentsDone;
		}

	}

	/**
	 * Starts the company's application for a published aid, or finds the one it has.
	 * @return the application's id
	 */
	@Transactional
	public long start(CoopexUser member, long aidId) {
		return start(member, aidId, false);
	}

	/**
	 * Starts the company's application for a published aid, or finds the one it has. For
	 * a closed or historical aid, only when the member acknowledged that it can no longer
	 * be applied for.
	 * @return the application's id
	 * @throws AidException when the aid is closed and that was not acknowledged
	 */
	@Transactional
	public long start(CoopexUser member, long aidId, boolean closedAcknowledged) {
		AidFollowing.requireMember(member);
		Optional<AidApplication> existing = this.applications.findByCompanyIdAndAidId(member.organisationId(), aidId);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		if (this.catalogue.published(aidId).isEmpty()) {
			throw new AidNotFoundException();
		}
		AidFollowing.requireAcknowledgedIfClosed(this.catalogue, aidId, closedAcknowledged);
		try {
			return this.applications
				.saveAndFlush(new AidApplication(member.organisationId(), aidId, member.id(), this.clock.instant()))
				.getId();
		}
		catch (DataIntegrityViolationException raced) {
			throw new AidException(null, "aids.application.exists");
		}
	}

	@Transactional(readOnly = true)
	public List<ApplicationView> list(CoopexUser member) {
		AidFollowing.requireMember(member);
		return this.views.all(member.organisationId());
	}

	/**
	 * @throws AidNotFoundException when the application is not the member's company's
	 */
	@Transactional(readOnly = true)
	public ApplicationView get(CoopexUser member, long id) {
		return this.views.of(this.views.own(member, id));
	}

	/** The id of the company's application for an aid, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Long> idFor(CoopexUser member, long aidId) {
		return this.applications.findByCompanyIdAndAidId(member.organisationId(), aidId).map(AidApplication::getId);
	}

	/**
	 * Saves the company's edit of its application.
	 * @throws AidException naming the field at fault, or
	 * {@code aids.application.changed-meanwhile} when a colleague saved it since it was
	 * loaded; nothing is changed then
	 */
	@Transactional
	public void update(CoopexUser member, long id, ApplicationUpdate update) {
		AidApplication application = this.views.own(member, id);
		if (application.getVersion() != update.version()) {
			throw new AidException(null, "aids.application.changed-meanwhile");
		}
		ApplicationRules.check(update, this.views.documents(application.getAidId()));
		application.update(update, this.clock.instant());
		try {
			this.applications.saveAndFlush(application);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new AidException(null, "aids.application.changed-meanwhile");
		}
	}

}
