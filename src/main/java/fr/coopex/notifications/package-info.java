/**
 * E-mail and in-app notifications, reacting to the other modules' events.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "accounts", "ecosystems", "fairs", "ledger", "missions" })
package fr.coopex.notifications;

import org.springframework.modulith.ApplicationModule;
