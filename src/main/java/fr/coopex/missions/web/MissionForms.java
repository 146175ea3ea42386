package fr.coopex.missions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.missions.LeadStage;
import fr.coopex.missions.MissionException;
import fr.coopex.missions.PriceTalkWarning;
import fr.coopex.shared.web.Choice;

/** What the mission pages share: the choices of their forms and the saving of a form. */
final class MissionForms {

	private MissionForms() {
	}

	/** The countries (no zone) a lead may be in, and the stages of a lead. */
	static void addLeadChoices(Model model, Locale locale, Markets markets) {
		model.addAttribute("countryChoices",
				withNone("common.not-specified", markets.all(locale).stream().filter((m) -> !m.zone()).toList()));
		model.addAttribute("stageChoices", Choice.messages(LeadStage.values(), "missions.lead.stage."));
	}

	/** The markets, after a first option that sends nothing. */
	static List<Choice> withNone(String noneKey, List<Markets.Market> markets) {
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", noneKey));
		choices.addAll(Choice.of(markets, Markets.Market::code, Markets.Market::name));
		return choices;
	}

	/**
	 * Saves a valid form and goes where the saving says, with its success message;
	 *
	 * otherwise, or when the service refuses it, the form again, the reason next to its
	 * field. A text that mentions prices comes back with the words found
	 * ({@code priceTalkWords}), to be edited or confirmed.
	 */
	static String submit(BindingResult result, Model model, RedirectAttributes flash, String success,
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

}
