package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.validation.IbanCheck;

/**
 * The account to which members pay what the coordination calls from them (cash calls of
 * the ecosystem's shared costs). Its coordinators enter it; its insiders read it; the
 * notice of a cash call tells it.
 */
@Service
public class EcosystemPayments {

	private final JdbcTemplate jdbc;

	private final EcosystemManagement ecosystems;

	private final Clock clock;

	EcosystemPayments(JdbcTemplate jdbc, EcosystemManagement ecosystems, Clock clock) {
		this.jdbc = jdbc;
		this.ecosystems = ecosystems;
		this.clock = clock;
	}

	/**
	 * An ecosystem's bank details.
	 *
	 * @param iban without spaces ({@link #groupedIban()} to show it)
	 * @param bic null when not given
	 */
	public record PaymentDetails(String accountHolder, String iban, String bic) {

		public String groupedIban() {
			return IbanCheck.grouped(this.iban);
		}

	}

	/**
	 * The details as an insider (a coordinator, a member company's person) reads them.
	 * @throws EcosystemNotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public Optional<PaymentDetails> details(CoopexUser viewer, long ecosystemId) {
		Standing standing = this.ecosystems.standing(viewer, ecosystemId);
		if (standing.ecosystemName() == null || !standing.insider()) {
			throw new EcosystemNotFoundException();
		}
		return load(ecosystemId);
	}

	/**
	 * The details to print on a notice sent to the ecosystem's members (no viewer: the
	 * caller sends them only to the companies concerned).
	 */
	@Transactional(readOnly = true)
	public Optional<PaymentDetails> detailsForNotices(long ecosystemId) {
		return load(ecosystemId);
	}

	/**
	 * A coordinator enters or changes the details. The IBAN's key is checked (ISO 13616),
	 * the BIC's form when given.
	 */
	@Transactional
	public void change(CoopexUser coordinator, long ecosystemId, PaymentDetails details) {
		this.ecosystems.summary(ecosystemId);
		if (!this.ecosystems.isCoordinator(coordinator, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
		String holder = (details.accountHolder() == null) ? "" : details.accountHolder().strip();
		if (holder.isEmpty() || holder.length() > 140) {
			throw new EcosystemException("accountHolder", "ecosystems.payment.holder-required");
		}
		IbanCheck.Problem problem = IbanCheck.problem(details.iban());
		if (problem != null) {
			throw new EcosystemException("iban", "ecosystems.payment.iban." + problem.name().toLowerCase());
		}
		String bic = IbanCheck.normalize(details.bic());
		if (bic != null && bic.isEmpty()) {
			bic = null;
		}
		if (bic != null && !IbanCheck.isValidBic(bic)) {
			throw new EcosystemException("bic", "ecosystems.payment.bic-invalid");
		}
		String iban = IbanCheck.normalize(details.iban());
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.update(
				"update ecosystem_payment_details set account_holder = ?, iban = ?, bic = ?, updated_at = ?, updated_by = ? "
						+ "where ecosystem_id = ?",
				holder, iban, bic, now, coordinator.id(), ecosystemId);
		if (updated == 0) {
			this.jdbc.update(
					"insert into ecosystem_payment_details (ecosystem_id, account_holder, iban, bic, updated_at, updated_by) "
							+ "values (?, ?, ?, ?, ?, ?)",
					ecosystemId, holder, iban, bic, now, coordinator.id());
		}
	}

	private Optional<PaymentDetails> load(long ecosystemId) {
		return this.jdbc
			.query("select account_holder, iban, bic from ecosystem_payment_details where ecosystem_id = ?",
					(rs, i) -> new PaymentDetails(rs.getString(1), rs.getString(2), rs.getString(3)), ecosystemId)
			.stream()
			.findFirst();
	}

}
