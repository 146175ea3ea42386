package fr.coopex.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and English stay complete: the same keys in both files, no empty text, and no
 * template text written outside the message files.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Text between tags, for elements that do not get their text from th:text / th:utext.
	 */
	private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]*[\\p{L}][^<>]*)<");

	private static final Pattern PLAIN_ATTRIBUTE = Pattern
		.compile("\\s(?:aria-label|placeholder|alt|title)=\"([^\"]*\\p{L}[^\"]*)\"");

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		Properties french = load("messages/messages.properties");
		Properties english = load("messages/messages_en.properties");
		Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
		missingInFrench.removeAll(french.stringPropertyNames());
		assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
		assertThat(missingInFrench).as("keys missing in messages.properties").isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String file : List.of("messages/messages.properties", "messages/messages_en.properties")) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames())
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank());
		}
	}

	@Test
	void templatesHoldNoTextOutsideTheMessageFiles() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
				Matcher text = TEXT_NODE.matcher(html);
				while (text.find()) {
					String tag = text.group(1);
					String attributes = text.group(2);
					boolean translated = attributes.contains("th:text") || attributes.contains("th:utext")
							|| attributes.contains("th:replace") || attributes.contains("th:errors");
					boolean exempt = tag.equals("title") || tag.equals("script") || tag.equals("style")
							|| text.group(3).strip().matches("Coopex|English|Français|[\\p{Punct}\\s]*");
					if (!translated && !exempt) {
						problems.add(TEMPLATES.relativize(file) + ": <" + tag + "> " + text.group(3).strip());
					}
				}
				Matcher attribute = PLAIN_ATTRIBUTE.matcher(html);
				while (attribute.find()) {
					problems.add(TEMPLATES.relativize(file) + ": attribute " + attribute.group().strip());
				}
			}
		}
		assertThat(problems).as("text written in templates instead of messages*.properties").isEmpty();
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
