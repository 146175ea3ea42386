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
 * {@link LoginThrottle}; every wrong password counts towards the lock.
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
		Optional<java.time.Instant> lockedUntil = this.throttle.lockedUntil(email, address);
		if (lockedUntil.isPresent()) {
			this.events.publishEvent(new SignInRefusedWhileLocked(email, address));
			throw new SignInLockedException(lockedUntil.get());
		}
		try {
			Authentication result = this.passwords.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials()));
			this.throttle.recordSuccess(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(email, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
