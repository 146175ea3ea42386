package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ledger.StatementDocument.Table;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.PoolView.Payment;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.money.MoneyFormat;
import fr.coopex.shared.csv.CsvFile;
import fr.coopex.shared.web.FileNames;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.DataAccessed;

/**
 * Statements as files: a member's statement for one pool and for one ecosystem, and the
 * whole pool for its managers, each as CSV (through {@link CsvFile}: the reader's
 * spreadsheet format, formulas neutralised) and as PDF (amounts and dates as the reader
 * writes them), named for what they are
 * ({@code releve-automate-2027-mecatronique-du-jura.pdf}). Who may download what is
 * checked by {@link Ledger}.
 */
@Service
public class LedgerStatements {

	/** A statement ready to download. */
	public record StatementFile(String fileName, String contentType, byte[] content) {
	}

	private final Ledger ledger;

	private final StatementPdfs pdfs;

	private final MessageSource messages;

	private final Clock clock;

	private final EcosystemManagement ecosystems;

	private final ApplicationEventPublisher events;

	LedgerStatements(Ledger ledger, StatementPdfs pdfs, MessageSource messages, Clock clock,
			EcosystemManagement ecosystems, ApplicationEventPublisher events) {
		this.events = events;
		this.pdfs = pdfs;
		this.ecosystems = ecosystems;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A company's statement for a pool: the lines of its share, its payments and its
	 * balance. A member gets its own company's; a manager any participant's.
	 */
	@Transactional(readOnly = true)
	public StatementFile poolStatement(CoopexUser viewer, long poolId, Long companyId, boolean pdf, Locale locale) {
		PoolView pool = this.ledger.pool(viewer, poolId);
		Long chosen = (companyId != null) ? companyId : pool.viewerCompanyId();
		if (chosen == null) {
			// a manager who is not a participant names the company
			throw new Ledger.PoolNotFoundException();
		}
		long company = chosen;
		if (!pool.manager() && !Objects.equals(pool.viewerCompanyId(), company)) {
			throw new Ledger.PoolNotFoundException();
		}
		opened(viewer, company);
		// made afresh: the names on it follow the companies' visibility, which the pool's
		// version does not know of
		return poolStatement(viewer, pool, company, pdf, locale);
	}

	/**
	 * A statement of another organisation's company goes into that company's access log.
	 */
	private void opened(CoopexUser viewer, Long companyId) {
		DataAccessed access = (companyId == null) ? null
				: DataAccessed.by(viewer, companyId, DataAccessed.Kind.STATEMENT);
		if (access != null) {
			this.events.publishEvent(access);
		}
	}

	private StatementFile poolStatement(CoopexUser viewer, PoolView pool, long company, boolean pdf, Locale locale) {
		long poolId = pool.id();
		// as posted; before that, the preview the pool view has just computed
		List<Split.Line> lines = pool.isPosted() ? this.ledger.statementLines(viewer, poolId, company)
				: (pool.split() != null) ? pool.split().lines(company) : List.of();
		PoolView full = pool.manager() ? pool : null;
		List<PartyBalance> balances = (full != null) ? full.balances() : pool.balances();
		PartyBalance balance = balances.stream()
			.filter((b) -> Objects.equals(b.party().companyId(), company))
			.findFirst()
			.orElse(null);
		String name = pool.participants()
			.stream()
			.filter((p) -> p.companyId() == company)
			.map(PoolView.Participant::name)
			.findFirst()
			.orElse("#" + company);
		List<List<Object>> rows = new ArrayList<>();
		BigDecimal share = BigDecimal.ZERO;
		for (Split.Line line : lines) {
			rows.add(List.of(line.label(),
					(line.category() != null) ? text("ledger.category." + line.category(), locale) : "", line.ht(),
					line.vat(), line.amount()));
			share = share.add(line.amount());
		}
		rows.add(List.of(text("ledger.statement.share", locale), "", "", "", share));
		List<List<Object>> summary = new ArrayList<>();
		if (balance != null) {
			summary.add(List.of(text("ledger.balances.owed", locale), balance.owed()));
			summary.add(List.of(text("ledger.shares.direct", locale), balance.billedDirectly()));
			summary.add(List.of(text("ledger.balances.advanced", locale), balance.advanced()));
			summary.add(List.of(text("ledger.balances.paid", locale), balance.paid()));
			summary.add(List.of(text("ledger.balances.received", locale), balance.received()));
			summary.add(List.of(text("ledger.balances.balance", locale), balance.balance()));
		}
		List<List<Object>> payments = new ArrayList<>();
		for (Payment payment : pool.payments()) {
			if (Objects.equals(payment.payer().companyId(), company)
					|| Objects.equals(payment.payee().companyId(), company)) {
				payments.add(List.of(payment.paidOn(), partyName(payment.payer(), locale),
						partyName(payment.payee(), locale), payment.amount(),
						(payment.reference() != null) ? payment.reference() : ""));
			}
		}
		String title = text("ledger.statement.title", locale) + " — " + pool.title();
		List<String> header = List.of(text("ledger.statement.company", locale) + " : " + name,
				text("ledger.statement.date", locale) + " : " + date(today(), locale));
		List<Table> tables = List.of(
				table("ledger.shares.title", rows, locale, "ledger.statement.line", "ledger.items.category",
						"ledger.shares.ht", "ledger.shares.vat", "ledger.shares.net"),
				table("ledger.payments.title", payments, locale, "ledger.payments.date", "ledger.payments.payer",
						"ledger.payments.payee", "ledger.payments.amount", "ledger.payments.reference"),
				table("ledger.balances.title", summary, locale, "", "ledger.balances.balance"));
		return render(FileNames.slug(text("ledger.file.statement", locale), pool.title(), name), title, header, tables,
				pdf, locale);
	}

	/**
	 * The whole pool, for its managers: the items and every party's share and balance.
	 */
	@Transactional(readOnly = true)
	public StatementFile wholePool(CoopexUser viewer, long poolId, boolean pdf, Locale locale) {
		PoolView pool = this.ledger.pool(viewer, poolId);
		if (!pool.manager()) {
			throw new AccessDeniedException("Only the pool's managers download the whole pool");
		}
		return wholePool(pool, pdf, locale);
	}

	private StatementFile wholePool(PoolView pool, boolean pdf, Locale locale) {
		long poolId = pool.id();
		List<List<Object>> items = new ArrayList<>();
		List<List<Object>> shares = new ArrayList<>();
		if (pool.split() != null) {
			for (Split.ItemTotal item : pool.split().items()) {
				items.add(List.of(item.draft().label(), text("ledger.category." + item.draft().category(), locale),
						text("ledger.key." + item.key(), locale), item.ht(), item.vat(), item.gross()));
			}
			for (Split.Share share : pool.split().shares()) {
				shares.add(List.of(pool.nameOf(share.companyId()), share.ht(), share.vat(), share.subsidy(),
						share.net(), share.billedDirectly()));
			}
			shares.add(List.of(text("ledger.shares.total", locale), pool.split().totalHt(), pool.split().totalVat(),
					pool.split().totalSubsidies(), pool.split().total(), ""));
		}
		List<List<Object>> balances = new ArrayList<>();
		for (PartyBalance balance : pool.balances()) {
			balances.add(List.of(partyName(balance.party(), locale), balance.owed(), balance.advanced(), balance.paid(),
					balance.received(), balance.balance()));
		}
		List<Table> tables = List.of(
				table("ledger.items.title", items, locale, "ledger.items.label", "ledger.items.category",
						"ledger.items.key", "ledger.items.amount", "ledger.items.vat", "ledger.items.gross"),
				table("ledger.shares.title", shares, locale, "ledger.shares.company", "ledger.shares.ht",
						"ledger.shares.vat", "ledger.shares.subsidy", "ledger.shares.net", "ledger.shares.direct"),
				table("ledger.balances.title", balances, locale, "ledger.balances.party", "ledger.balances.owed",
						"ledger.balances.advanced", "ledger.balances.paid", "ledger.balances.received",
						"ledger.balances.balance"),
				transfers(pool.transfers(), locale));
		return render(FileNames.slug(text("ledger.file.pool", locale), pool.title()), pool.title(),
				List.of(text("ledger.statement.date", locale) + " : " + date(today(), locale)), tables, pdf, locale);
	}

	/** A company's statement for an ecosystem: its pools, shares and balances. */
	@Transactional(readOnly = true)
	public StatementFile ecosystemStatement(CoopexUser viewer, long ecosystemId, Long companyId, boolean pdf,
			Locale locale) {
		EcosystemAccount account = this.ledger.ecosystemAccount(viewer, ecosystemId, companyId);
		opened(viewer, account.companyId());
		List<List<Object>> pools = new ArrayList<>();
		for (PoolLine line : account.pools()) {
			pools.add(List.of(line.title(), text("ledger.status." + line.status(), locale),
					(line.share() != null) ? line.share() : "", (line.balance() != null) ? line.balance() : ""));
		}
		List<List<Object>> balances = new ArrayList<>();
		for (PartyBalance balance : account.balances()) {
			balances.add(List.of(partyName(balance.party(), locale), balance.owed(), balance.paid(), balance.received(),
					balance.balance()));
		}
		List<Table> tables = List.of(
				table("ledger.ecosystem.pools", pools, locale, "ledger.statement.pool", "ledger.mine.status",
						"ledger.balances.owed", "ledger.balances.balance"),
				table("ledger.balances.title", balances, locale, "ledger.balances.party", "ledger.balances.owed",
						"ledger.balances.paid", "ledger.balances.received", "ledger.balances.balance"),
				transfers(account.transfers(), locale));
		String ecosystemName = this.ecosystems.summary(ecosystemId).name();
		String companyName = account.balances()
			.stream()
			.filter((b) -> account.companyId() != null && account.companyId().equals(b.party().companyId()))
			.map((b) -> b.party().name())
			.findFirst()
			.orElse(null);
		return render(FileNames.slug(text("ledger.file.statement", locale), ecosystemName, companyName),
				this.messages.getMessage("ledger.statement.ecosystem-title", new Object[] { ecosystemName }, locale),
				List.of(text("ledger.statement.date", locale) + " : " + date(today(), locale)), tables, pdf, locale);
	}

	private StatementFile render(String name, String title, List<String> header, List<Table> tables, boolean pdf,
			Locale locale) {
		StatementDocument document = new StatementDocument(title, header, tables, locale);
		return pdf ? new StatementFile(name + ".pdf", "application/pdf", this.pdfs.pdf(document))
				: new StatementFile(name + ".csv", CsvFile.CONTENT_TYPE, csv(document));
	}

	/** Through the platform's CSV helper: formulas neutralised, the reader's format. */
	private static byte[] csv(StatementDocument document) {
		CsvFile file = CsvFile.of(document.locale());
		file.row(document.title());
		for (String line : document.header()) {
			file.row(line);
		}
		for (Table table : document.tables()) {
			file.blankLine();
			file.row(table.title());
			file.row(table.headings());
			for (List<Object> row : table.rows()) {
				file.row(row);
			}
		}
		return file.toBytes();
	}

	/** The suggested transfers, as a table. */
	private Table transfers(List<Settlement.Transfer> transfers, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Settlement.Transfer transfer : transfers) {
			rows.add(List.of(partyName(transfer.from(), locale), partyName(transfer.to(), locale), transfer.amount()));
		}
		return table("ledger.transfers.title", rows, locale, "ledger.payments.payer", "ledger.payments.payee",
				"ledger.payments.amount");
	}

	/** A table titled and headed by messages (an empty key: an empty heading). */
	private Table table(String titleKey, List<List<Object>> rows, Locale locale, String... headingKeys) {
		return new Table(text(titleKey, locale),
				Arrays.stream(headingKeys).map((key) -> key.isEmpty() ? "" : text(key, locale)).toList(), rows);
	}

	private String partyName(Settlement.Party party, Locale locale) {
		return party.isCoordination() ? text("ledger.coordination", locale) : party.name();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A date as the reader writes it: 1 mars 2027 in French. */
	static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	/** The date statements made now carry (Paris). */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

}
