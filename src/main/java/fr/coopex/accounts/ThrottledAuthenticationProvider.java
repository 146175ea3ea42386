package fr.coopex.accounts;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountEvents.SignInRefusedWhileLocked;
import fr.coopex.shared.web.RequestOrigin;

/**
 * Password sign-in, refused while the account or the address is locked by the
 * {@link LoginThrottle}; every check is counted before the password is compared, and
 * every wrong password counts towards the lock.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottledAuthenticationProvider(CoopexUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = UserAccount.normaliseEmail(authentication.getName());
		String address = RequestOrigin.currentAddress();
		Optional<java.time.Instant> lockedUntil = this.throttle.reserve(email, address);
		if (lockedUntil.isPresent()) {
			this.events.publishEvent(new SignInRefusedWhileLocked(email, address));
			throw new SignInLockedException(lockedUntil.get());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials()));
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(email, address);
			throw ex;
		}
		catch (RuntimeException ex) {
			this.throttle.released(email, address);
			throw ex;
		}
		this.throttle.succeeded(email, address);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
