package fr.coopex.accounts;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.coopex.accounts.AuthoredTexts.AuthoredText;

/**
 * Everything a person wrote on the platform, from every module that keeps texts
 * ({@link AuthoredTexts}), for the export of their personal data.
 */
@Service
public class PersonalWritings {

	private final List<AuthoredTexts> modules;

	PersonalWritings(List<AuthoredTexts> modules) {
		this.modules = List.copyOf(modules);
	}

	/** What this person wrote, oldest first. */
	public List<AuthoredText> of(long userId) {
		return this.modules.stream()
			.flatMap((module) -> module.writtenBy(userId).stream())
			.sorted(Comparator.comparing(AuthoredText::at, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

}
