package fr.coopex.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountEvents.SignInRefusedWhileLocked;
import fr.coopex.shared.web.RequestOrigin;

/**
 * Checks the current password of a signed-in person before a sensitive change (a new
 * password, turning the second factor off). Each check counts with the sign-in failures
 * of the account and of the client address ({@link LoginThrottle}): a stolen session
 * cannot guess the password faster than the sign-in page, and the account locks the same
 * way.
 */
@Component
class CurrentPasswordCheck {

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	CurrentPasswordCheck(PasswordEncoder encoder, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.encoder = encoder;
		this.throttle = throttle;
		this.events = events;
	}

	/**
	 * @throws AccountException on the field, when the password is wrong or the account
	 * (or address) is locked
	 */
	void require(UserAccount account, String password, String field) {
		String email = account.getEmail();
		String address = RequestOrigin.currentAddress();
		if (this.throttle.reserve(email, address).isPresent()) {
			this.events.publishEvent(new SignInRefusedWhileLocked(email, address));
			throw new AccountException(field, "accounts.login.locked");
		}
		boolean right;
		try {
			right = password != null && this.encoder.matches(password, account.getPasswordHash());
		}
		catch (RuntimeException ex) {
			this.throttle.released(email, address);
			throw ex;
		}
		if (!right) {
			this.throttle.failed(email, address);
			throw new AccountException(field, "accounts.password.current-wrong");
		}
		this.throttle.succeeded(email, address);
	}

}
