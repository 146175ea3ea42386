package fr.coopex.ledger;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French interface says "budget commun", never the English word "pool" (issue 14,
 * item 4).
 */
class LedgerWordingTests {

	private static final Pattern POOL = Pattern.compile("\\bpools?\\b", Pattern.CASE_INSENSITIVE);

	@Test
	void noFrenchTextSaysPool() throws IOException {
		Properties french = new Properties();
		try (InputStreamReader in = new InputStreamReader(
				getClass().getResourceAsStream("/messages/messages.properties"), StandardCharsets.UTF_8)) {
			french.load(in);
		}
		assertThat(french.stringPropertyNames()).filteredOn((key) -> POOL.matcher(french.getProperty(key)).find())
			.isEmpty();
	}

}
