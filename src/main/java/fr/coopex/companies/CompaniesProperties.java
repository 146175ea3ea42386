package fr.coopex.companies;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the companies module ({@code coopex.companies.*}).
 *
 * @param registerUrl base address of the public company register ("API Recherche
 * d'entreprises"), for example {@code https://recherche-entreprises.api.gouv.fr}; blank
 * turns the pre-fill from the register off
 * @param registerTimeout connect and read timeout of a call to the register
 */
@ConfigurationProperties("coopex.companies")
record CompaniesProperties(String registerUrl, @DefaultValue("3s") Duration registerTimeout) {

	static final Duration DEFAULT_REGISTER_TIMEOUT = Duration.ofSeconds(3);

	CompaniesProperties {
		if (registerTimeout == null || registerTimeout.isZero() || registerTimeout.isNegative()) {
			registerTimeout = DEFAULT_REGISTER_TIMEOUT;
		}
	}

	boolean registerEnabled() {
		return this.registerUrl != null && !this.registerUrl.isBlank();
	}

}
