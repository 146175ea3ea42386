package fr.coopex.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface's message source writes every message as Spring's own resource bundles
 * do, plain numbers included, in French and English.
 */
class MessagesConfigurationTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	private final MessageSource messages = new MessagesConfiguration().messageSource(properties());

	private final ResourceBundleMessageSource reference = reference();

	@Test
	void everyMessageWithNumbersReadsAsSpringsOwnBundlesWriteIt() throws IOException {
		Properties all = bundle();
		int checked = 0;
		for (String code : all.stringPropertyNames()) {
			int arguments = arguments(all.getProperty(code));
			if (arguments == 0) {
				continue;
			}
			for (Object[] args : List.of(numbers(arguments, 1234567), numbers(arguments, 1),
					decimals(arguments, new BigDecimal("-1234.50")))) {
				for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
					assertThat(this.messages.getMessage(code, args, locale)).as("%s in %s", code, locale)
						.isEqualTo(this.reference.getMessage(code, args, locale));
				}
			}
			checked++;
		}
		assertThat(checked).as("messages with arguments").isGreaterThan(200);
	}

	@Test
	void aPlainNumberIsWrittenTheFrenchWayInFrenchAndTheEnglishWayInEnglish() {
		Object[] count = { 1234567 };
		assertThat(this.messages.getMessage("ecosystems.members.many", count, Locale.FRENCH))
			.contains("1\u202f234\u202f567");
		assertThat(this.messages.getMessage("ecosystems.members.many", count, Locale.ENGLISH)).contains("1,234,567");
	}

	@Test
	void aStyledPlaceholderStillGetsTheNumberItself() {
		assertThat(this.messages.getMessage("aids.search.count", new Object[] { 1 }, Locale.FRENCH))
			.isEqualTo("1 aide trouvée");
		assertThat(this.messages.getMessage("aids.search.count", new Object[] { 2500 }, Locale.FRENCH))
			.isEqualTo("2\u202f500 aides trouvées");
	}

	private static Object[] numbers(int size, int value) {
		Object[] args = new Object[size];
		for (int i = 0; i < size; i++) {
			args[i] = (i % 2 == 0) ? Integer.valueOf(value + i) : Long.valueOf(value * 10L + i);
		}
		return args;
	}

	private static Object[] decimals(int size, BigDecimal value) {
		Object[] args = new Object[size];
		for (int i = 0; i < size; i++) {
			args[i] = (i % 2 == 0) ? value.add(BigDecimal.valueOf(i)) : "text " + i;
		}
		return args;
	}

	private static int arguments(String pattern) {
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		int highest = -1;
		while (matcher.find()) {
			highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
		}
		return highest + 1;
	}

	private static Properties bundle() throws IOException {
		Properties all = new Properties();
		try (InputStream in = MessagesConfigurationTests.class.getResourceAsStream("/messages/messages.properties")) {
			all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return all;
	}

	private static MessageSourceProperties properties() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages/messages"));
		properties.setEncoding(StandardCharsets.UTF_8);
		properties.setFallbackToSystemLocale(false);
		return properties;
	}

	private static ResourceBundleMessageSource reference() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
