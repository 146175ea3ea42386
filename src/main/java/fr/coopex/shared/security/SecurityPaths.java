package fr.coopex.shared.security;

/**
 * The addresses {@link SecurityConfiguration} opens to visitors and to signed-in people.
 */
final class SecurityPaths {

	/**
	 * Where mail clients unsubscribe in one click (RFC 8058,
	 * {@code List-Unsubscribe-Post}): they post no CSRF token; the signed token in the
	 * address is what proves the link.
	 */
	static final String ONE_CLICK_UNSUBSCRIBE = "/unsubscribe/*/one-click";

	static final String[] PUBLIC_PATHS = { "/", "/login", "/register", "/password/forgot", "/password/reset", "/error",
			"/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
			"/invitations/*",
			// organisations ask for an account; invitations to join one
			"/register/coordination", "/register/agency", "/invite/*", "/invite/*/renew", "/account/email/confirm",
			// the unsubscribe links of e-mails: a signed token, no sign-in
			"/unsubscribe/*", ONE_CLICK_UNSUBSCRIBE };

	/** Pages anyone may read, signed in or not (what they show depends on who asks). */
	static final String[] PUBLIC_READS = { "/ecosystems", "/ecosystems/{id:[0-9]+}", "/fairs", "/fairs.ics",
			"/fairs/{id:[0-9]+}", "/fairs/{id:[0-9]+}.ics", "/aids", "/aids/{id:[0-9]+}", "/aids/alerts/unsubscribe",
			// the public registry of labels
			"/labels", "/labels.csv", "/labels/{number:CX-[0-9]{4}-[0-9]{6}}",
			"/labels/{number:CX-[0-9]{4}-[0-9]{6}}/badge.svg",
			// published transparency reports (the service shows the public ones only)
			"/transparency/reports/{id:[0-9]+}", "/transparency/reports/{id:[0-9]+}.pdf",
			// the observatory's national summary
			"/observatory/summary", "/observatory/summary/*" };

	static final String[] SIGNED_IN = { "MEMBER", "COORDINATOR", "AGENCY", "ADMIN" };

	private SecurityPaths() {
	}

}
