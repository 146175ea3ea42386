package fr.coopex.shared.web;

/**
 * The characters refused in any text a person sends: the C0 controls (NUL...) and DEL,
 * the C1 controls, lone surrogates (no character at all) and the noncharacters U+FFFE and
 * U+FFFF. Tab, carriage return and line feed are allowed in form fields, which may be
 * multi-line, never in query parameters. PostgreSQL refuses NUL in a text, and none of
 * these has a meaning in a name, a message or a search.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a refused character; {@code null} holds none. */
	public static boolean refused(String text, boolean multiLine) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (refused(c, multiLine)) {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return true;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/** The text without its refused characters. */
	public static String strip(String text, boolean multiLine) {
		if (!refused(text, multiLine)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (!refused(c, multiLine) && !Character.isSurrogate(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean refused(char c, boolean multiLine) {
		if (c < 0x20) {
			return !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
		}
		return (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
	}

}
