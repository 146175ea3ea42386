package fr.coopex.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.OrganisationManagement.OrganisationSummary;

/** The admin's list of organisations, and the regions each one acts in. */
@Component
class OrganisationSearch {

	private final JdbcTemplate jdbc;

	private final RegionNames regionNames;

	OrganisationSearch(JdbcTemplate jdbc, RegionNames regionNames) {
		this.jdbc = jdbc;
		this.regionNames = regionNames;
	}

	/** The region is a known one, or null for every region. */
	Page<OrganisationSummary> search(String text, OrganisationKind kind, String region, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			where.append(" and lower(o.name) like ? escape '\\'");
			args.add("%" + AccountManagement.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (kind != null) {
			where.append(" and o.kind = ?");
			args.add(kind.name());
		}
		if (region != null) {
			where.append(" and (o.national = true or exists (select 1 from organisation_region r "
					+ "where r.organisation_id = o.id and r.region = ?))");
			args.add(region);
		}
		Long total = this.jdbc.queryForObject("select count(*) from organisation o" + where, Long.class,
				args.toArray());
		List<OrganisationSummary> rows = this.jdbc.query("select o.id, o.kind, o.category, o.name, o.national, "
				+ "o.created_at, (select count(*) from user_account u where u.organisation_id = o.id and u.enabled = true) as people "
				+ "from organisation o" + where + " order by o.created_at desc, o.id desc limit "
				+ pageable.getPageSize() + " offset " + pageable.getOffset(), (rs, i) -> summary(rs), args.toArray());
		return new PageImpl<>(rows.stream()
			.map((s) -> new OrganisationSummary(s.id(), s.kind(), s.category(), s.name(),
					new Scope(s.scope().national(), s.scope().national() ? List.of() : regions(s.id())), s.people(),
					s.createdAt()))
			.toList(), pageable, total == null ? 0 : total);
	}

	/** The regions an organisation acts in, in the order of the list of regions. */
	List<String> regions(long organisationId) {
		List<String> found = this.jdbc.queryForList("select region from organisation_region where organisation_id = ?",
				String.class, organisationId);
		return this.regionNames.all().stream().filter(found::contains).toList();
	}

	private static OrganisationSummary summary(ResultSet rs) throws SQLException {
		return new OrganisationSummary(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("kind")),
				rs.getString("category"), rs.getString("name"), new Scope(rs.getBoolean("national"), List.of()),
				rs.getInt("people"), rs.getTimestamp("created_at").toInstant());
	}

}
