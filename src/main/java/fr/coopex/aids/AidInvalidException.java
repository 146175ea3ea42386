package fr.coopex.aids;

import java.util.List;

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
		for (Problem problem : this.problems) {
			if (result.getFieldErrorCount(problem.field()) == 0) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	/** One field at fault and why. */
	public record Problem(String field, String messageKey) {
	}

}
