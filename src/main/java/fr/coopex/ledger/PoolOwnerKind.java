package fr.coopex.ledger;

/**
 * What a cost pool pays for: a shared stand (module fairs) or a prospection mission
 * (module missions).
 */
public enum PoolOwnerKind {

	STAND, MISSION

}
