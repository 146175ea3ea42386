package fr.coopex.notifications;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice's e-mail is written in the language its recipient uses Coopex in (remembered
 * when they sign in), French for anyone who never chose: one language per e-mail, not
 * both.
 */
@IntegrationTest
class NotificationLanguageTests {

	@Autowired
	NotificationCenter center;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachRecipientReadsTheNoticeInTheirOwnLanguage() throws Exception {
		CoopexUser french = this.fixtures.member();
		CoopexUser english = this.fixtures.member();
		this.jdbc.update("update user_account set language = 'en' where id = ?", english.id());
		List<AccountView> people = List.of(view(french), view(english));

		this.center.notify(people, "notifications.member-removed", List.of("Alpha Export", "Absent depuis un an"),
				"/ecosystems");

		await().until(() -> TestMail.to(french.email()).size() == 1 && TestMail.to(english.email()).size() == 1);
		MimeMessage toFrench = TestMail.to(french.email()).get(0);
		assertThat(toFrench.getSubject()).isEqualTo("Coopex : du nouveau dans vos écosystèmes");
		assertThat((String) toFrench.getContent())
			.contains("Votre entreprise a été retirée de l’écosystème Alpha Export : Absent depuis un an")
			.doesNotContain("Your company");
		MimeMessage toEnglish = TestMail.to(english.email()).get(0);
		assertThat(toEnglish.getSubject()).isEqualTo("Coopex: news from your ecosystems");
		assertThat((String) toEnglish.getContent())
			.contains("Your company was removed from the ecosystem Alpha Export: Absent depuis un an")
			.doesNotContain("Votre entreprise");
	}

	private AccountView view(CoopexUser user) {
		return this.accounts.find(user.id()).orElseThrow();
	}

}
