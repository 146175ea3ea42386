package fr.coopex.notifications.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import fr.coopex.notifications.NotificationKind;
import fr.coopex.notifications.NotificationKind.Channel;

/**
 * How a person wants each kind of notification, one field per kind, each the name of a
 * {@link Channel} (kept as sent, so that a wrong value comes back with its message).
 */
record PreferencesForm(@NotNull String money, @NotNull String security, @NotNull String membership,
		@NotNull String activity, @NotNull String labels, @NotNull String governance, @NotNull String digest) {

	static PreferencesForm of(Map<NotificationKind, Channel> channels) {
		return new PreferencesForm(channels.get(NotificationKind.MONEY).name(),
				channels.get(NotificationKind.SECURITY).name(), channels.get(NotificationKind.MEMBERSHIP).name(),
				channels.get(NotificationKind.ACTIVITY).name(), channels.get(NotificationKind.LABELS).name(),
				channels.get(NotificationKind.GOVERNANCE).name(), channels.get(NotificationKind.DIGEST).name());
	}

	/** The channel chosen for each kind; null for a value that is none. */
	Map<NotificationKind, Channel> channels() {
		String[] values = { this.money, this.security, this.membership, this.activity, this.labels, this.governance,
				this.digest };
		Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
		NotificationKind[] kinds = { NotificationKind.MONEY, NotificationKind.SECURITY, NotificationKind.MEMBERSHIP,
				NotificationKind.ACTIVITY, NotificationKind.LABELS, NotificationKind.GOVERNANCE,
				NotificationKind.DIGEST };
		for (int i = 0; i < kinds.length; i++) {
			String value = values[i];
			channels.put(kinds[i],
					java.util.Arrays.stream(Channel.values())
						.filter((c) -> c.name().equals(value))
						.findFirst()
						.orElse(null));
		}
		return channels;
	}

	/** The form field of a kind. */
	static String field(NotificationKind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT);
	}

}
