package fr.coopex.companies;

/**
 * Writes the SQL that reads the candidates of one market for partner suggestions.
 */
final class CandidateSql {

	/**
	 * SQL: the companies with market {@code :market} other than the viewer's, that accept
	 * to be suggested (completed with a condition on {@code m} and {@code p}).
	 */
	private static final String CANDIDATE = "select m.company_id as id from company_market m"
			+ " join company_profile p on p.company_id = m.company_id where m.code = :market and m.company_id <> :me"
			+ " and not exists (select 1 from company_suggestion_opt_out o where o.company_id = m.company_id)";

	/**
	 * SQL: the candidates with market {@code :market} that the viewer {@code :me} may see
	 * there, at most {@code :limit}. Per market: the latest companies showing it
	 * publicly, each kind read backwards along its partial index (V155) so that the cost
	 * depends on the limit, not on how many companies there are; then the viewer's
	 * neighbours showing it to their ecosystems (as many as the viewer has neighbours).
	 * Together, the rule of {@link DirectorySql#visible}.
	 */
	static final String BY_MARKET = "select c.id from (" + latestShowing("TARGETED", "MARKETS_TARGETED") + " union "
			+ latestShowing("SERVED", "MARKETS_SERVED") + " union (" + CANDIDATE
			+ " and m.company_id = any(:neighbours) and ((m.kind = 'TARGETED' and "
			+ DirectorySql.shownToEcosystems("MARKETS_TARGETED") + ") or (m.kind = 'SERVED' and "
			+ DirectorySql.shownToEcosystems("MARKETS_SERVED") + ")))) c order by c.id desc limit :limit";

	private CandidateSql() {
	}

	/**
	 * SQL: the latest candidates showing a market of this kind publicly, at most the
	 * limit.
	 */
	private static String latestShowing(String kind, String field) {
		return "(" + CANDIDATE + " and m.kind = '" + kind + "' and " + DirectorySql.shownPublicly(field)
				+ " order by m.company_id desc limit :limit)";
	}

}
