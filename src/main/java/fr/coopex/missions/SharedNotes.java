package fr.coopex.missions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.missions.MissionEvents.FindingShared;
import fr.coopex.shared.text.PriceTalk;
import fr.coopex.shared.web.Text;

/**
 * The market notes participants and coordinators share with everyone on a mission. A note
 * that mentions prices, margins, discounts or quotes is shared only once its author has
 * confirmed it ({@link PriceTalkWarning}); each note goes into the ecosystem's register
 * of information exchanged ({@link FindingShared}).
 */
@Service
class SharedNotes {

	private final MissionAccess access;

	private final Participants participants;

	private final NamedParameterJdbcTemplate jdbc;

	private final PriceTalk priceTalk;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SharedNotes(MissionAccess access, Participants participants, NamedParameterJdbcTemplate jdbc, PriceTalk priceTalk,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.participants = participants;
		this.jdbc = jdbc;
		this.priceTalk = priceTalk;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long addFinding(fr.coopex.shared.security.CoopexUser user, long missionId, String title, String text,
			boolean priceTalkConfirmed) {
		Mission mission = this.access.find(missionId);
		Standing standing = this.access.requireInsider(user, mission);
		boolean participant = standing.activeMember() && this.participants.contains(missionId, user.organisationId());
		if (!standing.coordinator() && !participant) {
			throw new AccessDeniedException("Only participants and coordinators share findings");
		}
		if (mission.getStatus() == MissionStatus.CANCELLED) {
			throw new MissionException(null, "missions.cancelled");
		}
		String cleanTitle = Text.clean(title);
		String cleanText = Text.clean(text);
		if (cleanTitle == null || cleanTitle.length() > 200) {
			throw new MissionException("title", cleanTitle == null ? "NotBlank" : "Size");
		}
		if (cleanText == null || cleanText.length() > 4000) {
			throw new MissionException("text", cleanText == null ? "NotBlank" : "Size");
		}
		boolean confirmed = PriceTalkWarning.check(this.priceTalk, priceTalkConfirmed, cleanTitle, cleanText);
		Long company = participant ? user.organisationId() : null;
		Instant now = this.clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into mission_finding (mission_id, company_id, author_id, title, text, created_at,
				                             price_warning_confirmed)
				values (:mission, :company, :author, :title, :text, :at, :confirmed)
				""",
				Participants.params(missionId, company)
					.addValue("author", user.id())
					.addValue("title", cleanTitle)
					.addValue("text", cleanText)
					.addValue("at", Timestamp.from(now))
					.addValue("confirmed", confirmed),
				key, new String[] { "id" });
		long findingId = key.getKey().longValue();
		int recipients = (int) this.participants.ids(missionId).stream().filter((id) -> !id.equals(company)).count();
		this.events.publishEvent(new FindingShared(missionId, mission.getEcosystemId(), findingId, user.id(), company,
				cleanTitle, recipients, confirmed, now));
		return findingId;
	}

}
