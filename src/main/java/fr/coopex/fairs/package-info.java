/**
 * Trade fairs: the shared calendar of fairs (with iCalendar export), the stands an
 * ecosystem shares at a fair, the companies' bookings of stand area and their
 * participation history per fair. Each stand's costs are split in its cost pool of the
 * ledger, which {@link fr.coopex.fairs.StandManagement} keeps in step with the stand and
 * its bookings.
 */
@ApplicationModule(displayName = "Fairs",
		allowedDependencies = { "shared", "accounts", "companies", "ecosystems", "ledger" })
package fr.coopex.fairs;

import org.springframework.modulith.ApplicationModule;
