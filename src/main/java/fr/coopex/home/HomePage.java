package fr.coopex.home;

import fr.coopex.aids.DeMinimisSummary;

/**
 * The blocks of a signed-in person's home page: the member company's (null for anyone
 * else) with its de minimis summary, the coordinator's and the staff's.
 */
public record HomePage(MemberHome member, DeMinimisSummary deMinimis, CoordinatorHome coordinator, StaffHome staff) {

}
