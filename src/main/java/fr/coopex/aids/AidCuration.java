package fr.coopex.aids;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.aids.AidInvalidException.Problem;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The aids as their agencies curate them: drafts, publication and unpublication, the
 * history of every change (who, when, which fields), import and export. An agency officer
 * changes the aids of their own agency only; the others' are read-only to them. Every
 * change to a published aid reaches the catalogue at once.
 */
@Service
public class AidCuration {

	private final Aids aids;

	private final AidCatalogue catalogue;

	private final CatalogueTransfer transfer;

	private final AidHistory history;

	private final Clock clock;

	private final OrganisationManagement organisations;

	private final CatalogueImport importer;

	AidCuration(Aids aids, AidCatalogue catalogue, CatalogueTransfer transfer, AidHistory history, Clock clock,
			OrganisationManagement organisations, CatalogueImport importer) {
		this.aids = aids;
		this.catalogue = catalogue;
		this.transfer = transfer;
		this.history = history;
		this.clock = clock;
		this.organisations = organisations;
		this.importer = importer;
	}

	/** One change of an aid: who, when, what. */
	public record Change(Instant at, String by, String action, String fields) {
	}

	/** What an import did. */
	public record ImportReport(int created, int updated, int unchanged) implements java.io.Serializable {
	}

	/** An import refused, with every problem by line (or entry) and field. */
	public static class ImportRefused extends RuntimeException {

		private final List<ImportProblem> problems;

		ImportRefused(List<ImportProblem> problems) {
			super("Import refused");
			this.problems = List.copyOf(problems);
		}

		public List<ImportProblem> problems() {
			return this.problems;
		}

	}

	/**
	 * @param position the line of the CSV file where the aid starts, or the entry of the
	 * JSON array (from 1); 0 for the whole file
	 * @param field the CSV column or JSON field, or null
	 */
	public record ImportProblem(int position, String field, String messageKey) {
	}

	public enum Format {

		CSV, JSON

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
		return this.aids.findById(id).filter((aid) -> isOwn(viewer, aid)).map(Aid::toView);
	}

	/** The aids of the officer's agency, every state, newest first. */
	@Transactional(readOnly = true)
	public List<AidView> ofAgency(CoopexUser officer) {
		requireAgency(officer);
		List<AidView> own = new ArrayList<>(
				this.aids.findByAgencyIdOrderByIdAsc(officer.organisationId()).stream().map(Aid::toView).toList());
		java.util.Collections.reverse(own);
		return own;
	}

	/**
	 * An aid of the officer's agency, to edit.
	 * @throws AidNotFoundException when there is no such aid
	 * @throws AccessDeniedException when it belongs to someone else
	 */
	@Transactional(readOnly = true)
	public AidView editable(CoopexUser officer, long id) {
		return own(officer, id).toView();
	}

	/** Whether the viewer may change this aid. */
	public boolean canEdit(CoopexUser viewer, AidView aid) {
		return viewer != null && viewer.role() == Role.AGENCY && aid.agencyId() != null
				&& aid.agencyId() == viewer.organisationId();
	}

	/**
	 * A new draft of the officer's agency.
	 * @throws AidInvalidException with every problem; nothing is saved
	 */
	@Transactional
	public long create(CoopexUser officer, AidData data) {
		requireAgency(officer);
		check(officer, data);
		Aid aid = this.aids.saveAndFlush(new Aid(officer.organisationId(), data, this.clock.instant()));
		this.history.record(aid.getId(), officer, "CREATED", null);
		return aid.getId();
	}

	/**
	 * Saves the officer's edit of an aid of their agency.
	 * @throws AidInvalidException with every problem; nothing is saved
	 * @throws AidException {@code aids.curation.changed-meanwhile} when a colleague saved
	 * it since the officer loaded it
	 */
	@Transactional
	public void update(CoopexUser officer, long id, AidData data, long version) {
		Aid aid = own(officer, id);
		if (aid.getVersion() != version) {
			throw new AidException(null, "aids.curation.changed-meanwhile");
		}
		check(officer, data);
		String fields = AidHistory.changedFields(aid.toData(), data);
		if (fields.isEmpty()) {
			return;
		}
		aid.apply(data, this.clock.instant());
		flush(aid);
		this.history.record(id, officer, "EDITED", fields);
		if (aid.getPublication() == Publication.PUBLISHED) {
			this.catalogue.changed();
		}
	}

	@Transactional
	public void publish(CoopexUser officer, long id) {
		Aid aid = own(officer, id);
		if (!this.organisations.mayCurate(officer.organisationId(), aid.toData().operatorNames())) {
			throw new AidException(null, "aids.curation.outside-operators");
		}
		aid.publish(this.clock.instant());
		flush(aid);
		this.history.record(id, officer, "PUBLISHED", null);
		this.catalogue.changed();
	}

	@Transactional
	public void unpublish(CoopexUser officer, long id) {
		Aid aid = own(officer, id);
		aid.unpublish(this.clock.instant());
		flush(aid);
		this.history.record(id, officer, "UNPUBLISHED", null);
		this.catalogue.changed();
	}

	/**
	 * A platform administrator entrusts an aid that no agency curates (the aids seeded
	 * with the platform) to an agency, which curates it from then on.
	 * @throws AccessDeniedException for anyone but an administrator
	 * @throws AidException {@code aids.curation.already-entrusted} when an agency already
	 * curates it
	 */
	@Transactional
	public void entrust(CoopexUser admin, long id, long agencyId) {
		if (admin == null || admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only administrators entrust aids to agencies");
		}
		Aid aid = this.aids.findById(id).orElseThrow(AidNotFoundException::new);
		if (aid.getAgencyId() != null) {
			throw new AidException(null, "aids.curation.already-entrusted");
		}
		aid.setAgencyId(agencyId);
		flush(aid);
		this.history.record(id, admin, "ENTRUSTED", null);
		if (aid.getPublication() == Publication.PUBLISHED) {
			this.catalogue.changed();
		}
	}

	/** Every change of an aid of the officer's agency, newest first. */
	@Transactional(readOnly = true)
	public List<Change> history(CoopexUser officer, long id) {
		own(officer, id);
		return this.history.of(id);
	}

	/** The aids of the officer's agency as a file. */
	@Transactional(readOnly = true)
	public String export(CoopexUser officer, Format format) {
		requireAgency(officer);
		List<AidView> own = this.aids.findByAgencyIdOrderByIdAsc(officer.organisationId())
			.stream()
			.map(Aid::toView)
			.toList();
		return format == Format.CSV ? this.transfer.toCsv(own) : this.transfer.toJson(own);
	}

	/**
	 * Imports a file of aids into the officer's agency: a row with an id updates that aid
	 * (which must be the agency's), a row without one creates it. All or nothing: with a
	 * single problem, nothing is imported.
	 * @throws ImportRefused with every problem, by line (or entry) and field
	 */
	@Transactional
	public ImportReport importFile(CoopexUser officer, Format format, String content) {
		requireAgency(officer);
		return this.importer.run(officer, format, content);
	}

	/**
	 * The catalogue's rules, and the agency's: an agency curates the aids of its own
	 * operators only.
	 */
	private void check(CoopexUser officer, AidData data) {
		List<Problem> problems = new ArrayList<>(AidRules.check(data, this.catalogue.today()));
		if (!this.organisations.mayCurate(officer.organisationId(), data.operatorNames())) {
			problems.add(new Problem("operators", "aids.curation.outside-operators"));
		}
		if (!problems.isEmpty()) {
			throw new AidInvalidException(problems);
		}
	}

	private void flush(Aid aid) {
		try {
			this.aids.saveAndFlush(aid);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new AidException(null, "aids.curation.changed-meanwhile");
		}
	}

	private Aid own(CoopexUser officer, long id) {
		requireAgency(officer);
		Aid aid = this.aids.findById(id).orElseThrow(AidNotFoundException::new);
		if (!isOwn(officer, aid)) {
			throw new AccessDeniedException("Aid " + id + " belongs to another agency");
		}
		return aid;
	}

	static boolean isOwn(CoopexUser officer, Aid aid) {
		return aid.getAgencyId() != null && aid.getAgencyId() == officer.organisationId();
	}

	static void requireAgency(CoopexUser user) {
		if (user == null || user.role() != Role.AGENCY) {
			throw new AccessDeniedException("Only agency officers curate aids");
		}
	}

}
