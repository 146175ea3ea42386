/**
 * The catalogue of public export aids: search, eligibility explained against the
 * company's profile, saved aids and weekly alerts, the application tracker, curation by
 * agencies (with import and export) and the open-data API.
 */
@ApplicationModule(displayName = "Aids", allowedDependencies = { "shared", "accounts", "companies", "ecosystems" })
package fr.coopex.aids;

import org.springframework.modulith.ApplicationModule;
