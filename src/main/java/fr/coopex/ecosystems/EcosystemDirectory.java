package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;

import fr.coopex.shared.web.Text;

/**
 * The public directory of ecosystems (dissolved ones are not listed).
 * <p>
 * The directory is read on almost every visit and changes rarely, so it is searched in
 * memory, in the listing that {@link DirectoryListing} caches.
 */
@Service
public class EcosystemDirectory {

	public static final int PAGE_SIZE = 20;

	private final DirectoryListing listing;

	EcosystemDirectory(DirectoryListing listing) {
		this.listing = listing;
	}

	/**
	 * @param text words of the name
	 * @param market a target market (country code or zone)
	 * @param sector a NAF division covered
	 * @param coordination leader firm or third party
	 * @param openOnly only ecosystems open to new members
	 */
	public record Query(String text, String market, String sector, Coordination coordination, boolean openOnly) {
	}

	/** A page of the ecosystems matching the query, by name. */
	public Slice<EcosystemSummary> search(Query query, int pageIndex) {
		String text = (query.text() == null || query.text().isBlank()) ? null : Text.fold(query.text());
		long offset = (long) pageIndex * PAGE_SIZE;
		List<EcosystemSummary> page = new ArrayList<>(PAGE_SIZE);
		long skipped = 0;
		boolean hasNext = false;
		for (DirectoryListing.Listed listed : this.listing.listed()) {
			if (!listed.matches(query, text)) {
				continue;
			}
			if (skipped < offset) {
				skipped++;
			}
			else if (page.size() < PAGE_SIZE) {
				page.add(listed.summary());
			}
			else {
				hasNext = true;
				break;
			}
		}
		return new SliceImpl<>(page, PageRequest.of(pageIndex, PAGE_SIZE), hasNext);
	}

}
