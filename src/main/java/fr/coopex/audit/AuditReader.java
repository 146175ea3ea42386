package fr.coopex.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.web.Dates;

/**
 * Reads the audit trail as sentences in the reader's language: who (name and
 * organisation), what, on what, when. Ids stored in older lines ("ecosystem 12", "company
 * 34") are turned into names.
 */
@Service
public class AuditReader {

	/** At most this many lines in one CSV export. */
	public static final int EXPORT_LIMIT = 10_000;

	private static final Pattern ECOSYSTEM = Pattern.compile("ecosystem (\\d+)");

	private static final Pattern COMPANY = Pattern.compile("company (\\d+)");

	private final JdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	private final EcosystemManagement ecosystems;

	private final MessageSource messages;

	private final Dates dates;

	private final CoopexProperties properties;

	AuditReader(JdbcTemplate jdbc, AccountManagement accounts, OrganisationManagement organisations,
			EcosystemManagement ecosystems, MessageSource messages, Dates dates, CoopexProperties properties) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
		this.ecosystems = ecosystems;
		this.messages = messages;
		this.dates = dates;
		this.properties = properties;
	}

	/** The lines matching a query, newest first, as sentences. */
	@Transactional(readOnly = true)
	public Page<AuditLine> find(AuditQuery query, Pageable pageable, Locale locale) {
		List<Object> args = new ArrayList<>();
		String where = where(query, args);
		if (where == null) {
			return Page.empty(pageable);
		}
		Long total = this.jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
		List<AuditEntry> rows = this.jdbc
			.query("select * from audit_event" + where + " order by occurred_at desc, id desc limit "
					+ pageable.getPageSize() + " offset " + pageable.getOffset(), AuditTrail.ROW, args.toArray());
		return new PageImpl<>(describe(rows, locale), pageable, total == null ? 0 : total);
	}

	/**
	 * The lines matching a query as a CSV file: semicolons and the UTF-8 mark for French
	 * readers (spreadsheets open it as is), commas otherwise; cells that a spreadsheet
	 * would run as a formula are neutralised.
	 */
	@Transactional(readOnly = true)
	public String csv(AuditQuery query, Locale locale) {
		List<Object> args = new ArrayList<>();
		String where = where(query, args);
		List<AuditEntry> rows = where == null ? List.of() : this.jdbc.query(
				"select * from audit_event" + where + " order by occurred_at desc, id desc limit " + EXPORT_LIMIT,
				AuditTrail.ROW, args.toArray());
		boolean french = !"en".equals(locale.getLanguage());
		StringWriter out = new StringWriter();
		if (french) {
			out.write('\uFEFF');
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(french ? ';' : ',').get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			printer.printRecord(msg("audit.when", locale), msg("audit.who", locale), msg("audit.kind", locale),
					msg("audit.what", locale), msg("audit.from", locale));
			for (AuditLine line : describe(rows, locale)) {
				printer.printRecord(safe(this.dates.format(line.occurredAt(), locale)), safe(line.who()),
						safe(line.kind() == null ? "" : msg("audit.kind." + line.kind(), locale)),
						safe(line.sentence()), safe(line.remoteAddress()));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	/** A cell a spreadsheet would run as a formula starts with a quote instead. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private String where(AuditQuery query, List<Object> args) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (query.organisationIds() != null) {
			if (query.organisationIds().isEmpty()) {
				return null;
			}
			where.append(" and organisation_id in (")
				.append(String.join(", ", query.organisationIds().stream().map((id) -> "?").toList()))
				.append(")");
			args.addAll(query.organisationIds());
		}
		if (query.person() != null && !query.person().isBlank()) {
			String q = "%" + query.person()
				.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			List<String> emails = this.accounts
				.search(query.person(), org.springframework.data.domain.PageRequest.of(0, 50))
				.map(AccountView::email)
				.getContent();
			where.append(" and (lower(actor) like ? escape '\\' or lower(target) like ? escape '\\'");
			args.add(q);
			args.add(q);
			for (String email : emails) {
				where.append(" or actor = ? or target = ?");
				args.add(email);
				args.add(email);
			}
			where.append(")");
		}
		if (query.kind() != null) {
			where.append(" and (")
				.append(String.join(" or ", query.kind().prefixes().stream().map((p) -> "action like ?").toList()))
				.append(")");
			query.kind().prefixes().forEach((p) -> args.add(p + "%"));
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= ?");
			args.add(Timestamp.from(query.from().atStartOfDay(ClockConfiguration.PARIS).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < ?");
			args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ClockConfiguration.PARIS).toInstant()));
		}
		return where.toString();
	}

	private List<AuditLine> describe(List<AuditEntry> rows, Locale locale) {
		Map<String, String> people = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		List<AuditLine> lines = new ArrayList<>();
		for (AuditEntry entry : rows) {
			String who = person(entry.actor(), people, locale);
			String target = names(entry.target(), names, people, locale);
			String details = names(entry.details(), names, people, locale);
			lines.add(new AuditLine(entry.id(), entry.occurredAt(), who, AuditKind.of(entry.action()),
					sentence(entry, who, target, details, locale), entry.remoteAddress()));
		}
		return lines;
	}

	private String sentence(AuditEntry entry, String who, String target, String details, Locale locale) {
		String action = entry.action();
		Object[] args = { who, target == null ? "" : target, details == null ? "" : details };
		switch (action) {
			case "SIGN_IN_LOCKED" -> {
				var throttle = this.properties.security().loginThrottle();
				boolean account = "ACCOUNT".equals(entry.target());
				int failures = account ? throttle.accountMaxFailures() : throttle.addressMaxFailures();
				String until = this.dates.format(entry.occurredAt().plus(throttle.lockDuration()), locale);
				return msg(account ? "audit.sentence.SIGN_IN_LOCKED" : "audit.sentence.SIGN_IN_LOCKED.address", locale,
						entry.actor(), failures, until);
			}
			case "SIGN_IN_FAILED" -> {
				return msg("audit.sentence.SIGN_IN_FAILED", locale, entry.actor());
			}
			case "ACCESS_DENIED" -> {
				boolean page = entry.target() != null && entry.target().matches("(GET|POST|PUT|PATCH|DELETE) /\\S*");
				return page
						? msg("audit.sentence.ACCESS_DENIED", locale, who,
								entry.target().substring(entry.target().indexOf(' ') + 1))
						: msg("audit.sentence.ACCESS_DENIED.action", locale, who);
			}
			default -> {
				String key = "audit.sentence." + action;
				String text = this.messages.getMessage(key, args, null, locale);
				return text != null ? text
						: msg("audit.sentence.other", locale, who, msg("audit.kind.unknown", locale));
			}
		}
	}

	/**
	 * "Claire Martin (Mécatronique du Jura)", the address when unknown, or the platform.
	 */
	private String person(String email, Map<String, String> cache, Locale locale) {
		if (email == null || email.isBlank()) {
			return msg("audit.system", locale);
		}
		return cache.computeIfAbsent(email, (address) -> {
			Optional<AccountView> account = address.contains("@") ? this.accounts.findByEmail(address)
					: Optional.empty();
			return account.map((a) -> a.displayName() + " (" + a.organisationName() + ")").orElse(address);
		});
	}

	/**
	 * Replaces "ecosystem 12" and "company 34" by their names, and an address by a
	 * person.
	 */
	private String names(String text, Map<String, String> cache, Map<String, String> people, Locale locale) {
		if (text == null) {
			return null;
		}
		if (text.contains("@") && !text.contains(" ")) {
			return person(text, people, locale);
		}
		String result = replace(text, ECOSYSTEM, (id) -> cache.computeIfAbsent("e" + id, (k) -> {
			try {
				return "« " + this.ecosystems.summary(id).name() + " »";
			}
			catch (RuntimeException gone) {
				return msg("audit.unknown-ecosystem", locale);
			}
		}));
		return replace(result, COMPANY,
				(id) -> cache.computeIfAbsent("c" + id,
						(k) -> this.organisations.details(id)
							.map(OrganisationManagement.OrganisationDetails::name)
							.orElse(msg("audit.unknown-company", locale))));
	}

	private static String replace(String text, Pattern pattern, java.util.function.LongFunction<String> name) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(name.apply(Long.parseLong(matcher.group(1)))));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** The first and last day a query may ask for (older dates are refused). */
	static LocalDate bounded(LocalDate date) {
		if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
			return null;
		}
		return date;
	}

}
