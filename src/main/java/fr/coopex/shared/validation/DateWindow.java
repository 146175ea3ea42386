package fr.coopex.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date within a sensible window around today (Paris time): no payment dated year 1, no
 * cash call due in 9999. The window is {@code yearsBefore} years before today to
 * {@code yearsAfter} years after it, and never before {@code earliest} (an ISO date, when
 * given). The message says the window, in the person's language. A null value is accepted
 * here (use {@code @NotNull} for required dates).
 * <p>
 * For example, payments: {@code @DateWindow(earliest = "2000-01-01", yearsAfter = 1)};
 * events: {@code @DateWindow(yearsBefore = 10, yearsAfter = 10)}.
 */
@Documented
@Constraint(validatedBy = DateWindowValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateWindow {

	/** How many years before today the window opens. */
	int yearsBefore() default 10;

	/** How many years after today the window closes. */
	int yearsAfter() default 10;

	/** The earliest date ever allowed (ISO, e.g. {@code 2000-01-01}); none when empty. */
	String earliest() default "";

	String message() default "{validation.date-window}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
