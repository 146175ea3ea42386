package fr.coopex.shared.mail;

import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.CoopexProperties;

/**
 * Sends plain-text e-mail through SMTP when {@code spring.mail.host} is set; otherwise
 * writes the message to the log, so that the default run works with no mail server.
 */
@Component
public class MailGateway {

	private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final boolean smtpConfigured;

	MailGateway(ObjectProvider<JavaMailSender> mailSender, CoopexProperties properties, Environment environment) {
		this.mailSender = mailSender;
		this.from = properties.mail().from();
		String host = environment.getProperty("spring.mail.host");
		this.smtpConfigured = host != null && !host.isBlank();
	}

	/**
	 * Sends one message.
	 * @param to the recipient's address
	 * @param subject the subject line, already translated
	 * @param body the plain-text body, already translated
	 * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
	 */
	public void send(String to, String subject, String body) {
		send(to, subject, body, null, Map.of());
	}

	/** A file sent with a message: its name, its MIME type and its content. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Sends one message with a file attached (none when {@code attachment} is null).
	 * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
	 */
	public void send(String to, String subject, String body, Attachment attachment) {
		send(to, subject, body, attachment, Map.of());
	}

	/**
	 * Sends one message with extra headers (such as {@code List-Unsubscribe}).
	 * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
	 */
	public void send(String to, String subject, String body, Map<String, String> headers) {
		send(to, subject, body, null, headers);
	}

	/**
	 * Sends one message with a file attached (none when {@code attachment} is null) and
	 * extra headers.
	 * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
	 */
	public void send(String to, String subject, String body, Attachment attachment, Map<String, String> headers) {
		JavaMailSender sender = this.smtpConfigured ? this.mailSender.getIfAvailable() : null;
		if (sender == null) {
			log.info("E-mail (no SMTP server configured, not sent)\nTo: {}\nSubject: {}\nAttached: {}\n{}\n\n{}", to,
					subject, (attachment == null) ? "-" : attachment.fileName(), headers, body);
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			if (attachment != null) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			for (Map.Entry<String, String> header : headers.entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new MailDeliveryException("Could not send e-mail to " + to, ex);
		}
	}

	/** An e-mail could not be handed to the SMTP server. */
	public static class MailDeliveryException extends RuntimeException {

		MailDeliveryException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
