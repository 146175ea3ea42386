package fr.coopex.aids;

/**
 * Where an aid stands in its agency's curation: a draft is seen by its agency only; a
 * published aid by everyone; an unpublished one goes back to its agency only.
 */
public enum Publication {

	DRAFT, PUBLISHED, UNPUBLISHED

}
