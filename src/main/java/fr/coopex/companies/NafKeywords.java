package fr.coopex.companies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The words people use for NAF sub-classes whose labels do not hold them ("boulangerie"
 * for 10.71C), which the catalogue's search also finds.
 */
final class NafKeywords {

	private NafKeywords() {
	}

	/**
	 * The keywords of the sub-classes, by code ({@code /naf/keywords.csv}: code;words).
	 */
	static Map<String, String> load() {
		Map<String, String> keywords = new HashMap<>();
		try (InputStream in = NafKeywords.class.getResourceAsStream("/naf/keywords.csv")) {
			if (in == null) {
				return keywords;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				int semicolon = line.indexOf(';');
				if (!line.startsWith("#") && semicolon > 0) {
					keywords.put(line.substring(0, semicolon).strip(), line.substring(semicolon + 1).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keywords;
	}

}
