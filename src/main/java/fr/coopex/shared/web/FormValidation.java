package fr.coopex.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The validator of every form: the application's Bean Validation, able to check one value
 * on its own too. A record form is built through its constructor; when one of its values
 * cannot be read (letters in an amount), Spring checks each of the others one by one, so
 * that the page shows every error at once, as it does for a form with setters. The
 * adapter Spring Boot puts around the validator does not check single values: Spring
 * would show the unreadable value alone.
 */
@Configuration(proxyBeanMethods = false)
public class FormValidation implements WebMvcConfigurer {

	private final ObjectProvider<SpringValidatorAdapter> validator;

	FormValidation(ObjectProvider<SpringValidatorAdapter> validator) {
		this.validator = validator;
	}

	@Override
	public Validator getValidator() {
		SpringValidatorAdapter target = this.validator.getIfUnique();
		return (target != null) ? new ValuesToo(target) : null;
	}

	/** Hands everything to the application's validator, single values included. */
	static final class ValuesToo implements SmartValidator {

		private final SpringValidatorAdapter target;

		ValuesToo(SpringValidatorAdapter target) {
			this.target = target;
		}

		@Override
		public boolean supports(Class<?> type) {
			return this.target.supports(type);
		}

		@Override
		public void validate(Object form, Errors errors) {
			this.target.validate(form, errors);
		}

		@Override
		public void validate(Object form, Errors errors, Object... hints) {
			this.target.validate(form, errors, hints);
		}

		@Override
		public void validateValue(Class<?> type, String field, Object value, Errors errors, Object... hints) {
			this.target.validateValue(type, field, value, errors, hints);
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			return this.target.unwrap(type);
		}

	}

}
