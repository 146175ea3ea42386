/**
 * Prospection missions shared by the members of an ecosystem: proposal, opting in and
 * out, each company's private leads (shared only with the participants it names), and the
 * market notes every participant reads. Each mission's costs are split in its cost pool
 * of the ledger, which {@link fr.coopex.missions.MissionManagement} keeps in step with
 * the mission and its participants.
 */
@ApplicationModule(displayName = "Missions",
		allowedDependencies = { "shared", "accounts", "companies", "ecosystems", "ledger" })
package fr.coopex.missions;

import org.springframework.modulith.ApplicationModule;
