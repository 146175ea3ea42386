package fr.coopex.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import fr.coopex.shared.security.CoopexUser;

/**
 * Keeps the authentication of a sign-in in the session and the language it was made in.
 */
@Component
class SignInSession {

	private final SecurityContextRepository contexts;

	private final Languages languages;

	private final ObjectProvider<LocaleResolver> locales;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignInSession(SecurityContextRepository contexts, Languages languages, ObjectProvider<LocaleResolver> locales) {
		this.contexts = contexts;
		this.languages = languages;
		this.locales = locales;
	}

	/** The authentication of the current request. */
	Authentication current() {
		return this.holder.getContext().getAuthentication();
	}

	/** The language of the pages the person signs in on is the one of their e-mails. */
	void rememberLanguage(CoopexUser user, HttpServletRequest request) {
		LocaleResolver resolver = this.locales.getIfAvailable();
		if (resolver != null) {
			this.languages.remember(user.id(), resolver.resolveLocale(request));
		}
	}

	/** Puts an authentication in the current request and in the session. */
	void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
