package fr.coopex.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountEvents.AccountCreated;
import fr.coopex.accounts.AccountEvents.AccountRegistered;
import fr.coopex.accounts.AccountEvents.PasswordChanged;
import fr.coopex.accounts.AccountEvents.PasswordResetRequested;
import fr.coopex.accounts.AccountEvents.SecondFactorChanged;
import fr.coopex.accounts.AccountEvents.SecondFactorFailed;
import fr.coopex.accounts.AccountEvents.SignInLocked;
import fr.coopex.accounts.AccountEvents.SignInRefusedWhileLocked;
import fr.coopex.accounts.AccountEvents.SignedIn;
import fr.coopex.shared.web.RequestOrigin;

/**
 * Turns sign-ins, failures, locks, password changes and refused accesses into audit
 * lines. Listens synchronously: the request is still there to say where it came from, and
 * the line is written even when the action fails.
 */
@Component
class SecurityAuditListener {

	private final AuditTrail trail;

	SecurityAuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(SignedIn event) {
		this.trail.record(event.email(), "SIGN_IN", null, event.withSecondFactor() ? "second factor" : null,
				event.remoteAddress());
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		this.trail.record(event.getAuthentication().getName(), "SIGN_IN_FAILED", null,
				event.getException().getClass().getSimpleName(), RequestOrigin.currentAddress());
	}

	@EventListener
	void on(SecondFactorFailed event) {
		this.trail.record(event.email(), "SECOND_FACTOR_FAILED", null, null, event.remoteAddress());
	}

	@EventListener
	void on(SignInLocked event) {
		this.trail.record(event.subject(), "SIGN_IN_LOCKED", event.scope(), null, event.remoteAddress());
	}

	@EventListener
	void on(SignInRefusedWhileLocked event) {
		this.trail.record(event.email(), "SIGN_IN_REFUSED_LOCKED", null, null, event.remoteAddress());
	}

	@EventListener
	void on(PasswordChanged event) {
		this.trail.record(event.email(), "PASSWORD_CHANGED", null, event.throughReset() ? "reset link" : null,
				event.remoteAddress());
	}

	@EventListener
	void on(PasswordResetRequested event) {
		this.trail.record(event.email(), "PASSWORD_RESET_REQUESTED", null,
				event.accountExists() ? null : "unknown account", event.remoteAddress());
	}

	@EventListener
	void on(SecondFactorChanged event) {
		this.trail.record(event.email(), "SECOND_FACTOR_" + event.change(), null, null, event.remoteAddress());
	}

	@EventListener
	void on(AccountRegistered event) {
		this.trail.record(event.email(), "ACCOUNT_REGISTERED", "SIREN " + event.siren(), event.legalName(),
				event.remoteAddress());
	}

	@EventListener
	void on(AccountCreated event) {
		this.trail.record(event.createdBy(), "ACCOUNT_CREATED", event.email(), event.role().name(),
				RequestOrigin.currentAddress());
	}

	/**
	 * Refused accesses of signed-in people (an anonymous visitor is sent to the sign-in
	 * page).
	 */
	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return;
		}
		this.trail.record(authentication.getName(), "ACCESS_DENIED", describe(event.getSource()), null,
				RequestOrigin.currentAddress());
	}

	private static String describe(Object source) {
		if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
			return request.getMethod() + " " + request.getRequestURI();
		}
		if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
			return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
		}
		return String.valueOf(source);
	}

}
