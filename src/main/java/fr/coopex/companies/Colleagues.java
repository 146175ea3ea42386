package fr.coopex.companies;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.companies.CompanyEvents.ColleagueInvited;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.RequestQuota;
import fr.coopex.shared.security.Tokens;

/**
 * The people of a company account: a member invites colleagues by e-mail; an invitation
 * is single-use and expires after seven days.
 */
@Service
public class Colleagues {

	static final Duration VALIDITY = Duration.ofDays(7);

	private final InvitationStore store;

	private final AccountManagement accounts;

	private final CompanyProfiles profiles;

	private final InvitationMails mails;

	private final ApplicationEventPublisher events;

	private final RequestQuota quota;

	Colleagues(InvitationStore store, AccountManagement accounts, CompanyProfiles profiles, InvitationMails mails,
			ApplicationEventPublisher events, RequestQuota quota) {
		this.quota = quota;
		this.store = store;
		this.accounts = accounts;
		this.profiles = profiles;
		this.mails = mails;
		this.events = events;
	}

	/** An invitation still waiting for its colleague. */
	public record PendingInvitation(String email, Instant expiresAt) {
	}

	/** What an invitation link opens, while it is valid. */
	public record Invitation(long companyId, String companyName, String email) {
	}

	@Transactional(readOnly = true)
	public List<AccountView> of(CoopexUser member) {
		requireCompany(member);
		return this.accounts.members(member.organisationId());
	}

	@Transactional(readOnly = true)
	public List<PendingInvitation> pending(CoopexUser member) {
		requireCompany(member);
		return this.store.pending(member.organisationId());
	}

	/**
	 * Invites a colleague to the member's company and e-mails them a link. Answers the
	 * same whether the address already has an account or not, so that the form cannot be
	 * used to find out who has one: such an address gets an e-mail saying that it cannot
	 * join (its invitation, listed as pending like any other, can never be accepted).
	 * Limited per client and per invited address ({@link RequestQuota}).
	 * @throws CompanyException when the member asked too often
	 */
	@Transactional
	public void invite(CoopexUser member, String email, Locale locale) {
		CompanyProfile company = requireCompany(member);
		String address = email.strip().toLowerCase(Locale.ROOT);
		if (!this.quota.fromClient("invitation")) {
			throw new CompanyException("email", "companies.colleagues.throttled");
		}
		boolean hasAccount = this.accounts.findByEmail(address).isPresent();
		String token = Tokens.random();
		this.store.add(company.getCompanyId(), address, token, member.id());
		this.events.publishEvent(new ColleagueInvited(company.getCompanyId(), address, member.id()));
		if (!this.quota.toEmail("invitation", address)) {
			return;
		}
		this.mails.send(member, company.getLegalName(), address, hasAccount ? null : token, locale);
	}

	/** The invitation of a link, if it is known, unused and not expired. */
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.store.find(token);
	}

	/**
	 * Accepts an invitation: creates the colleague's account in the company. The link
	 * then no longer works.
	 * @throws CompanyException when the link is expired or already used
	 */
	@Transactional
	public CoopexUser accept(String token, String displayName, String password) {
		Invitation invitation = invitation(token)
			.orElseThrow(() -> new CompanyException(null, "companies.invitation.invalid"));
		if (!this.store.claim(token)) {
			throw new CompanyException(null, "companies.invitation.invalid");
		}
		try {
			return this.accounts.createColleague(invitation.companyId(), invitation.email(), displayName, password);
		}
		catch (fr.coopex.accounts.AccountException ex) {
			throw new CompanyException(ex.field(), ex.messageKey());
		}
	}

	private CompanyProfile requireCompany(CoopexUser member) {
		return this.profiles.findById(member.organisationId())
			.orElseThrow(() -> new CompanyException(null, "companies.not-a-company"));
	}

}
