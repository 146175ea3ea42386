package fr.coopex.shared.web;

import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Rejects each field the filter found a control character in, or the whole form when the
 * field is not one of its own.
 */
final class RefusedFields implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object refused = (request != null)
				? request.getAttribute(ControlCharacterFilter.REFUSED_FIELDS, RequestAttributes.SCOPE_REQUEST) : null;
		if (!(refused instanceof Set<?> fields)) {
			return;
		}
		boolean elsewhere = false;
		for (Object field : fields) {
			try {
				errors.rejectValue(field.toString(), InputEdgeConfiguration.MESSAGE);
			}
			catch (RuntimeException notAField) {
				elsewhere = true;
			}
		}
		if (elsewhere) {
			errors.reject(InputEdgeConfiguration.MESSAGE);
		}
	}

}
