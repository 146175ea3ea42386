/**
 * Trade fairs: the shared calendar of fairs (with iCalendar export), the stands an
 * ecosystem shares at a fair, the companies' bookings of stand area and their
 * participation history per fair.
 */
@ApplicationModule(displayName = "Fairs")
package fr.coopex.fairs;

import org.springframework.modulith.ApplicationModule;
