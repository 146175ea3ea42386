package fr.coopex.fairs;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Adds and edits the fairs of the calendar, for coordinators and agency officers.
 */
@Component
class FairEditing {

	private final Fairs fairs;

	private final FairChecks checks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FairEditing(Fairs fairs, FairChecks checks, Clock clock, ApplicationEventPublisher events) {
		this.fairs = fairs;
		this.checks = checks;
		this.clock = clock;
		this.events = events;
	}

	/** Adds a fair (see {@link FairCalendar#create}). */
	long create(CoopexUser editor, FairDraft draft, Long previousEdition) {
		requireEditor(editor);
		Long series = previousEdition == null ? null
				: this.fairs.findById(previousEdition).orElseThrow(() -> new NotFoundException("fair")).getSeries();
		FairDraft checked = this.checks.check(draft);
		Instant now = this.clock.instant();
		Fair fair = new Fair(series, editor.id(), now);
		fair.describe(checked, now);
		long id = this.fairs.saveAndFlush(fair).getId();
		this.events.publishEvent(new FairEvents.FairSaved(id, editor.id()));
		return id;
	}

	/** Edits a fair (see {@link FairCalendar#update}). */
	void update(CoopexUser editor, long fairId, long version, FairDraft draft) {
		requireEditor(editor);
		Fair fair = this.fairs.findById(fairId).orElseThrow(() -> new NotFoundException("fair"));
		if (fair.getVersion() != version) {
			throw new FairException(null, "fairs.form.changed-meanwhile");
		}
		fair.describe(this.checks.check(draft), this.clock.instant());
		try {
			this.fairs.saveAndFlush(fair);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new FairException(null, "fairs.form.changed-meanwhile");
		}
		this.events.publishEvent(new FairEvents.FairSaved(fairId, editor.id()));
	}

	/** Whether this person may add and edit fairs: coordinators and agency officers. */
	static boolean mayEdit(CoopexUser user) {
		return user != null && (user.role() == Role.COORDINATOR || user.role() == Role.AGENCY);
	}

	private void requireEditor(CoopexUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Only coordinators and agencies edit the fair calendar");
		}
	}

}
