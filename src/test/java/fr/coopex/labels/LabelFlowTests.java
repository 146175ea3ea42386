package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.labels.LabelFixtures.Eco;
import fr.coopex.labels.LabelRegistry.PublicStatus;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schemes, applications and labels through the services: versioning, jurisdiction,
 * evidence frozen at submission, the review, optimistic locking, visibility, documents
 * and the expiry job on a moved clock.
 */
@IntegrationTest
class LabelFlowTests {

	@Autowired
	LabelFixtures labels;

	@Autowired
	Fixtures fixtures;

	@Autowired
	LabelSchemes schemes;

	@Autowired
	LabelApplying applying;

	@Autowired
	LabelReviewing reviewing;

	@Autowired
	ApplicationReader reader;

	@Autowired
	LabelRegistry registry;

	@Autowired
	LabelExpiry expiry;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void refusesASchemeOutsideTheAgencysJurisdiction() {
		CoopexUser officer = this.labels.officer("BRETAGNE");
		assertThatThrownBy(() -> this.schemes.create(officer, LabelFixtures.draft("Hors périmètre")))
			.isInstanceOf(LabelException.class)
			.hasMessage("labels.scheme.outside-jurisdiction");
		assertThat(this.schemes.ofAgency(officer)).isEmpty();
	}

	@Test
	void editingAPublishedSchemeMakesANewVersionAndAnApplicationKeepsItsOwn() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView first = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long application = this.applying.start(eco.leader(), eco.id(), first.id());

		long second = this.schemes.update(officer, first.id(), LabelFixtures.draft("Nouvelle version"));

		assertThat(second).isNotEqualTo(first.id());
		SchemeView newer = this.schemes.find(second).orElseThrow();
		assertThat(newer.versionNo()).isEqualTo(2);
		assertThat(newer.familyId()).isEqualTo(first.id());
		assertThat(newer.status()).isEqualTo(SchemeStatus.PUBLISHED);
		assertThat(this.schemes.find(first.id()).orElseThrow().status()).isEqualTo(SchemeStatus.SUPERSEDED);
		ApplicationView view = this.reader.view(eco.leader(), application);
		assertThat(view.scheme().id()).isEqualTo(first.id());
		assertThat(view.scheme().versionNo()).isEqualTo(1);
		assertThat(this.applying.openTo(eco.leader(), eco.id())).extracting(SchemeView::id)
			.contains(second)
			.doesNotContain(first.id());
	}

	@Test
	void theWholeReviewGrantsALabelThatTheRegistryShowsAndThatExpires() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long id = submitted(eco, scheme);
		assertThat(TestMail.to(eco.leader().email())).isNotEmpty();

		this.reviewing.takeUp(officer, id, version(officer, id));
		this.reviewing.requestInformation(officer, id, version(officer, id), "Combien de salons en 2026 ?");
		assertThat(this.reader.view(eco.leader(), id).status()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
		this.applying.comment(eco.leader(), id, "Deux salons : Hanovre et Automate.");
		this.applying.submit(eco.leader(), id);
		this.reviewing.takeUp(officer, id, version(officer, id));
		String number = this.reviewing.grant(officer, id, version(officer, id));

		ApplicationView view = this.reader.view(officer, id);
		assertThat(view.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(view.comments()).extracting(ApplicationView.Comment::text)
			.containsExactly("Combien de salons en 2026 ?", "Deux salons : Hanovre et Automate.");
		assertThat(view.endsOn()).isEqualTo(view.startsOn().plusMonths(24));
		LabelRegistry.LabelDetail detail = this.registry.detail(number).orElseThrow();
		assertThat(detail.entry().status()).isEqualTo(PublicStatus.VALID);
		assertThat(detail.criteria()).anySatisfy((met) -> {
			assertThat(met.criterion().indicator()).isEqualTo(Indicator.ACTIVE_MEMBERS);
			assertThat(met.value()).isEqualByComparingTo("2");
		});
		assertThat(this.registry.ofEcosystem(eco.id())).isPresent();
		// the registry is read once, then kept until an application changes
		assertThat(this.registry.all()).isSameAs(this.registry.all());

		// 60 days before the end: one reminder, never twice
		Clock before = Clock.offset(this.clock, Duration.between(this.clock.instant(),
				view.endsOn().minusDays(59).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		assertThat(this.expiry.runAt(before).reminded()).isGreaterThanOrEqualTo(1);
		int mails = TestMail.to(eco.leader().email()).size();
		this.expiry.runAt(before);
		assertThat(TestMail.to(eco.leader().email())).hasSize(mails);

		Clock after = Clock.offset(this.clock, Duration.between(this.clock.instant(),
				view.endsOn().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		this.expiry.runAt(after);
		assertThat(this.registry.detail(number).orElseThrow().entry().status()).isEqualTo(PublicStatus.EXPIRED);

		long renewal = this.applying.renew(eco.leader(), id);
		ApplicationView renewed = this.reader.view(eco.leader(), renewal);
		assertThat(renewed.previousId()).isEqualTo(id);
		assertThat(renewed.answers()).containsValue("Un comité de pilotage mensuel.");
		assertThat(renewed.documents()).hasSize(1);
	}

	@Test
	void theEvidenceFrozenAtSubmissionDoesNotChangeWhenTheEcosystemChanges() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long id = submitted(eco, scheme);
		ApplicationView before = this.reader.view(officer, id);
		assertThat(before.pack().value(Indicator.ACTIVE_MEMBERS)).isEqualByComparingTo("2");

		this.ecosystems.leave(eco.member(), eco.id());

		ApplicationView after = this.reader.view(officer, id);
		assertThat(after.pack().value(Indicator.ACTIVE_MEMBERS)).isEqualByComparingTo("2");
		assertThat(after.pack().computedAt()).isEqualTo(before.pack().computedAt());
	}

	@Test
	void twoOfficersDecidingAtOnceOneWinsTheOtherIsTold() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		CoopexUser colleague = this.fixtures.user(Role.AGENCY);
		CoopexUser sameAgency = new CoopexUser(colleague.id(), colleague.email(), colleague.displayName(), Role.AGENCY,
				officer.organisationId(), officer.organisationName(), null, false, true);
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long id = submitted(eco, scheme);
		this.reviewing.takeUp(officer, id, version(officer, id));
		long seen = version(officer, id);

		this.reviewing.grant(officer, id, seen);

		assertThatThrownBy(() -> this.reviewing.refuse(sameAgency, id, seen,
				Map.of(LabelFixtures.criterion(scheme, CriterionKind.DOCUMENT), "Rapport incomplet")))
			.isInstanceOf(LabelException.Conflict.class);
		assertThat(this.reader.view(officer, id).status()).isEqualTo(ApplicationStatus.GRANTED);
	}

	@Test
	void onlyTheSchemesAgencyAndTheEcosystemsCoordinatorsSeeAnApplication() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long id = submitted(eco, scheme);
		CoopexUser otherAgency = this.labels.officer("GRAND_EST");
		Eco other = this.labels.ecosystem();

		for (CoopexUser outsider : new CoopexUser[] { otherAgency, other.leader(), eco.member(),
				this.fixtures.user(Role.ADMIN) }) {
			assertThatThrownBy(() -> this.reader.view(outsider, id)).isInstanceOf(LabelException.NotFound.class);
		}
		assertThat(this.reader.ofAgency(otherAgency)).noneMatch((line) -> line.id() == id);
		assertThat(this.reader.ofAgency(officer)).anyMatch((line) -> line.id() == id);
		assertThatThrownBy(() -> this.reviewing.takeUp(otherAgency, id, 0)).isInstanceOf(LabelException.NotFound.class);
	}

	@Test
	void aDocumentThatIsNotAPdfOrTooLargeIsRefusedAndNothingIsStored() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long id = this.applying.start(eco.leader(), eco.id(), scheme.id());
		long document = LabelFixtures.criterion(scheme, CriterionKind.DOCUMENT);

		assertThatThrownBy(() -> this.applying.attach(eco.leader(), id, document, "faux.pdf", LabelFixtures.notPdf()))
			.hasMessage("labels.document.not-pdf");
		assertThatThrownBy(() -> this.applying.attach(eco.leader(), id, document, "image.pdf",
				"GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.hasMessage("labels.document.not-pdf");
		byte[] big = new byte[LabelDocuments.MAX_BYTES + 1];
		System.arraycopy(LabelFixtures.pdf("x"), 0, big, 0, 100);
		assertThatThrownBy(() -> this.applying.attach(eco.leader(), id, document, "gros.pdf", big))
			.hasMessage("labels.document.too-large");

		assertThat(this.jdbc.queryForObject("select count(*) from label_document where application_id = ?", Long.class,
				id))
			.isZero();
		this.applying.attach(eco.leader(), id, document, "rapport.pdf", LabelFixtures.pdf("Rapport"));
		assertThat(this.reader.view(eco.leader(), id).documents()).extracting(ApplicationView.Document::fileName)
			.containsExactly("rapport.pdf");
	}

	@Test
	void aSubmissionNeedsEveryDeclarationAndDocument() {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		long id = this.applying.start(eco.leader(), eco.id(), scheme.id());
		assertThatThrownBy(() -> this.applying.submit(eco.leader(), id))
			.hasMessage("labels.application.answer-missing");
		assertThat(this.reader.view(eco.leader(), id).status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(this.reader.view(eco.leader(), id).pack().value(Indicator.ACTIVE_MEMBERS))
			.isEqualTo(BigDecimal.valueOf(2));
	}

	private long submitted(Eco eco, SchemeView scheme) {
		long id = this.applying.start(eco.leader(), eco.id(), scheme.id());
		this.applying.answer(eco.leader(), id, LabelFixtures.criterion(scheme, CriterionKind.DECLARATION),
				"Un comité de pilotage mensuel.");
		this.applying.attach(eco.leader(), id, LabelFixtures.criterion(scheme, CriterionKind.DOCUMENT), "rapport.pdf",
				LabelFixtures.pdf("Rapport d'activité"));
		this.applying.submit(eco.leader(), id);
		return id;
	}

	private long version(CoopexUser officer, long id) {
		return this.reader.view(officer, id).version();
	}

}
