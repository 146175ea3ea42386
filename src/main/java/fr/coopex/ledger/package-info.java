/**
 * The ledger: cost pools of shared stands and missions, split to the cent.
 */
@ApplicationModule(displayName = "Ledger")
package fr.coopex.ledger;

import org.springframework.modulith.ApplicationModule;
