package fr.coopex.aids;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;

/**
 * An aid that breaks the catalogue's rules, with every problem found, each naming its
 * field and the message key that explains it. Nothing is saved.
 */
public class AidInvalidException extends RuntimeException {

	private final List<Problem> problems;

	public AidInvalidException(List<Problem> problems) {
		super("Invalid aid: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** Shows each problem next to its field. */
	public void rejectOn(BindingResult result) {
		rejectOn(result, UnaryOperator.identity());
	}

	/** Shows each problem next to its field, found on the form at {@code path(field)}. */
	public void rejectOn(BindingResult result, UnaryOperator<String> path) {
		for (Problem problem : this.problems) {
			String field = path.apply(problem.field());
			if (result.getFieldErrorCount(field) == 0) {
				result.rejectValue(field, problem.messageKey());
			}
		}
	}

	/** One field at fault and why. */
	public record Problem(String field, String messageKey) {
	}

}
