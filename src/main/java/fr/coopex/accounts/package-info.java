/**
 * Users, organisations, registration, sign-in (throttling, second factor), password
 * reset.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared" })
package fr.coopex.accounts;

import org.springframework.modulith.ApplicationModule;
