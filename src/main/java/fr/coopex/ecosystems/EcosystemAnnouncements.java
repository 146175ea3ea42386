package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.ecosystems.EcosystemEvents.AnnouncementPosted;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.files.PdfContent;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.text.PriceTalk;
import fr.coopex.shared.web.Text;

/**
 * A coordinator's announcements to every member of an ecosystem: a title, a text and an
 * optional PDF (checked by its content, at most {@value #MAX_BYTES} bytes, kept in the
 * database). Members and coordinators read them on the ecosystem's page and download the
 * PDF; nobody else learns of them.
 * <p>
 * Competitors read what is announced: a text that mentions prices, tariffs, margins or
 * discounts ({@link PriceTalk}) is posted only once its author has confirmed it after a
 * warning naming those words, and the confirmation is recorded.
 * {@link AnnouncementPosted} is published once it is saved.
 */
@Service
public class EcosystemAnnouncements {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int TITLE_LENGTH = 200;

	static final int TEXT_LENGTH = 5000;

	private final EcosystemGuards guards;

	private final Memberships memberships;

	private final PriceTalk priceTalk;

	private final AnnouncementRows rows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EcosystemAnnouncements(EcosystemGuards guards, Memberships memberships, PriceTalk priceTalk, AnnouncementRows rows,
			ApplicationEventPublisher events, Clock clock) {
		this.guards = guards;
		this.memberships = memberships;
		this.priceTalk = priceTalk;
		this.rows = rows;
		this.events = events;
		this.clock = clock;
	}

	/** What a coordinator writes; the file is optional (null or empty: none). */
	public record AnnouncementDraft(String title, String text, boolean confirmPriceTalk, String fileName, byte[] file) {
	}

	/** An announcement as members read it. */
	public record Announcement(long id, String title, String text, String authorName, Instant postedAt, String fileName,
			Integer byteSize) {
	}

	/** The announcement's PDF. */
	public record Document(String fileName, byte[] content) {
	}

	@Transactional
	public long post(CoopexUser coordinator, long ecosystemId, AnnouncementDraft draft) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		String title = required(draft.title(), "title", TITLE_LENGTH);
		String text = required(draft.text(), "text", TEXT_LENGTH);
		boolean withFile = draft.file() != null && draft.file().length > 0;
		if (withFile) {
			PdfContent.problem(draft.file(), MAX_BYTES).ifPresent((problem) -> {
				throw new EcosystemException("file", "ecosystems.announcement.file." + problem.name().toLowerCase());
			});
		}
		List<String> words = this.priceTalk.mentions(title + "\n" + text);
		if (!words.isEmpty() && !draft.confirmPriceTalk()) {
			throw new PriceTalkWarning(words);
		}
		int recipients = (int) this.memberships.countByEcosystemIdAndStatus(ecosystemId, MembershipStatus.ACTIVE);
		Instant now = this.clock.instant();
		String fileName = withFile ? fileName(draft.fileName()) : null;
		long id = this.rows.insert(ecosystemId, coordinator, title, text, words, recipients, now, fileName,
				withFile ? draft.file() : null);
		Long authorCompany = (coordinator.role() == Role.MEMBER) ? coordinator.organisationId() : null;
		this.events.publishEvent(new AnnouncementPosted(ecosystemId, id, coordinator.id(), authorCompany, title,
				recipients, !words.isEmpty(), now));
		return id;
	}

	/** The announcements, newest first, for members and coordinators; none for others. */
	@Transactional(readOnly = true)
	public List<Announcement> list(CoopexUser viewer, long ecosystemId) {
		if (!insider(viewer, ecosystemId)) {
			return List.of();
		}
		return this.rows.list(ecosystemId);
	}

	/** The PDF of an announcement, for members and coordinators (404 for anyone else). */
	@Transactional(readOnly = true)
	public Document document(CoopexUser viewer, long ecosystemId, long announcementId) {
		if (!insider(viewer, ecosystemId)) {
			throw new EcosystemNotFoundException();
		}
		return this.rows.document(ecosystemId, announcementId).orElseThrow(EcosystemNotFoundException::new);
	}

	private boolean insider(CoopexUser viewer, long ecosystemId) {
		return this.guards.relation(viewer, this.guards.visible(ecosystemId)) != ViewerRelation.OUTSIDER;
	}

	private static String required(String value, String field, int length) {
		String cleaned = (value == null) ? "" : value.strip();
		if (cleaned.isEmpty()) {
			throw new EcosystemException(field, "ecosystems.announcement." + field + "-required");
		}
		if (cleaned.length() > length) {
			throw new EcosystemException(field, "ecosystems.announcement." + field + "-too-long");
		}
		return cleaned;
	}

	private static String fileName(String given) {
		String name = Optional.ofNullable(Text.clean(given)).orElse("annonce.pdf");
		return Text.cut(name.replaceAll("[\\\\/]", "_"), 200);
	}

}