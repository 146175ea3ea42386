package fr.coopex.labels;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.labels.SchemeDraft.CriterionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;

/**
 * People and data of the labelling tests: an agency of Grand Est, an ecosystem of
 * mechanics (division 28) whose firms are registered in Grand Est, a scheme with three
 * indicator criteria, a declaration and a document.
 */
@Component
public class LabelFixtures {

	private final Fixtures fixtures;

	private final OrganisationManagement organisations;

	private final EcosystemManagement ecosystems;

	private final LabelSchemes schemes;

	private final JdbcTemplate jdbc;

	private final AccountManagement accounts;

	@org.springframework.beans.factory.annotation.Autowired
	private LabelApplying applying;

	@org.springframework.beans.factory.annotation.Autowired
	private LabelReviewing reviewing;

	@org.springframework.beans.factory.annotation.Autowired
	private ApplicationReader reader;

	/** A label granted by an agency of Grand Est to a new ecosystem. */
	public record Granted(CoopexUser officer, SchemeView scheme, Eco ecosystem, long applicationId, String number,
			long documentId) {
	}

	/** An application of a new ecosystem, submitted with its declaration and document. */
	public long submitted(Eco eco, SchemeView scheme) {
		long id = this.applying.start(eco.leader(), eco.id(), scheme.id());
		this.applying.answer(eco.leader(), id, criterion(scheme, CriterionKind.DECLARATION),
				"Un comité de pilotage mensuel.");
		this.applying.attach(eco.leader(), id, criterion(scheme, CriterionKind.DOCUMENT), "rapport.pdf",
				pdf("Rapport d'activité"));
		this.applying.submit(eco.leader(), id);
		return id;
	}

	public Granted granted() {
		CoopexUser officer = officer("GRAND_EST");
		SchemeView scheme = publishedScheme(officer);
		Eco eco = ecosystem();
		long id = submitted(eco, scheme);
		this.reviewing.takeUp(officer, id, this.reader.view(officer, id).version());
		String number = this.reviewing.grant(officer, id, this.reader.view(officer, id).version());
		return new Granted(officer, scheme, eco, id, number, this.reader.view(officer, id).documents().get(0).id());
	}

	LabelFixtures(AccountManagement accounts, Fixtures fixtures, OrganisationManagement organisations,
			EcosystemManagement ecosystems, LabelSchemes schemes, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.organisations = organisations;
		this.ecosystems = ecosystems;
		this.schemes = schemes;
		this.jdbc = jdbc;
	}

	/** An ecosystem: its leader (who coordinates it) and an active member. */
	public record Eco(long id, CoopexUser leader, CoopexUser member) {
	}

	/** An agency officer whose jurisdiction is these regions. */
	public CoopexUser officer(String... regions) {
		long id = this.accounts.createAccount(
				new AccountManagement.NewAccount(Fixtures.uniqueEmail("agent"), "Agathe Test", Role.AGENCY,
						OrganisationKind.AGENCY, "Agence de test " + System.nanoTime(), null, Fixtures.PASSWORD, true),
				"test");
		CoopexUser officer = this.accounts.principal(id);
		this.organisations.setScope(this.fixtures.user(Role.ADMIN), officer.organisationId(),
				new Scope(false, List.of(regions)), List.of());
		return officer;
	}

	/** An ecosystem of division 28 whose two firms are registered in Grand Est. */
	public Eco ecosystem() {
		CoopexUser leader = this.fixtures.member();
		CoopexUser member = this.fixtures.member();
		long id = this.ecosystems.create(leader, new EcosystemDraft("Écosystème labellisable " + System.nanoTime(),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, "Charte : s’entraider."));
		this.ecosystems.requestToJoin(member, id, null, true);
		long membership = this.jdbc.queryForObject(
				"select id from ecosystem_membership where ecosystem_id = ? and company_id = ?", Long.class, id,
				member.organisationId());
		this.ecosystems.approve(leader, id, membership, MembershipRole.MEMBER);
		this.jdbc.update("update company_profile set region = '44' where company_id in (?, ?)", leader.organisationId(),
				member.organisationId());
		return new Eco(id, leader, member);
	}

	/** A scheme: three indicator criteria, a declaration and a document. */
	public static SchemeDraft draft(String name) {
		return new SchemeDraft(name, name + " (en)", "Un label pour les écosystèmes qui exportent ensemble.", null,
				List.of("GRAND_EST"), List.of("28"), 24,
				List.of(new CriterionDraft(CriterionKind.INDICATOR, "Au moins deux membres actifs", null,
						Indicator.ACTIVE_MEMBERS, Comparison.AT_LEAST, new BigDecimal("2")),
						new CriterionDraft(CriterionKind.INDICATOR, "Aucun appel de fonds en retard", null,
								Indicator.CASH_CALLS_OVERDUE_60D, Comparison.AT_MOST, BigDecimal.ZERO),
						new CriterionDraft(CriterionKind.INDICATOR, "Charte acceptée par au moins un membre", null,
								Indicator.CHARTER_ACCEPTED, Comparison.AT_LEAST, BigDecimal.ONE),
						new CriterionDraft(CriterionKind.DECLARATION, "Décrivez votre gouvernance", null, null, null,
								null),
						new CriterionDraft(CriterionKind.DOCUMENT, "Rapport d’activité (PDF)", null, null, null,
								null)));
	}

	/** A published scheme of the officer's agency. */
	public SchemeView publishedScheme(CoopexUser officer) {
		long id = this.schemes.create(officer, draft("Label Export Grand Est " + System.nanoTime()));
		this.schemes.publish(officer, id);
		return this.schemes.find(id).orElseThrow();
	}

	public static long criterion(SchemeView scheme, CriterionKind kind) {
		return scheme.criteria().stream().filter((c) -> c.kind() == kind).findFirst().orElseThrow().id();
	}

	/** A small valid PDF whose page says the text. */
	public static byte[] pdf(String text) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		com.lowagie.text.Document document = new com.lowagie.text.Document();
		com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
		document.open();
		document.add(new com.lowagie.text.Paragraph(text));
		document.close();
		return out.toByteArray();
	}

	public static byte[] notPdf() {
		return "%PDF-1.4 pas vraiment un PDF".getBytes(StandardCharsets.US_ASCII);
	}

}
