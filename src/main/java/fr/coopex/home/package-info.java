/**
 * The signed-in home page: what needs each person's attention, one screen, with a link to
 * the exact place to act. It only reads the small home read services of the other modules
 * ({@code *HomeFacts} in their root packages), so the other modules never depend on it; a
 * visitor gets the front page of the platform at the same address.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = { "shared", "accounts", "aids", "companies",
		"ecosystems", "fairs", "labels", "ledger", "missions" })
package fr.coopex.home;

import org.springframework.modulith.ApplicationModule;
