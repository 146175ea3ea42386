package fr.coopex.ledger;

import org.springframework.validation.BindingResult;

import fr.coopex.shared.web.FieldException;

/**
 * A ledger request refused, with the form field concerned (or {@code null}) and the
 * message that says why, with its arguments (e.g. the label of the cost item at fault).
 * Nothing has changed when it is thrown.
 */
public class LedgerException extends FieldException {

	private final transient Object[] arguments;

	public LedgerException(String field, String messageKey, Object... arguments) {
		super(field, messageKey);
		this.arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The same refusal with each company it names as {@code names} gives it (the name the
	 * viewer may see), never the name copied when the company joined.
	 */
	public LedgerException named(java.util.function.LongFunction<String> names) {
		return new LedgerException(field(), messageKey(), Company.named(this.arguments, names));
	}

	/**
	 * A company named by a refusal: only its id, resolved into the name the viewer may
	 * see by {@link #named}; read as {@code #id} if it is not.
	 *
	 * @param id the company id
	 */
	public record Company(long id) {

		static Object[] named(Object[] arguments, java.util.function.LongFunction<String> names) {
			Object[] named = arguments.clone();
			for (int i = 0; i < named.length; i++) {
				if (named[i] instanceof Company company) {
					named[i] = names.apply(company.id());
				}
			}
			return named;
		}

		@Override
		public String toString() {
			return "#" + this.id;
		}

	}

	@Override
	public void rejectOn(BindingResult result) {
		if (field() == null || !result.getModel().containsKey(result.getObjectName()) || !isBindable(result, field())) {
			result.reject(messageKey(), this.arguments, null);
		}
		else {
			result.rejectValue(field(), messageKey(), this.arguments, null);
		}
	}

	private static boolean isBindable(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			Object target = result.getTarget();
			if (target != null && target.getClass().isRecord()) {
				// a form record: its components are its fields
				return java.util.Arrays.stream(target.getClass().getRecordComponents())
					.anyMatch((component) -> component.getName().equals(field));
			}
			return target != null
					&& org.springframework.beans.BeanUtils.getPropertyDescriptor(target.getClass(), field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
