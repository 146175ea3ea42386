package fr.coopex.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person signing in by e-mail. Disabled accounts are treated as unknown.
 */
@Component
class CoopexUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	CoopexUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByEmail(UserAccount.normaliseEmail(username))
			.filter(UserAccount::isEnabled)
			.map(UserAccount::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
	}

}
