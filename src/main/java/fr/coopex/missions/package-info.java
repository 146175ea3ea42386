/**
 * Prospection missions shared by the members of an ecosystem: proposal, opting in and
 * out, each company's private leads (shared only with the participants it names), and the
 * market notes every participant reads.
 */
@ApplicationModule(displayName = "Missions")
package fr.coopex.missions;

import org.springframework.modulith.ApplicationModule;
