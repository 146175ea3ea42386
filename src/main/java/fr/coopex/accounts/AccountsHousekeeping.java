package fr.coopex.accounts;

import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes spent reset tokens and old sign-in failures every hour, on one instance only.
 */
@Component
public class AccountsHousekeeping {

	private final LoginThrottle throttle;

	private final PasswordResets accounts;

	private final fr.coopex.shared.security.RequestQuota quota;

	AccountsHousekeeping(LoginThrottle throttle, PasswordResets accounts,
			fr.coopex.shared.security.RequestQuota quota) {
		this.quota = quota;
		this.throttle = throttle;
		this.accounts = accounts;
	}

	/**
	 * Runs the clean-up unless another instance is running it or ran it less than a
	 * minute ago.
	 * @return the number of rows removed, or empty when another instance holds the lock
	 */
	@Scheduled(cron = "${coopex.accounts.housekeeping-cron:0 7 * * * *}")
	@SchedulerLock(name = "accounts-housekeeping", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
	public Optional<Integer> purge() {
		return Optional.of(this.throttle.purge() + this.accounts.purgeResetTokens() + this.quota.purge());
	}

}
