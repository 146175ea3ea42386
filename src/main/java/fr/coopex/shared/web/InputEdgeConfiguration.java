package fr.coopex.shared.web;

import java.math.BigDecimal;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
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

	/**
	 * Every {@code BigDecimal} field and parameter reads French and international writing
	 * and shows its value in the page's language.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new AmountFormatter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormsOnly());
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

}
