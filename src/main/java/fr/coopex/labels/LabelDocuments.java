package fr.coopex.labels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.shared.files.PdfContent;
import fr.coopex.shared.web.Text;

/**
 * The PDF documents of applications, kept in the database so that every instance serves
 * them. A document is stored only when its content is a PDF that parses and it is no
 * larger than {@value #MAX_BYTES} bytes; otherwise nothing is stored and the person is
 * told why.
 */
@Component
class LabelDocuments {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LabelDocuments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A stored document, without its content. */
	record DocumentInfo(long id, long criterionId, String fileName, int size) {
	}

	/** Checks that the bytes are a PDF within the limit. */
	static void check(byte[] content) {
		PdfContent.problem(content, MAX_BYTES).ifPresent((problem) -> {
			throw switch (problem) {
				case EMPTY -> new LabelException("file", "labels.document.empty");
				case TOO_LARGE -> new LabelException("file", "labels.document.too-large", MAX_BYTES / (1024 * 1024));
				case NOT_PDF -> new LabelException("file", "labels.document.not-pdf");
			};
		});
	}

	long store(long applicationId, long criterionId, String fileName, byte[] content, long by) {
		check(content);
		String name = Text.clean(fileName);
		name = (name == null) ? "document.pdf" : Text.cut(name.replaceAll("[\\\\/]", "_"), 200);
		this.jdbc.update(
				"insert into label_document (application_id, criterion_id, file_name, byte_size, content, uploaded_by, uploaded_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				applicationId, criterionId, name, content.length, content, by, Timestamp.from(this.clock.instant()));
		return this.jdbc.queryForObject("select max(id) from label_document where application_id = ?", Long.class,
				applicationId);
	}

	List<DocumentInfo> of(long applicationId) {
		return this.jdbc.query(
				"select id, criterion_id, file_name, byte_size from label_document where application_id = ? order by id",
				(rs, i) -> new DocumentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)),
				applicationId);
	}

	Optional<byte[]> content(long applicationId, long documentId) {
		return this.jdbc
			.query("select content from label_document where id = ? and application_id = ?", (rs, i) -> rs.getBytes(1),
					documentId, applicationId)
			.stream()
			.findFirst();
	}

	Optional<String> name(long applicationId, long documentId) {
		return this.jdbc
			.queryForList("select file_name from label_document where id = ? and application_id = ?", String.class,
					documentId, applicationId)
			.stream()
			.findFirst();
	}

	void delete(long applicationId, long documentId) {
		this.jdbc.update("delete from label_document where id = ? and application_id = ?", documentId, applicationId);
	}

	/**
	 * Copies the documents of a previous application (a renewal), criterion by criterion.
	 */
	void copy(long fromApplication, long toApplication, java.util.Map<Long, Long> criteria) {
		criteria.forEach((from, to) -> this.jdbc.update(
				"insert into label_document (application_id, criterion_id, file_name, byte_size, content, uploaded_by, uploaded_at) "
						+ "select ?, ?, file_name, byte_size, content, uploaded_by, uploaded_at from label_document "
						+ "where application_id = ? and criterion_id = ?",
				toApplication, to, fromApplication, from));
	}

}
