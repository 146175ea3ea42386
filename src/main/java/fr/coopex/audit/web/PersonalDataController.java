package fr.coopex.audit.web;

import java.time.ZoneId;
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
		data.put("account",
				line("email", account.email(), "displayName", account.displayName(), "role", account.role().name(),
						"organisation", account.organisationName(), "organisationKind",
						account.organisationKind().name(), "secondFactorEnabled", account.secondFactorEnabled(),
						"createdAt", account.createdAt().toString(), "timeZone",
						this.accounts.timeZone(user.id()).map(ZoneId::getId).orElse(null)));
		List<Map<String, Object>> actions = this.trail.byActor(account.email(), 5000)
			.stream()
			.map((e) -> line("at", e.occurredAt().toString(), "action", e.action(), "target", e.target(), "details",
					e.details(), "from", e.remoteAddress()))
			.toList();
		data.put("signIns",
				actions.stream().filter((a) -> String.valueOf(a.get("action")).startsWith("SIGN_IN")).toList());
		data.put("actions", actions);
		data.put("notifications",
				this.notifications.latest(user.id(), 1000)
					.stream()
					.map((n) -> line("at", n.createdAt().toString(), "message", n.messageKey(), "arguments",
							n.arguments(), "link", n.link(), "read", n.read()))
					.toList());
		data.put("writings",
				this.writings.of(user.id())
					.stream()
					.map((w) -> line("at", w.at().toString(), "kind", w.kind(), "about", w.about(), "text", w.text()))
					.toList());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coopex-my-data.json\"")
			.body(data);
	}

	/** One JSON object: names and values in turn, in that order; a value may be null. */
	private static Map<String, Object> line(Object... namesAndValues) {
		Map<String, Object> line = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			line.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return line;
	}

}
