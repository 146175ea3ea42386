package fr.coopex.aids;

import java.time.Instant;

/**
 * An aid as stored: its content and where it stands in curation.
 *
 * @param agencyId the agency organisation that curates it, or {@code null} for the aids
 * seeded with the platform
 */
public record AidView(long id, Long agencyId, Publication publication, AidData data, Instant publishedAt,
		Instant updatedAt, long version) {

	public String displayName() {
		return this.data.displayName();
	}

	public boolean isPublished() {
		return this.publication == Publication.PUBLISHED;
	}

}
