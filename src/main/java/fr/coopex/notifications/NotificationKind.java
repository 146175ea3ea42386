package fr.coopex.notifications;

/**
 * The kinds of notifications a person chooses how to receive. Money owed and security are
 * essential: they can never be turned off, and their e-mails carry no unsubscribe link.
 */
public enum NotificationKind {

	/** Cash calls, their reminders, confirmed splits, defaults: money owed. */
	MONEY(true),
	/** Platform alerts and account security. */
	SECURITY(true),
	/** Join requests, invitations, decisions, charters. */
	MEMBERSHIP(false),
	/** Stands and missions. */
	ACTIVITY(false),
	/** Labels. */
	LABELS(false),
	/** Announcements, meetings, consultations and anything else of an ecosystem. */
	GOVERNANCE(false),
	/** The weekly digest e-mail of one's ecosystems. */
	DIGEST(false);

	private final boolean essential;

	NotificationKind(boolean essential) {
		this.essential = essential;
	}

	/** Whether it is about money owed or security: never turned off. */
	public boolean essential() {
		return this.essential;
	}

	/** The kind of a notification, from its message key. */
	public static NotificationKind of(String messageKey) {
		String key = (messageKey == null) ? "" : messageKey;
		if (key.startsWith("notifications.ledger.inconsistent") || key.contains(".security")
				|| key.contains(".password") || key.contains(".account.")) {
			return SECURITY;
		}
		if (key.startsWith("notifications.ledger.")) {
			return MONEY;
		}
		if (key.startsWith("notifications.stands.") || key.startsWith("notifications.mission")) {
			return ACTIVITY;
		}
		if (key.startsWith("labels.")) {
			return LABELS;
		}
		if (key.startsWith("notifications.join-requested") || key.startsWith("notifications.approved")
				|| key.startsWith("notifications.rejected") || key.startsWith("notifications.invited")
				|| key.startsWith("notifications.membership") || key.startsWith("notifications.charter")) {
			return MEMBERSHIP;
		}
		return GOVERNANCE;
	}

	/** How a person receives one kind of notification. */
	public enum Channel {

		BOTH(true, true), IN_APP(true, false), EMAIL(false, true), NONE(false, false);

		private final boolean inApp;

		private final boolean email;

		Channel(boolean inApp, boolean email) {
			this.inApp = inApp;
			this.email = email;
		}

		public boolean inApp() {
			return this.inApp;
		}

		public boolean email() {
			return this.email;
		}

		/** The same without e-mail (what an unsubscribe link leaves). */
		public Channel withoutEmail() {
			return this.inApp ? IN_APP : NONE;
		}

	}

}
