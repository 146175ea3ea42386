package fr.coopex.companies;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
		SearchResponse response;
		try {
			response = this.client.get().uri("/search?q={siren}", wanted).retrieve().body(SearchResponse.class);
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

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static Integer year(String date) {
		String value = text(date);
		return (value != null && value.matches("\\d{4}(-.*)?")) ? Integer.valueOf(value.substring(0, 4)) : null;
	}

	/** The register repeats postal code and city at the end of the one-line address. */
	private static String streetAddress(String address, String postalCode, String city) {
		String value = text(address);
		if (value != null && postalCode != null && city != null) {
			String suffix = " " + postalCode + " " + city;
			if (value.length() > suffix.length() && value.endsWith(suffix)) {
				return value.substring(0, value.length() - suffix.length()).trim();
			}
		}
		return value;
	}

	/** The part of the register's answer that Coopex reads. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record SearchResponse(List<Result> results) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Result(String siren, @JsonProperty("nom_complet") String fullName,
			@JsonProperty("nom_raison_sociale") String legalName,
			@JsonProperty("activite_principale") String mainActivity,
			@JsonProperty("nature_juridique") String legalForm, @JsonProperty("date_creation") String createdOn,
			@JsonProperty("tranche_effectif_salarie") String headcountBand,
			@JsonProperty("siege") HeadOffice headOffice) {

		RegisterEntry toEntry(String siren) {
			HeadOffice office = (this.headOffice != null) ? this.headOffice : HeadOffice.NONE;
			String name = (text(this.legalName) != null) ? text(this.legalName) : text(this.fullName);
			String naf = (text(this.mainActivity) != null) ? text(this.mainActivity) : text(office.mainActivity());
			String postalCode = text(office.postalCode());
			String city = text(office.city());
			return new RegisterEntry(siren, name, naf, text(office.siret()),
					streetAddress(office.address(), postalCode, city), postalCode, city, text(office.region()),
					text(this.legalForm), year(this.createdOn), text(this.headcountBand));
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record HeadOffice(String siret, @JsonProperty("adresse") String address,
			@JsonProperty("code_postal") String postalCode, @JsonProperty("libelle_commune") String city, String region,
			@JsonProperty("activite_principale") String mainActivity) {

		static final HeadOffice NONE = new HeadOffice(null, null, null, null, null, null);

	}

}
