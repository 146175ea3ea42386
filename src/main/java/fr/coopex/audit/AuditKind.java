package fr.coopex.audit;

import java.util.List;

/**
 * The kinds of events the audit pages filter on, each by the prefixes of its actions.
 */
public enum AuditKind {

	SIGN_IN("SIGN_IN", "SECOND_FACTOR_", "PASSWORD_"), ACCOUNTS("ACCOUNT_", "EMAIL_CHANGED"),
	ORGANISATIONS("ORGANISATION_", "PERSON_", "MANAGER_", "INVITATION_"), ECOSYSTEMS("ECOSYSTEM_", "MEMBERSHIP_"),
	POOLS("LEDGER_"), ACCESS("ACCESS_DENIED");

	private final List<String> prefixes;

	AuditKind(String... prefixes) {
		this.prefixes = List.of(prefixes);
	}

	public List<String> prefixes() {
		return this.prefixes;
	}

	/** The kind of an action, or null when none fits. */
	public static AuditKind of(String action) {
		for (AuditKind kind : values()) {
			if (kind.prefixes.stream().anyMatch(action::startsWith)) {
				return kind;
			}
		}
		return null;
	}

}
