package fr.coopex.companies;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The company directory. A filter only ever matches on a field the viewer may see, so
 * that searching cannot reveal a hidden value; results are shown through the same wall.
 */
@Service
public class CompanyDirectory {

	/** Companies per page. */
	public static final int PAGE_SIZE = 25;

	/**
	 * Beyond this many companies into the results, the names are walked: nobody pages
	 * that far, and the word index's window would grow without bound.
	 */
	private static final long MAX_OFFSET = 10_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final CompanyManagement companies;

	private final DirectoryIndex index;

	CompanyDirectory(NamedParameterJdbcTemplate jdbc, CompanyManagement companies, DirectoryIndex index) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.index = index;
	}

	/**
	 * What to look for; every part is optional.
	 *
	 * @param text words in the name, trade name, products or keywords
	 * @param nafPrefix a NAF division ("28"), class ("28.41") or sub-class ("28.41Z")
	 * @param region a region
	 * @param market a market served or targeted (country code or zone)
	 */
	public record Query(String text, String nafPrefix, Region region, String market) {

		public boolean isEmpty() {
			return (this.text == null || this.text.isBlank()) && this.nafPrefix == null && this.region == null
					&& this.market == null;
		}

	}

	/**
	 * One page of the directory, in the order of legal names. Short reads, each on its
	 * own: no transaction is opened for them. With words, the word index held in memory
	 * drives the search ({@link DirectoryIndex}); without, or far into the results, the
	 * names are walked in order until the page is full.
	 */
	public Slice<CompanyCard> search(CoopexUser viewer, Query query, int pageIndex) {
		Set<Long> neighbours = this.companies.neighbours(viewer);
		long offset = (long) pageIndex * PAGE_SIZE;
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("me", viewer.organisationId())
			// one array parameter, not a list expanded into as many parameters: the
			// statement stays the same whatever the viewer's ecosystems, and is prepared
			// once
			.addValue("neighbours", new SqlParameterValue(Types.ARRAY, neighbours.toArray(new Long[0])))
			.addValue("limit", PAGE_SIZE + 1)
			.addValue("offset", offset);
		List<String> words = query.text() == null ? List.of() : SearchWords.list(Text.fold(query.text()));
		String filters = filters(query, params);
		List<Long> ids = null;
		if (!words.isEmpty() && offset < MAX_OFFSET) {
			String beyondRegion = filters(new Query(null, query.nafPrefix(), null, query.market()), params);
			ids = this.index
				.page(words, query.region() == null ? null : query.region().code(), and(phrase(words, params), filters),
						beyondRegion, params, viewer.organisationId(), neighbours, (int) offset, PAGE_SIZE)
				.orElse(null);
		}
		if (ids == null) {
			StringBuilder sql = new StringBuilder("select p.company_id from company_profile p where 1 = 1");
			if (!words.isEmpty()) {
				lookUp(words, sql);
				sql.append(" and ").append(phrase(words, params));
			}
			if (filters != null) {
				sql.append(" and ").append(filters);
			}
			sql.append(" order by p.legal_name, p.company_id limit :limit offset :offset");
			ids = this.jdbc.queryForList(sql.toString(), params, Long.class);
		}
		ids = new ArrayList<>(ids);
		boolean hasNext = ids.size() > PAGE_SIZE;
		if (hasNext) {
			ids.remove(ids.size() - 1);
		}
		Map<Long, CompanyCard> cards = this.companies.cards(viewer, ids);
		return new SliceImpl<>(new ArrayList<>(cards.values()), PageRequest.of(pageIndex, PAGE_SIZE), hasNext);
	}

	/** SQL: the words in order, at the start of words of one field the viewer sees. */
	private static String phrase(List<String> words, MapSqlParameterSource params) {
		params.addValue("text", "% " + String.join(" ", words) + "%");
		return "(p.name_search like :text or (p.trade_search like :text and " + visible("TRADE_NAME")
				+ ") or (p.capability_search like :text and " + visible("PRODUCTS") + "))";
	}

	/**
	 * SQL: the query's activity, region and market, on fields the viewer sees; or null.
	 */
	private static String filters(Query query, MapSqlParameterSource params) {
		List<String> sql = new ArrayList<>();
		if (query.nafPrefix() != null) {
			params.addValue("naf", query.nafPrefix().replace("%", "").replace("_", "") + "%");
			sql.add("p.naf_code like :naf and " + visible("NAF"));
		}
		if (query.region() != null) {
			params.addValue("region", query.region().code());
			sql.add("p.region = :region and " + visible("REGION"));
		}
		if (query.market() != null) {
			params.addValue("market", query.market());
			sql.add("exists (select 1 from company_market m where m.company_id = p.company_id"
					+ " and m.code = :market and ((m.kind = 'SERVED' and " + visible("MARKETS_SERVED")
					+ ") or (m.kind = 'TARGETED' and " + visible("MARKETS_TARGETED") + ")))");
		}
		return sql.isEmpty() ? null : String.join(" and ", sql);
	}

	private static String and(String a, String b) {
		return (b == null) ? a : a + " and " + b;
	}

	/** The company of a SIREN (always public), if it is on Coopex. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> idBySiren(String siren) {
		String digits = fr.coopex.shared.validation.SirenValidator.normalise(siren);
		if (digits == null || !digits.matches("[0-9]{9}")) {
			return java.util.Optional.empty();
		}
		return this.jdbc
			.queryForList("select company_id from company_profile where siren = :siren",
					new MapSqlParameterSource("siren", digits), Long.class)
			.stream()
			.findFirst();
	}

	/**
	 * SQL: the query's longest words begin words that the viewer may see of company
	 * {@code p}, found in the word index ({@link SearchWords}). PostgreSQL then reads the
	 * companies of a rare word (few, whatever the size of the directory), or walks the
	 * names in order for a common one and stops after the page; a word found nowhere
	 * costs a few reads instead of a scan of every profile.
	 */
	private static void lookUp(List<String> words, StringBuilder sql) {
		for (String word : SearchWords.lookedUp(String.join(" ", words))) {
			// a literal, not a parameter: the planner needs the prefix to use the index
			// and
			// to estimate how many companies have it, which a generic plan of the
			// prepared
			// statement would not; a word is letters and digits only
			sql.append(" and p.company_id in (select w.company_id from company_search_word w where w.word like '")
				.append(word)
				.append("%' and (w.visibility = 'PUBLIC' or w.company_id = :me")
				.append(" or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:neighbours))))");
		}
	}

	/**
	 * SQL: the field of company {@code p} is visible to the viewer. The profile row holds
	 * its public and ecosystem-level fields ({@code CompanyProfile.publicFields}), so the
	 * check reads no other table.
	 */
	static String visible(String field) {
		return "(p.company_id = :me or " + shownPublicly(field) + " or (" + shownToEcosystems(field)
				+ " and p.company_id = any(:neighbours)))";
	}

	/** SQL: company {@code p} shows the field to everyone. */
	static String shownPublicly(String field) {
		return "p.public_fields like '%," + field + ",%'";
	}

	/** SQL: company {@code p} shows the field to the members of its ecosystems. */
	static String shownToEcosystems(String field) {
		return "p.ecosystem_fields like '%," + field + ",%'";
	}

}
