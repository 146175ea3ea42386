package fr.coopex.ledger.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.ui.Model;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CatalogueAid;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.PaidBy;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.web.Choice;

/** The options of the console's selects, for the form fragments. */
final class ConsoleChoices {

	private ConsoleChoices() {
	}

	/** The options of a pool's item form: categories, payers, keys, who advanced it. */
	static void forItems(PoolView pool, Model model) {
		model.addAttribute("categoryChoices", Choice.messages(CostCategory.values(), "ledger.category."));
		model.addAttribute("payerChoices", Choice.messages(PaidBy.values(), "ledger.paid-by."));
		model.addAttribute("keyChoices", keys(Arrays.asList(AllocationKey.values())));
		model.addAttribute("restKeyChoices",
				keys(Arrays.stream(AllocationKey.values()).filter(AllocationKey::canSpreadRest).toList()));
		model.addAttribute("advancedByChoices",
				withFirst(Choice.message("", "common.not-specified"), participants(pool.activeParticipants())));
	}

	/** The options of the console's other forms: parties of a payment, source aids. */
	static void forConsole(PoolView pool, List<CatalogueAid> aids, Model model) {
		forItems(pool, model);
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("poolKeys",
				Arrays.stream(AllocationKey.values()).filter(AllocationKey::canSpreadRest).toList());
		model.addAttribute("partyChoices",
				withFirst(Choice.message("0", "ledger.coordination"), participants(pool.participants())));
		model.addAttribute("aidChoices", withFirst(Choice.message("", "ledger.subsidies.aid.none"),
				Choice.of(aids, (aid) -> String.valueOf(aid.id()), CatalogueAid::name)));
	}

	private static List<Choice> keys(List<AllocationKey> keys) {
		return withFirst(Choice.message("", "ledger.console.item.key-default"),
				Choice.messages(keys.toArray(AllocationKey[]::new), "ledger.key."));
	}

	private static List<Choice> participants(List<PoolView.Participant> participants) {
		return Choice.of(participants, (p) -> String.valueOf(p.companyId()), PoolView.Participant::name);
	}

	private static List<Choice> withFirst(Choice first, List<Choice> others) {
		List<Choice> choices = new ArrayList<>();
		choices.add(first);
		choices.addAll(others);
		return choices;
	}

}
