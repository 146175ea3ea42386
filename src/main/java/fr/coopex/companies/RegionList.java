package fr.coopex.companies;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.RegionNames;

/** The regions of {@link Region}, for the organisations' scopes in the accounts. */
@Component
class RegionList implements RegionNames {

	private static final List<String> NAMES = Arrays.stream(Region.values()).map(Region::name).toList();

	@Override
	public List<String> all() {
		return NAMES;
	}

}
