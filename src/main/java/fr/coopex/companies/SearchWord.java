package fr.coopex.companies;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One word of a profile's searched fields in the directory's index, with the widest
 * visibility of the fields it appears in (the legal name is always public), so that the
 * index finds a company by a word only for viewers who see a field holding it; with the
 * company's legal name, so that the index gives a word's companies in name order.
 */
@Embeddable
record SearchWord(@Column(name = "word") String word, @Column(name = "visibility") String visibility,
		@Column(name = "legal_name") String legalName) {

}
