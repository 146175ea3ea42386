package fr.coopex.aids;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.HttpVisitor;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Input at the edge, on the aids' forms and import: amounts in French writing, huge
 * numbers refused at once, dates bounded, uploads over the limit sent back with a
 * message.
 */
@IntegrationTest
class AidInputEdgeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAids testAids;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void readsAmountsInFrenchWriting() throws Exception {
		WebSession agency = signedIn(this.testAids.officer());
		String name = "Aide en français " + System.nanoTime();
		MvcResult created = agency.post("/aids/manage/new", "name", name, "funding.amountMin", "2 400,50",
				"funding.amountMax", "1\u202F000\u00A0000", "funding.rateMax", "20", "version", "0");
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForObject("select amount_min from aid where name = ?", java.math.BigDecimal.class, name))
			.isEqualByComparingTo("2400.50");
		assertThat(
				this.jdbc.queryForObject("select amount_max from aid where name = ?", java.math.BigDecimal.class, name))
			.isEqualByComparingTo("1000000");
	}

	@Test
	void refusesAHugeNumberAtOnceWithTheFieldsMessage() throws Exception {
		WebSession agency = signedIn(this.testAids.officer());
		String name = "Aide démesurée " + System.nanoTime();
		agency.post("/aids/manage/new", "name", name, "funding.amountMin", "beaucoup", "version", "0");
		long started = System.nanoTime();
		MvcResult result = agency.post("/aids/manage/new", "name", name, "funding.amountMin", "1e3000000",
				"funding.amountMax", "1e999999999", "version", "0");
		// it cost 6 s of CPU when it was multiplied out
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"funding.amountMin-error\"")
			.contains("id=\"funding.amountMax-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from aid where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void refusesHugeNumbersInImportedFilesAndReadsFrenchWriting() throws Exception {
		CoopexUser officer = this.testAids.officer();
		long started = System.nanoTime();
		String json = upload(officer, "aides.json", "application/json",
				"[{\"aid\": {\"name\": \"Énorme\", \"amountMax\": 1e999999999}},"
						+ " {\"aid\": {\"name\": \"Lente\", \"amountMin\": 1e3000000}}]");
		assertThat(json).contains("Rien n’a été importé").contains("champ amountMax");
		String header = String.join(",", CatalogueTransfer.COLUMNS);
		String[] row = (",DRAFT,Aide CSV" + ",".repeat(CatalogueTransfer.COLUMNS.size() - 3)).split(",", -1);
		row[9] = "1e3000000";
		row[10] = "\"1e999999999\"";
		String csv = upload(officer, "aides.csv", "text/csv", header + "\r\n" + String.join(",", row) + "\r\n");
		assertThat(csv).contains("Ligne 2, champ amount_min : Ce n’est pas un nombre.")
			.contains("Ligne 2, champ amount_max : Ce n’est pas un nombre.");
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
		row[9] = "\"2 400,50\"";
		row[10] = "2400.5";
		csv = upload(officer, "aides.csv", "text/csv", header + "\r\n" + String.join(",", row) + "\r\n");
		assertThat(csv).doesNotContain("Rien n’a été importé");
		assertThat(this.jdbc.queryForObject(
				"select amount_min from aid where name = 'Aide CSV' and agency_id = ? order by id desc limit 1",
				java.math.BigDecimal.class, officer.organisationId()))
			.isEqualByComparingTo("2400.50");
	}

	@Test
	void refusesDatesFarOutOfRangeWithAClearMessage() throws Exception {
		WebSession agency = signedIn(this.testAids.officer());
		String name = "Aide éternelle " + System.nanoTime();
		MvcResult result = agency.post("/aids/manage/new", "name", name, "period.closesOn", "9999-12-31",
				"period.opensOn", "0001-01-01", "version", "0");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("Choisissez une date entre le 1 janvier 1950 et le");
		assertThat(this.jdbc.queryForObject("select count(*) from aid where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void sendsAnUploadOverTheLimitBackToItsFormWithTheApplicationsMessage() throws Exception {
		CoopexUser officer = this.testAids.officer();
		HttpVisitor visitor = new HttpVisitor(this.port);
		visitor.signIn(officer.email(), Fixtures.PASSWORD);
		String form = visitor.get("/aids/manage/import").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String boundary = "----coopex" + System.nanoTime();
		byte[] big = new byte[7 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"aides.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/aids/manage/import"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Cookie", "COOPEXSESSION=" + visitor.cookie("COOPEXSESSION"))
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(concat(head, big, tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/aids/manage/import");
		assertThat(visitor.get(location).body()).contains("Ce fichier dépasse la taille permise (6 Mo au plus)");
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private WebSession signedIn(CoopexUser officer) throws Exception {
		WebSession session = new WebSession(this.mvc);
		session.signIn(officer.email(), Fixtures.PASSWORD);
		return session;
	}

	private String upload(CoopexUser officer, String name, String type, String content) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.multipart("/aids/manage/import")
				.file(new MockMultipartFile("file", name, type, content.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String valueOf(String page, String field) {
		Matcher input = Pattern.compile("<input[^>]*name=\"" + field + "\"[^>]*>").matcher(page);
		assertThat(input.find()).as(field + " in " + page.substring(0, Math.min(page.length(), 3000))).isTrue();
		Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
		assertThat(value.find()).as(field).isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(value.group(1));
	}

}
