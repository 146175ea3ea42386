/**
 * Demo data for the default run (embedded H2), or on PostgreSQL when
 * {@code COOPEX_DEMO_DATA=true}. It only calls the other modules' public services.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "accounts", "aids", "companies", "ecosystems", "fairs", "ledger" })
package fr.coopex.demo;

import org.springframework.modulith.ApplicationModule;
