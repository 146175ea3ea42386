package fr.coopex.security;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidData;
import fr.coopex.aids.ApplicationTracker;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.SubsidyDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.security.SecondFactorPending;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may do what, page by page and action by action: each row is a URL and method, and
 * the answer expected for a visitor and for each role. {@code LOGIN} means the visitor is
 * sent to the sign-in page. Every new page or action adds its row here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** The visitor is redirected to the sign-in page. */
	static final int LOGIN = -1;

	/** A redirect after a completed action. */
	static final int REDIRECT = 302;

	/**
	 * A half-signed-in person asking for a page is sent to the second-factor page.
	 */
	static final int SECOND_FACTOR = -2;

	enum Who {

		ANONYMOUS, MEMBER, COORDINATOR, AGENCY, ADMIN,

		/**
		 * The ecosystem's leader after a right password but before the second factor:
		 * anonymous everywhere but on the second-factor pages.
		 */
		HALF_SIGNED_IN

	}

	/**
	 * What a half-finished sign-in gets on the second-factor pages (the leader has no app
	 * yet: the code page sends it to the enrolment page; an empty code is refused on the
	 * page; "done" without an enrolment goes back to the code page).
	 */
	static final Map<String, Integer> SECOND_FACTOR_PAGES = Map.of("GET /login/second-factor", REDIRECT,
			"POST /login/second-factor", 200, "GET /login/second-factor/setup", 200, "POST /login/second-factor/done",
			REDIRECT);

	record Row(HttpMethod method, String url, int anonymous, int member, int coordinator, int agency, int admin) {

		int expected(Who who) {
			return switch (who) {
				case ANONYMOUS -> this.anonymous;
				case HALF_SIGNED_IN -> halfSignedIn();
				case MEMBER -> this.member;
				case COORDINATOR -> this.coordinator;
				case AGENCY -> this.agency;
				case ADMIN -> this.admin;
			};
		}

		/**
		 * As a visitor, except that a page a visitor must sign in for sends it back to
		 * the second-factor page (a form posted there is refused).
		 */
		private int halfSignedIn() {
			Integer ownPage = SECOND_FACTOR_PAGES.get(this.method + " " + this.url);
			if (ownPage != null) {
				return ownPage;
			}
			if (this.anonymous != LOGIN) {
				return this.anonymous;
			}
			return (this.method == HttpMethod.GET) ? SECOND_FACTOR : 403;
		}

	}

	static final Row[] MATRIX = {
			// public pages
			new Row(HttpMethod.GET, "/", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/login", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/register", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/register", 200, 200, 200, 200, 200), // empty form:
																			// errors
																			// shown
			new Row(HttpMethod.GET, "/password/forgot", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/password/forgot", 200, 200, 200, 200, 200), // empty
																					// form
			new Row(HttpMethod.GET, "/password/reset?token=unknown", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/password/reset", 200, 200, 200, 200, 200), // bad
																					// token
			new Row(HttpMethod.GET, "/actuator/health", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/logout", REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
			// own account
			new Row(HttpMethod.GET, "/account/security", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/security/password", LOGIN, 200, 200, 200, 200), // empty
																								// form
			new Row(HttpMethod.GET, "/account/security/second-factor", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/security/recovery-codes", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT), // not
																															// enabled:
																															// message
			new Row(HttpMethod.POST, "/account/security/second-factor/disable", LOGIN, REDIRECT, REDIRECT, REDIRECT,
					REDIRECT), // wrong password: message
			// second factor during sign-in: only for a half-finished sign-in
			new Row(HttpMethod.GET, "/login/second-factor", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/login/second-factor", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/login/second-factor/setup", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/login/second-factor/done", LOGIN, 403, 403, 403, 403),
			// reference data
			new Row(HttpMethod.GET, "/reference/naf?q=28", LOGIN, 200, 200, 200, 200),
			// companies: the directory and each company's page, for anyone signed in
			new Row(HttpMethod.GET, "/companies", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/companies?q=test&naf=28&region=BRETAGNE&market=DE", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/companies/{company}", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/companies/999999", LOGIN, 404, 404, 404, 404),
			// a company's own profile and colleagues: its people only
			new Row(HttpMethod.GET, "/account/company", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/account/company", LOGIN, 200, 403, 403, 403), // empty
																						// form:
																						// errors
			new Row(HttpMethod.GET, "/account/company/colleagues", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/account/company/colleagues", LOGIN, 200, 403, 403, 403), // empty
																								// form
			new Row(HttpMethod.GET, "/invitations/unknown-token", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/invitations/unknown-token", 200, 200, 200, 200, 200), // invalid:
																								// message
			// ecosystems: public reads
			new Row(HttpMethod.GET, "/ecosystems", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/ecosystems?q=test&market=DE&sector=28&coordination=THIRD_PARTY&open=true", 200,
					200, 200, 200, 200),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/ecosystems/999999", 404, 404, 404, 404, 404),
			// creating: SME managers and coordination bodies only (the form shows to
			// anyone)
			new Row(HttpMethod.GET, "/ecosystems/new", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/ecosystems/new?name=Matrice&purpose=Essai", LOGIN, REDIRECT, REDIRECT, 403, 403),
			// running: the ecosystem's coordinators only (none of the matrix people)
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/edit", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/edit", LOGIN, 403, 403, 403, 403), // empty
																									// form
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/edit?name=Pris&purpose=Pris", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/999999/edit", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/requests/{request}/approve", LOGIN, 403, 403, 403,
					403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/requests/{request}/reject?reason=Non", LOGIN, 403,
					403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/invitations?siren={siren}", LOGIN, 403, 403, 403,
					403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/invitations", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/coordinators?email=someone@example.fr", LOGIN,
					403, 403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/999999/requests/{request}/approve", LOGIN, 404, 404, 404,
					404),
			new Row(HttpMethod.GET, "/console/ecosystems", LOGIN, 200, 200, 200, 200),
			// an ecosystem's settings (the bank details of its cash calls): its
			// coordinators only (none of the matrix people)
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/settings", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/settings", LOGIN, 403, 403, 403, 403), // empty
			new Row(HttpMethod.POST,
					"/ecosystems/{ecosystem}/settings?accountHolder=Pirate&iban=FR7630006000011234567890189", LOGIN,
					403, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/999999/settings", LOGIN, 404, 404, 404, 404),
			// joining and leaving: companies only; the matrix member is not in the
			// ecosystem
			// (which is closed to requests), so it gets a message, never a change
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/join", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/withdraw", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/invitation/accept", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/invitation/decline", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/charter/accept", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/leave", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/leave", LOGIN, REDIRECT, 403, 403, 403),
			// notifications: one's own
			new Row(HttpMethod.GET, "/notifications", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/notifications/read", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
			// fairs and missions
			// fairs: the calendar is public; coordinators and agencies edit it
			new Row(HttpMethod.GET, "/fairs", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/fairs?q=x&from=2027-01-01&to=2027-12-31&country=DE&sector=28", 200, 200, 200, 200,
					200),
			new Row(HttpMethod.GET, "/fairs.ics?country=DE&sector=C", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/fairs/{fair}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/fairs/{fair}.ics", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/fairs/999999", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/fairs/999999.ics", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/fairs/new", LOGIN, 403, 200, 200, 403),
			new Row(HttpMethod.POST, "/fairs/new", LOGIN, 403, 200, 200, 403), // empty
																				// form
			new Row(HttpMethod.GET, "/fairs/{fair}/edit", LOGIN, 403, 200, 200, 403),
			new Row(HttpMethod.POST, "/fairs/{fair}/edit", LOGIN, 403, 200, 200, 403), // empty
																						// form
			new Row(HttpMethod.GET, "/fairs/999999/edit", LOGIN, 404, 404, 404, 404),
			// shared stands: the ecosystem's insiders only (none of the matrix people)
			new Row(HttpMethod.GET, "/stands", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/stands?ecosystem={ecosystem}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/console/stands", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/stands/{stand}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/stands/999999", LOGIN, 404, 404, 404, 404),
			// the matrix member and coordinator each coordinate the ecosystem they
			// created above
			new Row(HttpMethod.GET, "/stands/new?fair={fair}", LOGIN, 200, 200, 403, 403),
			new Row(HttpMethod.POST,
					"/stands/new?fairId={fair}&ecosystemId={ecosystem}&totalArea=10&minShare=1&bookingDeadline=2030-01-01",
					LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/stands/{stand}/edit", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/stands/{stand}/edit?totalArea=99&minShare=1", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/stands/{stand}/booking?area=1", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/stands/{stand}/booking/cancel?version=0", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/stands/{stand}/status?status=CLOSED&version=0", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/stands/{stand}/bookings/{booking}/waive", LOGIN, 404, 404, 404, 404),
			// missions: the ecosystem's insiders only; leads: their company only
			new Row(HttpMethod.GET, "/missions", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/missions?ecosystem={ecosystem}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/missions/new", LOGIN, 200, 200, 403, 403),
			new Row(HttpMethod.POST,
					"/missions/new?ecosystemId={ecosystem}&title=Intrus&kind=MARKET_STUDY&market=CN"
							+ "&startsOn=2027-05-10&endsOn=2027-05-15&budget=10",
					LOGIN, 404, 404, 403, 403),
			new Row(HttpMethod.GET, "/missions/{mission}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/missions/999999", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/missions/{mission}/join", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/missions/{mission}/leave", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/missions/{mission}/status?status=CLOSED&version=0", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/missions/{mission}/leads?companyName=Vol&stage=NEW", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/missions/{mission}/leads/{lead}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/missions/{mission}/leads/{lead}?companyName=Vol&stage=LOST&version=0", LOGIN,
					404, 404, 404, 404),
			new Row(HttpMethod.POST, "/missions/{mission}/findings?title=Note&text=Texte", LOGIN, 404, 404, 404, 404),
			// ledger: a pool's pages and console for its participants and the ecosystem's
			// coordinators only (none of the matrix people): 404, as if it did not exist
			new Row(HttpMethod.GET, "/pools", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/pools/{pool}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/pools/999999", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/pools/{pool}/statement.pdf", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/pools/{pool}/statement.csv", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/pools/{pool}/export.pdf", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/pools/{pool}/export.csv", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ledger/ecosystems/{ecosystem}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ledger/ecosystems/{ecosystem}/statement.pdf", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ledger/ecosystems/{ecosystem}/statement.csv", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/console/pools/{pool}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/console/pools/{pool}/items/{poolItem}/edit", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/items?label=X&amount=1", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/items/{poolItem}?label=X&amount=1", LOGIN, 404, 404, 404,
					404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/items/{poolItem}/delete", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/subsidies?label=X&rate=10&categories=SPACE", LOGIN, 404,
					404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/subsidies/{poolSubsidy}/delete", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/key?defaultKey=EQUAL", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/participants/{poolCompany}?area=1&weight=1", LOGIN, 404,
					404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/post", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/reopen", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/payments?payer={poolCompany}&payee=0&amount=1", LOGIN, 404,
					404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/cash-calls?label=X&rate=50&dueOn=2030-01-01", LOGIN, 404,
					404, 404, 404),
			// a member company's declaration of a payment on its cash call line, and the
			// managers' decision: none of the matrix people takes part in or runs the
			// pool
			new Row(HttpMethod.GET, "/pools/{pool}/cash-calls/{poolCashCall}/payment", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/pools/{pool}/cash-calls/{poolCashCall}/payment?amount=1&paidOn=2026-01-02",
					LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/pools/999999/cash-calls/{poolCashCall}/payment", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/declarations/{poolDeclaration}/confirm", LOGIN, 404, 404,
					404, 404),
			new Row(HttpMethod.POST, "/console/pools/{pool}/declarations/{poolDeclaration}/reject?reason=Non", LOGIN,
					404, 404, 404, 404),
			// ledger-money: the pages asking before an irreversible action of the console
			new Row(HttpMethod.GET, "/console/pools/{pool}/post", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/console/pools/{pool}/items/{poolItem}/delete", LOGIN, 404, 404, 404, 404),
			// aids: the catalogue and each published aid for anyone; a draft for nobody
			// here ({draft} and {foreignAid} belong to another agency than the matrix's)
			new Row(HttpMethod.GET, "/aids", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/aids?q=salon&kind=GRANT&status=CLOSED&soon=true&mine=true&sort=DEADLINE&page=2",
					200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/aids/{aid}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/aids/{foreignAid}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/aids/{draft}", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/aids/999999", 404, 404, 404, 404, 404),
			// what a company does with aids: its people only
			new Row(HttpMethod.GET, "/aids/for-me", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.GET, "/aids/saved", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/{aid}/save", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/{aid}/unsave", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/{draft}/save", LOGIN, 404, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/alerts/subscribe", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/alerts/unsubscribe", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.GET, "/aids/alerts/unsubscribe?token=unknown", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/applications", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/applications?aidId={aid}", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.POST, "/applications?aidId={draft}", LOGIN, 404, 403, 403, 403),
			// {application} belongs to another company (the insider's)
			new Row(HttpMethod.GET, "/applications/{application}", LOGIN, 404, 403, 403, 403),
			new Row(HttpMethod.POST, "/applications/{application}?status=ABANDONED&version=0", LOGIN, 404, 403, 403,
					403),
			new Row(HttpMethod.GET, "/applications/999999", LOGIN, 404, 403, 403, 403),
			// an ecosystem's aids for groupings: its coordinators only (none of the
			// matrix)
			new Row(HttpMethod.GET, "/aids/for-ecosystem/{ecosystem}", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/aids/for-ecosystem/999999", LOGIN, 404, 404, 404, 404),
			// curation: agency officers, on their own agency's aids only
			new Row(HttpMethod.GET, "/aids/manage", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/aids/manage/new", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.POST, "/aids/manage/new", LOGIN, 403, 403, 200, 403), // empty
																						// form:
																						// errors
			new Row(HttpMethod.GET, "/aids/manage/{foreignAid}/edit", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/manage/{foreignAid}/edit?name=Pris&version=0", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/manage/{foreignAid}/unpublish", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/aids/manage/{draft}/publish", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/aids/manage/999999/edit", LOGIN, 403, 403, 404, 403),
			new Row(HttpMethod.GET, "/aids/manage/export.csv", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/aids/manage/export.json", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/aids/manage/import", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.POST, "/aids/manage/import", LOGIN, 403, 403, 200, 403), // no
																						// file:
																						// message
			// open data: anonymous and read-only, never a draft
			new Row(HttpMethod.GET, "/api/aids", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/api/aids?q=salon&kind=GRANT", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/api/aids?kind=BOGUS", 400, 400, 400, 400, 400),
			new Row(HttpMethod.GET, "/api/aids/{aid}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/api/aids/{draft}", 404, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/api/aids", 403, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/v3/api-docs", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/swagger-ui/index.html", 200, 200, 200, 200, 200),
			// platform administration
			new Row(HttpMethod.GET, "/admin/accounts", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/audit", LOGIN, 403, 403, 403, 200),
			// organisations, people, admin console, audit (issue 16)
			new Row(HttpMethod.GET, "/register/coordination", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/register/agency", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/register/coordination", 200, 200, 200, 200, 200), // empty:
																							// errors
			new Row(HttpMethod.POST, "/register/agency", 200, 200, 200, 200, 200), // empty:
																					// errors
			new Row(HttpMethod.GET, "/invite/unknown-token", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/invite/unknown-token", 200, 200, 200, 200, 200), // invalid:
																						// message
			new Row(HttpMethod.POST, "/invite/unknown-token/renew", REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
			new Row(HttpMethod.GET, "/account/email/confirm?token=unknown", REDIRECT, REDIRECT, REDIRECT, REDIRECT,
					REDIRECT),
			new Row(HttpMethod.GET, "/admin/requests", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.POST, "/admin/requests/999999/approve", LOGIN, 403, 403, 403, REDIRECT), // unknown
			new Row(HttpMethod.POST, "/admin/requests/999999/refuse?reason=Non", LOGIN, 403, 403, 403, REDIRECT),
			new Row(HttpMethod.GET, "/admin/organisations", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/organisations?q=x&kind=AGENCY&region=BRETAGNE&page=2", LOGIN, 403, 403, 403,
					200),
			new Row(HttpMethod.GET, "/admin/organisations/new", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.POST, "/admin/organisations/new", LOGIN, 403, 403, 403, 200), // empty:
																								// errors
			new Row(HttpMethod.GET, "/admin/organisations/{agencyOrg}", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/organisations/999999", LOGIN, 403, 403, 403, 404),
			new Row(HttpMethod.POST, "/admin/organisations/{agencyOrg}/scope", LOGIN, 403, 403, 403, 200), // empty
			new Row(HttpMethod.GET, "/admin/accounts?q=x&role=MEMBER&state=LOCKED", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/accounts?state=INVITED", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/accounts/{insiderUser}/disable", LOGIN, 403, 403, 403, 200), // confirm
			new Row(HttpMethod.GET, "/admin/accounts/999999/unlock", LOGIN, 403, 403, 403, 404),
			new Row(HttpMethod.POST, "/admin/accounts/999999/disable", LOGIN, 403, 403, 403, 404),
			new Row(HttpMethod.POST, "/admin/accounts/{insiderUser}/unlock", LOGIN, 403, 403, 403, REDIRECT),
			new Row(HttpMethod.POST, "/admin/accounts/invitations/999999/resend", LOGIN, 403, 403, 403, REDIRECT),
			new Row(HttpMethod.GET, "/admin/audit?person=x&organisation=y&kind=SIGN_IN&from=2026-01-01&to=2026-12-31",
					LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/audit.csv?kind=ACCOUNTS", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/account/organisation/people", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/organisation/people/invite", LOGIN, 200, 200, 200, 200), // empty
			new Row(HttpMethod.POST, "/account/organisation/people/{insiderUser}/remove", LOGIN, REDIRECT, REDIRECT,
					REDIRECT, REDIRECT), // not theirs: message, nothing removed
			new Row(HttpMethod.POST, "/account/organisation/people/{insiderUser}/promote", LOGIN, REDIRECT, REDIRECT,
					REDIRECT, REDIRECT), // not theirs: message
			new Row(HttpMethod.GET, "/account/organisation/audit", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/account/organisation/audit.csv", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/account/personal", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/personal/email", LOGIN, 200, 200, 200, 200), // empty:
																							// errors
			new Row(HttpMethod.POST, "/account/personal/time-zone?timeZone=Mars/Olympus", LOGIN, 200, 200, 200, 200), // not
																														// a
																														// zone
																														// offered:
																														// the
																														// form
																														// again,
																														// nothing
																														// saved
			new Row(HttpMethod.POST, "/account/personal/close", LOGIN, 200, 200, 200, 200), // empty:
																							// errors
			new Row(HttpMethod.GET, "/account/data.json", LOGIN, 200, 200, 200, 200),
			// closed endpoints
			new Row(HttpMethod.GET, "/actuator/env", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/actuator/beans", LOGIN, 403, 403, 403, 403),
			// caches: metrics from the machine itself (from elsewhere, admins only:
			// CachingTests)
			new Row(HttpMethod.GET, "/actuator/metrics", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/actuator/metrics/cache.gets", 200, 200, 200, 200, 200),
			// labels (issue 17): the registry, label pages, badge, CSV and API for
			// anyone; a
			// scheme, application and label of an agency of Grand Est and an ecosystem
			// that
			// none of the matrix people belongs to (the matrix agency has no jurisdiction
			// there and does not own the scheme; the matrix coordinator runs another
			// ecosystem). Who is in: LabelAccessTests.
			new Row(HttpMethod.GET, "/labels", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/labels?region=GRAND_EST&sector=28&market=DE&agency=1&scheme=1", 200, 200, 200,
					200, 200),
			new Row(HttpMethod.GET, "/labels/{labelNumber}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/labels/{labelNumber}/badge.svg", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/labels/CX-2000-999999", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/labels.csv", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/api/labels", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/api/labels/{labelNumber}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/agency/labels/schemes", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/agency/labels/schemes/new", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.POST, "/agency/labels/schemes/new", LOGIN, 403, 403, 200, 403), // empty
																								// form
			new Row(HttpMethod.POST,
					"/agency/labels/schemes/new?nameFr=X&descriptionFr=X&regions=GRAND_EST" + "&validityMonths=12",
					LOGIN, 403, 403, 200, 403), // outside jurisdiction: message
			new Row(HttpMethod.GET, "/agency/labels/schemes/{labelScheme}/edit", LOGIN, 403, 403, 404, 403),
			new Row(HttpMethod.POST, "/agency/labels/schemes/{labelScheme}/edit", LOGIN, 403, 403, 404, 403),
			new Row(HttpMethod.POST, "/agency/labels/schemes/{labelScheme}/publish", LOGIN, 403, 403, 404, 403),
			new Row(HttpMethod.GET, "/agency/labels/applications", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/labels/ecosystems/{labelEcosystem}", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/labels/ecosystems/{labelEcosystem}/apply?scheme={labelScheme}", LOGIN, 403, 403,
					403, 403),
			new Row(HttpMethod.GET, "/labels/applications/{labelApplication}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/labels/applications/{labelApplication}/documents/{labelDocument}", LOGIN, 404,
					404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/answers/{labelCriterion}?answer=X", LOGIN,
					404, 404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/documents/{labelCriterion}", LOGIN, 404,
					404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/documents/{labelDocument}/delete", LOGIN,
					404, 404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/submit", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/comments?text=X", LOGIN, 404, 404, 404,
					404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/renew", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/review/suspend?version=0&text=X", LOGIN,
					404, 404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/review/withdraw?version=0&text=X", LOGIN,
					404, 404, 404, 404),
			new Row(HttpMethod.POST, "/labels/applications/{labelApplication}/review/grant?version=0", LOGIN, 404, 404,
					404, 404),
			// --- meetings and consultations
			// meetings and consultations: the ecosystem's coordinators call and open them
			// (403 for others), its insiders read, answer and vote (the ecosystem is
			// unknown to others: 404); none of the matrix people is either
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/meetings/new", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST,
					"/ecosystems/{ecosystem}/meetings/new?title=Intrus&day=2028-06-01&time=10:00&durationMinutes=60"
							+ "&place=Lyon&agenda=Intrus",
					LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/999999/meetings/new", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/meetings/{meeting}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/meetings/{meeting}/answer?answer=YES", LOGIN, 404, 404,
					404, 404),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/meetings/{meeting}/minutes?minutesText=Intrus", LOGIN,
					403, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/meetings/{meeting}/minutes.pdf", LOGIN, 404, 404, 404,
					404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/meetings.ics", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/consultations/new", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST,
					"/ecosystems/{ecosystem}/consultations/new?question=Intrus&options=Oui&quorumPercent=50"
							+ "&majority=SIMPLE&deadlineDay=2028-06-01&deadlineTime=10:00",
					LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/consultations/{consultation}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/consultations/{consultation}/vote?optionId={option}",
					LOGIN, 404, 404, 404, 404),
			// --- access log and register of information exchanged
			// who saw my data: a company's own people only
			new Row(HttpMethod.GET, "/account/company/access", LOGIN, 200, 403, 403, 403),
			// the register of information exchanged: the ecosystem's insiders only (the
			// matrix people are not)
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/exchanges", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/exchanges.csv", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/999999/exchanges", LOGIN, 404, 404, 404, 404),
			// the price-talk confirmation rides on the findings form: outsiders still get
			// 404
			new Row(HttpMethod.POST, "/missions/{mission}/findings?title=Prix&text=Nos+tarifs&confirmPriceTalk=true",
					LOGIN, 404, 404, 404, 404),
			// --- member removal, hand-over, announcements
			// members and coordination: the ecosystem's coordinators only (none of the
			// matrix people); {poolCompany} is the insider's company, a member
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/members/{poolCompany}/remove", LOGIN, 403, 403,
					403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/members/{poolCompany}/remove?reason=Exclu", LOGIN,
					403, 403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/999999/members/{poolCompany}/remove", LOGIN, 404, 404, 404,
					404),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/members/{poolCompany}/role?role=ASSOCIATE", LOGIN,
					403, 403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/coordinators/{insiderUser}/remove", LOGIN, 403,
					403, 403, 403),
			// handing coordination over: proposed and withdrawn by the coordinators,
			// answered by the body named ({ecosystem} has one pending, to another body)
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/handover?organisationId={agencyOrg}", LOGIN, 403,
					403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/handover/withdraw", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/handover", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/handover/accept", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/ecosystems/{ecosystem}/handover/decline", LOGIN, 403, 403, 403, 403),
			// announcements: written by the coordinators, the PDF read by members and
			// coordinators only
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/announcements/new", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/announcements/new?title=X&text=Y", LOGIN, 403,
					403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/999999/announcements/new", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/announcements/{announcement}/document", LOGIN, 404, 404,
					404, 404),
			// --- transparency reports and cooperation statements
			// transparency reports of the ecosystem (none of the matrix is in it): the
			// public one for anyone, the members-only one and the console for nobody of
			// the matrix; a company's own cooperation statement. Who is in:
			// TransparencyReportTests.
			new Row(HttpMethod.GET, "/transparency/reports/{publicReport}", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/transparency/reports/{publicReport}.pdf", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/transparency/reports/{membersReport}", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/transparency/reports/{membersReport}.pdf", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/transparency/reports/999999", 404, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/transparency/ecosystems/{ecosystem}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/console/transparency/ecosystems/{ecosystem}", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/transparency/ecosystems/{ecosystem}/preview?period=2026", LOGIN, 404,
					404, 404, 404),
			new Row(HttpMethod.POST, "/console/transparency/ecosystems/{ecosystem}/publish?period=2026&changes=X",
					LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/transparency/ecosystems/{ecosystem}/prices?fairId=1&price=10", LOGIN,
					404, 404, 404, 404),
			new Row(HttpMethod.GET, "/account/company/cooperation", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.GET, "/account/company/cooperation?year=1999", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.GET, "/account/company/cooperation.pdf", LOGIN, 200, 403, 403, 403),
			// --- late cash calls and notification preferences
			// late cash calls of an ecosystem: its coordinators only (none of the matrix)
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/cash-calls", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/cash-calls?pool={pool}", LOGIN, 403, 403, 403,
					403),
			new Row(HttpMethod.GET, "/console/ecosystems/999999/cash-calls", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/cash-calls/999999/companies/{company}/remind",
					LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/cash-calls/reminders", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/console/ecosystems/{ecosystem}/cash-calls/reminders?daysBefore=7&daysAfter=1",
					LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/cash-calls/999999/companies/{company}/outcome",
					LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST,
					"/console/ecosystems/{ecosystem}/cash-calls/999999/companies/{company}/outcome?outcome=WAIVER&reason=X",
					LOGIN, 403, 403, 403, 403),
			// one's own notification preferences; unsubscribe links work without signing
			// in (an unknown token: a message, nothing changed)
			new Row(HttpMethod.GET, "/account/notifications", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/notifications", LOGIN, 200, 200, 200, 200), // empty:
																							// errors
			new Row(HttpMethod.GET, "/unsubscribe/unknown-token", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/unsubscribe/unknown-token", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/unsubscribe/unknown-token/one-click", 404, 404, 404, 404, 404),
			// --- observatory and de minimis register
			// the observatory: agency officers over their jurisdiction; the national
			// summary for everyone
			new Row(HttpMethod.GET, "/observatory", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/observatory?size=MICRO", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/observatory/obstacles.csv", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/observatory/nothing.csv", LOGIN, 403, 403, 404, 403),
			new Row(HttpMethod.GET, "/observatory/summary", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/observatory/summary/reticences.csv", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/observatory/trend.csv", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/observatory/summary/trend.csv", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/observatory/ecosystems.csv", LOGIN, 403, 403, 200, 403),
			new Row(HttpMethod.GET, "/observatory/summary/ecosystems.csv", 200, 200, 200, 200, 200),
			// a company's statistics consent and de minimis register: its own people
			new Row(HttpMethod.GET, "/account/company/statistics", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/account/company/statistics?consent=false", LOGIN, REDIRECT, 403, 403, 403),
			new Row(HttpMethod.GET, "/account/company/de-minimis", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/account/company/de-minimis", LOGIN, 200, 403, 403, 403), // empty
																								// form:
																								// errors
			new Row(HttpMethod.GET, "/account/company/de-minimis/attestation.pdf", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/account/company/de-minimis/999999/delete", LOGIN, 404, 403, 403, 403),
			// the de minimis flag: the aid's own agency only
			new Row(HttpMethod.POST, "/aids/manage/{foreignAid}/de-minimis?status=NO", LOGIN, 403, 403, 403, 403),
			// --- coopetition map, partner suggestions, members matrix
			// a member firm's partner suggestions, and its choice to be suggested or not
			new Row(HttpMethod.GET, "/ecosystems/partners", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.GET, "/account/company/suggestions", LOGIN, 200, 403, 403, 403),
			new Row(HttpMethod.POST, "/account/company/suggestions?suggestible=true", LOGIN, REDIRECT, 403, 403, 403),
			// the coordinators' companies to invite and members x members matrix (the
			// matrix people do not coordinate the ecosystem)
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/suggestions", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/matrix", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/console/ecosystems/{ecosystem}/matrix.csv", LOGIN, 403, 403, 403, 403),
			// every pair of members, page by page: members and coordinators of the
			// ecosystem only, as its map
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/pairs", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/pairs?own=true&page=2", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/members", LOGIN, 404, 404, 404, 404),
			new Row(HttpMethod.GET, "/ecosystems/{ecosystem}/members?page=2", LOGIN, 404, 404, 404, 404), };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	CompanyManagement companies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Ledger ledger;

	/**
	 * The cost pool of the ecosystem's stand, whose only participant is the insider's
	 * company (which booked).
	 */
	long pool;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AidCuration curation;

	@Autowired
	ApplicationTracker applications;

	final Map<Who, CoopexUser> users = new EnumMap<>(Who.class);

	/** The values of the placeholders of the rows: {ecosystem}, {request}... */
	final Map<String, String> placeholders = new HashMap<>();

	/** The member firm that leads the ecosystem; its manager coordinates it. */
	CoopexUser leader;

	/** A coordination-body user added as a coordinator of the ecosystem. */
	CoopexUser ecosystemCoordinator;

	/** A member firm active in the ecosystem, without coordinating it. */
	CoopexUser insider;

	long ecosystem;

	/** A request left pending (nobody of the matrix may decide it). */
	long request;

	/** A request for the ecosystem's coordinators to approve. */
	long otherRequest;

	@BeforeAll
	void createOnePersonPerRoleAndAnEcosystem() {
		for (Role role : Role.values()) {
			this.users.put(Who.valueOf(role.name()), this.fixtures.user(role));
		}
		this.leader = this.fixtures.member();
		this.ecosystemCoordinator = this.fixtures.user(Role.COORDINATOR);
		this.insider = this.fixtures.member();
		CoopexUser requester = this.fixtures.member();
		CoopexUser otherRequester = this.fixtures.member();
		this.ecosystem = this.ecosystems.create(this.leader, draft(true));
		this.ecosystems.requestToJoin(this.insider, this.ecosystem, null, true);
		this.ecosystems.approve(this.leader, this.ecosystem, membership(this.insider), MembershipRole.MEMBER);
		this.ecosystems.requestToJoin(requester, this.ecosystem, null, true);
		this.ecosystems.requestToJoin(otherRequester, this.ecosystem, null, true);
		this.ecosystems.addCoordinator(this.leader, this.ecosystem, this.ecosystemCoordinator.email());
		// closed from now on: a request posted by the matrix member changes nothing
		this.ecosystems.update(this.leader, this.ecosystem, draft(false), null);
		this.request = membership(requester);
		this.otherRequest = membership(otherRequester);
		this.placeholders.put("{ecosystem}", Long.toString(this.ecosystem));
		this.placeholders.put("{request}", Long.toString(this.request));
		this.placeholders.put("{company}", Long.toString(this.leader.organisationId()));
		this.placeholders.put("{siren}",
				this.companies.card(this.leader, this.leader.organisationId()).orElseThrow().siren());
		createAFairAStandAndAMission();
		openACostPool();
		createAidsOfAnotherAgencyAndAnApplication();
		makeAFormerCoordinator();
		makeTheMatrixPeopleManagers();
		grantALabelOfAnotherAgency();
		callAMeetingAndOpenAConsultation();
		proposeAHandoverAndAnnounce();
		publishTransparencyReports();
	}

	@Autowired
	fr.coopex.ecosystems.CoordinationHandover handovers;

	@Autowired
	fr.coopex.ecosystems.EcosystemAnnouncements announcements;

	/**
	 * Issue 18: a hand-over proposed to a body none of the matrix people belongs to, and
	 * an announcement with a PDF ({announcement}).
	 */
	private void proposeAHandoverAndAnnounce() {
		long body = this.accounts.createAccount(new AccountManagement.NewAccount(Fixtures.uniqueEmail("chambre"),
				"Chambre", Role.COORDINATOR, OrganisationKind.COORDINATION_BODY, "Chambre " + System.nanoTime(), null,
				Fixtures.PASSWORD, true), "test");
		this.handovers.propose(this.leader, this.ecosystem, this.accounts.principal(body).organisationId(), null);
		long announcement = this.announcements.post(this.leader, this.ecosystem,
				new fr.coopex.ecosystems.EcosystemAnnouncements.AnnouncementDraft("Réunion", "Ordre du jour", false,
						"ordre.pdf", fr.coopex.labels.LabelFixtures.pdf("Ordre du jour")));
		this.placeholders.put("{announcement}", Long.toString(announcement));
	}

	@Autowired
	fr.coopex.transparency.TransparencyReports transparencyReports;

	/**
	 * Issue 19: a public report and a members-only one of the ecosystem, published by its
	 * leader.
	 */
	private void publishTransparencyReports() {
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
		this.placeholders.put("{publicReport}", Long.toString(this.transparencyReports.publish(this.leader,
				this.ecosystem, new fr.coopex.transparency.ReportDraft(year + "-H1", "Public", true, null))));
		this.placeholders.put("{membersReport}", Long.toString(this.transparencyReports.publish(this.leader,
				this.ecosystem, new fr.coopex.transparency.ReportDraft(String.valueOf(year), "Membres", false, null))));
	}

	@Autowired
	fr.coopex.labels.LabelFixtures labelFixtures;

	/** Issue 17: a label granted by an agency of Grand Est, and its placeholders. */
	private void grantALabelOfAnotherAgency() {
		fr.coopex.labels.LabelFixtures.Granted granted = this.labelFixtures.granted();
		this.placeholders.put("{labelNumber}", granted.number());
		this.placeholders.put("{labelScheme}", Long.toString(granted.scheme().id()));
		this.placeholders.put("{labelEcosystem}", Long.toString(granted.ecosystem().id()));
		this.placeholders.put("{labelApplication}", Long.toString(granted.applicationId()));
		this.placeholders.put("{labelDocument}", Long.toString(granted.documentId()));
		this.placeholders.put("{labelCriterion}", Long.toString(granted.scheme().criteria().get(0).id()));
	}

	@Autowired
	fr.coopex.accounts.OrganisationPeople organisationPeople;

	/**
	 * Issue 16: each matrix person manages their organisation's people (the matrix's
	 * coordination body, agency and platform are shared with other tests); {agencyOrg} is
	 * the matrix agency; {insiderUser} a person of another organisation.
	 */
	private void makeTheMatrixPeopleManagers() {
		for (CoopexUser user : this.users.values()) {
			this.jdbc.update("update user_account set manager = true where id = ?", user.id());
		}
		this.placeholders.put("{agencyOrg}", Long.toString(this.users.get(Who.AGENCY).organisationId()));
		this.placeholders.put("{insiderUser}", Long.toString(this.insider.id()));
	}

	@Test
	void officersOfAgenciesAndCoordinationBodiesSeeNoCompanysPrivateFieldsThroughTheirPages() throws Exception {
		for (Who who : List.of(Who.AGENCY, Who.COORDINATOR)) {
			CoopexUser officer = this.users.get(who);
			for (String url : List.of("/account/organisation/people", "/account/organisation/audit",
					"/account/organisation/audit.csv", "/account/data.json")) {
				assertThat(page(url, officer)).as(who + " " + url)
					.doesNotContain(this.insider.email())
					.doesNotContain(this.leader.email())
					.doesNotContain(this.insider.organisationName());
			}
			assertThat(status(HttpMethod.GET, "/admin/organisations/" + this.insider.organisationId(), officer))
				.isEqualTo(403);
		}
		// nothing of the insider changed through the rows above
		assertThat(this.accounts.find(this.insider.id()).orElseThrow().enabled()).isTrue();
		assertThat(this.organisationPeople.isManager(this.insider)).isTrue();
	}

	/**
	 * The ledger's placeholders: the pool the stand opened (the insider's booking joined
	 * it), an item, a subsidy.
	 */
	private void openACostPool() {
		this.pool = this.standManagement.view(Long.parseLong(this.placeholders.get("{stand}"))).poolId();
		long item = this.ledger.addItem(this.leader, this.pool, Ledger.ANY_VERSION, CostItemDraft.of("Surface",
				CostCategory.SPACE, new java.math.BigDecimal("1000"), new java.math.BigDecimal("20")));
		long subsidy = this.ledger.addSubsidy(this.leader, this.pool, Ledger.ANY_VERSION,
				SubsidyDraft.rate("Région", java.math.BigDecimal.TEN, java.util.Set.of(CostCategory.SPACE), null));
		this.placeholders.put("{pool}", Long.toString(this.pool));
		this.placeholders.put("{poolItem}", Long.toString(item));
		this.placeholders.put("{poolSubsidy}", Long.toString(subsidy));
		this.placeholders.put("{poolCompany}", Long.toString(this.insider.organisationId()));
		long call = this.ledger.callDeposits(this.leader, this.pool, Ledger.ANY_VERSION, "Acompte de la matrice",
				java.math.BigDecimal.TEN, java.time.LocalDate.now().minusDays(3));
		this.placeholders.put("{poolCashCall}", Long.toString(call));
		long version = this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool);
		this.placeholders.put("{poolDeclaration}",
				Long.toString(this.paymentDeclarations.declare(this.insider, this.pool, version, call,
						this.insider.organisationId(), new PaymentDeclarations.DeclarationDraft(
								new java.math.BigDecimal("1.00"), java.time.LocalDate.now(), "Matrice"))));
	}

	@Autowired
	PaymentDeclarations paymentDeclarations;

	/**
	 * {aid}: a seeded published aid; {foreignAid} and {draft}: a published aid and a
	 * draft of an agency other than the matrix's; {application}: the insider company's
	 * application.
	 */
	private void createAidsOfAnotherAgencyAndAnApplication() {
		long officerId = this.accounts.createAccount(
				new AccountManagement.NewAccount(Fixtures.uniqueEmail("agent"), "Autre agence", Role.AGENCY,
						OrganisationKind.AGENCY, "Autre agence " + System.nanoTime(), null, Fixtures.PASSWORD, true),
				"test");
		CoopexUser officer = this.accounts.principal(officerId);
		AidData data = new AidData("Aide de la matrice", null, List.of(), null, null, Set.of(), null, null, null, null,
				null, null, null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, false,
				List.of(), null);
		long foreign = this.curation.create(officer, data);
		this.curation.publish(officer, foreign);
		long draft = this.curation.create(officer, data);
		this.placeholders.put("{aid}", "10");
		this.placeholders.put("{foreignAid}", Long.toString(foreign));
		this.placeholders.put("{draft}", Long.toString(draft));
		this.placeholders.put("{application}", Long.toString(this.applications.start(this.insider, 10)));
	}

	static Stream<Arguments> cases() {
		return Stream.of(MATRIX)
			.flatMap((row) -> Stream.of(Who.values())
				.map((who) -> Arguments.of(row.method() + " " + row.url(), who, row.expected(who), row)));
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@MethodSource("cases")
	void answersAsTheMatrixSays(String label, Who who, int expected, Row row) throws Exception {
		var response = perform(row.method(), resolve(row.url()), who);
		if (expected == LOGIN) {
			assertThat(response.getStatus()).as(label + " as " + who).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(label + " as " + who).endsWith("/login");
		}
		else if (expected == SECOND_FACTOR) {
			assertThat(response.getStatus()).as(label + " as " + who).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(label + " as " + who).endsWith("/login/second-factor");
		}
		else {
			assertThat(response.getStatus()).as(label + " as " + who).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "POST {0} without CSRF token is refused")
	@MethodSource("postUrls")
	void refusesEveryFormPostedWithoutCsrfToken(String url) throws Exception {
		var response = this.mvc.perform(request(HttpMethod.POST, resolve(url)).with(user(this.users.get(Who.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	/**
	 * Every page a visitor may read shows a half-signed-in person exactly what it shows a
	 * visitor (the persona is the ecosystem's leader, who would otherwise see its
	 * members, requests and its company's eligibility to aids).
	 */
	@ParameterizedTest(name = "GET {0} shows a half-signed-in person what it shows a visitor")
	@MethodSource("publicPages")
	void aHalfSignedInPersonSeesWhatAVisitorSees(String url) throws Exception {
		var visitor = perform(HttpMethod.GET, resolve(url), Who.ANONYMOUS);
		var halfSignedIn = perform(HttpMethod.GET, resolve(url), Who.HALF_SIGNED_IN);
		assertThat(halfSignedIn.getStatus()).isEqualTo(visitor.getStatus());
		assertThat(withoutCsrfTokens(halfSignedIn.getContentAsString()))
			.isEqualTo(withoutCsrfTokens(visitor.getContentAsString()));
	}

	static Stream<String> publicPages() {
		return Stream.of(MATRIX)
			.filter((row) -> row.method() == HttpMethod.GET && row.anonymous() == 200)
			.map(Row::url);
	}

	private static String withoutCsrfTokens(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
			.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "name=\"_csrf\"");
	}

	static Stream<String> postUrls() {
		// mail clients unsubscribe in one click without a CSRF token (RFC 8058): the
		// signed token in the address is the proof
		return Stream.of(MATRIX)
			.filter((row) -> row.method() == HttpMethod.POST)
			.map(Row::url)
			.filter((url) -> !url.endsWith("/one-click"));
	}

	@Test
	void theEcosystemsCoordinatorsMayRunIt() throws Exception {
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(status(HttpMethod.GET, "/ecosystems/{ecosystem}/edit", coordinator)).isEqualTo(200);
			assertThat(status(HttpMethod.POST, "/ecosystems/{ecosystem}/edit", coordinator)).isEqualTo(200); // errors
			assertThat(status(HttpMethod.GET, "/console/ecosystems", coordinator)).isEqualTo(200);
			String page = page("/ecosystems/{ecosystem}", coordinator);
			assertThat(page).contains("id=\"console-heading\"").contains("id=\"members\"");
			assertThat(page)
				.contains("/console/ecosystems/" + this.ecosystem + "/requests/" + this.request + "/approve");
			assertThat(page("/console/ecosystems", coordinator))
				.contains("href=\"/ecosystems/" + this.ecosystem + "\"");
		}
		var approved = perform(HttpMethod.POST,
				"/console/ecosystems/{ecosystem}/requests/" + this.otherRequest + "/approve",
				this.ecosystemCoordinator);
		assertThat(approved.getStatus()).isEqualTo(REDIRECT);
		assertThat(approved.getRedirectedUrl()).isEqualTo("/ecosystems/" + this.ecosystem);
		assertThat(this.jdbc.queryForObject("select status from ecosystem_membership where id = ?", String.class,
				this.otherRequest))
			.isEqualTo("ACTIVE");
		// coordinating gives no access to another company's own pages
		assertThat(status(HttpMethod.GET, "/account/company", this.leader)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/account/company", this.ecosystemCoordinator)).isEqualTo(403);
	}

	@Test
	void aMemberOfTheEcosystemSeesItsMembersButDoesNotRunIt() throws Exception {
		String page = page("/ecosystems/{ecosystem}", this.insider);
		assertThat(page).contains("id=\"members\"").contains("id=\"coopetition-map\"");
		assertThat(page).doesNotContain("id=\"console-heading\"").doesNotContain("/requests/");
		assertThat(status(HttpMethod.GET, "/ecosystems/{ecosystem}/edit", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/ecosystems/{ecosystem}/edit", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/console/ecosystems/{ecosystem}/requests/{request}/approve", this.insider))
			.isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/console/ecosystems/{ecosystem}/requests/{request}/reject?reason=Non",
				this.insider))
			.isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/console/ecosystems/{ecosystem}/invitations?siren={siren}", this.insider))
			.isEqualTo(403);
		assertThat(page("/console/ecosystems", this.insider)).contains("href=\"/ecosystems/" + this.ecosystem + "\"");
		assertThat(this.jdbc.queryForObject("select status from ecosystem_membership where id = ?", String.class,
				this.request))
			.isEqualTo("REQUESTED");
	}

	@Test
	void theMatrixPeopleSeeNeitherMembersNorConsole() throws Exception {
		for (Who who : Who.values()) {
			var response = perform(HttpMethod.GET, "/ecosystems/{ecosystem}", who);
			assertThat(response.getStatus()).isEqualTo(200);
			String page = response.getContentAsString();
			assertThat(page).as(who.name())
				.doesNotContain("id=\"members\"")
				.doesNotContain("id=\"coopetition-map\"")
				.doesNotContain("id=\"console-heading\"");
		}
	}

	// fairs and missions

	@Autowired
	fr.coopex.fairs.FairCalendar fairCalendar;

	@Autowired
	fr.coopex.fairs.StandManagement standManagement;

	@Autowired
	fr.coopex.missions.MissionManagement missionManagement;

	/**
	 * A fair; a stand of the matrix ecosystem on which the insider booked; a mission the
	 * insider proposed, with a lead of its own.
	 */
	private void createAFairAStandAndAMission() {
		java.time.LocalDate start = this.fairCalendar.today().plusMonths(8);
		long fair = this.fairCalendar.create(
				this.ecosystemCoordinator, new fr.coopex.fairs.FairCalendar.FairDraft("Salon de la matrice",
						"Organisateur", "Munich", "DE", null, start, start.plusDays(3), Set.of("28"), null, null),
				null);
		long stand = this.standManagement.open(this.leader, fair, this.ecosystem,
				new fr.coopex.fairs.StandManagement.StandDraft(new java.math.BigDecimal("36"),
						new java.math.BigDecimal("6"), start.minusMonths(1), null));
		this.standManagement.book(this.insider, stand, new java.math.BigDecimal("12"), null);
		long mission = this.missionManagement.propose(this.insider, this.ecosystem,
				new fr.coopex.missions.MissionManagement.MissionDraft("Mission de la matrice",
						fr.coopex.missions.MissionKind.B2B_MEETINGS, "DE", start, start.plusDays(2),
						new java.math.BigDecimal("1000"), null));
		long lead = this.missionManagement.addLead(this.insider, mission,
				new fr.coopex.missions.MissionManagement.LeadDraft("Client secret", null, "DE", null,
						fr.coopex.missions.LeadStage.NEW, Set.of()));
		this.placeholders.put("{fair}", Long.toString(fair));
		this.placeholders.put("{stand}", Long.toString(stand));
		this.placeholders.put("{booking}", Long
			.toString(this.jdbc.queryForObject("select id from stand_booking where stand_id = ?", Long.class, stand)));
		this.placeholders.put("{mission}", Long.toString(mission));
		this.placeholders.put("{lead}", Long.toString(lead));
	}

	@Test
	void theEcosystemsInsidersReachItsStandsAndMissionsAndOnlyTheirOwnLeads() throws Exception {
		for (CoopexUser insider : List.of(this.leader, this.ecosystemCoordinator, this.insider)) {
			assertThat(status(HttpMethod.GET, "/stands/{stand}", insider)).isEqualTo(200);
			assertThat(status(HttpMethod.GET, "/stands?ecosystem={ecosystem}", insider)).isEqualTo(200);
			assertThat(status(HttpMethod.GET, "/missions/{mission}", insider)).isEqualTo(200);
			assertThat(status(HttpMethod.GET, "/missions?ecosystem={ecosystem}", insider)).isEqualTo(200);
		}
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(status(HttpMethod.GET, "/stands/{stand}/edit", coordinator)).isEqualTo(200);
			assertThat(page("/console/stands", coordinator))
				.contains("href=\"/stands/" + this.placeholders.get("{stand}"));
			assertThat(status(HttpMethod.GET, "/stands/new?fair={fair}", coordinator)).isEqualTo(200);
			// coordinating gives no access to a company's leads
			assertThat(status(HttpMethod.GET, "/missions/{mission}/leads/{lead}", coordinator)).isEqualTo(404);
			assertThat(page("/missions/{mission}", coordinator)).doesNotContain("Client secret");
		}
		assertThat(status(HttpMethod.GET, "/stands/{stand}/edit", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/stands/{stand}/status?status=CLOSED&version=0", this.insider))
			.isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/missions/{mission}/leads/{lead}", this.insider)).isEqualTo(200);
		assertThat(page("/missions/{mission}", this.insider)).contains("Client secret");
		// the stand's and the mission's pages lead to their cost pools: the console only
		// for those who run them (the insider proposed the mission, so it runs its pool)
		long missionPool = this.missionManagement.view(Long.parseLong(this.placeholders.get("{mission}"))).poolId();
		assertThat(page("/stands/{stand}", this.insider)).contains("href=\"/pools/" + this.pool + "\"")
			.doesNotContain("/console/pools/" + this.pool);
		assertThat(page("/missions/{mission}", this.insider)).contains("href=\"/pools/" + missionPool + "\"")
			.contains("href=\"/console/pools/" + missionPool + "\"");
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(page("/stands/{stand}", coordinator)).contains("href=\"/console/pools/" + this.pool + "\"");
			assertThat(page("/missions/{mission}", coordinator))
				.contains("href=\"/console/pools/" + missionPool + "\"");
		}
		assertThat(status(HttpMethod.GET, "/pools/" + missionPool, this.users.get(Who.MEMBER))).isEqualTo(404);
	}

	// --- ledger-money: confirmation pages and the version guard of the pool console

	@Test
	void onlyTheCoordinatorsReachThePagesAskingBeforeConfirmingOrDeletingAndTheyChangeNothing() throws Exception {
		long version = this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool);
		assertThat(status(HttpMethod.GET, "/console/pools/{pool}/post", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/console/pools/{pool}/items/{poolItem}/delete", this.insider))
			.isEqualTo(403);
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(page("/console/pools/{pool}/post", coordinator)).contains("id=\"confirm-consequences\"");
			assertThat(page("/console/pools/{pool}/items/{poolItem}/delete", coordinator))
				.contains("id=\"confirm-consequences\"");
		}
		assertThat(this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool))
			.isEqualTo(version);
	}

	@Test
	void aPoolsParticipantReadsItAndTheEcosystemsCoordinatorsRunIt() throws Exception {
		assertThat(page("/pools/{pool}", this.insider)).contains("Salon de la matrice")
			.doesNotContain("/console/pools/" + this.pool);
		assertThat(status(HttpMethod.GET, "/pools/{pool}/statement.pdf", this.insider)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/pools/{pool}/statement.csv", this.insider)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/ledger/ecosystems/{ecosystem}", this.insider)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/pools/{pool}/export.pdf", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/console/pools/{pool}", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/console/pools/{pool}/post", this.insider)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/console/pools/{pool}/items?label=X&amount=1", this.insider))
			.isEqualTo(403);
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(page("/pools/{pool}", coordinator)).contains("/console/pools/" + this.pool);
			assertThat(page("/console/pools/{pool}", coordinator)).contains("id=\"item-form\"");
			assertThat(status(HttpMethod.GET, "/pools/{pool}/export.csv", coordinator)).isEqualTo(200);
			assertThat(status(HttpMethod.GET, "/ledger/ecosystems/{ecosystem}", coordinator)).isEqualTo(200);
			// a participant's statement, named; a coordinator has no statement of its own
			// here
			assertThat(status(HttpMethod.GET, "/pools/{pool}/statement.pdf?company={poolCompany}", coordinator))
				.isEqualTo(200);
			assertThat(status(HttpMethod.GET, "/pools/{pool}/statement.pdf", coordinator)).isEqualTo(404);
		}
		// a participant naming another company still gets its own statement
		assertThat(page("/pools/{pool}/statement.csv?company=" + this.leader.organisationId(), this.insider))
			.contains(this.insider.organisationName());
		// an empty form changes nothing and shows the reasons; a form without a version
		// is
		// taken as built on an older pool
		long version = this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool);
		assertThat(status(HttpMethod.POST, "/console/pools/{pool}/items?version=" + version, this.ecosystemCoordinator))
			.isEqualTo(200);
		assertThat(status(HttpMethod.POST, "/console/pools/{pool}/items", this.ecosystemCoordinator)).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_cost_item where pool_id = ?", Integer.class,
				this.pool))
			.isEqualTo(1);
	}

	@Test
	void theOwingCompanyDeclaresItsPaymentAndOnlyThePoolsManagersDecide() throws Exception {
		// the insider's company owes the call: its form, and an empty form changes
		// nothing
		assertThat(page("/pools/{pool}/cash-calls/{poolCashCall}/payment", this.insider))
			.contains("id=\"declaration-pending\"");
		assertThat(status(HttpMethod.POST, "/pools/{pool}/cash-calls/{poolCashCall}/payment", this.insider))
			.isEqualTo(200);
		// the ecosystem's coordinators run the pool but do not declare for a company
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(status(HttpMethod.GET, "/pools/{pool}/cash-calls/{poolCashCall}/payment", coordinator))
				.isEqualTo(403);
			assertThat(status(HttpMethod.POST,
					"/pools/{pool}/cash-calls/{poolCashCall}/payment?amount=1&paidOn=2026-01-02", coordinator))
				.isEqualTo(403);
			assertThat(page("/console/pools/{pool}", coordinator)).contains("id=\"declarations\"");
		}
		// the participant may not decide its own declaration
		assertThat(
				status(HttpMethod.POST, "/console/pools/{pool}/declarations/{poolDeclaration}/confirm", this.insider))
			.isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/console/pools/{pool}/declarations/{poolDeclaration}/reject?reason=Non",
				this.insider))
			.isEqualTo(403);
		// a coordinator's decision without the form's version is refused as stale and
		// decides nothing
		assertThat(status(HttpMethod.POST, "/console/pools/{pool}/declarations/{poolDeclaration}/reject?reason=Non",
				this.ecosystemCoordinator))
			.isEqualTo(REDIRECT);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ledger_payment_declaration_decision d " + "where d.declaration_id = ?",
				Integer.class, Long.parseLong(this.placeholders.get("{poolDeclaration}"))))
			.isZero();
	}

	private MockHttpServletResponse perform(HttpMethod method, String url, Who who) throws Exception {
		if (who == Who.HALF_SIGNED_IN) {
			MockHttpServletRequestBuilder request = request(method, resolve(url))
				.with(authentication(new SecondFactorPending(this.leader)));
			if (method != HttpMethod.GET) {
				request = request.with(csrf());
			}
			return this.mvc.perform(request).andReturn().getResponse();
		}
		return perform(method, url, (who != Who.ANONYMOUS) ? this.users.get(who) : null);
	}

	// a former coordinator: the person of a member firm that coordinated the ecosystem
	// until the firm left it (issue 13, item 2)

	/** Added as a coordinator while its firm was a member; the firm has left since. */
	CoopexUser formerCoordinator;

	private void makeAFormerCoordinator() {
		this.formerCoordinator = this.fixtures.member();
		this.ecosystems.invite(this.leader, this.ecosystem, this.formerCoordinator.organisationId(),
				MembershipRole.MEMBER);
		this.ecosystems.acceptInvitation(this.formerCoordinator, this.ecosystem, true);
		this.ecosystems.addCoordinator(this.leader, this.ecosystem, this.formerCoordinator.email());
		this.ecosystems.leave(this.formerCoordinator, this.ecosystem);
	}

	/**
	 * Every row about the matrix ecosystem or one of its things (requests, stands,
	 * missions, pools, their consoles and exports).
	 */
	static Stream<Arguments> rowsOfTheEcosystem() {
		return Stream.of(MATRIX)
			.filter((row) -> Stream
				.of("{ecosystem}", "{request}", "{stand}", "{booking}", "{mission}", "{lead}", "{pool")
				.anyMatch(row.url()::contains))
			.map((row) -> Arguments.of(row.method() + " " + row.url(), row.member(), row));
	}

	@ParameterizedTest(name = "{0} as a former coordinator -> {1}, as any outside company")
	@MethodSource("rowsOfTheEcosystem")
	void aFormerCoordinatorWhoseFirmLeftIsAnsweredAsAnyOutsideCompany(String label, int expected, Row row)
			throws Exception {
		int status = status(row.method(), row.url(), this.formerCoordinator);
		if (expected == 403 || expected == 404) {
			// refused, as the outside company is (403 or 404 depending on whether the
			// person is in any ecosystem at all)
			assertThat(status).as(label).isIn(403, 404);
		}
		else {
			assertThat(status).as(label).isEqualTo(expected);
		}
	}

	@Test
	void theEcosystemsCoordinatorsEnterItsBankDetailsAndItsMembersReadThem() throws Exception {
		for (CoopexUser coordinator : List.of(this.leader, this.ecosystemCoordinator)) {
			assertThat(page("/ecosystems/{ecosystem}/settings", coordinator)).contains("id=\"payment-details-form\"");
			assertThat(page("/ecosystems/{ecosystem}", coordinator))
				.contains("/ecosystems/" + this.ecosystem + "/settings");
		}
		assertThat(status(HttpMethod.POST,
				"/ecosystems/{ecosystem}/settings?accountHolder=Matrice&iban=FR7630006000011234567890189",
				this.ecosystemCoordinator))
			.isEqualTo(REDIRECT);
		assertThat(page("/ecosystems/{ecosystem}", this.insider)).contains("FR76 3000 6000 0112 3456 7890 189")
			.doesNotContain("/ecosystems/" + this.ecosystem + "/settings");
		assertThat(status(HttpMethod.GET, "/ecosystems/{ecosystem}/settings", this.insider)).isEqualTo(403);
		for (Who who : Who.values()) {
			assertThat(page("/ecosystems/{ecosystem}", (who != Who.ANONYMOUS) ? this.users.get(who) : null))
				.as(who.name())
				.doesNotContain("FR76 3000");
		}
	}

	@Test
	void aFormerCoordinatorSeesNeitherTheConsoleNorTheMembersNorTheEcosystemAmongHis() throws Exception {
		assertThat(this.ecosystems.isCoordinator(this.formerCoordinator, this.ecosystem)).isFalse();
		assertThat(page("/ecosystems/{ecosystem}", this.formerCoordinator)).doesNotContain("id=\"console-heading\"")
			.doesNotContain("id=\"members\"")
			.doesNotContain("/requests/");
		assertThat(page("/console/ecosystems", this.formerCoordinator))
			.doesNotContain("href=\"/ecosystems/" + this.ecosystem + "\"");
		assertThat(status(HttpMethod.GET, "/aids/for-ecosystem/{ecosystem}", this.formerCoordinator)).isEqualTo(403);
	}

	private MockHttpServletResponse perform(HttpMethod method, String url, CoopexUser who) throws Exception {
		MockHttpServletRequestBuilder request = request(method, resolve(url));
		if (method != HttpMethod.GET) {
			request = request.with(csrf());
		}
		if (who != null) {
			request = request.with(user(who));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private int status(HttpMethod method, String url, CoopexUser who) throws Exception {
		return perform(method, url, who).getStatus();
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = perform(HttpMethod.GET, url, who);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private String resolve(String url) {
		String resolved = url;
		for (Map.Entry<String, String> placeholder : this.placeholders.entrySet()) {
			resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
		}
		return resolved;
	}

	private long membership(CoopexUser member) {
		return this.jdbc.queryForObject("select id from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Long.class, this.ecosystem, member.organisationId());
	}

	/**
	 * Issue 18: a meeting and a consultation of the ecosystem, called and opened by its
	 * leader; {meeting}, {consultation} and {option} (its first option).
	 */
	private void callAMeetingAndOpenAConsultation() {
		fr.coopex.ecosystems.EcosystemGovernance governance = this.beans
			.getBean(fr.coopex.ecosystems.EcosystemGovernance.class);
		java.time.LocalDate day = java.time.LocalDate.now().plusDays(7);
		long meeting = governance.callMeeting(this.leader, this.ecosystem,
				new fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft("Réunion de la matrice", day,
						java.time.LocalTime.NOON, 60, "Lyon", null, "Qui peut quoi"));
		long consultation = governance.openConsultation(this.leader, this.ecosystem,
				new fr.coopex.ecosystems.EcosystemGovernance.ConsultationDraft("Question de la matrice",
						List.of("Oui", "Non"), 50, fr.coopex.ecosystems.Majority.SIMPLE, day, java.time.LocalTime.NOON,
						true, null));
		this.placeholders.put("{meeting}", Long.toString(meeting));
		this.placeholders.put("{consultation}", Long.toString(consultation));
		this.placeholders.put("{option}", Long
			.toString(governance.consultation(this.leader, this.ecosystem, consultation).options().get(0).id()));
	}

	@Autowired
	org.springframework.beans.factory.BeanFactory beans;

	private static EcosystemDraft draft(boolean open) {
		return new EcosystemDraft("Matrice des droits", "Vérifier qui peut faire quoi", Set.of("DE"), Set.of("28"),
				open, null);
	}

}
