package fr.coopex.accounts;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import fr.coopex.accounts.AccountManagement.CompanySignUp;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.RequestQuota;

/**
 * The public sign-up page of SME managers, on top of {@link AccountManagement#register}.
 */
@Service
public class SignUps {

	private final AccountManagement accounts;

	private final PasswordEncoder encoder;

	private final MailGateway mail;

	private final MessageSource messages;

	private final CoopexProperties properties;

	private final RequestQuota quota;

	SignUps(AccountManagement accounts, PasswordEncoder encoder, MailGateway mail, MessageSource messages,
			CoopexProperties properties, RequestQuota quota) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.quota = quota;
	}

	/**
	 * The sign-up page: answers the same whether the e-mail already has an account or
	 * not, so that the page cannot be used to find out who has one. A new address gets
	 * its account and a welcome e-mail; an address that has an account gets an e-mail
	 * saying so instead (the password is hashed all the same, so that both take as long).
	 * Limited per client and per e-mail address ({@link RequestQuota}).
	 * @throws AccountException when the input is refused (SIREN, password; never the
	 * e-mail's existence), or the client asked too often
	 */
	// no transaction of its own: a refused registration rolls back only its own
	public void signUp(CompanySignUp signUp, Locale locale) {
		if (!this.quota.fromClient("sign-up")) {
			throw new AccountException(null, "accounts.throttled");
		}
		String email = UserAccount.normaliseEmail(signUp.email());
		try {
			CoopexUser created = this.accounts.register(signUp);
			if (this.quota.toEmail("sign-up", email)) {
				sendBestEffort(email, this.messages.getMessage("accounts.register.mail.subject", null, locale),
						this.messages.getMessage("accounts.register.mail.body",
								new Object[] { created.displayName(), this.properties.baseUrl() + "/login" }, locale));
			}
		}
		catch (AccountException ex) {
			if (!"accounts.register.email-taken".equals(ex.messageKey())) {
				throw ex;
			}
			this.encoder.encode(signUp.password());
			if (this.quota.toEmail("sign-up", email)) {
				sendBestEffort(email, this.messages.getMessage("accounts.register.mail.taken-subject", null, locale),
						this.messages.getMessage("accounts.register.mail.taken-body", new Object[] {
								this.properties.baseUrl() + "/login", this.properties.baseUrl() + "/password/forgot" },
								locale));
			}
		}
	}

	/**
	 * Sends an e-mail whose failure must not change the answer (the page would otherwise
	 * tell which of two e-mails was sent).
	 */
	private void sendBestEffort(String to, String subject, String body) {
		try {
			this.mail.send(to, subject, body);
		}
		catch (MailGateway.MailDeliveryException ex) {
			org.slf4j.LoggerFactory.getLogger(SignUps.class).warn("Sign-up e-mail not sent", ex);
		}
	}

}
