package fr.coopex.labels;

/**
 * A labelling rule refused the request: the field it concerns (null: the whole form) and
 * the message key that says why.
 */
public class LabelException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public LabelException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

	/** Not found, or not for this person: answered 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class NotFound extends RuntimeException {

		public NotFound() {
			super("not found");
		}

	}

	/** Signed in but not allowed: answered 403. */
	public static class Forbidden extends org.springframework.security.access.AccessDeniedException {

		public Forbidden() {
			super("forbidden");
		}

	}

	/** Someone else decided first (optimistic locking). */
	public static class Conflict extends RuntimeException {

		public Conflict() {
			super("changed by someone else");
		}

	}

}
