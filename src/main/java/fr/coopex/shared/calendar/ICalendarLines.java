package fr.coopex.shared.calendar;

/**
 * The content lines of an iCalendar file (RFC 5545): TEXT values escaped, lines folded at
 * 75 octets without splitting a UTF-8 character, CRLF line endings. The files themselves
 * (which properties, in which order) are written by the modules that export them.
 */
public final class ICalendarLines {

	/** The longest line the RFC allows, in octets, without its CRLF. */
	public static final int MAX_LINE_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private final StringBuilder out = new StringBuilder(4096);

	/**
	 * Appends a content line, folded: no physical line longer than 75 octets, each
	 * continuation starting with one space, never inside a character.
	 */
	public ICalendarLines line(String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > MAX_LINE_OCTETS) {
				this.out.append(CRLF).append(' ');
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append(CRLF);
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	/**
	 * A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other
	 * control characters dropped.
	 */
	public static String text(String value) {
		if (value == null) {
			return "";
		}
		String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder escaped = new StringBuilder(normalised.length() + 16);
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * A parameter value (a common name): quoted, with the characters a quoted value
	 * cannot hold (double quotes, control characters) dropped.
	 */
	public static String parameter(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		if (value != null) {
			value.chars().filter((c) -> c != '"' && !Character.isISOControl(c)).forEach(quoted::appendCodePoint);
		}
		return quoted.append('"').toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
