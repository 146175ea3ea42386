/**
 * Transparency: what an ecosystem did, published by its coordinators, and what
 * cooperation brought each firm.
 *
 * <h2>Transparency reports</h2> A coordinator picks a period (a half-year or a year, not
 * in the future), writes a foreword, previews and publishes
 * ({@link fr.coopex.transparency.TransparencyReports}). The figures are computed from the
 * platform's data through the read-only services of the modules that hold it (members in
 * and out, confirmed stands and missions with their totals and keys, subsidies, cash
 * called and collected, meetings and consultations, the register of information exchanged
 * as counts, and the sum of the members' cooperation statements) and kept as they were,
 * with the PDF in each language: a published report is never changed (PostgreSQL refuses
 * it). A correction is a new version of the same period that says what changed. Every
 * member is told ({@link fr.coopex.transparency.ReportPublished}). A public report shows
 * on the ecosystem's page to anyone and counts in its label evidence. No report names a
 * company or shows a company's share.
 *
 * <h2>Cooperation statements</h2> A company's statement for a year
 * ({@link fr.coopex.transparency.CooperationStatements}): for each shared stand, its
 * share of the costs against what the same area would have cost alone, at the price per
 * m² the coordinator gave for the fair or else at the stand's own cost per m², the
 * subsidies obtained, the missions joined and leads recorded (counts), and the total
 * saved. Only the company's own people see it.
 */
@ApplicationModule(displayName = "Transparency", allowedDependencies = { "shared", "accounts", "audit", "ecosystems",
		"fairs", "ledger", "missions", "notifications" })
package fr.coopex.transparency;

import org.springframework.modulith.ApplicationModule;
