package fr.coopex.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountEvents.SecondFactorChanged;
import fr.coopex.accounts.AccountEvents.SecondFactorFailed;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.web.RequestOrigin;

/**
 * The second factor: an authenticator app (TOTP) and single-use recovery codes. Mandatory
 * for ADMIN and AGENCY accounts, optional for everyone else.
 */
@Service
public class SecondFactorManagement {

	/** How many recovery codes a person receives. */
	public static final int RECOVERY_CODES = 10;

	private final UserAccounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String issuer;

	private final CurrentPasswordCheck currentPassword;

	SecondFactorManagement(UserAccounts accounts, RecoveryCodes recoveryCodes, ApplicationEventPublisher events,
			Clock clock, CoopexProperties properties, CurrentPasswordCheck currentPassword) {
		this.currentPassword = currentPassword;
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.events = events;
		this.clock = clock;
		this.issuer = properties.security().totpIssuer();
	}

	/** Proposes a new secret for this account. */
	public SecondFactorEnrolment startEnrolment(String email) {
		return enrolment(email, Totp.newSecret());
	}

	/**
	 * The enrolment for a secret already proposed (to show the page again after a wrong
	 * code).
	 */
	public SecondFactorEnrolment enrolment(String email, String secret) {
		String uri = Totp.uri(this.issuer, email, secret);
		return new SecondFactorEnrolment(secret, uri, QrCodeSvg.render(uri));
	}

	/**
	 * Turns the second factor on once the person typed a valid code of the proposed
	 * secret.
	 * @return the recovery codes, shown once
	 * @throws AccountException when the code is wrong
	 */
	@Transactional
	public List<String> confirmEnrolment(long userId, String secret, String code) {
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			this.events.publishEvent(new SecondFactorFailed(account.getEmail(), RequestOrigin.currentAddress()));
			throw new AccountException("code", "accounts.second-factor.code-wrong");
		}
		account.enableTotp(secret, step.getAsLong());
		List<String> codes = this.recoveryCodes.replace(userId);
		this.events
			.publishEvent(new SecondFactorChanged(account.getEmail(), "ENABLED", RequestOrigin.currentAddress()));
		return codes;
	}

	/**
	 * Checks a code typed at sign-in: a code of the app (each accepted once) or an unused
	 * recovery code (then spent).
	 */
	@Transactional
	public boolean verify(long userId, String code) {
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		boolean valid = false;
		if (account.isTotpEnabled() && code != null) {
			String compact = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
			if (compact.length() == 6) {
				OptionalLong step = Totp.matchingStep(account.getTotpSecret(), compact, this.clock.instant());
				valid = step.isPresent() && account.acceptTotpStep(step.getAsLong());
			}
			else if (compact.length() == 8) {
				valid = this.recoveryCodes.spend(userId, compact);
			}
		}
		if (!valid) {
			this.events.publishEvent(new SecondFactorFailed(account.getEmail(), RequestOrigin.currentAddress()));
		}
		return valid;
	}

	/**
	 * Turns the second factor off after checking the password (not for ADMIN and AGENCY);
	 * the check counts with the sign-in failures.
	 */
	@Transactional
	public void disable(long userId, String password) {
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		this.currentPassword.require(account, password, "password");
		if (account.getRole().requiresSecondFactor() && !account.isSecondFactorExempt()) {
			throw new AccountException(null, "accounts.second-factor.mandatory");
		}
		account.disableTotp();
		this.recoveryCodes.delete(userId);
		this.events
			.publishEvent(new SecondFactorChanged(account.getEmail(), "DISABLED", RequestOrigin.currentAddress()));
	}

	/** Issues a new set of recovery codes; the old ones stop working. */
	@Transactional
	public List<String> renewRecoveryCodes(long userId) {
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		if (!account.isTotpEnabled()) {
			throw new AccountException(null, "accounts.second-factor.not-enabled");
		}
		List<String> codes = this.recoveryCodes.replace(userId);
		this.events.publishEvent(
				new SecondFactorChanged(account.getEmail(), "RECOVERY_CODES_RENEWED", RequestOrigin.currentAddress()));
		return codes;
	}

	@Transactional(readOnly = true)
	public int remainingRecoveryCodes(long userId) {
		return this.recoveryCodes.remaining(userId);
	}

}
