package fr.coopex.aids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the de minimis aids of a firm for {@link DeMinimisRegister}. */
@Component
class DeMinimisEntries {

	private final JdbcTemplate jdbc;

	private final DeMinimisFlags flags;

	private final ManualAids manual;

	private final ObjectProvider<PoolSubsidies> pools;

	DeMinimisEntries(JdbcTemplate jdbc, DeMinimisFlags flags, ManualAids manual, ObjectProvider<PoolSubsidies> pools) {
		this.jdbc = jdbc;
		this.flags = flags;
		this.manual = manual;
		this.pools = pools;
	}

	/**
	 * Every de minimis aid of the firm: granted in its tracker, received through a pool
	 * or entered by hand.
	 */
	List<DeMinimisEntry> of(long companyId) {
		List<DeMinimisEntry> entries = new ArrayList<>(granted(companyId));
		PoolSubsidies source = this.pools.getIfAvailable();
		if (source != null) {
			for (PoolSubsidies.Received received : source.received(companyId)) {
				if (received.aidId() != null && this.flags.of(received.aidId()).status() == DeMinimis.YES) {
					entries.add(new DeMinimisEntry(DeMinimisEntry.Origin.POOL, received.aidId(),
							aidName(received.aidId()).orElse(received.label()),
							this.flags.grantingBody(received.aidId()).orElse(received.pool()), received.receivedOn(),
							received.amount()));
				}
			}
		}
		entries.addAll(this.manual.of(companyId));
		return entries;
	}

	private List<DeMinimisEntry> granted(long companyId) {
		return this.jdbc.query("select a.id, a.aid_id, coalesce(c.short_name, c.name), a.decided_on, a.amount_granted "
				+ "from aid_application a join aid c on c.id = a.aid_id join aid_de_minimis d on d.aid_id = a.aid_id "
				+ "where a.company_id = ? and a.status = 'GRANTED' and d.status = 'YES' "
				+ "and a.amount_granted is not null and a.decided_on is not null",
				(rs, n) -> new DeMinimisEntry(DeMinimisEntry.Origin.APPLICATION, rs.getLong(1), rs.getString(3),
						this.flags.grantingBody(rs.getLong(2)).orElse(""), rs.getObject(4, LocalDate.class),
						rs.getBigDecimal(5)),
				companyId);
	}

	private Optional<String> aidName(long aidId) {
		return this.jdbc.queryForList("select coalesce(short_name, name) from aid where id = ?", String.class, aidId)
			.stream()
			.findFirst();
	}

}
