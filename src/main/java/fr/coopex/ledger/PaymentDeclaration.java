package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One declaration of a payment on a cash call line (see {@link PaymentDeclarations}).
 *
 * @param declarerName the name of the person who declared it
 * @param reason why it was rejected, or null
 * @param decidedAt when a manager decided, or null while pending
 */
public record PaymentDeclaration(long id, long poolId, long cashCallId, String label, LocalDate dueOn, long companyId,
		String companyName, BigDecimal amount, LocalDate paidOn, String reference, String declarerName,
		Instant declaredAt, Status status, String reason, Instant decidedAt) {

	public boolean pending() {
		return this.status == Status.PENDING;
	}

	/** Where a declaration stands. */
	public enum Status {

		/** Waiting for a manager of the pool. */
		PENDING,
		/** Confirmed: recorded as a payment. */
		CONFIRMED,
		/** Rejected, with a reason. */
		REJECTED

	}

	/**
	 * The waiting declarations among these, by line: {@code "cashCallId:companyId"}, for
	 * the pages that show them next to their cash call lines.
	 */
	public static Map<String, PaymentDeclaration> pendingByLine(List<PaymentDeclaration> declarations) {
		Map<String, PaymentDeclaration> byLine = new HashMap<>();
		declarations.stream()
			.filter(PaymentDeclaration::pending)
			.forEach((d) -> byLine.putIfAbsent(d.cashCallId() + ":" + d.companyId(), d));
		return byLine;
	}

}
