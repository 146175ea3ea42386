package fr.coopex.companies;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One market of a company: a country or zone it serves or targets.
 */
@Embeddable
record MarketEntry(@Column(name = "kind") String kind, @Column(name = "code") String code) {

	static final String SERVED = "SERVED";

	static final String TARGETED = "TARGETED";

}
