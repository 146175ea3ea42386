/**
 * E-mail and in-app notifications, reacting to the other modules' events.
 */
@ApplicationModule(displayName = "Notifications")
package fr.coopex.notifications;

import org.springframework.modulith.ApplicationModule;
