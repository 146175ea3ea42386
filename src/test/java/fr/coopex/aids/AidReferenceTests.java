package fr.coopex.aids;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every amount, rate and status of the seeded catalogue against the reference file it was
 * seeded from ({@code src/test/resources/reference/export-aids.md}, a copy of
 * {@code shared/data/export-aids.md}): the n-th section of the file is aid n. An amount
 * or a rate the file does not state, a status it does not give, or amounts it calls not
 * re-verified without the catalogue saying so, fail.
 */
@IntegrationTest
class AidReferenceTests {

	private static final Pattern EUROS = Pattern.compile("€\\s?([0-9][0-9,]*(?:\\.[0-9]+)?)\\s?(bn|M|k)?");

	private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s?%");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySeededAmountRateAndStatusIsTheReferencesOwn() throws IOException {
		List<Map<String, String>> sections = reference();
		assertThat(sections).hasSize(29);
		SoftAssertions softly = new SoftAssertions();
		for (int n = 1; n <= sections.size(); n++) {
			Map<String, String> section = sections.get(n - 1);
			Map<String, Object> aid = this.jdbc.queryForMap("select * from aid where id = ?", n);
			String title = n + " " + section.get("title");
			String amount = section.get("amount");
			Set<BigDecimal> euros = euros(amount);
			Set<BigDecimal> percents = percents(amount);
			for (String column : List.of("amount_min", "amount_max")) {
				BigDecimal value = (BigDecimal) aid.get(column);
				if (value != null) {
					softly.assertThat(euros).as(title + " " + column).anyMatch((e) -> e.compareTo(value) == 0);
				}
			}
			for (String column : List.of("rate_min", "rate_max")) {
				BigDecimal value = (BigDecimal) aid.get(column);
				if (value != null) {
					softly.assertThat(percents).as(title + " " + column).anyMatch((p) -> p.compareTo(value) == 0);
				}
			}
			if (amount.startsWith("not specified")) {
				softly.assertThat(aid.get("amount_min")).as(title + " amount_min").isNull();
				softly.assertThat(aid.get("amount_max")).as(title + " amount_max").isNull();
				softly.assertThat(aid.get("rate_min")).as(title + " rate_min").isNull();
				softly.assertThat(aid.get("rate_max")).as(title + " rate_max").isNull();
			}
			softly.assertThat(aid.get("amount_unverified"))
				.as(title + " amounts not re-verified")
				.isEqualTo(amount.contains("not re-verified"));
			softly.assertThat(aid.get("status"))
				.as(title + " status")
				.isEqualTo(status(section.get("period and status")));
		}
		softly.assertAll();
	}

	@Test
	void theReferenceIsReadAsItIsWritten() throws IOException {
		Map<String, String> innovex = reference().get(3);
		assertThat(innovex.get("title")).isEqualTo("INNOVEX");
		assertThat(euros(innovex.get("amount"))).contains(new BigDecimal("600"), new BigDecimal("1300"));
		assertThat(euros("max €1.5bn, €5M, €12,500 excl. VAT")).contains(new BigDecimal("1500000000"),
				new BigDecimal("5000000"), new BigDecimal("12500"));
		assertThat(percents("up to 50% of costs, 0.5% to 1.875%")).contains(new BigDecimal("50"), new BigDecimal("0.5"),
				new BigDecimal("1.875"));
		assertThat(status("historical; launched April 2010")).isEqualTo("HISTORICAL");
		assertThat(status("not specified (scheme adopted in March 2017)")).isNull();
	}

	/** The sections of the file in order, each a map of its fields plus its title. */
	static List<Map<String, String>> reference() throws IOException {
		String text;
		try (InputStream in = AidReferenceTests.class.getResourceAsStream("/reference/export-aids.md")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Map<String, String>> sections = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : text.lines().toList()) {
			if (line.startsWith("## ")) {
				current = new LinkedHashMap<>();
				current.put("title", line.substring(3).strip());
				sections.add(current);
			}
			else if (current != null && line.startsWith("- ") && line.indexOf(':') > 0) {
				int colon = line.indexOf(':');
				current.put(line.substring(2, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		return sections;
	}

	static Set<BigDecimal> euros(String text) {
		Set<BigDecimal> values = new HashSet<>();
		Matcher m = EUROS.matcher(text);
		while (m.find()) {
			BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
			if (m.group(2) != null) {
				value = value.multiply(switch (m.group(2)) {
					case "bn" -> BigDecimal.valueOf(1_000_000_000);
					case "M" -> BigDecimal.valueOf(1_000_000);
					default -> BigDecimal.valueOf(1_000);
				});
			}
			values.add(plain(value));
		}
		return values;
	}

	/** Without trailing zeros nor exponent: 1.5bn is 1500000000, 600.00 is 600. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static Set<BigDecimal> percents(String text) {
		Set<BigDecimal> values = new HashSet<>();
		Matcher m = PERCENT.matcher(text);
		while (m.find()) {
			values.add(plain(new BigDecimal(m.group(1))));
		}
		return values;
	}

	static String status(String periodAndStatus) {
		for (AidStatus status : AidStatus.values()) {
			if (periodAndStatus.toLowerCase(java.util.Locale.ROOT)
				.startsWith(status.name().toLowerCase(java.util.Locale.ROOT))) {
				return status.name();
			}
		}
		return null;
	}

}
