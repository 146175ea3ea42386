package fr.coopex.ledger;

/** An aid of the catalogue a subsidy may come from. */
public record CatalogueAid(long id, String name) {
}
