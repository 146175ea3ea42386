package fr.coopex.audit;

import java.time.LocalDate;

import fr.coopex.accounts.OrganisationKind;
import fr.coopex.shared.security.DataAccessed;

/**
 * One line of a company's access log: an organisation opened its data on a day (Europe/
 * Paris), so many times.
 */
public record AccessLine(LocalDate day, String organisationName, OrganisationKind organisationKind,
		DataAccessed.Kind kind, int visits) {
}
