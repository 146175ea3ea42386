package fr.coopex.aids.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ui.Model;

import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.CompanySize;
import fr.coopex.aids.PaysFor;
import fr.coopex.aids.Recurrence;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
import fr.coopex.shared.web.Choice;

/**
 * Puts the choices of an aid's form page in the model: kinds, sizes, regions and the
 * like.
 */
final class AidFormChoices {

	private static final String VIEW_FORM = "aids/form";

	private AidFormChoices() {
	}

	/**
	 * Puts the choices of the form in the model, for a new aid when {@code id} is null.
	 */
	static String prepare(Model model, Long id) {
		model.addAttribute("aidId", id);
		model.addAttribute("kinds", orNone(AidKind.values(), "aids.kind."));
		model.addAttribute("paysForValues", PaysFor.values());
		model.addAttribute("sizes", orNone(CompanySize.values(), "aids.size."));
		model.addAttribute("regions", Choice.messages(Region.values(), "companies.region."));
		model.addAttribute("situations", ExportSituation.values());
		model.addAttribute("recurrences", orNone(Recurrence.values(), "aids.recurrence."));
		model.addAttribute("statuses", orNone(AidStatus.values(), "aids.status."));
		return VIEW_FORM;
	}

	/** "Not specified" first, then one option per constant. */
	private static <E extends Enum<E>> List<Choice> orNone(E[] constants, String prefix) {
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", "aids.not-specified"));
		choices.addAll(Choice.messages(constants, prefix));
		return choices;
	}

}
