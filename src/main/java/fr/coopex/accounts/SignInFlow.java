package fr.coopex.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountEvents.SignedIn;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.SecondFactorPending;
import fr.coopex.shared.web.RequestOrigin;

/**
 * The steps of a sign-in after the password is checked: straight in, or through the
 * one-time code page (enrolment first for an ADMIN or AGENCY account without an app yet).
 */
@Component
public class SignInFlow implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SignInSession session;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final SavedRequestAwareAuthenticationSuccessHandler targetRedirect = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInFlow(SignInSession session, ApplicationEventPublisher events, LoginThrottle throttle,
			RequestCache requestCache) {
		this.session = session;
		this.targetRedirect.setRequestCache(requestCache);
		this.events = events;
		this.throttle = throttle;
	}

	/** After a right password. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		CoopexUser user = (CoopexUser) authentication.getPrincipal();
		this.session.rememberLanguage(user, request);
		if (user.needsSecondFactor()) {
			this.session.store(new SecondFactorPending(user), request, response);
			response.sendRedirect(request.getContextPath()
					+ (user.secondFactorEnabled() ? "/login/second-factor" : "/login/second-factor/setup"));
			return;
		}
		this.events.publishEvent(new SignedIn(user.email(), false, RequestOrigin.currentAddress()));
		this.targetRedirect.onAuthenticationSuccess(request, response, authentication);
	}

	/** After a wrong password, or an attempt while locked. */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = (exception instanceof SignInLockedException) ? "locked" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

	/**
	 * Whether the account of a half-finished sign-in is locked (too many wrong codes
	 * count like wrong passwords).
	 */
	public boolean isLocked(CoopexUser user) {
		return this.throttle.lockedUntil(user.email(), RequestOrigin.currentAddress()).isPresent();
	}

	/** A wrong one-time code counts towards the lock, like a wrong password. */
	public void recordWrongCode(CoopexUser user) {
		this.throttle.recordFailure(user.email(), RequestOrigin.currentAddress());
	}

	/**
	 * Completes a sign-in once the second factor is proven: the session gets a new id and
	 * the full authorities of the person's role.
	 */
	public void complete(CoopexUser user, HttpServletRequest request, HttpServletResponse response)
			throws IOException, jakarta.servlet.ServletException {
		request.changeSessionId();
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		this.session.store(full, request, response);
		this.throttle.recordSuccess(user.email());
		this.events.publishEvent(new SignedIn(user.email(), true, RequestOrigin.currentAddress()));
		this.targetRedirect.onAuthenticationSuccess(request, response, full);
	}

	/** Signs a person in directly (after sign-up). */
	public void signInDirectly(CoopexUser user, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		this.session.store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
				request, response);
		this.session.rememberLanguage(user, request);
		this.events.publishEvent(new SignedIn(user.email(), false, RequestOrigin.currentAddress()));
	}

	/**
	 * Signs a person in half-way (after accepting an invitation): they are anonymous
	 * everywhere until they set up or enter their second factor.
	 */
	public void requireSecondFactor(CoopexUser user, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		this.session.store(new SecondFactorPending(user), request, response);
		this.session.rememberLanguage(user, request);
	}

	/** Replaces the principal of the current session (after a change to the account). */
	public void refresh(CoopexUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = this.session.current();
		Authentication next = current instanceof SecondFactorPending ? new SecondFactorPending(user)
				: UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		this.session.store(next, request, response);
	}

}
