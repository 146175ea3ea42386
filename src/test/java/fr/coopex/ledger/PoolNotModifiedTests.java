package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A pool's page, statements and export answer 304 Not Modified while the pool and what
 * the viewer may see of it hold, and the whole, new content as soon as either changes: a
 * change to the pool, or a participant's trade name made private.
 */
@IntegrationTest
class PoolNotModifiedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	CompanyManagement companies;

	@Autowired
	Fixtures fixtures;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	String trade;

	long pool;

	void openPool() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Versions " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		CompanyNames.name(this.companies, this.alpha, "Alpha Usinage");
		this.trade = "Bêta Marque " + System.nanoTime();
		CompanyNames.tradeName(this.companies, this.beta, this.trade, Visibility.PUBLIC);
		this.pool = this.ledger.openPool(this.coordinator, PoolOwnerKind.STAND, System.nanoTime(), ecosystem,
				"Salon Versionné", AllocationKey.BY_AREA, Set.of());
		this.ledger.join(this.alpha, this.pool,
				ParticipantDraft.withArea(this.alpha.organisationId(), "Alpha Usinage", new BigDecimal("12")));
		this.ledger.join(this.beta, this.pool,
				ParticipantDraft.withArea(this.beta.organisationId(), this.trade, new BigDecimal("24")));
		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Surface", CostCategory.SPACE, new BigDecimal("3600"), new BigDecimal("20")));
	}

	@Test
	void thePoolPageAnswersNotModifiedUntilThePoolChanges() throws Exception {
		openPool();
		String url = "/pools/" + this.pool;
		MockHttpServletResponse first = perform(get(url).with(user(this.alpha)), null);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getContentAsString()).contains("Surface");
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		MockHttpServletResponse again = perform(get(url).with(user(this.alpha)), etag);
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
		// what the page shows depends on who looks
		assertThat(perform(get(url).with(user(this.beta)), etag).getStatus()).isEqualTo(200);
		assertThat(perform(get(url).with(user(this.coordinator)), etag).getStatus()).isEqualTo(200);

		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Mobilier", CostCategory.FURNITURE, new BigDecimal("900"), new BigDecimal("20")));
		MockHttpServletResponse changed = perform(get(url).with(user(this.alpha)), etag);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("Mobilier");
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void thePoolPageAndItsFilesAreMadeAgainWhenATradeNameIsMadePrivate() throws Exception {
		openPool();
		String company = "?company=" + this.beta.organisationId();
		List<String> urls = List.of("/pools/" + this.pool, "/pools/" + this.pool + "/statement.csv" + company,
				"/pools/" + this.pool + "/statement.pdf" + company, "/pools/" + this.pool + "/export.csv");
		for (String url : urls) {
			// a competitor reads the page; the coordinator a participant's statement and
			// the export
			CoopexUser viewer = url.contains(".") ? this.coordinator : this.alpha;
			MockHttpServletResponse first = perform(get(url).with(user(viewer)), null);
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			if (!url.contains(".pdf")) {
				assertThat(first.getContentAsString()).as(url).contains(this.trade);
			}
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(url).isNotBlank();
			assertThat(perform(get(url).with(user(viewer)), etag).getStatus()).as(url).isEqualTo(304);

			CompanyNames.tradeName(this.companies, this.beta, this.trade, Visibility.PRIVATE);
			MockHttpServletResponse hidden = perform(get(url).with(user(viewer)), etag);
			assertThat(hidden.getStatus()).as(url).isEqualTo(200);
			assertThat(hidden.getContentAsString()).as(url).doesNotContain(this.trade);
			CompanyNames.tradeName(this.companies, this.beta, this.trade, Visibility.PUBLIC);
		}
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String etag) throws Exception {
		if (etag != null) {
			request.header(HttpHeaders.IF_NONE_MATCH, etag);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
