package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EcosystemAnnouncements(EcosystemGuards guards, Memberships memberships, PriceTalk priceTalk, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.guards = guards;
		this.memberships = memberships;
		this.priceTalk = priceTalk;
		this.jdbc = jdbc;
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

	/**
	 * Refused until confirmed: the text mentions words of the price-talk list, named here
	 * so that the form can show them.
	 */
	public static class PriceTalkWarning extends EcosystemException {

		private final List<String> words;

		PriceTalkWarning(List<String> words) {
			super("confirmPriceTalk", "ecosystems.announcement.price-talk");
			this.words = List.copyOf(words);
		}

		public List<String> words() {
			return this.words;
		}

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
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection
				.prepareStatement(
						"insert into ecosystem_announcement (ecosystem_id, title, text, author_id, author_name, "
								+ "price_warning_confirmed, price_words, recipient_companies, posted_at, file_name, "
								+ "byte_size, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						new String[] { "id" });
			statement.setLong(1, ecosystemId);
			statement.setString(2, title);
			statement.setString(3, text);
			statement.setLong(4, coordinator.id());
			statement.setString(5, Text.cut(coordinator.displayName(), 200));
			statement.setBoolean(6, !words.isEmpty());
			statement.setString(7, words.isEmpty() ? null : Text.cut(String.join(", ", words), 1000));
			statement.setInt(8, recipients);
			statement.setTimestamp(9, Timestamp.from(now));
			statement.setString(10, fileName);
			statement.setObject(11, withFile ? draft.file().length : null, java.sql.Types.INTEGER);
			statement.setBytes(12, withFile ? draft.file() : null);
			return statement;
		}, key);
		long id = key.getKey().longValue();
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
		return this.jdbc.query(
				"select id, title, text, author_name, posted_at, file_name, byte_size from ecosystem_announcement "
						+ "where ecosystem_id = ? order by posted_at desc, id desc limit 50",
				(rs, i) -> new Announcement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6), (Integer) rs.getObject(7, Integer.class)),
				ecosystemId);
	}

	/** The PDF of an announcement, for members and coordinators (404 for anyone else). */
	@Transactional(readOnly = true)
	public Document document(CoopexUser viewer, long ecosystemId, long announcementId) {
		if (!insider(viewer, ecosystemId)) {
			throw new EcosystemNotFoundException();
		}
		return this.jdbc
			.query("select file_name, content from ecosystem_announcement where id = ? and ecosystem_id = ? "
					+ "and content is not null", (rs, i) -> new Document(rs.getString(1), rs.getBytes(2)),
					announcementId, ecosystemId)
			.stream()
			.findFirst()
			.orElseThrow(EcosystemNotFoundException::new);
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
