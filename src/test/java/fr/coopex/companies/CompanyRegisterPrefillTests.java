package fr.coopex.companies;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.FakeCompanyRegister;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile form proposes what the public register knows of the company, to be checked
 * and saved by the person; nothing is saved by the look-up itself.
 */
@IntegrationTest
class CompanyRegisterPrefillTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Test
	void proposesTheRegistersNameNafCodeAndAddress() throws Exception {
		CoopexUser member = this.fixtures.member();
		String siren = this.companies.ownProfile(member).siren();
		FakeCompanyRegister.knows(siren, "MECANIQUE DU REGISTRE", "28.41Z", "12 RUE DES USINES", "25000", "BESANCON",
				"27");
		WebSession browser = new WebSession(this.mvc, "192.0.2.60");
		browser.signIn(member.email(), Fixtures.PASSWORD);
		String page = browser.get("/account/company?prefill=true").getResponse().getContentAsString();
		assertThat(page).contains("Valeurs proposées par le registre public")
			.contains("value=\"MECANIQUE DU REGISTRE\"")
			.contains("value=\"28.41Z\"")
			.contains("12 RUE DES USINES 25000 BESANCON")
			.contains("value=\"" + siren + "00017\"");
		assertThat(this.companies.ownProfile(member).nafCode()).isNull();
	}

	@Test
	void carriesOnByHandWhenTheRegisterKnowsNothing() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.61");
		browser.signIn(member.email(), Fixtures.PASSWORD);
		String page = browser.get("/account/company?prefill=true").getResponse().getContentAsString();
		assertThat(page).contains("complétez le profil à la main").contains("name=\"legalName\"");
	}

}
