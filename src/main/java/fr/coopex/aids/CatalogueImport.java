package fr.coopex.aids;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.aids.AidCuration.Format;
import fr.coopex.aids.AidCuration.ImportProblem;
import fr.coopex.aids.AidCuration.ImportRefused;
import fr.coopex.aids.AidCuration.ImportReport;
import fr.coopex.aids.AidInvalidException.Problem;
import fr.coopex.aids.CatalogueTransfer.FileException;
import fr.coopex.aids.CatalogueTransfer.FileProblem;
import fr.coopex.aids.CatalogueTransfer.Row;
import fr.coopex.shared.security.CoopexUser;

/**
 * Imports a file of aids into an agency's catalogue for {@link AidCuration#importFile},
 * which checks who may and holds the transaction.
 */
@Component
class CatalogueImport {

	private final Aids aids;

	private final AidCatalogue catalogue;

	private final CatalogueTransfer transfer;

	private final AidHistory history;

	private final OrganisationManagement organisations;

	private final Clock clock;

	CatalogueImport(Aids aids, AidCatalogue catalogue, CatalogueTransfer transfer, AidHistory history,
			OrganisationManagement organisations, Clock clock) {
		this.aids = aids;
		this.catalogue = catalogue;
		this.transfer = transfer;
		this.history = history;
		this.organisations = organisations;
		this.clock = clock;
	}

	ImportReport run(CoopexUser officer, Format format, String content) {
		List<Row> rows;
		try {
			rows = format == Format.CSV ? this.transfer.fromCsv(content) : this.transfer.fromJson(content);
		}
		catch (FileException ex) {
			throw new ImportRefused(ex.problems.stream().map((p) -> problem(p, format)).toList());
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<Long, Aid> existing = new HashMap<>();
		for (Row row : rows) {
			for (Problem p : AidRules.check(row.aid().aid(), this.catalogue.today())) {
				problems.add(new ImportProblem(row.position(),
						format == Format.CSV ? CatalogueRow.COLUMN_OF.getOrDefault(p.field(), p.field()) : p.field(),
						p.messageKey()));
			}
			if (!this.organisations.mayCurate(officer.organisationId(), row.aid().aid().operatorNames())) {
				problems.add(new ImportProblem(
						row.position(), format == Format.CSV
								? CatalogueRow.COLUMN_OF.getOrDefault("operators", "operators") : "operators",
						"aids.curation.outside-operators"));
			}
			Long id = row.aid().id();
			if (id != null) {
				Optional<Aid> aid = this.aids.findById(id).filter((a) -> AidCuration.isOwn(officer, a));
				if (aid.isEmpty() || existing.containsKey(id)) {
					problems.add(new ImportProblem(row.position(), "id", "aids.import.not-yours"));
				}
				else {
					existing.put(id, aid.get());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		int created = 0;
		int updated = 0;
		Instant now = this.clock.instant();
		boolean catalogueChanged = false;
		for (Row row : rows) {
			Publication publication = row.aid().publication() == null ? Publication.DRAFT : row.aid().publication();
			AidData data = row.aid().aid();
			if (row.aid().id() == null) {
				Aid aid = new Aid(officer.organisationId(), data, now);
				aid.restore(publication, now);
				aid = this.aids.save(aid);
				this.aids.flush();
				this.history.record(aid.getId(), officer, "IMPORTED", null);
				created++;
				catalogueChanged |= publication == Publication.PUBLISHED;
				continue;
			}
			Aid aid = existing.get(row.aid().id());
			String fields = AidHistory.changedFields(aid.toData(), data);
			boolean wasPublished = aid.getPublication() == Publication.PUBLISHED;
			if (fields.isEmpty() && aid.getPublication() == publication) {
				continue;
			}
			aid.apply(data, now);
			aid.restore(publication, now);
			this.history.record(aid.getId(), officer, "IMPORTED", fields.isEmpty() ? "publication" : fields);
			updated++;
			catalogueChanged |= wasPublished || publication == Publication.PUBLISHED;
		}
		this.aids.flush();
		if (catalogueChanged) {
			this.catalogue.changed();
		}
		return new ImportReport(created, updated, rows.size() - created - updated);
	}

	private static ImportProblem problem(FileProblem p, Format format) {
		return new ImportProblem(p.position(), p.field(), p.messageKey());
	}

}
