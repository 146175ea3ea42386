package fr.coopex.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.shared.config.CoopexProperties;

/**
 * Counts password checks per account and per client address in the shared database, so
 * that the limits hold across instances. After too many failures within the window, the
 * account (or the address) is refused for the lock duration, whatever password is given;
 * other accounts keep working.
 * <p>
 * A check is counted <em>before</em> the password is compared ({@link #reserve}): the
 * account's and the address's rows are locked, the attempt is refused when the checks in
 * flight and failed already reach the limit, otherwise counted, all in one short
 * transaction. Parallel wrong passwords therefore get at most the limit of checks, never
 * more, whatever the number of requests or instances. The outcome then settles the count:
 * a failure counts towards the lock ({@link #failed}), a success forgets the account's
 * failures and gives the address its attempt back ({@link #succeeded}). Each step commits
 * on its own, whatever transaction its caller runs in.
 */
@Component
class LoginThrottle {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final LoginCounts counts;

	private final Clock clock;

	private final CoopexProperties.LoginThrottle limits;

	private final TransactionTemplate ownTransaction;

	LoginThrottle(LoginCounts counts, Clock clock, CoopexProperties properties,
			PlatformTransactionManager transactions) {
		this.counts = counts;
		this.clock = clock;
		this.limits = properties.security().loginThrottle();
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Until when sign-ins for this e-mail, or from this address, are refused; empty if
	 * not.
	 */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String email, String address) {
		return this.counts.lockedUntil(email, address);
	}

	/**
	 * Counts a password check about to be made for this e-mail from this address.
	 * @return empty when the check may go ahead; otherwise until when the account or
	 * address is refused (locked, or as many checks as allowed are already in flight or
	 * failed)
	 */
	Optional<Instant> reserve(String email, String address) {
		return this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			Optional<Instant> locked = lockedUntil(email, address);
			if (locked.isPresent()) {
				return locked;
			}
			// always the account first, then the address: no two checks wait for each
			// other
			boolean taken = this.counts.take(ACCOUNT, email, now, this.limits.accountMaxFailures())
					&& (address == null || this.counts.take(ADDRESS, address, now, this.limits.addressMaxFailures()));
			if (!taken) {
				status.setRollbackOnly();
				return Optional.of(now.plus(this.limits.lockDuration()));
			}
			return Optional.<Instant>empty();
		});
	}

	/**
	 * A reserved check failed: it counts towards the lock, which falls once the limit of
	 * failures is reached.
	 */
	void failed(String email, String address) {
		this.ownTransaction.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			this.counts.fail(ACCOUNT, email, now, this.limits.accountMaxFailures(), address);
			if (address != null) {
				this.counts.fail(ADDRESS, address, now, this.limits.addressMaxFailures(), address);
			}
		});
	}

	/**
	 * A reserved check succeeded: the account's earlier failures are forgotten, and the
	 * address gets its attempt back.
	 */
	void succeeded(String email, String address) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.counts.forget(ACCOUNT, email);
			this.counts.giveBack(ADDRESS, address);
		});
	}

	/** A reserved check that ended neither way (an error): it no longer counts. */
	void released(String email, String address) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.counts.giveBack(ACCOUNT, email);
			this.counts.giveBack(ADDRESS, address);
		});
	}

	/**
	 * Records a failure that was not reserved (a wrong one-time code): counted and
	 * settled at once.
	 */
	void recordFailure(String email, String address) {
		if (reserve(email, address).isEmpty()) {
			failed(email, address);
		}
	}

	/** A successful sign-in forgets the account's earlier failures. */
	void recordSuccess(String email) {
		this.ownTransaction.executeWithoutResult((status) -> this.counts.forget(ACCOUNT, email));
	}

	/**
	 * Forgets counts and locks that no longer matter. Returns the number of rows removed.
	 */
	@Transactional
	int purge() {
		return this.counts.purge();
	}

}
