package fr.coopex.labels;

/**
 * A scheme version: a draft the agency prepares, published (open to applications), or
 * superseded by a newer published version (applications made to it keep it).
 */
public enum SchemeStatus {

	DRAFT, PUBLISHED, SUPERSEDED

}
