package fr.coopex.home;

import java.util.List;

import fr.coopex.aids.AidHomeFacts.ToVerify;
import fr.coopex.labels.ApplicationReader.ApplicationLine;

/**
 * The agency officer's and the administrator's parts of the home page.
 *
 * @param toVerify the agency's aids due for re-verification (the first few)
 * @param toReview the label applications to the agency's schemes waiting for review
 * @param accountRequests the organisations' requests for an account, to decide
 * @param lockedAccounts the number of accounts locked by failed sign-ins now
 */
public record StaffHome(List<ToVerify> toVerify, List<ApplicationLine> toReview, int accountRequests,
		long lockedAccounts) {

	static final StaffHome NONE = new StaffHome(List.of(), List.of(), 0, 0);

}
