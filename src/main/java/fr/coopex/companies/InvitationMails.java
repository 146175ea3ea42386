package fr.coopex.companies;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;

/**
 * Writes and sends the e-mail of an invitation to join a company account.
 */
@Component
class InvitationMails {

	private final MailGateway mail;

	private final MessageSource messages;

	private final CoopexProperties properties;

	InvitationMails(MailGateway mail, MessageSource messages, CoopexProperties properties) {
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Sends the invitation link to the invited address, or when the address already has
	 * an account (no token) says that it cannot join.
	 */
	void send(CoopexUser member, String companyName, String address, String token, Locale locale) {
		String subject = this.messages.getMessage("companies.colleagues.mail.subject", new Object[] { companyName },
				locale);
		if (token == null) {
			this.mail.send(address, subject, this.messages.getMessage("companies.colleagues.mail.has-account",
					new Object[] { member.displayName(), companyName }, locale));
			return;
		}
		String link = this.properties.baseUrl() + "/invitations/" + token;
		this.mail.send(address, subject, this.messages.getMessage("companies.colleagues.mail.body",
				new Object[] { member.displayName(), companyName, link, Colleagues.VALIDITY.toDays() }, locale));
	}

}
