package fr.coopex.shared.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Finds, in a text that competitors will read, the words of the list kept as data in
 * {@code text/price-words.txt} (prices, tariffs, margins, discounts, quotes; French and
 * English). Both the list and the text go through {@link FrenchAnalysis}, so "Tarifs",
 * "tarif" and "TARIF" all match; an expression of several words matches when its words
 * follow each other in the text.
 */
@Component
public class PriceTalk {

	private static final String WORDS = "text/price-words.txt";

	private final List<Entry> entries;

	public PriceTalk() {
		this.entries = load();
	}

	/**
	 * The words of the list the text mentions, as written in the list, in list order;
	 * empty when there are none or the text is blank.
	 */
	public List<String> mentions(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> terms = FrenchAnalysis.terms(text);
		Set<String> found = new LinkedHashSet<>();
		for (Entry entry : this.entries) {
			if (!entry.terms().isEmpty() && Collections2.containsRun(terms, entry.terms())) {
				found.add(entry.word());
			}
		}
		return List.copyOf(found);
	}

	/** The whole list, as kept in the data file. */
	public List<String> words() {
		return this.entries.stream().map(Entry::word).toList();
	}

	private static List<Entry> load() {
		InputStream in = PriceTalk.class.getClassLoader().getResourceAsStream(WORDS);
		if (in == null) {
			throw new IllegalStateException(WORDS + " is missing");
		}
		List<Entry> result = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					result.add(new Entry(word, FrenchAnalysis.terms(word)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(result);
	}

	private record Entry(String word, List<String> terms) {
	}

	private static final class Collections2 {

		private Collections2() {
		}

		static boolean containsRun(List<String> text, List<String> run) {
			for (int i = 0; i + run.size() <= text.size(); i++) {
				if (text.subList(i, i + run.size()).equals(run)) {
					return true;
				}
			}
			return false;
		}

	}

}
