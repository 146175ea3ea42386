package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * Each firm's de minimis register: the amounts granted in its application tracker for
 * aids their curators flag de minimis (dated by the decision, the day the right arose),
 * the subsidies it received through its ecosystems' pools from such aids, and the aids it
 * enters by hand; the rolling total against the ceiling ({@link DeMinimisProperties}),
 * the warnings when a new amount would take it over, and the attestation it attaches to
 * its next application. <pre class="code">
 * register.summary(companyId);                     // total, ceiling, what remains
 * register.wouldExceed(companyId, aidId, amount);  // Optional: the position before
 * </pre>
 */
@Service
public class DeMinimisRegister {

	private final JdbcTemplate jdbc;

	private final DeMinimisFlags flags;

	private final ManualAids manual;

	private final ObjectProvider<PoolSubsidies> pools;

	private final DeMinimisProperties settings;

	private final AidCuration curation;

	private final Clock clock;

	DeMinimisRegister(JdbcTemplate jdbc, DeMinimisFlags flags, ManualAids manual, ObjectProvider<PoolSubsidies> pools,
			DeMinimisProperties settings, AidCuration curation, Clock clock) {
		this.jdbc = jdbc;
		this.flags = flags;
		this.manual = manual;
		this.pools = pools;
		this.settings = settings;
		this.curation = curation;
		this.clock = clock;
	}

	/** The ceiling, its period and its source. */
	public DeMinimisProperties settings() {
		return this.settings;
	}

	/** Whether an aid is de minimis, as its curator set it (anyone may read it). */
	@Transactional(readOnly = true)
	public DeMinimisFlag flag(long aidId) {
		return this.flags.of(aidId);
	}

	/**
	 * Sets whether an aid of the officer's agency is de minimis.
	 * @throws AidException on the field {@code source} when it is longer than 500
	 * characters, or when the aid is said de minimis (or not) without a source
	 */
	@Transactional
	public void setFlag(CoopexUser officer, long aidId, DeMinimisFlag flag) {
		this.curation.editable(officer, aidId);
		if (flag.source() != null && flag.source().length() > 500) {
			throw new AidException("source", "aids.de-minimis.source-too-long");
		}
		if (flag.status() != DeMinimis.UNKNOWN && flag.source() == null) {
			throw new AidException("source", "aids.de-minimis.source-required");
		}
		this.flags.set(aidId, flag, officer.id(), this.clock.instant());
	}

	/** The firm's position today (for its page and the home page). */
	@Transactional(readOnly = true)
	public DeMinimisSummary summary(long companyId) {
		return DeMinimisWindow.summary(entries(companyId), today(), this.settings);
	}

	/** The register of the member's company: every de minimis aid, newest first. */
	@Transactional(readOnly = true)
	public List<DeMinimisEntry> register(CoopexUser member) {
		AidFollowing.requireMember(member);
		List<DeMinimisEntry> all = new ArrayList<>(entries(member.organisationId()));
		all.sort(java.util.Comparator.comparing(DeMinimisEntry::grantedOn).reversed());
		return all;
	}

	/**
	 * The firm's position today when receiving {@code amount} of this aid would take it
	 * over the ceiling; empty when the aid is not flagged de minimis or when it fits.
	 */
	@Transactional(readOnly = true)
	public Optional<DeMinimisSummary> wouldExceed(long companyId, Long aidId, BigDecimal amount) {
		if (amount == null || amount.signum() <= 0
				|| (aidId != null && this.flags.of(aidId).status() != DeMinimis.YES)) {
			return Optional.empty();
		}
		DeMinimisSummary now = summary(companyId);
		return now.wouldExceedWith(amount) ? Optional.of(now) : Optional.empty();
	}

	/** Adds an aid the member's company received outside Coopex. */
	@Transactional
	public long addManual(CoopexUser member, ManualAid aid) {
		AidFollowing.requireMember(member);
		return this.manual.add(member, aid, today(), this.clock.instant());
	}

	/** Removes a hand-entered aid of the member's company (404 for anyone else's). */
	@Transactional
	public void removeManual(CoopexUser member, long id) {
		AidFollowing.requireMember(member);
		this.manual.remove(member.organisationId(), id);
	}

	/**
	 * The attestation of the de minimis aids of the last three years (the period), as a
	 * PDF in the reader's language.
	 */
	@Transactional(readOnly = true)
	public DeMinimisAttestation.Content attestation(CoopexUser member) {
		AidFollowing.requireMember(member);
		List<DeMinimisEntry> entries = entries(member.organisationId());
		LocalDate today = today();
		return new DeMinimisAttestation.Content(member.organisationName(), today,
				DeMinimisWindow.counted(entries, today, this.settings.years()),
				DeMinimisWindow.summary(entries, today, this.settings));
	}

	List<DeMinimisEntry> entries(long companyId) {
		List<DeMinimisEntry> entries = new ArrayList<>(granted(companyId));
		PoolSubsidies source = this.pools.getIfAvailable();
		if (source != null) {
			for (PoolSubsidies.Received received : source.received(companyId)) {
				if (received.aidId() != null && this.flags.of(received.aidId()).status() == DeMinimis.YES) {
					entries.add(new DeMinimisEntry(DeMinimisEntry.Origin.POOL, received.aidId(),
							aidName(received.aidId()).orElse(received.label()),
							this.flags.grantingBody(received.aidId()).orElse(received.pool()), received.receivedOn(),
							received.amount()));
				}
			}
		}
		entries.addAll(this.manual.of(companyId));
		return entries;
	}

	private List<DeMinimisEntry> granted(long companyId) {
		return this.jdbc.query("select a.id, a.aid_id, coalesce(c.short_name, c.name), a.decided_on, a.amount_granted "
				+ "from aid_application a join aid c on c.id = a.aid_id join aid_de_minimis d on d.aid_id = a.aid_id "
				+ "where a.company_id = ? and a.status = 'GRANTED' and d.status = 'YES' "
				+ "and a.amount_granted is not null and a.decided_on is not null",
				(rs, n) -> new DeMinimisEntry(DeMinimisEntry.Origin.APPLICATION, rs.getLong(1), rs.getString(3),
						this.flags.grantingBody(rs.getLong(2)).orElse(""), rs.getObject(4, LocalDate.class),
						rs.getBigDecimal(5)),
				companyId);
	}

	private Optional<String> aidName(long aidId) {
		return this.jdbc.queryForList("select coalesce(short_name, name) from aid where id = ?", String.class, aidId)
			.stream()
			.findFirst();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

	/** A language the attestation is written in: French unless English. */
	static Locale language(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : Locale.FRENCH;
	}

}
