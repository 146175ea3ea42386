package fr.coopex.ecosystems;

/** Where a proposal to hand coordination over stands. */
public enum HandoverStatus {

	PROPOSED, ACCEPTED, DECLINED, WITHDRAWN

}
