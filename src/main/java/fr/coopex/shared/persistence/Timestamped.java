package fr.coopex.shared.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The columns {@code created_at}, {@code updated_at} and {@code version} of an entity's
 * table. The entity sets the instants through {@link #markCreated} and
 * {@link #markUpdated}, at the moments its own rules say; Hibernate keeps the version
 * (optimistic locking: a stale update fails), and pages and forms read it as the entity's
 * revision.
 */
@MappedSuperclass
public abstract class Timestamped {

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Timestamped() {
	}

	/**
	 * When the row was created.
	 */
	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * When the entity last changed, as its own methods record it.
	 */
	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * The optimistic-locking version, which Hibernate raises at each update.
	 */
	public long getVersion() {
		return this.version;
	}

	/**
	 * Records the creation instant (the last-change instant is left to
	 * {@link #markUpdated}).
	 * @param now the creation instant
	 */
	protected void markCreated(Instant now) {
		this.createdAt = now;
	}

	/**
	 * Records a change.
	 * @param now the instant of the change
	 */
	protected void markUpdated(Instant now) {
		this.updatedAt = now;
	}

}
