/**
 * The observatory: anonymised statistics over the company profiles for agencies (their
 * jurisdiction) and a public national summary. Only the fields each company shows beyond
 * its own people, or agreed to lend to statistics, are counted; a figure resting on fewer
 * than five companies is suppressed, and so is any figure that would let it be recovered
 * from a total. The ecosystems working in a territory are counted as a whole (members,
 * shared actions, costs shared, subsidies), from the ecosystems' and the ledger's
 * read-only services.
 */
@ApplicationModule(displayName = "Observatory",
		allowedDependencies = { "shared", "accounts", "companies", "ecosystems", "ledger" })
package fr.coopex.observatory;

import org.springframework.modulith.ApplicationModule;
