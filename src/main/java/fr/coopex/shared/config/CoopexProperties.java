package fr.coopex.shared.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings ({@code coopex.*}); each can be overridden by an environment
 * variable.
 *
 * @param baseUrl the public address, used in links sent by e-mail
 * @param demo demo data settings
 * @param admin the first platform admin, created at first start when no admin exists
 * @param mail outgoing mail settings
 * @param security sign-in and session settings
 */
@ConfigurationProperties("coopex")
public record CoopexProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Demo demo,
		@DefaultValue Admin admin, @DefaultValue Mail mail, @DefaultValue Security security) {

	/**
	 * @param enabled {@code true} or {@code false}; empty means "only on the embedded H2
	 * database"
	 */
	public record Demo(String enabled) {

		public boolean enabledFor(String jdbcUrl) {
			if (this.enabled == null || this.enabled.isBlank()) {
				return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
			}
			return Boolean.parseBoolean(this.enabled.trim());
		}

	}

	public record Admin(String email, String password) {
	}

	public record Mail(@DefaultValue("Coopex <no-reply@coopex.fr>") String from) {
	}

	public record Security(@DefaultValue("12h") Duration sessionAbsoluteTimeout,
			@DefaultValue LoginThrottle loginThrottle, @DefaultValue("30m") Duration passwordResetValidity,
			@DefaultValue("Coopex") String totpIssuer) {
	}

	/**
	 * After {@code accountMaxFailures} failed sign-ins on one account within
	 * {@code window}, that account is refused for {@code lockDuration}; the same per
	 * client address after {@code addressMaxFailures}.
	 */
	public record LoginThrottle(@DefaultValue("5") int accountMaxFailures, @DefaultValue("50") int addressMaxFailures,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {
	}

}
