/**
 * Labelling: agencies publish label schemes (versioned, with criteria on indicators the
 * platform computes or on declarations and documents), ecosystems apply with an evidence
 * pack frozen at submission, agencies review and grant, suspend or withdraw labels, a
 * scheduled job expires them, and a public registry (pages, badge, open data) shows them.
 */
@ApplicationModule(displayName = "Labels", allowedDependencies = { "shared", "accounts", "audit", "companies",
		"ecosystems", "fairs", "ledger", "missions", "notifications", "transparency" })
package fr.coopex.labels;

import org.springframework.modulith.ApplicationModule;
