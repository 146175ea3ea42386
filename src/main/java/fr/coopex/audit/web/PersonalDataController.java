package fr.coopex.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.PersonalWritings;
import fr.coopex.audit.AuditTrail;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.shared.security.CoopexUser;

/**
 * A person's data as a JSON file: their account, their sign-ins and what they did (from
 * the audit trail), their notifications, and what they wrote in every module. It sits
 * here because the audit trail and the notifications depend on the accounts, not the
 * other way round.
 */
@Controller
class PersonalDataController {

	private final AccountManagement accounts;

	private final AuditTrail trail;

	private final NotificationCenter notifications;

	private final PersonalWritings writings;

	PersonalDataController(AccountManagement accounts, AuditTrail trail, NotificationCenter notifications,
			PersonalWritings writings) {
		this.accounts = accounts;
		this.trail = trail;
		this.notifications = notifications;
		this.writings = writings;
	}

	@GetMapping("/account/data.json")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal CoopexUser user) {
		AccountView account = this.accounts.find(user.id()).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> own = new LinkedHashMap<>();
		own.put("email", account.email());
		own.put("displayName", account.displayName());
		own.put("role", account.role().name());
		own.put("organisation", account.organisationName());
		own.put("organisationKind", account.organisationKind().name());
		own.put("secondFactorEnabled", account.secondFactorEnabled());
		own.put("createdAt", account.createdAt().toString());
		data.put("account", own);
		List<Map<String, Object>> actions = this.trail.byActor(account.email(), 5000).stream().map((e) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("at", e.occurredAt().toString());
			line.put("action", e.action());
			line.put("target", e.target());
			line.put("details", e.details());
			line.put("from", e.remoteAddress());
			return line;
		}).toList();
		data.put("signIns",
				actions.stream().filter((a) -> String.valueOf(a.get("action")).startsWith("SIGN_IN")).toList());
		data.put("actions", actions);
		data.put("notifications", this.notifications.latest(user.id(), 1000).stream().map((n) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("at", n.createdAt().toString());
			line.put("message", n.messageKey());
			line.put("arguments", n.arguments());
			line.put("link", n.link());
			line.put("read", n.read());
			return line;
		}).toList());
		data.put("writings", this.writings.of(user.id()).stream().map((w) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("at", w.at().toString());
			line.put("kind", w.kind());
			line.put("about", w.about());
			line.put("text", w.text());
			return line;
		}).toList());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coopex-my-data.json\"")
			.body(data);
	}

}
