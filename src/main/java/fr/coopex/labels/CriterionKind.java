package fr.coopex.labels;

/** What a criterion rests on. */
public enum CriterionKind {

	/** An indicator computed by the platform, compared with a threshold. */
	INDICATOR,
	/** A statement the coordinator writes. */
	DECLARATION,
	/** A PDF document the coordinator attaches. */
	DOCUMENT

}
