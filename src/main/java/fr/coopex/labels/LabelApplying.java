package fr.coopex.labels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.labels.ApplicationAccess.Access;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The coordinator's side of an application: the schemes open to the ecosystem, starting
 * (or renewing from a previous application), answering declarations, attaching documents
 * and submitting, which freezes the evidence pack.
 */
@Service
public class LabelApplying {

	private final ApplicationStarts starts;

	private final ApplicationEditing editing;

	private final ApplicationAccess access;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LabelApplying(ApplicationStarts starts, ApplicationEditing editing, ApplicationAccess access, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.starts = starts;
		this.editing = editing;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The published schemes open to an ecosystem: one of its sectors is among the
	 * scheme's (or the scheme takes every sector) and one of its members is registered in
	 * one of the scheme's regions.
	 */
	@Transactional(readOnly = true)
	public List<SchemeView> openTo(CoopexUser coordinator, long ecosystemId) {
		return this.starts.openTo(coordinator, ecosystemId);
	}

	/** Starts an application of the ecosystem to a published scheme open to it. */
	@Transactional
	public long start(CoopexUser coordinator, long ecosystemId, long schemeId) {
		return this.starts.start(coordinator, ecosystemId, schemeId);
	}

	/**
	 * Starts a renewal from a previous application: to the scheme's current version, with
	 * the previous answers and documents of the criteria that kept their text.
	 */
	@Transactional
	public long renew(CoopexUser coordinator, long previousId) {
		return this.starts.renew(coordinator, previousId);
	}

	/**
	 * Writes the answer to a declaration criterion (while the application is editable).
	 */
	@Transactional
	public void answer(CoopexUser coordinator, long applicationId, long criterionId, String answer) {
		this.editing.answer(coordinator, applicationId, criterionId, answer);
	}

	/** Attaches a PDF to a document criterion; nothing is stored when it is refused. */
	@Transactional
	public long attach(CoopexUser coordinator, long applicationId, long criterionId, String fileName, byte[] content) {
		return this.editing.attach(coordinator, applicationId, criterionId, fileName, content);
	}

	@Transactional
	public void removeDocument(CoopexUser coordinator, long applicationId, long documentId) {
		this.editing.removeDocument(coordinator, applicationId, documentId);
	}

	/**
	 * Submits the application: every declaration answered and every document criterion
	 * documented; the evidence pack is computed and frozen with its date.
	 */
	@Transactional
	public void submit(CoopexUser coordinator, long applicationId) {
		this.editing.submit(coordinator, applicationId);
	}

	/** Writes a comment on the application's thread (coordinators and officers). */
	@Transactional
	public void comment(CoopexUser user, long applicationId, String text) {
		Access a = this.access.of(user, applicationId);
		String clean = Text.clean(text);
		if (clean == null) {
			throw new LabelException("text", "labels.field.required");
		}
		if (clean.length() > 4000) {
			throw new LabelException("text", "labels.field.too-long", 4000);
		}
		this.jdbc.update(
				"insert into label_comment (application_id, author_id, author_name, agency_side, text, created_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				applicationId, user.id(), Text.cut(user.displayName(), 200), a.agencySide(), clean,
				Timestamp.from(this.clock.instant()));
		this.events.publishEvent(new LabelEvents.CommentWritten(applicationId, a.application().getEcosystemId(),
				a.scheme().agencyId(), a.scheme().nameFr(), user.id(), a.agencySide()));
	}

}
