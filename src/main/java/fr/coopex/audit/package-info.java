/**
 * The append-only audit trail: who did what, when, from where. It listens to the security
 * events and to the other modules' events; admins read it.
 */
@ApplicationModule(displayName = "Audit",
		allowedDependencies = { "shared", "accounts", "ecosystems", "ledger", "missions", "notifications" })
package fr.coopex.audit;

import org.springframework.modulith.ApplicationModule;
