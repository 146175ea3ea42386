package fr.coopex.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, at most 128, and not one of the common
 * passwords shipped with the application ({@code security/common-passwords.txt}, compared
 * without regard to case).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * The message key of what is wrong with this password, or {@code null} when
	 * acceptable.
	 */
	public String problem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "validation.password.short";
		}
		if (password.length() > MAX_LENGTH) {
			return "validation.password.long";
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return "validation.password.common";
		}
		return null;
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(65536);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing", ex);
		}
		return passwords;
	}

}
