package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A pool row, and the guard on its status. */
final class PoolRow {

	long id;

	PoolOwnerKind ownerKind;

	long ownerId;

	long ecosystemId;

	String title;

	String currency;

	AllocationKey defaultKey;

	PoolStatus status;

	BigDecimal postedTotal;

	Long currentPostingId;

	long version;

	Instant updatedAt;

	void requireOpen() {
		if (this.status == PoolStatus.POSTED) {
			throw new LedgerException(null, "ledger.pool.confirmed");
		}
		requireNotCancelled();
	}

	void requireNotCancelled() {
		if (this.status == PoolStatus.CANCELLED) {
			throw new LedgerException(null, "ledger.pool.cancelled");
		}
	}

	boolean isPosted() {
		return this.status == PoolStatus.POSTED;
	}

	static PoolRow of(ResultSet rs, int i) throws SQLException {
		PoolRow row = new PoolRow();
		row.id = rs.getLong("id");
		row.ownerKind = PoolOwnerKind.valueOf(rs.getString("owner_kind"));
		row.ownerId = rs.getLong("owner_id");
		row.ecosystemId = rs.getLong("ecosystem_id");
		row.title = rs.getString("title");
		row.currency = rs.getString("currency");
		row.defaultKey = AllocationKey.valueOf(rs.getString("default_key"));
		row.status = PoolStatus.valueOf(rs.getString("status"));
		row.postedTotal = rs.getBigDecimal("posted_total");
		long posting = rs.getLong("current_posting_id");
		row.currentPostingId = rs.wasNull() ? null : posting;
		row.version = rs.getLong("version");
		row.updatedAt = rs.getTimestamp("updated_at").toInstant();
		return row;
	}

}
