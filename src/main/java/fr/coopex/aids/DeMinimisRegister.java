package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

	private final DeMinimisFlags flags;

	private final DeMinimisEntries entries;

	private final ManualAids manual;

	private final DeMinimisProperties settings;

	private final AidCuration curation;

	private final Clock clock;

	DeMinimisRegister(DeMinimisFlags flags, DeMinimisEntries entries, ManualAids manual, DeMinimisProperties settings,
			AidCuration curation, Clock clock) {
		this.flags = flags;
		this.entries = entries;
		this.manual = manual;
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
		return DeMinimisWindow.summary(this.entries.of(companyId), today(), this.settings);
	}

	/** The register of the member's company: every de minimis aid, newest first. */
	@Transactional(readOnly = true)
	public List<DeMinimisEntry> register(CoopexUser member) {
		AidFollowing.requireMember(member);
		List<DeMinimisEntry> all = new ArrayList<>(this.entries.of(member.organisationId()));
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
		List<DeMinimisEntry> entries = this.entries.of(member.organisationId());
		LocalDate today = today();
		return new DeMinimisAttestation.Content(member.organisationName(), today,
				DeMinimisWindow.counted(entries, today, this.settings.years()),
				DeMinimisWindow.summary(entries, today, this.settings));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

	/** A language the attestation is written in: French unless English. */
	static Locale language(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : Locale.FRENCH;
	}

}
