package fr.coopex.ecosystems;

/**
 * The life of an ecosystem: forming → active → dissolved.
 */
public enum EcosystemStatus {

	FORMING, ACTIVE, DISSOLVED;

	boolean canBecome(EcosystemStatus next) {
		return switch (this) {
			case FORMING -> next == ACTIVE || next == DISSOLVED;
			case ACTIVE -> next == DISSOLVED;
			case DISSOLVED -> false;
		};
	}

}
