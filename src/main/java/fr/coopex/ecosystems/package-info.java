/**
 * Ecosystems: coordination by a leader firm or a third party, versioned charter,
 * memberships (requests, invitations, approvals, leaving), the directory and the
 * coopetition map.
 */
@ApplicationModule(displayName = "Ecosystems", allowedDependencies = { "shared", "accounts", "companies" })
package fr.coopex.ecosystems;

import org.springframework.modulith.ApplicationModule;
