package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.shared.web.Text;

/**
 * The public directory of ecosystems (dissolved ones are not listed).
 * <p>
 * The directory is read on almost every visit and changes rarely, so it is searched in
 * memory: a snapshot of every listed ecosystem (a few hundred bytes each) is loaded with
 * four queries, replaced as soon as an ecosystem changes on this instance (after the
 * change commits), and reloaded at the latest {@link #MAX_AGE} after it was loaded, which
 * bounds how long a change made on another instance takes to show.
 */
@Service
public class EcosystemDirectory {

	public static final int PAGE_SIZE = 20;

	/** How long a change made by another instance may take to appear. */
	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot;

	/** Counts the changes seen, so that a load that overlapped a change is not kept. */
	private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

	private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();

	EcosystemDirectory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param text words of the name
	 * @param market a target market (country code or zone)
	 * @param sector a NAF division covered
	 * @param coordination leader firm or third party
	 * @param openOnly only ecosystems open to new members
	 */
	public record Query(String text, String market, String sector, Coordination coordination, boolean openOnly) {
	}

	private record Listed(EcosystemSummary summary, String nameSearch) {

		boolean matches(Query query, String text) {
			return (text == null || this.nameSearch.contains(text))
					&& (query.market() == null || this.summary.markets().contains(query.market()))
					&& (query.sector() == null || this.summary.sectors().contains(query.sector()))
					&& (query.coordination() == null || this.summary.coordination() == query.coordination())
					&& (!query.openOnly() || this.summary.openToMembers());
		}

	}

	private record Snapshot(List<Listed> ecosystems, Instant loadedAt) {
	}

	/** A page of the ecosystems matching the query, by name. */
	public Slice<EcosystemSummary> search(Query query, int pageIndex) {
		String text = (query.text() == null || query.text().isBlank()) ? null : Text.fold(query.text());
		long offset = (long) pageIndex * PAGE_SIZE;
		List<EcosystemSummary> page = new ArrayList<>(PAGE_SIZE);
		long skipped = 0;
		boolean hasNext = false;
		for (Listed listed : current().ecosystems()) {
			if (!listed.matches(query, text)) {
				continue;
			}
			if (skipped < offset) {
				skipped++;
			}
			else if (page.size() < PAGE_SIZE) {
				page.add(listed.summary());
			}
			else {
				hasNext = true;
				break;
			}
		}
		return new SliceImpl<>(page, PageRequest.of(pageIndex, PAGE_SIZE), hasNext);
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current != null && !current.loadedAt().plus(MAX_AGE).isBefore(now)) {
			return current;
		}
		// One request reloads an expired snapshot while the others go on with it; with no
		// snapshot at all (at start, or after a change here), each waits for a fresh one.
		if (current != null && !this.loading.compareAndSet(false, true)) {
			return current;
		}
		try {
			long seen = this.changes.get();
			Snapshot loaded = load(now);
			if (this.changes.get() == seen) {
				this.snapshot = loaded;
			}
			return loaded;
		}
		finally {
			if (current != null) {
				this.loading.set(false);
			}
		}
	}

	private Snapshot load(Instant now) {
		Map<Long, Set<String>> markets = new HashMap<>();
		this.jdbc.query("select ecosystem_id, code from ecosystem_market order by ecosystem_id, code",
				(RowCallbackHandler) (rs) -> markets.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashSet<>())
					.add(rs.getString(2)));
		Map<Long, Set<String>> sectors = new HashMap<>();
		this.jdbc.query("select ecosystem_id, division from ecosystem_sector order by ecosystem_id, division",
				(RowCallbackHandler) (rs) -> sectors.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashSet<>())
					.add(rs.getString(2)));
		Map<Long, Long> members = new HashMap<>();
		this.jdbc.query(
				"select ecosystem_id, count(*) from ecosystem_membership where status = 'ACTIVE' group by ecosystem_id",
				(RowCallbackHandler) (rs) -> members.put(rs.getLong(1), rs.getLong(2)));
		List<Listed> listed = this.jdbc.query("""
				select id, name, purpose, coordination, status, open_to_members, charter_version, name_search
				from ecosystem where status <> 'DISSOLVED'
				""", (rs, row) -> {
			long id = rs.getLong("id");
			EcosystemStatus status = EcosystemStatus.valueOf(rs.getString("status"));
			var summary = new EcosystemSummary(id, rs.getString("name"), rs.getString("purpose"),
					Coordination.valueOf(rs.getString("coordination")), status, rs.getBoolean("open_to_members"),
					Set.copyOf(markets.getOrDefault(id, Set.of())), Set.copyOf(sectors.getOrDefault(id, Set.of())),
					members.getOrDefault(id, 0L), rs.getInt("charter_version"));
			return new Listed(summary, rs.getString("name_search"));
		});
		listed.sort(Comparator.comparing(Listed::nameSearch).thenComparing((l) -> l.summary().id()));
		return new Snapshot(List.copyOf(listed), now);
	}

	/** Forgets the snapshot once the running transaction (if any) has committed. */
	private void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	private void forget() {
		this.changes.incrementAndGet();
		this.snapshot = null;
	}

	@EventListener
	void on(EcosystemCreated event) {
		changed();
	}

	@EventListener
	void on(EcosystemDescribed event) {
		changed();
	}

	@EventListener
	void on(CharterPublished event) {
		changed();
	}

	@EventListener
	void on(MembershipApproved event) {
		changed();
	}

	@EventListener
	void on(MembershipEnded event) {
		changed();
	}

}
