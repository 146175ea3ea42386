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
		String filters = DirectorySql.filters(query, params);
		List<Long> ids = null;
		if (!words.isEmpty() && offset < MAX_OFFSET) {
			String beyondRegion = DirectorySql.filters(new Query(null, query.nafPrefix(), null, query.market()),
					params);
			ids = this.index
				.page(words, query.region() == null ? null : query.region().code(),
						DirectorySql.and(DirectorySql.phrase(words, params), filters), beyondRegion, params,
						viewer.organisationId(), neighbours, (int) offset, PAGE_SIZE)
				.orElse(null);
		}
		if (ids == null) {
			StringBuilder sql = new StringBuilder("select p.company_id from company_profile p where 1 = 1");
			if (!words.isEmpty()) {
				DirectorySql.lookUp(words, sql);
				sql.append(" and ").append(DirectorySql.phrase(words, params));
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

}
