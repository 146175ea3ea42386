package fr.coopex.ecosystems.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.coopex.ecosystems.CoopetitionMaps;
import fr.coopex.ecosystems.CoopetitionMatrix;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.InviteSuggestions;
import fr.coopex.ecosystems.PartnerSuggestions;
import fr.coopex.shared.csv.CsvFile;
import fr.coopex.shared.security.CoopexUser;

/**
 * Whom to cooperate with: a member firm's partner suggestions, a coordinator's companies
 * to invite, and the coordinator's members × members matrix (page and CSV).
 */
@Controller
class PartnerController {

	private static final String VIEW_PARTNERS = "ecosystems/partners";

	private static final String VIEW_INVITEES = "ecosystems/invitees";

	private static final String VIEW_MATRIX = "ecosystems/matrix";

	private final PartnerSuggestions partners;

	private final InviteSuggestions invitees;

	private final EcosystemManagement ecosystems;

	private final CoopetitionMaps maps;

	private final MessageSource messages;

	PartnerController(PartnerSuggestions partners, InviteSuggestions invitees, EcosystemManagement ecosystems,
			CoopetitionMaps maps, MessageSource messages) {
		this.partners = partners;
		this.invitees = invitees;
		this.ecosystems = ecosystems;
		this.maps = maps;
		this.messages = messages;
	}

	@GetMapping("/ecosystems/partners")
	String partners(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("suggestions", this.partners.forMember(user));
		return VIEW_PARTNERS;
	}

	@GetMapping("/console/ecosystems/{id:[0-9]+}/suggestions")
	String invitees(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("suggestions", this.invitees.forCoordinator(user, id));
		return VIEW_INVITEES;
	}

	@GetMapping("/console/ecosystems/{id:[0-9]+}/matrix")
	String matrix(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		var detail = this.ecosystems.detail(user, id);
		model.addAttribute("matrix", this.maps.matrix(detail));
		model.addAttribute("ecosystem", detail.summary());
		return VIEW_MATRIX;
	}

	@GetMapping("/console/ecosystems/{id:[0-9]+}/matrix.csv")
	ResponseEntity<byte[]> matrixCsv(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Locale locale) {
		CoopetitionMatrix matrix = this.maps.matrix(this.ecosystems.detail(user, id));
		CsvFile csv = CsvFile.of(locale);
		java.util.List<Object> heading = new java.util.ArrayList<>();
		heading.add(text("ecosystems.members.company", locale));
		matrix.rows().forEach((row) -> heading.add(name(row, locale)));
		csv.row(heading);
		for (CoopetitionMatrix.Row row : matrix.rows()) {
			java.util.List<Object> cells = new java.util.ArrayList<>();
			cells.add(name(row, locale));
			row.cells()
				.forEach((relation) -> cells
					.add(relation == null ? "" : text("ecosystems.map.relation." + relation, locale)));
			csv.row(cells);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CsvFile.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("coopetition-" + id + ".csv").build().toString())
			.body(csv.toBytes());
	}

	private String name(CoopetitionMatrix.Row row, Locale locale) {
		return row.name() != null ? row.name() : this.messages.getMessage("coopetition.map.anonymous",
				new Object[] { row.nafClass().isEmpty() ? "?" : row.nafClass() }, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
