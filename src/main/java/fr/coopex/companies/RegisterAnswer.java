package fr.coopex.companies;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of the public company register's answer that Coopex reads, turned into
 * register entries.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegisterAnswer(List<Result> results) {

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
