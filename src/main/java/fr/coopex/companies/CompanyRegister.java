package fr.coopex.companies;

import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import fr.coopex.shared.validation.SirenValidator;

/**
 * Looks a SIREN up in the public French company register ("API Recherche d'entreprises",
 * {@code GET {registerUrl}/search?q={siren}}) to propose a name, NAF code and address
 * when a company fills in its profile.
 * <p>
 * The pre-fill is a convenience, never a dependency: when no register address is
 * configured nothing is called, and a slow, failing or unreadable answer gives "nothing
 * found" (with a warning in the log) instead of an error.
 */
@Service
public class CompanyRegister {

	private static final Logger log = LoggerFactory.getLogger(CompanyRegister.class);

	private final RestClient client;

	CompanyRegister(CompaniesProperties properties) {
		this.client = properties.registerEnabled() ? createClient(properties) : null;
	}

	private static RestClient createClient(CompaniesProperties properties) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(properties.registerTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(properties.registerTimeout());
		return RestClient.builder()
			.requestFactory(requestFactory)
			.baseUrl(properties.registerUrl().trim().replaceAll("/+$", ""))
			.defaultHeader(HttpHeaders.USER_AGENT, "Coopex")
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	/**
	 * Whether a register address is configured; when not, {@link #lookup} always finds
	 * nothing.
	 */
	public boolean isEnabled() {
		return this.client != null;
	}

	/**
	 * What the register says about a company.
	 * @param siren nine digits, spaces between groups tolerated
	 * @return the register's entry for exactly that SIREN; empty when the feature is off,
	 * the SIREN is not valid, the register does not know it, or the register could not be
	 * reached or understood in time
	 */
	public Optional<RegisterEntry> lookup(String siren) {
		if (this.client == null || siren == null || siren.isBlank() || SirenValidator.problem(siren) != null) {
			return Optional.empty();
		}
		String wanted = SirenValidator.normalise(siren);
		RegisterAnswer response;
		try {
			response = this.client.get().uri("/search?q={siren}", wanted).retrieve().body(RegisterAnswer.class);
		}
		catch (RestClientException ex) {
			log.warn("Company register lookup for SIREN {} failed: {}", wanted, reason(ex));
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			log.warn("Company register lookup for SIREN {} failed", wanted, ex);
			return Optional.empty();
		}
		if (response == null || response.results() == null) {
			return Optional.empty();
		}
		// A search may also return companies that merely mention the number
		return response.results()
			.stream()
			.filter(Objects::nonNull)
			.filter((result) -> wanted.equals(result.siren()))
			.findFirst()
			.map((result) -> result.toEntry(wanted));
	}

	private static String reason(Exception ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return (cause != ex) ? ex.getMessage() + " (" + cause + ")" : ex.getMessage();
	}

}
