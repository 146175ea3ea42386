package fr.coopex.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One in-process SMTP server (GreenMail) for the whole test run; the application sends
 * real messages to it over SMTP.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/** The Spring properties that point an application at this server. */
	public static Map<String, Object> properties() {
		return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", server().getSmtp().getPort());
	}

	/** The messages received so far for one recipient. */
	public static List<MimeMessage> to(String recipient) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

}
