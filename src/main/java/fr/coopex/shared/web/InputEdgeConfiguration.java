package fr.coopex.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.coopex.shared.money.AmountFormatter;

/**
 * Input at the edge: control characters are refused in one place
 * ({@link ControlCharacterFilter}). A form that holds one is shown again with the message
 * {@value #MESSAGE} next to the field; an action with no validated form to show it
 * answers 400.
 */
@Configuration(proxyBeanMethods = false)
public class InputEdgeConfiguration implements WebMvcConfigurer {

	/** The message next to a field that held a control character. */
	public static final String MESSAGE = "input.control-characters";

	/**
	 * After the character encoding is set (Boot's filter comes first), before Spring
	 * Session and Spring Security read anything (the sign-in form included).
	 */
	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter());
		registration.setOrder(Integer.MIN_VALUE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Every {@code BigDecimal} field and parameter reads French and international writing
	 * and shows its value in the page's language.
	 */
	/**
	 * An upload over the limit is answered before anything reads its body: after Spring
	 * Session (its message is a flash attribute), before Spring Security (which would
	 * look for the CSRF token in the body).
	 */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MultipartProperties multipart) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(multipart.getMaxRequestSize()));
		registration.setOrder(-250);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new AmountFormatter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormsOnly());
	}

	/** Lets a cleaned form through only to a handler that validates a form. */
	static final class FormsOnly implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			if (request.getDispatcherType() != DispatcherType.REQUEST
					|| request.getAttribute(ControlCharacterFilter.REFUSED_FIELDS) == null) {
				return true;
			}
			if (handler instanceof HandlerMethod method && validatesAForm(method)) {
				return true;
			}
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return false;
		}

		private static boolean validatesAForm(HandlerMethod method) {
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(Valid.class)
						|| parameter.hasParameterAnnotation(Validated.class)) {
					return true;
				}
			}
			return false;
		}

	}

	/** Adds the check to every form's validation. */
	@ControllerAdvice
	static class Advice {

		private static final Validator REFUSED_FIELDS = new RefusedFields();

		@InitBinder
		void refuseControlCharacters(WebDataBinder binder) {
			if (binder.getTarget() != null || binder.getTargetType() != null) {
				binder.addValidators(REFUSED_FIELDS);
			}
		}

		/**
		 * Amounts through the one parser here too: when the conversion service refuses a
		 * value, the binder would otherwise fall back on its default number editor, which
		 * reads {@code 1e3000000}.
		 */
		@InitBinder
		void readAmountsWithTheOneParser(WebDataBinder binder) {
			binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
		}

	}

	/** The amount formatter as a property editor, in the request's language. */
	static final class AmountEditor extends PropertyEditorSupport {

		private static final AmountFormatter FORMATTER = new AmountFormatter();

		@Override
		public void setAsText(String text) {
			try {
				setValue(FORMATTER.parse(text, LocaleContextHolder.getLocale()));
			}
			catch (java.text.ParseException ex) {
				throw new IllegalArgumentException("Not an amount", ex);
			}
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal amount) ? FORMATTER.print(amount, LocaleContextHolder.getLocale())
					: "";
		}

	}

	/**
	 * Rejects each field the filter found a control character in, or the whole form when
	 * the field is not one of its own.
	 */
	static final class RefusedFields implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			Object refused = (request != null)
					? request.getAttribute(ControlCharacterFilter.REFUSED_FIELDS, RequestAttributes.SCOPE_REQUEST)
					: null;
			if (!(refused instanceof Set<?> fields)) {
				return;
			}
			boolean elsewhere = false;
			for (Object field : fields) {
				try {
					errors.rejectValue(field.toString(), MESSAGE);
				}
				catch (RuntimeException notAField) {
					elsewhere = true;
				}
			}
			if (elsewhere) {
				errors.reject(MESSAGE);
			}
		}

	}

}
