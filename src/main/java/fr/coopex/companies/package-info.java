/**
 * SME profiles (SIREN/SIRET, NAF, size, export situation, markets, capabilities), the
 * visibility of each field, colleagues, the company directory and the NAF reference data.
 */
@ApplicationModule(displayName = "Companies", allowedDependencies = { "shared", "accounts" })
package fr.coopex.companies;

import org.springframework.modulith.ApplicationModule;
