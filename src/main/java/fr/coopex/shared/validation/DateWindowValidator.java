package fr.coopex.shared.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import org.springframework.context.i18n.LocaleContextHolder;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * Checks a {@link DateWindow} against today in Paris, read from the application's clock,
 * and names the window's first and last days in the message.
 */
public class DateWindowValidator implements ConstraintValidator<DateWindow, LocalDate> {

	private final Clock clock;

	private DateWindow window;

	public DateWindowValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void initialize(DateWindow window) {
		this.window = window;
	}

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		LocalDate first = today.minusYears(this.window.yearsBefore());
		if (!this.window.earliest().isEmpty()) {
			LocalDate earliest = LocalDate.parse(this.window.earliest());
			if (earliest.isAfter(first)) {
				first = earliest;
			}
		}
		LocalDate last = today.plusYears(this.window.yearsAfter());
		if (!value.isBefore(first) && !value.isAfter(last)) {
			return true;
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale());
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter("first", format.format(first))
			.addMessageParameter("last", format.format(last));
		return false;
	}

}
