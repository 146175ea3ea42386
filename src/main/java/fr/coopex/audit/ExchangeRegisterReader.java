package fr.coopex.audit;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.missions.MissionManagement;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.csv.CsvFile;
import fr.coopex.shared.security.CoopexUser;

/**
 * The register of information exchanged in an ecosystem, for its coordinators and its
 * member companies (anyone else: as if the ecosystem did not exist), on the page and as
 * CSV for a compliance review. Reading it is not itself an exchange.
 */
@Service
public class ExchangeRegisterReader {

	/** The most lines read at once (the CSV holds as many). */
	static final int LIMIT = 5000;

	private final KeptExchangeRegister register;

	private final EcosystemManagement ecosystems;

	private final AccountManagement accounts;

	private final MissionManagement missions;

	private final MessageSource messages;

	ExchangeRegisterReader(KeptExchangeRegister register, EcosystemManagement ecosystems, AccountManagement accounts,
			MissionManagement missions, MessageSource messages) {
		this.register = register;
		this.ecosystems = ecosystems;
		this.accounts = accounts;
		this.missions = missions;
		this.messages = messages;
	}

	/** The ecosystem's name, once the viewer is checked to be an insider. */
	public String ecosystemName(CoopexUser viewer, long ecosystemId) {
		this.ecosystems.requireInsider(viewer, ecosystemId);
		return this.ecosystems.summary(ecosystemId).name();
	}

	/**
	 * The register, newest first.
	 * @throws EcosystemManagement.EcosystemNotFoundException for anyone but the
	 * ecosystem's coordinators and member companies
	 */
	public List<ExchangeLine> lines(CoopexUser viewer, long ecosystemId) {
		this.ecosystems.requireInsider(viewer, ecosystemId);
		Map<Long, AccountView> authors = new HashMap<>();
		Map<Long, String> missionTitles = new HashMap<>();
		return this.register.rows(ecosystemId, LIMIT).stream().map((row) -> {
			AccountView author = authors.computeIfAbsent(row.authorUserId(),
					(id) -> this.accounts.find(id).orElse(null));
			String mission = row.missionId() == null ? null
					: missionTitles.computeIfAbsent(row.missionId(), (id) -> this.missions.view(id).title());
			return new ExchangeLine(row.kind(), row.postedAt(), author == null ? null : author.displayName(),
					author == null ? null : author.organisationName(), mission,
					ExchangeRegister.ANNOUNCEMENT.equals(row.kind()) ? row.title() : null, row.recipients(),
					row.warningConfirmed());
		}).toList();
	}

	/** The register as CSV, in the reader's language and spreadsheet format. */
	public byte[] csv(CoopexUser viewer, long ecosystemId, Locale locale) {
		List<ExchangeLine> lines = lines(viewer, ecosystemId);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		CsvFile file = CsvFile.of(locale)
			.row(List.of("date", "kind", "author", "organisation", "mission", "title", "recipients", "warning")
				.stream()
				.map((c) -> this.messages.getMessage("audit.exchanges.column." + c, null, locale))
				.toList());
		for (ExchangeLine line : lines) {
			file.row(ZonedDateTime.ofInstant(line.postedAt(), ClockConfiguration.PARIS).format(format),
					this.messages.getMessage("audit.exchanges.kind." + line.kind(), null, locale), line.authorName(),
					line.authorOrganisation(), line.missionTitle(), line.title(), line.recipientCompanies(),
					this.messages.getMessage("audit.exchanges.warning." + line.warningConfirmed(), null, locale));
		}
		return file.toBytes();
	}

}
