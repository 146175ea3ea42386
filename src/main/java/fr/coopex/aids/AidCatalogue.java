package fr.coopex.aids;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.aids.Eligibility.Assessment;
import fr.coopex.aids.Eligibility.Verdict;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * The published catalogue, searched in memory. Every change to the catalogue bumps a
 * revision number in the database, in the same transaction; this instance rebuilds its
 * index right after its own changes commit, and every instance compares its revision with
 * the database's every few seconds ({@code coopex.aids.refresh-interval-ms}) to pick up
 * the others'.
 */
@Service
public class AidCatalogue {

	private static final Logger log = LoggerFactory.getLogger(AidCatalogue.class);

	private final Aids aids;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final MessageSource messages;

	private final CompanyFactsSource facts;

	private final EcosystemManagement ecosystems;

	private final Clock clock;

	private volatile CatalogueIndex index;

	private final AidVerdicts verdicts;

	private final AnonymousSearches anonymous;

	AidCatalogue(Aids aids, JdbcTemplate jdbc, PlatformTransactionManager transactions, MessageSource messages,
			CompanyFactsSource facts, AidVerdicts verdicts, AnonymousSearches anonymous, EcosystemManagement ecosystems,
			Clock clock) {
		this.verdicts = verdicts;
		this.anonymous = anonymous;
		this.ecosystems = ecosystems;
		this.aids = aids;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		// also called right after a commit: read in a transaction of its own
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.messages = messages;
		this.facts = facts;
		this.clock = clock;
	}

	/**
	 * Searches the published aids. Signed in as an SME member, each hit carries the
	 * company's verdict and the "for my company" facet counts.
	 */
	public AidSearchResult search(AidSearch search, CoopexUser viewer) {
		CatalogueIndex current = index();
		CompanyFacts company = this.facts.of(viewer);
		if (company == null) {
			return this.anonymous.search(current, current.revision, search, today());
		}
		return current.search(search, this.verdicts.of(current.all(), current.revision, company, today().getYear()),
				today());
	}

	/** A published aid. */
	public Optional<AidView> published(long id) {
		return Optional.ofNullable(index().get(id));
	}

	/** Every published aid, in name order. */
	public List<AidView> published() {
		return index().all();
	}

	/** The operators named by the published aids (the values of the operator facet). */
	public List<String> operatorNames() {
		return index().operatorNames();
	}

	/**
	 * The viewer's company's assessment for an aid, or empty for anyone but an SME
	 * member.
	 */
	public Optional<Assessment> assess(AidData aid, CoopexUser viewer) {
		CompanyFacts company = this.facts.of(viewer);
		return company == null ? Optional.empty() : Optional.of(assess(aid, company));
	}

	public Assessment assess(AidData aid, CompanyFacts company) {
		return Eligibility.assess(aid.criteria(), company, today().getYear());
	}

	/** The facts of the viewer's company, or null for anyone but an SME member. */
	public CompanyFacts companyFacts(CoopexUser viewer) {
		return this.facts.of(viewer);
	}

	/** An aid the viewer's company may get, with the assessment that says why. */
	public record Suggestion(AidView aid, Assessment assessment) {
	}

	/**
	 * The aids an SME member's company may get (eligible, then to check), best fit first:
	 * open aids or of unknown status only, since closed and historical ones can no longer
	 * be applied for.
	 * @throws AccessDeniedException for anyone but an SME member
	 */
	public List<Suggestion> suggestionsFor(CoopexUser member) {
		CompanyFacts company = this.facts.of(member);
		if (company == null) {
			throw new AccessDeniedException("Only companies get suggestions");
		}
		return index().all()
			.stream()
			.filter((aid) -> aid.data().status() == null || aid.data().status() == AidStatus.OPEN)
			.map((aid) -> new Suggestion(aid, assess(aid.data(), company)))
			.filter((s) -> s.assessment().verdict() != Verdict.NOT_ELIGIBLE)
			.sorted(Comparator.comparing((Suggestion s) -> s.assessment().verdict())
				.thenComparing(Comparator.comparingInt((Suggestion s) -> s.assessment().fit()).reversed()))
			.toList();
	}

	/**
	 * At most {@code limit} open aids (or of unknown status) the member's company is
	 * eligible for, best fit first, as {@link #suggestionsFor} would rank them: worked
	 * out once per company facts and catalogue revision
	 * ({@link AidVerdicts#bestEligible}). None for anyone whose company has no facts.
	 */
	public List<AidView> bestEligible(CoopexUser member, int limit) {
		CompanyFacts company = this.facts.of(member);
		if (company == null) {
			return List.of();
		}
		CatalogueIndex current = index();
		List<AidView> all = current.all();
		return Arrays.stream(this.verdicts.bestEligible(all, current.revision, company, today().getYear(), limit))
			.mapToObj(all::get)
			.toList();
	}

	/**
	 * The aids open to groupings of firms or funding collective actions, for an
	 * ecosystem's coordinator to consider on its behalf: those that can still be
	 * requested (open or of a status to check) first, then the closed and historical
	 * ones, kept for the record.
	 * @throws EcosystemNotFoundException when there is no such ecosystem
	 * @throws AccessDeniedException for anyone who does not coordinate it
	 */
	public List<AidView> forEcosystem(CoopexUser coordinator, long ecosystemId) {
		this.ecosystems.summary(ecosystemId);
		if (!this.ecosystems.isCoordinator(coordinator, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
		return index().all()
			.stream()
			.filter((aid) -> aid.data().isForGroupings())
			// closed and historical ones (the "Groupement à l’export") last: the page
			// shows them apart, as aids that can no longer be requested
			.sorted(Comparator.comparing((AidView aid) -> aid.data().isClosed()))
			.toList();
	}

	/** The revision of the catalogue this instance serves. */
	public long revision() {
		return index().revision;
	}

	/** Today, for the deadlines. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

	/**
	 * Records that the catalogue changed, in the caller's transaction; the index is
	 * rebuilt once it commits.
	 */
	void changed() {
		this.jdbc.update("update aid_catalogue_revision set revision = revision + 1 where id = 1");
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
	}

	/** Picks up the changes made by other instances (or directly in the database). */
	@Scheduled(fixedDelayString = "${coopex.aids.refresh-interval-ms:5000}",
			initialDelayString = "${coopex.aids.refresh-interval-ms:5000}")
	void pollForChanges() {
		CatalogueIndex current = this.index;
		if (current != null && current.revision != storedRevision()) {
			refresh();
		}
	}

	/** Rebuilds the index from the database now. */
	public synchronized void refresh() {
		long started = System.nanoTime();
		this.index = this.readOnly.execute((status) -> {
			long revision = storedRevision();
			List<AidView> published = this.aids.findByPublication(Publication.PUBLISHED)
				.stream()
				.map(Aid::toView)
				.toList();
			return new CatalogueIndex(published, revision, this::labels);
		});
		log.debug("Aid catalogue index rebuilt: {} aids in {} ms", this.index.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private CatalogueIndex index() {
		CatalogueIndex current = this.index;
		if (current == null) {
			synchronized (this) {
				if (this.index == null) {
					refresh();
				}
				current = this.index;
			}
		}
		return current;
	}

	private long storedRevision() {
		Long revision = this.jdbc.queryForObject("select revision from aid_catalogue_revision where id = 1",
				Long.class);
		return revision == null ? 0 : revision;
	}

	/** The labels of a code in every language, for the search index. */
	private String labels(String key) {
		return this.messages.getMessage(key, null, "", Locale.FRENCH) + " "
				+ this.messages.getMessage(key, null, "", Locale.ENGLISH);
	}

}
