/**
 * Users, organisations, registration, sign-in (throttling, second factor), password
 * reset.
 */
@ApplicationModule(displayName = "Accounts")
package fr.coopex.accounts;

import org.springframework.modulith.ApplicationModule;
