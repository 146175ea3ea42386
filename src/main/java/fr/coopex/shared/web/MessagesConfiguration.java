package fr.coopex.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of the interface: Spring Boot's resource bundles (configured by
 * {@code spring.messages.*} as before), with plain numbers formatted by a kept number
 * format.
 * <p>
 * {@link MessageFormat} formats a number placed without a style (<code>{0}</code>)
 * through a new {@link NumberFormat} each time, and creating one (its symbols, its
 * pattern) cost a tenth of a pool page's CPU, whose explanations and chart hold dozens of
 * such numbers. A message whose placeholders are all plain is therefore given its numbers
 * already written, by the very format {@link MessageFormat} would have created for its
 * locale: the text is the same. A message with a styled placeholder (number, choice,
 * date) is formatted as before.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		PlainNumbersMessageSource messages = new PlainNumbersMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		messages.setDefaultEncoding(
				(properties.getEncoding() != null) ? properties.getEncoding().name() : StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return messages;
	}

	/** Resource bundles whose plain numeric arguments are written by a kept format. */
	static final class PlainNumbersMessageSource extends ResourceBundleMessageSource {

		/** Per thread (formats are not thread-safe), one number format per locale. */
		private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS = ThreadLocal.withInitial(HashMap::new);

		@Override
		protected String getMessageInternal(String code, Object[] args, Locale locale) {
			return super.getMessageInternal(code, plainNumbersWritten(code, args, locale), locale);
		}

		private Object[] plainNumbersWritten(String code, Object[] args, Locale locale) {
			if (code == null || args == null || locale == null || !hasNumber(args)) {
				return args;
			}
			MessageFormat format = resolveCode(code, locale);
			if (format == null || !allPlain(format)) {
				return args;
			}
			Locale formatLocale = format.getLocale();
			Object[] written = args.clone();
			for (int i = 0; i < written.length; i++) {
				if (written[i] instanceof Number number) {
					written[i] = NUMBERS.get().computeIfAbsent(formatLocale, NumberFormat::getInstance).format(number);
				}
			}
			return written;
		}

		private static boolean hasNumber(Object[] args) {
			for (Object arg : args) {
				if (arg instanceof Number) {
					return true;
				}
			}
			return false;
		}

		private static boolean allPlain(MessageFormat format) {
			for (Format element : format.getFormats()) {
				if (element != null) {
					return false;
				}
			}
			return true;
		}

	}

}
