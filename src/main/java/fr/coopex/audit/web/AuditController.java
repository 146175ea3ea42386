package fr.coopex.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.OrganisationPeople;
import fr.coopex.audit.AuditKind;
import fr.coopex.audit.AuditQuery;
import fr.coopex.audit.AuditReader;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.Paging;

/**
 * The audit trail in sentences: the admin's whole trail at {@code /admin/audit}, a
 * manager's organisation at {@code /account/organisation/audit}; filters by person,
 * organisation (admin), kind of event and period; CSV export of the same lines.
 */
@Controller
class AuditController {

	private static final String VIEW_LIST = "audit/list";

	private final AuditReader reader;

	private final OrganisationManagement organisations;

	private final OrganisationPeople people;

	AuditController(AuditReader reader, OrganisationManagement organisations, OrganisationPeople people) {
		this.reader = reader;
		this.organisations = organisations;
		this.people = people;
	}

	@GetMapping("/admin/audit")
	String adminList(@AuthenticationPrincipal CoopexUser admin, @RequestParam(required = false) String person,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		AuditQuery query = query(person, organisationIds(admin, organisation), kind, from, to);
		model.addAttribute("organisation", cut(organisation));
		model.addAttribute("admin", true);
		return list("/admin/audit", query, page, model, locale);
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<byte[]> adminCsv(@AuthenticationPrincipal CoopexUser admin,
			@RequestParam(required = false) String person, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		return csv(this.reader.csv(query(person, organisationIds(admin, organisation), kind, from, to), locale));
	}

	@GetMapping("/account/organisation/audit")
	String organisationList(@AuthenticationPrincipal CoopexUser manager, @RequestParam(required = false) String person,
			@RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		requireManager(manager);
		model.addAttribute("admin", false);
		return list("/account/organisation/audit",
				query(person, java.util.List.of(manager.organisationId()), kind, from, to), page, model, locale);
	}

	@GetMapping("/account/organisation/audit.csv")
	ResponseEntity<byte[]> organisationCsv(@AuthenticationPrincipal CoopexUser manager,
			@RequestParam(required = false) String person, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		requireManager(manager);
		return csv(this.reader.csv(query(person, java.util.List.of(manager.organisationId()), kind, from, to), locale));
	}

	private String list(String path, AuditQuery query, int page, Model model, Locale locale) {
		model.addAttribute("path", path);
		model.addAttribute("person", query.person() == null ? "" : query.person());
		model.addAttribute("kind", query.kind());
		model.addAttribute("kinds", Choice.messages(AuditKind.values(), "audit.kind."));
		model.addAttribute("from", query.from());
		model.addAttribute("to", query.to());
		model.addAttribute("entries", this.reader.find(query, PageRequest.of(Paging.index(page), 50), locale));
		return VIEW_LIST;
	}

	private java.util.List<Long> organisationIds(CoopexUser admin, String organisation) {
		String text = cut(organisation);
		return text.isEmpty() ? null : this.organisations.idsNamed(admin, text);
	}

	private void requireManager(CoopexUser user) {
		if (!this.people.isManager(user)) {
			throw new AccessDeniedException("Only managers read their organisation's audit trail");
		}
	}

	private static AuditQuery query(String person, java.util.List<Long> organisationIds, String kind, LocalDate from,
			LocalDate to) {
		AuditKind kindFilter = Arrays.stream(AuditKind.values())
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		return new AuditQuery(cut(person), organisationIds, kindFilter, bounded(from), bounded(to));
	}

	private static LocalDate bounded(LocalDate date) {
		return date == null || date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
	}

	private static String cut(String text) {
		String value = text == null ? "" : text.strip();
		return value.length() > 100 ? value.substring(0, 100) : value;
	}

	private static ResponseEntity<byte[]> csv(String content) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}
