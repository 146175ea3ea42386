package fr.coopex.accounts;

import java.util.List;

import fr.coopex.shared.web.Choice;

/**
 * The French regions, as the {@code companies} module lists them in its {@code Region}
 * enum, the one list of the platform. The companies module implements this interface: it
 * depends on the accounts, so the accounts cannot read its enum directly.
 */
public interface RegionNames {

	/** Every region's name ({@code BRETAGNE}...), in the order the forms offer them. */
	List<String> all();

	default boolean isKnown(String region) {
		return region != null && all().contains(region);
	}

	/** The regions as options, shown as the messages {@code companies.region.*}. */
	default List<Choice> choices() {
		return all().stream().map((region) -> Choice.message(region, "companies.region." + region)).toList();
	}

}
