package fr.coopex.notifications.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.notifications.NotificationKind;
import fr.coopex.notifications.NotificationKind.Channel;
import fr.coopex.notifications.NotificationPreferences;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * A person's notification preferences ({@code /account/notifications}), and the
 * unsubscribe links of e-mails ({@code /unsubscribe/{token}}: a confirmation page, then a
 * POST; the one-click address for mail clients answers at once).
 */
@Controller
@RequestMapping
class PreferencesController {

	private static final String VIEW_PREFERENCES = "notifications/preferences";

	private static final String VIEW_UNSUBSCRIBE = "notifications/unsubscribe";

	private final NotificationPreferences preferences;

	PreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/account/notifications")
	String initPreferences(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("preferencesForm", PreferencesForm.of(this.preferences.of(user.id())));
		return preferencesPage(model);
	}

	@PostMapping("/account/notifications")
	String processPreferences(@AuthenticationPrincipal CoopexUser user, @Valid PreferencesForm preferencesForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		Map<NotificationKind, Channel> channels = (preferencesForm != null) ? preferencesForm.channels() : Map.of();
		for (NotificationKind kind : NotificationKind.values()) {
			String field = PreferencesForm.field(kind);
			if (preferencesForm == null || result.hasFieldErrors(field)) {
				continue;
			}
			if (channels.get(kind) == null) {
				result.rejectValue(field, "notifications.preferences.unknown");
			}
			else if (kind.essential() && channels.get(kind) == Channel.NONE) {
				result.rejectValue(field, "notifications.preferences.essential");
			}
		}
		if (result.hasErrors()) {
			return preferencesPage(model);
		}
		this.preferences.set(user.id(), channels);
		flash.addFlashAttribute("message", "notifications.preferences.saved");
		return "redirect:/account/notifications";
	}

	private static String preferencesPage(Model model) {
		Map<String, List<Choice>> kinds = new LinkedHashMap<>();
		for (NotificationKind kind : NotificationKind.values()) {
			kinds.put(PreferencesForm.field(kind),
					Arrays.stream(Channel.values())
						.filter((c) -> !(kind.essential() && c == Channel.NONE))
						.map((c) -> Choice.message(c.name(), "notifications.channel." + c.name()))
						.toList());
		}
		model.addAttribute("kinds", kinds);
		return VIEW_PREFERENCES;
	}

	@GetMapping("/unsubscribe/{token}")
	String confirmUnsubscribe(@PathVariable String token, Model model) {
		model.addAttribute("unsubscribe", this.preferences.read(token).orElse(null));
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return VIEW_UNSUBSCRIBE;
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		model.addAttribute("unsubscribe", this.preferences.unsubscribe(token).orElse(null));
		model.addAttribute("token", token);
		model.addAttribute("done", true);
		return VIEW_UNSUBSCRIBE;
	}

	/** The one-click unsubscribe of mail clients (RFC 8058): no page, just done. */
	@PostMapping("/unsubscribe/{token}/one-click")
	org.springframework.http.ResponseEntity<Void> unsubscribeInOneClick(@PathVariable String token) {
		return this.preferences.unsubscribe(token).isPresent() ? org.springframework.http.ResponseEntity.ok().build()
				: org.springframework.http.ResponseEntity.notFound().build();
	}

}
