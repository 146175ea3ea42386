package fr.coopex.missions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.missions.LeadStage;
import fr.coopex.missions.MissionException;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionPage;
import fr.coopex.missions.MissionStatus;
import fr.coopex.missions.PriceTalkWarning;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.FieldException;

/**
 * Prospection missions: the list, proposing one, each mission's page, opting in and out,
 * leads and shared findings. The service checks who may see and do what.
 */
@Controller
@RequestMapping("/missions")
class MissionController {

	private static final String VIEW_LIST = "missions/list";

	private static final String VIEW_DETAIL = "missions/detail";

	private static final String VIEW_FORM = "missions/form";

	private static final String VIEW_LEAD = "missions/lead-form";

	private final MissionManagement missions;

	private final Markets markets;

	MissionController(MissionManagement missions, Markets markets) {
		this.missions = missions;
		this.markets = markets;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long ecosystem, Model model) {
		model.addAttribute("missions", this.missions.visibleTo(user, ecosystem));
		model.addAttribute("mayPropose", !this.missions.ecosystemsToProposeIn(user).isEmpty());
		model.addAttribute("ecosystem", ecosystem);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long ecosystem,
			Model model, Locale locale) {
		model.addAttribute("missionForm", MissionForm.in(ecosystem));
		return prepareForm(user, model, locale);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid MissionForm missionForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		String view = prepareForm(user, model, locale);
		return submit(result, model, flash, "missions.proposed",
				() -> "/missions/" + this.missions.propose(user, missionForm.ecosystemId(), missionForm.toDraft()),
				() -> view);
	}

	@GetMapping("/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale) {
		MissionPage page = this.missions.page(user, id);
		model.addAttribute("page", page);
		if (!model.containsAttribute("leadForm")) {
			model.addAttribute("leadForm", LeadForm.empty());
		}
		if (!model.containsAttribute("findingForm")) {
			model.addAttribute("findingForm", FindingForm.empty());
		}
		addLeadChoices(model, locale);
		return VIEW_DETAIL;
	}

	@PostMapping("/{id:[0-9]+}/join")
	String join(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "missions.joined", () -> this.missions.join(user, id));
	}

	@PostMapping("/{id:[0-9]+}/leave")
	String leave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "missions.left", () -> this.missions.leave(user, id));
	}

	@PostMapping("/{id:[0-9]+}/status")
	String changeStatus(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) MissionStatus status, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes flash) {
		return act(id, flash, "missions.status.changed", () -> this.missions.changeStatus(user, id, version, status));
	}

	@PostMapping("/{id:[0-9]+}/leads")
	String addLead(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid LeadForm leadForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.missions.page(user, id);
		return submit(result, model, flash, "missions.lead.saved", () -> {
			this.missions.addLead(user, id, leadForm.toDraft(), leadForm.priceTalkConfirmed());
			return "/missions/" + id + "#leads";
		}, () -> {
			model.addAttribute("leadRefused", true);
			model.addAttribute("priceTalkForm", "lead");
			return detail(user, id, model, locale);
		});
	}

	@GetMapping("/{id:[0-9]+}/leads/{leadId:[0-9]+}")
	String initLeadForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long leadId,
			Model model, Locale locale) {
		MissionPage.LeadLine lead = this.missions.ownLead(user, id, leadId, locale);
		model.addAttribute("leadForm", LeadForm.of(lead));
		return prepareLeadForm(user, id, leadId, model, locale);
	}

	@PostMapping("/{id:[0-9]+}/leads/{leadId:[0-9]+}")
	String processLeadForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long leadId,
			@Valid LeadForm leadForm, BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.missions.ownLead(user, id, leadId, locale);
		if (leadForm.version() == null) {
			result.reject("missions.lead.changed-meanwhile");
		}
		return submit(result, model, flash, "missions.lead.saved", () -> {
			this.missions.updateLead(user, id, leadId, leadForm.version(), leadForm.toDraft(),
					leadForm.priceTalkConfirmed());
			return "/missions/" + id + "#leads";
		}, () -> {
			model.addAttribute("priceTalkForm", "lead");
			return prepareLeadForm(user, id, leadId, model, locale);
		});
	}

	@PostMapping("/{id:[0-9]+}/findings")
	String addFinding(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid FindingForm findingForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.missions.page(user, id);
		return submit(result, model, flash, "missions.finding.saved", () -> {
			this.missions.addFinding(user, id, findingForm.title(), findingForm.text(),
					findingForm.priceTalkConfirmed());
			return "/missions/" + id + "#findings";
		}, () -> {
			model.addAttribute("priceTalkForm", "finding");
			return detail(user, id, model, locale);
		});
	}

	private String prepareLeadForm(CoopexUser user, long id, long leadId, Model model, Locale locale) {
		model.addAttribute("page", this.missions.page(user, id));
		model.addAttribute("leadId", leadId);
		addLeadChoices(model, locale);
		return VIEW_LEAD;
	}

	private String prepareForm(CoopexUser user, Model model, Locale locale) {
		var ecosystems = this.missions.ecosystemsToProposeIn(user);
		if (ecosystems.isEmpty()) {
			throw new AccessDeniedException("In no ecosystem");
		}
		model.addAttribute("ecosystemChoices",
				Choice.of(ecosystems, (e) -> Long.toString(e.id()), EcosystemSummary::name));
		model.addAttribute("marketChoices", withNone("missions.field.market.choose", this.markets.all(locale)));
		model.addAttribute("kindChoices", Choice.messages(MissionKind.values(), "missions.kind."));
		return VIEW_FORM;
	}

	/** The countries (no zone) a lead may be in, and the stages of a lead. */
	private void addLeadChoices(Model model, Locale locale) {
		model.addAttribute("countryChoices",
				withNone("common.not-specified", this.markets.all(locale).stream().filter((m) -> !m.zone()).toList()));
		model.addAttribute("stageChoices", Choice.messages(LeadStage.values(), "missions.lead.stage."));
	}

	/** The markets, after a first option that sends nothing. */
	private static List<Choice> withNone(String noneKey, List<Markets.Market> markets) {
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", noneKey));
		choices.addAll(Choice.of(markets, Markets.Market::code, Markets.Market::name));
		return choices;
	}

	/**
	 * Saves a valid form and goes where the saving says, with its success message;
	 * otherwise, or when the service refuses it, the form again, the reason next to its
	 * field. A text that mentions prices comes back with the words found
	 * ({@code priceTalkWords}), to be edited or confirmed.
	 */
	private static String submit(BindingResult result, Model model, RedirectAttributes flash, String success,
			Supplier<String> save, Supplier<String> form) {
		if (!result.hasErrors()) {
			try {
				String target = save.get();
				flash.addFlashAttribute("message", success);
				return "redirect:" + target;
			}
			catch (MissionException ex) {
				ex.rejectOn(result);
				if (ex instanceof PriceTalkWarning warning) {
					model.addAttribute("priceTalkWords", warning.words());
				}
			}
		}
		return form.get();
	}

	private String act(long id, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
		}
		catch (FieldException ex) {
			// a refusal of this module or of one it calls (the ledger): a message, not
			// an error page
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/missions/" + id;
	}

}
